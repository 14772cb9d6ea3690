import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, figureRow, toCsv, toJson } from '../../src/lib/data-files';
import type { Figure } from '../../src/schemas/figure';

const housing: Figure = {
  id: 'housing-relief',
  label: '解决住房困难的群众',
  value: 4600,
  unit: '名',
  qualifier: '余',
  kind: 'count',
  featured: true,
  quote: '解决了4600余名群众住房困难',
};
const award: Figure = { ...housing, id: 'award', qualifier: undefined, label: '获评“最具价值城市”, 连续', quote: 'x' };

describe('open data rows', () => {
  const row = figureRow(housing, 'livelihood', 'https://example.org/livelihood/#fig-housing-relief');

  it('carry every column', () => {
    expect(Object.keys(row)).toEqual(FIGURE_COLUMNS);
    expect(row).toMatchObject({ section: 'livelihood', value: 4600, qualifier: '余' });
  });

  it('become a JSON array', () => {
    expect(JSON.parse(toJson([row]))).toEqual([row]);
  });

  it('become CSV with a BOM, a header and CRLF lines', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFid,section,label,value,unit,qualifier,kind,quote,indicator,url\r\n')).toBe(true);
    expect(csv).toContain(
      'housing-relief,livelihood,解决住房困难的群众,4600,名,余,count,解决了4600余名群众住房困难,,https://example.org/livelihood/#fig-housing-relief\r\n',
    );
  });

  it('quote CSV fields with commas and quotes', () => {
    const csv = toCsv([figureRow(award, 'reform', 'u')]);
    expect(csv).toContain('"获评“最具价值城市”, 连续"');
    expect(toCsv([{ ...row, label: 'a "b"' }])).toContain('"a ""b"""');
  });
});

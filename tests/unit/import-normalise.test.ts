import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/import/normalise';

const text = (source: string) => normalise(source).lines.map((l) => l.text);

describe('normalise: the punctuation rules of the site', () => {
  it('makes half-width commas and parentheses in Chinese text full-width, as the seed needs', () => {
    expect(text('2020年,我市京东智联云(铜川)数字经济产业园开园')).toEqual([
      '2020年，我市京东智联云（铜川）数字经济产业园开园',
    ]);
  });

  it('makes ; : ? ! full-width next to Chinese text', () => {
    expect(text('一是;二是:三是?好!')).toEqual(['一是；二是：三是？好！']);
  });

  it('leaves thousands separators, times and ASCII text alone', () => {
    expect(text('投资1,000万元，10:30开幕，Hello, world (ok)')).toEqual([
      '投资1,000万元，10:30开幕，Hello, world (ok)',
    ]);
  });

  it('pairs straight double quotes into Chinese quotes', () => {
    expect(text('深化"放管服"改革')).toEqual(['深化“放管服”改革']);
  });

  it('makes full-width digits, letters, % and decimal points ASCII', () => {
    expect(text('２０２０年增长８．６％，５Ｇ基站')).toEqual(['2020年增长8.6%，5G基站']);
  });

  it('drops stray spaces and blank lines, and makes runs of spaces one', () => {
    expect(text('\n\n　　抓项目引领。 \n\n\n聚焦产业　高质量发展\n')).toEqual(['抓项目引领。', '聚焦产业 高质量发展']);
  });

  it('keeps each line’s number in the file', () => {
    expect(normalise('标题\r\n\r\n正文。\r\n').lines).toEqual([
      { text: '标题', line: 1 },
      { text: '正文。', line: 3 },
    ]);
  });
});

describe('normalise: every change recorded for the report', () => {
  it('names the line endings it read and changed', () => {
    expect(normalise('一\r\n二\r\n').lineEndings).toBe('CRLF');
    expect(normalise('一\n二\n').lineEndings).toBe('LF');
    expect(normalise('一\r\n二\n').lineEndings).toBe('mixed');
    expect(normalise('一\r\n二\r\n').changes[0]).toEqual({
      what: 'line endings',
      from: 'CRLF',
      to: 'LF',
      lines: [],
      count: 2,
    });
  });

  it('lists each punctuation change with its count and lines', () => {
    const { changes } = normalise('甲,乙,丙\n\n丁(戊)');
    expect(changes).toEqual([
      { what: 'half-width punctuation in Chinese text made full-width', from: ',', to: '，', lines: [1], count: 2 },
      { what: 'half-width punctuation in Chinese text made full-width', from: '(', to: '（', lines: [3], count: 1 },
      { what: 'half-width punctuation in Chinese text made full-width', from: ')', to: '）', lines: [3], count: 1 },
    ]);
  });

  it('records nothing for text that needs nothing', () => {
    expect(normalise('聚焦产业 高质量发展\n2020年，我市……。\n').changes).toEqual([]);
  });
});

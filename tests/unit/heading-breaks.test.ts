import { describe, expect, it } from 'vitest';
import { headingPieces } from '../../src/lib/heading-breaks';

const headings = [
  '高质量发展步伐进一步加快',
  '凝心聚力推动高质量发展',
  '海报：激励干部担当作为措施 21条',
  '巡察全覆盖任务完成85.2%，第一、二种形态处理干部占比97.3%',
  '获评“中国（区域）最具投资营商价值城市” 2年',
  'Internationalization',
  '',
];

describe('headingPieces', () => {
  it('cuts a Chinese heading between its words, never inside one', () => {
    const pieces = headingPieces('高质量发展步伐进一步加快');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces).toEqual(expect.arrayContaining(['步伐', '进一步', '加快']));
  });

  it('cuts only between two Han characters: a number stays with its unit, punctuation and spaces with their words', () => {
    for (const text of headings) {
      const pieces = headingPieces(text);
      pieces.slice(1).forEach((piece, i) => {
        expect(`${pieces[i]}|${piece}`).toMatch(/\p{Script=Han}\|\p{Script=Han}/u);
      });
    }
    expect(headingPieces('海报：激励干部担当作为措施 21条').at(-1)).toBe('措施 21条');
    expect(headingPieces('任务完成85.2%，第一').at(-1)).toBe('完成85.2%，第一');
  });

  it('gives back the text whole', () => {
    for (const text of headings) expect(headingPieces(text).join('')).toBe(text);
  });
});

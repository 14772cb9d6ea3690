import { describe, expect, it } from 'vitest';
import {
  fold,
  hitsIn,
  indexTokens,
  MAX_QUERY_LENGTH,
  parseQuery,
  pieces,
  queryTokens,
  snippet,
  textDirective,
} from '../../src/lib/search/query';

const terms = (raw: string) => {
  const parsed = parseQuery(raw);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.terms;
};

describe('parseQuery', () => {
  it('reads full-width digits, letters, punctuation and spaces as ordinary ones', () => {
    expect(terms('７１９０')).toEqual(['7190']);
    expect(terms('６８．１％')).toEqual(['68.1%']);
    expect(terms('５Ｇ')).toEqual(['5g']);
    expect(terms('营商　环境')).toEqual(['营商', '环境']);
  });

  it('drops punctuation around a term but keeps a percent sign after a number', () => {
    expect(terms('优化提升营商环境。')).toEqual(['优化提升营商环境']);
    expect(terms('“断头路”')).toEqual(['断头路']);
    expect(terms('68.1%，')).toEqual(['68.1%']);
    expect(terms('68.1 %')).toEqual(['68.1']);
    expect(terms('中国（区域）')).toEqual(['中国(区域']);
  });

  it('says what is wrong with a query it cannot search for', () => {
    expect(parseQuery('  ')).toEqual({ error: '请输入要查找的字词或数字。' });
    expect(parseQuery('。，！')).toEqual({ error: '“。，！”里没有可查找的字：请输入汉字、数字或字母。' });
    expect(parseQuery('铜'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
      error: `要查找的字词最多${MAX_QUERY_LENGTH}个字，现在有${MAX_QUERY_LENGTH + 1}个字。`,
    });
    expect(parseQuery('铜'.repeat(MAX_QUERY_LENGTH))).not.toHaveProperty('error');
  });
});

describe('hitsIn', () => {
  it('finds a term in full-width text and gives the original’s offsets', () => {
    const text = '开展市场监管等５个领域';
    const [[s = 0, e = 0] = []] = hitsIn(text, ['5个']);
    expect(text.slice(s, e)).toBe('５个');
    expect(hitsIn('获评“中国（区域）最具', ['中国(区域)'])).toEqual([[3, 9]]);
  });

  it('never finds a number inside a longer number', () => {
    expect(hitsIn('新增企业7190户', ['190'])).toEqual([]);
    expect(hitsIn('新增企业7190户', ['719'])).toEqual([]);
    expect(hitsIn('增长68.1%', ['1'])).toEqual([]);
    expect(hitsIn('增长68.1%', ['68'])).toEqual([[2, 4]]);
    expect(hitsIn('新增企业7190户', ['7190'])).toEqual([[4, 8]]);
  });

  it('drops the commas of digit groups', () => {
    expect(fold('12,000人').text).toBe('12000人');
    expect(hitsIn('共12,000人', ['12000'])).toEqual([[1, 7]]);
  });

  it('merges overlapping hits of several terms', () => {
    expect(hitsIn('营商环境条例', ['营商环境', '环境条例'])).toEqual([[0, 6]]);
  });
});

describe('pieces and snippet', () => {
  it('marks the hits', () => {
    expect(pieces('优化营商环境条例', [[2, 6]])).toEqual([
      { text: '优化', hit: false },
      { text: '营商环境', hit: true },
      { text: '条例', hit: false },
    ]);
  });

  it('shows the words around the first hit, with … where the passage goes on', () => {
    const text = `${'甲'.repeat(100)}营商环境${'乙'.repeat(100)}`;
    const parts = snippet(text, [[100, 104]]);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.find((p) => p.hit)?.text).toBe('营商环境');
    expect(snippet('短句。', [])).toEqual([{ text: '短句。', hit: false }]);
  });
});

describe('textDirective', () => {
  const field =
    '落实减税降费、财政金融支持政策，推行企业投资项目承诺制改革，新增企业7190户，市场主体增速位居全省前列。';

  it('gives the hit with whole clauses around it, each part escaped', () => {
    const s = field.indexOf('7190');
    const directive = textDirective(field, [s, s + 4]);
    const [prefix, hit, suffix] = directive
      .replace(/^text=/, '')
      .split(',')
      .map(decodeURIComponent);
    expect(prefix).toBe('推行企业投资项目承诺制改革，新增企业-');
    expect(hit).toBe('7190');
    expect(suffix).toBe('-户，市场主体增速位居全省前列');
  });

  it('starts and ends its context after punctuation, so it lies on word boundaries', () => {
    const s = field.indexOf('企业投资');
    const directive = decodeURIComponent(textDirective(field, [s, s + 4]));
    expect(directive).toBe('text=财政金融支持政策，推行-,企业投资,-项目承诺制改革');
  });

  it('escapes the characters that separate its parts', () => {
    const enc = encodeURIComponent;
    expect(textDirective('甲-乙,丙&丁', [3, 4])).toBe(
      `text=${enc('甲')}%2D${enc('乙')}-,%2C,-${enc('丙')}%26${enc('丁')}`,
    );
  });
});

describe('tokens', () => {
  it('indexes characters and pairs, and numbers whole', () => {
    expect(indexTokens('营商环境68.1%')).toEqual(['营', '商', '环', '境', '营商', '商环', '环境', '68', '1']);
    expect(indexTokens('5g+光网')).toEqual(['5g', '光', '网', '光网']);
  });

  it('asks the index for a term’s pairs, or its one character', () => {
    expect(queryTokens('营商环境')).toEqual(['营商', '商环', '环境']);
    expect(queryTokens('铜')).toEqual(['铜']);
    expect(queryTokens('4a级')).toEqual(['4a', '级']);
  });
});

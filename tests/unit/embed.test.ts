import { describe, expect, it } from 'vitest';
import { chartHeight, chartModel } from '../../src/lib/charts';
import { embedCode, embedHeight } from '../../src/lib/embed';
import { loadSections } from '../helpers/content';

const [industry] = loadSections();
const definition = industry?.data.charts[0];
if (!industry || !definition) throw new Error('the first section has no chart');
const model = chartModel(
  definition,
  industry.data.figures.filter((f) => definition.figures.includes(f.id)),
);

describe('embedCode', () => {
  it('gives a titled, full-width, lazy frame and the script that sizes it', () => {
    expect(
      embedCode({
        src: 'https://example.org/review/2020/embed/industry-investment/',
        title: '全社会固定资产投资预计增长5%',
        height: 420,
        script: 'https://example.org/review/2020/embed.js',
      }),
    ).toBe(
      '<iframe src="https://example.org/review/2020/embed/industry-investment/" title="全社会固定资产投资预计增长5%" width="100%" height="420" loading="lazy" frameborder="0"></iframe>\n' +
        '<script src="https://example.org/review/2020/embed.js" async></script>',
    );
  });

  it('escapes what would end an attribute', () => {
    const code = embedCode({
      src: 'https://example.org/?a=1&b="2"',
      title: '“5G+光网” <双千兆>',
      height: 1,
      script: 'x',
    });
    expect(code).toContain('src="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(code).toContain('title="“5G+光网” &lt;双千兆&gt;"');
  });
});

describe('embedHeight', () => {
  it('leaves room for the words around the picture', () => {
    expect(embedHeight(model)).toBe(chartHeight(model) + 300);
  });
});

import { describe, expect, it } from 'vitest';
import { sectionHeading, sectionKicker } from '../../src/lib/titles';

describe('a section heading', () => {
  it('is kicker and headline where the kicker says something of its own', () => {
    const section = { title: '聚焦产业转型升级', headline: '高质量发展步伐进一步加快' };
    expect(sectionKicker(section)).toBe('聚焦产业转型升级');
    expect(sectionHeading(section)).toBe('聚焦产业转型升级 高质量发展步伐进一步加快');
  });

  it('is the headline once where the title repeats it (a heading printed without a kicker)', () => {
    const section = { title: '民生福祉持续增进', headline: '民生福祉持续增进' };
    expect(sectionKicker(section)).toBeUndefined();
    expect(sectionHeading(section)).toBe('民生福祉持续增进');
  });
});

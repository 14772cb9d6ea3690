import { describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/schemas/review';
import { sectionSchema } from '../../src/schemas/section';
import { loadSections } from '../helpers/content';

const [industry] = loadSections();
if (!industry) throw new Error('no sections');
const valid = structuredClone(industry.data);

/** The first issue's path and message, as an editor would read them. */
function firstIssue(data: unknown): string {
  const result = sectionSchema.safeParse(data);
  if (result.success) return 'valid';
  const [issue] = result.error.issues;
  return `${issue?.path.join('.')}: ${issue?.message}`;
}

const withFigure = (patch: Record<string, unknown>) => ({ ...valid, figures: [{ ...valid.figures[0], ...patch }] });

describe('section schema', () => {
  it('accepts every section of the review', () => {
    for (const section of loadSections()) expect(firstIssue(section.data)).toBe('valid');
  });

  it('fills the optional fields with defaults', () => {
    const { charts: _c, corrections: _k, figures: _f, ...bare } = valid;
    const parsed = sectionSchema.parse(bare);
    expect(parsed).toMatchObject({ charts: [], corrections: [], figures: [] });
  });

  it.each([
    ['a missing field', { ...valid, headline: undefined }, 'headline: is missing: add the headline as text'],
    ['an empty field', { ...valid, headline: '  ' }, 'headline: must not be empty: add the headline'],
    ['a mistyped order', { ...valid, order: 'one' }, 'order: must be a whole number from 1'],
    ['an order below 1', { ...valid, order: 0 }, 'order: must be a whole number from 1'],
    [
      'a non-ASCII slug',
      { ...valid, slug: '产业' },
      'slug: must be the slug in lowercase ASCII letters, digits and hyphens (for example "new-firms")',
    ],
    [
      'an unknown field',
      { ...valid, subtitle: 'x' },
      ': has "subtitle", which is not a field of a section: check the spelling or remove it',
    ],
    [
      'a value in quotes',
      withFigure({ value: '5' }),
      'figures.0.value: must be a number such as 5 or 68.1 (no unit, no quotes)',
    ],
    [
      'a missing quote',
      withFigure({ quote: undefined }),
      'figures.0.quote: is missing: add the exact phrase of the text that states this figure as text',
    ],
    [
      'an unknown kind',
      withFigure({ kind: 'ratio' }),
      'figures.0.kind: must be one of growth, count, share, rate, rank',
    ],
    [
      'an unknown qualifier',
      withFigure({ qualifier: '大约' }),
      'figures.0.qualifier: must be one of 预计、约、近、超过、超、逾、突破、余、多、以上、以内、以下、左右',
    ],
    ['a growth not in %', withFigure({ kind: 'growth', unit: '户' }), 'figures.0.unit: must be "%" for a growth'],
    [
      'a count without a unit',
      withFigure({ kind: 'count', unit: '' }),
      'figures.0.unit: is missing: add the unit the text writes after the number (%, 户, 所 …)',
    ],
    [
      'a rank without peers',
      withFigure({ kind: 'rank', unit: '' }),
      'figures.0.peers: is missing: a rank needs the peers it is ranked among (关中五市, 全省 …)',
    ],
    [
      'a share over 100',
      withFigure({ kind: 'share', value: 120 }),
      'figures.0.value: must be between 0 and 100 for a share',
    ],
    [
      'an unknown figure field',
      withFigure({ source: 'x' }),
      'figures.0: has "source", which is not a field of a figure: check the spelling or remove it',
    ],
    [
      'a chart of an unknown type',
      { ...valid, charts: [{ ...valid.charts[0], type: 'pie' }] },
      'charts.0.type: must be one of growth, share, rank, count',
    ],
    [
      'a chart without figures',
      { ...valid, charts: [{ ...valid.charts[0], figures: [] }] },
      'charts.0.figures: must name at least one figure',
    ],
    [
      'a correction of an unknown field',
      { ...valid, corrections: [{ field: 'byline', original: 'x', note: 'y' }] },
      'corrections.0.field: must be one of title, headline',
    ],
  ])('rejects %s with a plain message', (_case, data, message) => {
    expect(firstIssue(data)).toBe(message);
  });
});

describe('review schema', () => {
  it('requires the review’s own fields, but not a series or subtitle, which an article may not have', () => {
    const result = reviewSchema.safeParse({ title: 'x' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('city: is missing: add the place as text');
    expect(issues?.some((i) => /^(series|subtitle):/.test(i))).toBe(false);
  });
});

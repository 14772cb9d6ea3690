// No zod here: the browser's chart code formats figures with these.

/**
 * Words with which the text hedges a number, each where the text writes it:
 * before the number (预计增长5%, 超过1000家, 逾2万户, 突破150万标准箱),
 * between number and unit (4600余名), or after the unit (85%以上, 6%左右). Kept to a closed list so that a card can place
 * each as the text does and the checks can find it there.
 */
export const QUALIFIER_PLACES = {
  预计: 'before',
  约: 'before',
  近: 'before',
  超过: 'before',
  超: 'before',
  逾: 'before',
  突破: 'before',
  余: 'after',
  多: 'after',
  以上: 'after-unit',
  以内: 'after-unit',
  以下: 'after-unit',
  左右: 'after-unit',
} as const;
export type Qualifier = keyof typeof QUALIFIER_PLACES;
export const QUALIFIERS = Object.keys(QUALIFIER_PLACES) as [Qualifier, ...Qualifier[]];

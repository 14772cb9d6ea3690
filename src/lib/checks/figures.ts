import type { Figure } from '../../schemas/figure';
import { ContentError } from '../../schemas/messages';
import { QUALIFIER_PLACES } from '../../schemas/qualifiers';
import { afterNumber } from '../format';
import { statedNumbers, type StatedNumber } from '../numbers';
import { quoted } from './sources';

/** Words before a number that make it a fall: 下降8.6% states a growth of -8.6%. */
const DECLINE = /下降|减少|降低|下滑|回落|收窄/;

/** The number as the quote writes it, with the words after it: “7190户”. */
const asWritten = (quote: string, n: StatedNumber) => quoted(quote.slice(n.start, n.end + 3));

/**
 * A figure states what its quote states: the value as a whole number of
 * the quote (not a part of 十二 or 5G), an amount (not the 十二 of 十二届)
 * unless it is a rank (第一), followed by its unit and qualifier exactly as
 * the card shows them (../format.ts afterNumber).
 */
export function checkFigure(file: string, field: string, figure: Figure, text: string) {
  const { quote } = figure;
  if (!text.includes(quote)) {
    throw new ContentError(
      file,
      `${field}.quote`,
      `${quoted(quote)} does not occur in the text of this section. Copy the phrase exactly, punctuation included.`,
    );
  }
  const numbers = statedNumbers(quote);
  const amount = Math.abs(figure.value);
  const reads = (n: StatedNumber) => n.readings.some((r) => r.value === amount);
  const stated = numbers.filter(reads);
  const [first] = stated;
  if (!first) {
    throw new ContentError(
      file,
      `${field}.value`,
      `${figure.value} does not occur in its quote ${quoted(quote)}. Every number must be one the text states.`,
    );
  }
  if (figure.kind === 'rank') {
    if (!stated.some((n) => n.ordinal)) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} is not a position in its quote ${quoted(quote)}: a rank is the number after 第 (第一). Correct the value or the kind.`,
      );
    }
  } else {
    const amounts = stated.filter((n) => !n.ordinal && !n.name);
    if (amounts.length === 0) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} occurs in its quote ${quoted(quote)} only as ${asWritten(quote, first)}, which names or orders something (第…, …届) rather than counting it. A figure's value must be an amount the text states.`,
      );
    }
    const followedBy = (after: string) =>
      amounts.find((n) => n.readings.some((r) => r.value === amount && quote.startsWith(after, r.end)));
    const found = followedBy(afterNumber(figure));
    if (!found) {
      const [shown = first] = amounts;
      if (figure.qualifier && followedBy(afterNumber({ ...figure, qualifier: undefined }))) {
        throw new ContentError(
          file,
          `${field}.qualifier`,
          `${quoted(figure.qualifier)} does not occur with its value in its quote ${quoted(quote)}, which writes ${asWritten(quote, shown)}. Remove the qualifier or correct it.`,
        );
      }
      throw new ContentError(
        file,
        `${field}.unit`,
        `"${figure.unit}" does not occur with its value in its quote ${quoted(quote)}. Write the unit (and any 余, 多, 以上 or 以内 as the qualifier) as the text does right after the number: ${asWritten(quote, shown)}.`,
      );
    }
    if (figure.qualifier && QUALIFIER_PLACES[figure.qualifier] === 'before') {
      const at = quote.indexOf(figure.qualifier);
      if (at < 0 || at > found.start) {
        throw new ContentError(
          file,
          `${field}.qualifier`,
          `${quoted(figure.qualifier)} does not occur before the number in its quote ${quoted(quote)}.`,
        );
      }
    }
    if (figure.value < 0 && !DECLINE.test(quote.slice(0, found.start))) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} is negative, but its quote ${quoted(quote)} does not say the number fell (下降, 减少 …). Write the value as the text states it.`,
      );
    }
  }
  if (
    figure.outOf !== undefined &&
    !numbers.some((n) => !n.ordinal && n.readings.some((r) => r.value === figure.outOf))
  ) {
    throw new ContentError(file, `${field}.outOf`, `${figure.outOf} does not occur in its quote ${quoted(quote)}.`);
  }
  if (figure.peers && !quote.includes(figure.peers)) {
    throw new ContentError(
      file,
      `${field}.peers`,
      `${quoted(figure.peers)} does not occur in its quote ${quoted(quote)}. Name the peers as the text does.`,
    );
  }
}

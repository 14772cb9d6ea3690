/**
 * Topic paragraphs: those whose first sentence is a short lead naming the
 * topic (抓项目引领。 强工业。 坚持产业带动，特色农业提质增效。 （一）抓项目。).
 * Such a paragraph becomes <Topic lead="…">; any other stays plain text.
 */
import type { Paragraph } from './structure';
import { numberingOf } from './structure/shapes';

/** Longest lead, in characters, its 。 included; a lead in two halves (…，…。) may be longer. */
const LEAD_MAX = 16;
const PAIRED_MAX = 26;

export interface Block {
  /** The paragraph's text without its lead. */
  text: string;
  lead?: string;
  line: number;
  /** Where the text starts in the source: its line, and its offset in that line as normalised. */
  at: { line: number; column: number };
}

/**
 * The lead of a paragraph, if its first sentence reads as one: short, or
 * two short halves about a comma (坚持产业带动，特色农业提质增效。) where
 * `paired` (a section's paragraphs open so in parallel), after a numbering.
 */
export function leadOf(paragraph: string, paired = false): string | undefined {
  const numbering = numberingOf(paragraph) ?? '';
  const match = /^[^。！？]+[。！]/.exec(paragraph.slice(numbering.length));
  const lead = match?.[0];
  if (!lead || lead.length < 3) return undefined;
  // A lead names a topic: no year or figure, no quotation that runs on.
  if (/\d/.test(lead) || /[、；：,;:]/.test(lead)) return undefined;
  // 各位代表！ addresses the audience; it names no topic.
  if (/^(?:各位|同志们|朋友们)/.test(lead)) return undefined;
  const halves = lead.split('，');
  const short = halves.length === 1 && lead.length <= LEAD_MAX;
  const pair =
    paired &&
    halves.length === 2 &&
    lead.length <= PAIRED_MAX &&
    halves.every((h) => h.replace(/[。！]$/, '').length >= 4);
  if (!short && !pair) return undefined;
  if (/^[（(]/.test(lead) || /[“《（(]/.test(lead.replace(/“[^”]*”|《[^》]*》|（[^）]*）/g, ''))) return undefined;
  // Attribute values are written between quotes; a lead holding both kinds cannot be.
  if (lead.includes('"') && lead.includes("'")) return undefined;
  return `${numbering}${lead}`;
}

/** Whether a section's paragraphs open in parallel with two-halved leads (two or more do). */
function pairedLeads(paragraphs: Paragraph[]): boolean {
  return paragraphs.filter((p) => leadOf(p.text, true)?.includes('，')).length >= 2;
}

/**
 * The section's paragraphs as blocks: a topic paragraph with its lead set
 * apart, and a lead printed on a line of its own joined to the paragraph
 * after it (noted, since the source broke the line there).
 */
export function readBlocks(paragraphs: Paragraph[], notes: { line?: number; message: string }[]): Block[] {
  const paired = pairedLeads(paragraphs);
  const blocks: Block[] = [];
  const at = (p: Paragraph, offset = 0) => ({ line: p.line, column: p.column + offset });
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    const lead = leadOf(paragraph.text, paired);
    if (!lead) {
      blocks.push({ text: paragraph.text, line: paragraph.line, at: at(paragraph) });
      continue;
    }
    const rest = paragraph.text.slice(lead.length);
    const next = paragraphs[i + 1];
    if (rest === '' && next && !leadOf(next.text, paired)) {
      notes.push({
        line: paragraph.line,
        message: `the lead “${lead}” stands on a line of its own; it opens the paragraph after it`,
      });
      blocks.push({ text: next.text, lead, line: paragraph.line, at: at(next) });
      i += 1;
    } else if (rest === '') {
      blocks.push({ text: paragraph.text, line: paragraph.line, at: at(paragraph) });
    } else {
      blocks.push({ text: rest, lead, line: paragraph.line, at: at(paragraph, lead.length) });
    }
  }
  return blocks;
}

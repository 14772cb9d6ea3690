/**
 * Topic paragraphs: those whose first sentence is a short lead naming the
 * topic (抓项目引领。 强工业。). Such a paragraph becomes <Topic lead="…">;
 * any other stays plain text.
 */
import type { SourceLine } from './normalise';

/** Longest lead, in characters, its 。 included. */
const LEAD_MAX = 16;

export interface Block {
  /** The paragraph's text without its lead. */
  text: string;
  lead?: string;
  line: number;
  /** Where the text starts in the source: its line, and its offset in that line as normalised. */
  at: { line: number; column: number };
}

/** The lead of a paragraph, if its first sentence reads as one. */
export function leadOf(paragraph: string): string | undefined {
  const match = /^[^。！？]+[。！]/.exec(paragraph);
  const lead = match?.[0];
  if (!lead || lead.length > LEAD_MAX || lead.length < 3) return undefined;
  // A lead names a topic: no clause breaks, no year or figure, no quotation that runs on.
  if (/[，、；：,;:]/.test(lead) || /\d/.test(lead)) return undefined;
  if (/^[（(]/.test(lead) || /[“《（(]/.test(lead.replace(/“[^”]*”|《[^》]*》|（[^）]*）/g, ''))) return undefined;
  // Attribute values are written between quotes; a lead holding both kinds cannot be.
  if (lead.includes('"') && lead.includes("'")) return undefined;
  return lead;
}

/**
 * The section's paragraphs as blocks: a topic paragraph with its lead set
 * apart, and a lead printed on a line of its own joined to the paragraph
 * after it (noted, since the source broke the line there).
 */
export function readBlocks(paragraphs: SourceLine[], notes: { line?: number; message: string }[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as SourceLine;
    const lead = leadOf(paragraph.text);
    if (!lead) {
      blocks.push({ text: paragraph.text, line: paragraph.line, at: { line: paragraph.line, column: 0 } });
      continue;
    }
    const rest = paragraph.text.slice(lead.length);
    const next = paragraphs[i + 1];
    if (rest === '' && next && !leadOf(next.text)) {
      notes.push({
        line: paragraph.line,
        message: `the lead “${lead}” stands on a line of its own; it opens the paragraph after it`,
      });
      blocks.push({ text: next.text, lead, line: paragraph.line, at: { line: next.line, column: 0 } });
      i += 1;
    } else if (rest === '') {
      blocks.push({ text: paragraph.text, line: paragraph.line, at: { line: paragraph.line, column: 0 } });
    } else {
      blocks.push({ text: rest, lead, line: paragraph.line, at: { line: paragraph.line, column: lead.length } });
    }
  }
  return blocks;
}

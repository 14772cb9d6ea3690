/**
 * The article's text divided into sections: at each heading line (一、…,
 * （一）…, 01 …, 第一部分 …, a kicker and headline, a numbering on a line
 * of its own with its heading on the next), or at headings run into their
 * paragraphs ((一)…。(二)…。) where a numbered run of them carries the
 * text. Bylines on lines of their own are the section's, never headings.
 */
import type { SourceLine } from '../normalise';
import { bylineAtEnd, bylineAtStart, creditsWriter, joinBylines, readByline } from './bylines';
import type { Heading, RawSection } from './index';
import { headingShape, isNumberLine, numberingPlace, runInHeading, splitHeading } from './shapes';
import type { Notes, Paragraph } from './types';

type Item = { heading: Heading } | { paragraph: Paragraph };

const isParagraph = (line: SourceLine | undefined) =>
  line !== undefined && !headingShape(line.text) && !isNumberLine(line.text);

/** A heading's words read once: numbering, kicker and headline. */
function heading(printed: string, line: number, text: string, numbering?: string): Heading {
  return { printed, line, ...(numbering ? { numbering } : {}), ...splitHeading(text) };
}

/** Heading lines and paragraphs, in order. */
function readLines(lines: SourceLine[], notes: Notes): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    const nextShape = next && headingShape(next.text);
    // A numbering alone on its line, its heading on the next: 01 / 工业经济挑大梁.
    if (isNumberLine(line.text) && nextShape && !nextShape.numbering && next && isParagraph(lines[i + 2])) {
      items.push({ heading: heading(`${line.text} ${next.text}`, line.line, nextShape.text, line.text) });
      i += 1;
      continue;
    }
    const shape = headingShape(line.text);
    // A heading is followed by text; two heading lines in a row are a kicker and a headline.
    const twoLines = shape && nextShape && !nextShape.numbering && isParagraph(lines[i + 2]);
    if (shape && (isParagraph(next) || twoLines)) {
      const read = heading(line.text, line.line, shape.text, shape.numbering);
      if (twoLines && next && nextShape) {
        Object.assign(read, { printed: `${line.text} ${next.text}`, kicker: shape.text, headline: nextShape.text });
        notes.push({
          line: line.line,
          message: `heading on two lines read as kicker “${shape.text}” and headline “${nextShape.text}”`,
        });
        i += 1;
      } else if (shape.text.length > 24 || (/[，,]/.test(shape.text) && !shape.numbering)) {
        notes.push({
          line: line.line,
          message: `“${line.text}” was read as a heading, but it might be a sentence: check it`,
        });
      }
      items.push({ heading: read });
      continue;
    }
    items.push({ paragraph: { ...line, column: 0 } });
  }
  return items;
}

/**
 * Paragraphs that open with a numbered lead ((一)…。(二)…。) are headings run
 * in, when they number once from the first in order and no heading line
 * follows them (else they are points within a section).
 */
function runIns(items: Item[], notes: Notes): Item[] {
  const found = items.map((item) => ('paragraph' in item ? runInHeading(item.paragraph.text) : undefined));
  const styles = new Map<string, number[]>();
  found.forEach((r, k) => {
    const place = r && numberingPlace(r.numbering);
    if (place) styles.set(place.style, [...(styles.get(place.style) ?? []), k]);
  });
  const inOrder = (ks: number[]) => ks.every((k, n) => numberingPlace(found[k]?.numbering ?? '')?.place === n + 1);
  const run = [...styles.values()].filter(inOrder).sort((a, b) => b.length - a.length)[0];
  const first = run?.[0];
  if (!run || run.length < 2 || first === undefined) return items;
  if (items.slice(first).some((item) => 'heading' in item)) return items;
  notes.push({
    line: 'paragraph' in (items[first] as Item) ? (items[first] as { paragraph: Paragraph }).paragraph.line : undefined,
    message: `${run.length} paragraphs open with a numbered lead (${found[first]?.numbering.trim()}…): each is read as a section's heading run into its text`,
  });
  return items.flatMap((item, k) => {
    const r = found[k];
    if (!run.includes(k) || !r || !('paragraph' in item)) return [item];
    const { paragraph } = item;
    const printed = `${r.numbering}${r.lead.slice(0, -1)}`.trim();
    const read: Heading = { ...heading(printed, paragraph.line, r.lead.slice(0, -1), r.numbering.trim()), runIn: true };
    const length = r.numbering.length + r.lead.length;
    const rest = paragraph.text.slice(length);
    const text = rest.trimStart();
    const column = paragraph.column + length + rest.length - text.length;
    return text ? [{ heading: read }, { paragraph: { ...paragraph, text, column } }] : [{ heading: read }];
  });
}

export function readSections(lines: SourceLine[], deck: Paragraph[], notes: Notes): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection = { paragraphs: [...deck] };
  for (const item of runIns(readLines(lines, notes), notes)) {
    if ('heading' in item) {
      if (current.heading || current.paragraphs.length || current.byline) sections.push(current);
      current = { heading: item.heading, paragraphs: [] };
      continue;
    }
    const { text, line } = item.paragraph;
    const byline = readByline(text);
    // 摄影 李强 under 本报记者 X is part of the byline; 责任编辑：石澜 after the text is not the section's.
    const credit = byline && (creditsWriter(byline) || (current.byline && !current.paragraphs.length));
    if (byline && credit) {
      current.byline = joinBylines(current.byline, byline);
      continue;
    }
    if (byline) {
      notes.push({
        line,
        message: `“${byline.printed}” credits no writer of the text: kept as the section's last paragraph; delete it if the site should not print it`,
      });
    } else if (/^[（(]?图为/.test(text)) {
      notes.push({
        line,
        message: 'a photo caption (图为…): the site shows no photo; delete it if the text should not keep it',
      });
    }
    current.paragraphs.push(item.paragraph);
  }
  sections.push(current);
  const found = sections.filter((s) => s.paragraphs.length > 0 || s.heading);
  for (const section of found) {
    const last = section.paragraphs.at(-1)?.text ?? '';
    const first = section.paragraphs[0]?.text ?? '';
    section.byline ??= bylineAtEnd(last) ?? bylineAtStart(first);
  }
  return found;
}

/**
 * Bytes as newsroom systems export them, read as text. The encoding is
 * detected, never assumed: a byte-order mark first, then strict UTF-8, then
 * strict GB18030 (a superset of GBK and GB2312), each with the platform's
 * TextDecoder. Whatever is read is named in the report.
 */
import { ImportError } from './errors';

export interface Decoded {
  text: string;
  /** What was read, as the report names it: "UTF-8", "UTF-8 with a byte-order mark", "GB18030 (GBK)" … */
  encoding: string;
}

const BOMS: [number[], string, string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8 with a byte-order mark'],
  [[0xff, 0xfe], 'utf-16le', 'UTF-16 (little-endian, with a byte-order mark)'],
  [[0xfe, 0xff], 'utf-16be', 'UTF-16 (big-endian, with a byte-order mark)'],
];

/** Control characters no text export holds (tab, line feed, form feed and carriage return are fine). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const CJK = /[\u3400-\u9fff]/g;

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ImportError(file, 'is empty: there is no text to import.');
  for (const [mark, label, name] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      const text = strict(label, bytes.subarray(mark.length));
      if (text === undefined) throw unreadable(file, `it starts like ${name} but is not`);
      return checked({ text, encoding: name }, file);
    }
  }
  if (bytes.includes(0)) throw binary(file);
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return checked({ text: utf8, encoding: 'UTF-8' }, file);
  const gb = strict('gb18030', bytes);
  // GB18030 accepts many byte sequences; text that yields almost no Chinese
  // characters was some other encoding, and reading it so would be a guess.
  if (gb !== undefined && (gb.match(CJK)?.length ?? 0) >= gb.replace(/\s/g, '').length / 4) {
    return checked({ text: gb, encoding: 'GB18030 (GBK)' }, file);
  }
  throw unreadable(file, 'it is neither UTF-8 nor GB18030 (GBK)');
}

function checked(decoded: Decoded, file: string): Decoded {
  if (CONTROL.test(decoded.text)) throw binary(file);
  if (decoded.text.trim() === '') throw new ImportError(file, 'is empty: there is no text to import.');
  return decoded;
}

const binary = (file: string) =>
  new ImportError(
    file,
    'is not a text file (it holds binary data). Export the article as plain text (.txt) and import that.',
  );

const unreadable = (file: string, why: string) =>
  new ImportError(file, `cannot be read: ${why}. Save the article as UTF-8 (or GB18030) plain text and import again.`);

import { describe, expect, it } from 'vitest';
import { decode } from '../../src/import/decode';

const bytes = (...list: number[]) => new Uint8Array(list);
const utf8 = (text: string) => new TextEncoder().encode(text);
/** 望川县2022年，增长8.6%。 as GB18030 writes it. */
const GB18030 = bytes(
  205,
  251,
  180,
  168,
  207,
  216,
  50,
  48,
  50,
  50,
  196,
  234,
  163,
  172,
  212,
  246,
  179,
  164,
  56,
  46,
  54,
  37,
  161,
  163,
);

describe('decode: the encodings newsrooms export', () => {
  it('reads UTF-8 and says so', () => {
    expect(decode(utf8('铜川2020年'), 'a.txt')).toEqual({ text: '铜川2020年', encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, ...utf8('铜川')), 'a.txt')).toEqual({
      text: '铜川',
      encoding: 'UTF-8 with a byte-order mark',
    });
  });

  it('reads GB18030 (GBK) when the bytes are not UTF-8', () => {
    expect(decode(GB18030, 'a.txt')).toEqual({ text: '望川县2022年，增长8.6%。', encoding: 'GB18030 (GBK)' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decode(bytes(0xff, 0xfe, 176, 139, 5, 128), 'a.txt').text).toBe('记者');
  });

  it('keeps CRLF line endings for the normaliser to count', () => {
    expect(decode(utf8('一\r\n二'), 'a.txt').text).toBe('一\r\n二');
  });
});

describe('decode: what it refuses, in one line', () => {
  it('refuses an empty file', () => {
    expect(() => decode(bytes(), 'a.txt')).toThrow('a.txt: is empty: there is no text to import.');
    expect(() => decode(utf8(' \n\n '), 'a.txt')).toThrow('a.txt: is empty');
  });

  it('refuses a binary file', () => {
    expect(() => decode(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13), 'a.png')).toThrow(
      'a.png: is not a text file (it holds binary data). Export the article as plain text (.txt) and import that.',
    );
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 rather than guessing', () => {
    // Café crème in Latin-1: not UTF-8, and é before a space is no GB18030 character.
    expect(() => decode(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65), 'a.txt')).toThrow(
      'a.txt: cannot be read: it is neither UTF-8 nor GB18030 (GBK). Save the article as UTF-8 (or GB18030) plain text and import again.',
    );
    // Latin text that happens to decode as GB18030 yields almost no Chinese: still refused.
    expect(() => decode(bytes(...utf8('abcdefghij'), 233, 233), 'a.txt')).toThrow('a.txt: cannot be read');
  });
});

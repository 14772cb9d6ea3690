import { describe, expect, it } from 'vitest';
import { fillPdfSize, formatFileSize, PDF_SIZE_MARK, pdfFileName, pdfSizeToken } from '../../src/lib/pdf-file.mjs';

describe('formatFileSize', () => {
  it.each([
    [1024 * 1024, '1.0 MB'],
    [1572864, '1.5 MB'],
    [2.96 * 1024 * 1024, '3.0 MB'],
    [303438, '296 KB'],
    [1023 * 1024, '1023 KB'],
    [100, '1 KB'],
  ])('shows %d bytes as %s', (bytes, shown) => {
    expect(formatFileSize(bytes)).toBe(shown);
  });

  it('refuses what is not a size', () => {
    expect(() => formatFileSize(-1)).toThrow('not a file size: -1');
    expect(() => formatFileSize(Number.NaN)).toThrow('not a file size');
  });
});

describe('fillPdfSize', () => {
  it('writes the size wherever a page left the PDF’s token, and nothing else', () => {
    const token = pdfSizeToken('a/2020/a.pdf');
    const other = pdfSizeToken('b/2021/b.pdf');
    const html = `<a data-pdf>下载PDF（${token}）</a><p>${token}</p><p>${other}</p><p>其余不变</p>`;
    expect(fillPdfSize(html, 'a/2020/a.pdf', 1572864)).toBe(
      `<a data-pdf>下载PDF（1.5 MB）</a><p>1.5 MB</p><p>${other}</p><p>其余不变</p>`,
    );
    expect(other.startsWith(PDF_SIZE_MARK)).toBe(true);
  });
});

describe('pdfFileName', () => {
  it('names the PDF for the review', () => {
    expect(pdfFileName('tongchuan-2020-review')).toBe('tongchuan-2020-review.pdf');
  });
});

import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../helpers/dist';

// Every page as built, against html-validate's recommended rules
// (.htmlvalidate.json): valid markup, and the accessibility and security
// rules it carries.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('valid HTML', () => {
  it('finds the pages', () => {
    expect(htmlFiles()).toEqual(expect.arrayContaining(['index.html', '404.html', 'tongchuan/2020/print/index.html']));
  });

  for (const file of htmlFiles()) {
    it(`${file} passes html-validate`, async () => {
      const report = await validator.validateFile(join(distDir, file));
      expect(report.valid ? '' : text(report.results)).toBe('');
    });
  }
});

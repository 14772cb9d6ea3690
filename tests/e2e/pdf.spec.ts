import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatFileSize, PDF_SIZE_MARK } from '../../src/lib/pdf-file.mjs';
import { basePath, outDir, siteUrl } from '../../src/lib/site-env.mjs';
import { absoluteUrl, joinBase, sectionPath, shortAddress } from '../../src/lib/urls';
import { editedSource, loadReview, loadSections, sentences } from '../helpers/content';
import { builtPdfs, pdfFonts, readBytes, readPdf, squash, type PdfContents } from '../helpers/pdf';
import { archive, seed } from './site';

// The PDF that `npm run build` made (scripts/build-pdf.mjs), read as a
// reader's software reads it.
const dist = outDir();
const { data: meta } = loadReview();
const sections = loadSections();
const file = join(dist, seed(`${meta.slug}.pdf`));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('the build made a PDF for each review, in its folder and named for it', () => {
  expect(builtPdfs()).toEqual(archive.reviews.map((r) => join(dist, `${r.path}${r.meta.slug}.pdf`)).sort());
});

test.describe('the PDF of the print edition', () => {
  let bytes: Uint8Array;
  let pdf: PdfContents;
  /** Each page's text without the running head and the page number in its margins. */
  let body: string[];

  test.beforeAll(async () => {
    bytes = readBytes(file);
    pdf = await readPdf(bytes);
    const head = squash(`${meta.title}——${meta.subtitle}`);
    body = pdf.pages.map((text, i) =>
      squash(text)
        .replace(head, '')
        .replace(`${i + 1}/${pdf.pages.length}`, ''),
    );
  });

  test('holds every sentence of the source article, every heading and the source line', () => {
    const text = body.join('');
    const source = editedSource();
    const all = sentences(source);
    expect(all.length).toBeGreaterThan(50);
    for (const sentence of all) expect(text, sentence).toContain(squash(sentence));
    expect(text).toContain(squash(source.split('\n')[0] ?? ''));
    for (const s of sections) expect(text).toContain(squash(`${s.data.title}${s.data.headline}`));
  });

  test('leads from each section and from the cover to the online version', () => {
    const site = siteUrl(process.env.SITE_URL);
    const base = basePath(process.env.BASE_PATH);
    expect(body[0]).toContain(squash(shortAddress(absoluteUrl(site, joinBase(base, seed())))));
    for (const s of sections) {
      const address = squash(shortAddress(absoluteUrl(site, joinBase(base, seed(sectionPath(s.data.slug))))));
      expect(
        body.filter((page) => page.includes(address)),
        address,
      ).toHaveLength(1);
    }
  });

  test('has a sane number of pages and weighs under 3 MB', () => {
    // Cover, contents, at least a page a section, colophon.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(sections.length + 3);
    expect(pdf.pages.length).toBeLessThanOrEqual(30);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
  });

  test('embeds every font it uses, all of them Noto Sans SC', async () => {
    const fonts = await pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/NotoSansSC/);
    }
  });

  test('has one outline entry per section, each opening its own page', () => {
    let last = 2; // the cover and the contents come first
    for (const [i, s] of sections.entries()) {
      const entries = pdf.outline.filter(
        (e) => squash(e.title).startsWith(s.data.title) && squash(e.title).endsWith(s.data.headline),
      );
      expect(entries, s.data.title).toHaveLength(1);
      const [entry] = entries;
      expect(entry?.page).toBeGreaterThan(last);
      last = entry?.page ?? 0;
      // The page starts with the section's number and heading.
      expect(body[last - 1]).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}${s.data.title}`));
    }
  });

  test('the contents give the page each section starts on', () => {
    const contents = body[1] ?? '';
    expect(contents).toMatch(/^目录/);
    for (const s of sections) {
      const entry = pdf.outline.find((e) => squash(e.title).endsWith(s.data.headline));
      expect(contents).toContain(`${s.data.headline}${entry?.page}`);
    }
  });

  test('is tagged, titled and attributed, without dates', () => {
    expect(pdf.marked).toBe(true);
    expect(pdf.info.Title).toBe(`${meta.title}——${meta.subtitle}`);
    expect(pdf.info.Author).toBe(meta.reporter);
    expect(pdf.info.Language).toBe('zh-CN');
    expect(pdf.info.CreationDate).toBeUndefined();
    expect(pdf.info.ModDate).toBeUndefined();
  });

  test('comes out byte-identical when made again from the same build', () => {
    test.setTimeout(300_000);
    const again = join('.tmp', 'pdf-again');
    rmSync(again, { recursive: true, force: true });
    rmSync(join('.tmp', 'pdf-again-cache'), { recursive: true, force: true });
    cpSync(dist, again, { recursive: true });
    rmSync(join(again, seed(basename(file))));
    // A cache of its own, empty: the PDF is printed again, not taken from the build's cache.
    const run = spawnSync(process.execPath, ['scripts/build-pdf.mjs'], {
      env: { ...process.env, OUT_DIR: again, CACHE_DIR: join('.tmp', 'pdf-again-cache') },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(sha256(readBytes(join(again, seed(basename(file)))))).toBe(sha256(bytes));
  });
});

test('the overview and the print edition link to the PDF with its size', async ({ page, request }) => {
  const size = formatFileSize(readBytes(file).length);
  for (const path of [seed(), seed('print/')]) {
    await page.goto(path);
    const link = page.locator('a[data-pdf]');
    await expect(link).toHaveText(`下载PDF（${size}）`);
    const response = await request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
  }
});

test('no built page still holds the size placeholder', () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  // Those that link to a PDF among them: each review's overview and print edition; and the rest.
  expect(pages).toEqual(
    expect.arrayContaining([
      'index.html',
      'search/index.html',
      '404.html',
      ...archive.reviews.flatMap((r) => [
        `${r.path}index.html`,
        `${r.path}print/index.html`,
        ...r.sections.map((s) => `${r.path}${s.data.slug}/index.html`),
      ]),
    ]),
  );
  for (const page of pages) expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain(PDF_SIZE_MARK);
});

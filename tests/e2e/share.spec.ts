import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { parse } from 'node-html-parser';
import { PNG } from 'pngjs';
import { readBody } from '../../src/lib/section-body';
import { loadSections } from '../helpers/content';
import { USER_AGENTS } from '../fixtures/user-agents';
import { axeFindings, pageKind, previewPath, seed, sectionPages, siteAddress, sitemapPages } from './site';

const sections = loadSections();
const [first] = sections;
if (!first) throw new Error('content has no sections');
const slug = first.data.slug;
const [firstTopic] = readBody(first.body).topics;
const [firstFigure] = first.data.figures;

/** A stand-in for the Web Share API that records what it was given, or fails as told. */
function stubShare(page: Page, failWith?: string) {
  return page.addInitScript((failure) => {
    const calls: ShareData[] = [];
    Object.assign(window, { sharedData: calls });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        calls.push(data);
        if (failure) throw new DOMException('stub', failure);
      },
    });
  }, failWith);
}

/**
 * Records, from before the page's first byte, everything written into any
 * live region, so a test can prove that nothing was said (checking that a
 * region is empty at one moment proves nothing: it starts empty).
 */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { announcements: said });
    new MutationObserver((mutations) => {
      for (const { target } of mutations) {
        const region = (target instanceof Element ? target : target.parentElement)?.closest('[aria-live]');
        if (region?.textContent) said.push(region.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
}

/**
 * Lets the click's handler finish: the promise it awaited has settled by
 * now, and whatever it would announce is written in the next frame.
 */
const afterTheClick = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const sectionControl = (page: Page) => page.getByRole('main').locator('header share-control');

test.describe('the share control @sub-path', () => {
  test('copies the canonical address and says so, where there is no share sheet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
    });
    await page.goto(seed(`${slug}/`));
    const control = sectionControl(page);
    await expect(control.getByRole('link', { name: '本页链接' })).toBeHidden();
    await control.getByRole('button', { name: '复制链接' }).click();
    await expect(control.locator('[aria-live="polite"]')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteAddress(seed(`${slug}/`)));
    await expect(control.getByRole('link', { name: '海报' })).toBeVisible();
    await expect(control.getByText('点击右上角')).toBeHidden();
  });

  test('opens the share sheet with the section’s title, sentence and address where there is one', async ({ page }) => {
    await stubShare(page);
    const said = await recordAnnouncements(page);
    await page.goto(seed(`${slug}/`));
    await sectionControl(page).getByRole('button', { name: '分享' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData))
      .toEqual([
        {
          url: siteAddress(seed(`${slug}/`)),
          title: `${first.data.title} ${first.data.headline}`,
          text: first.data.summary,
        },
      ]);
    await afterTheClick(page);
    expect(await said()).toEqual([]);
  });

  test('copies instead when the share sheet fails for another reason than the reader closing it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await stubShare(page, 'NotAllowedError');
    await page.goto(seed(`${slug}/`));
    await sectionControl(page).getByRole('button', { name: '分享' }).click();
    await expect(sectionControl(page).locator('[aria-live="polite"]')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteAddress(seed(`${slug}/`)));
  });

  test('says nothing and copies nothing when the reader closes the share sheet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await stubShare(page, 'AbortError');
    const said = await recordAnnouncements(page);
    await page.goto(seed(`${slug}/`));
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await sectionControl(page).getByRole('button', { name: '分享' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData.length))
      .toBe(1);
    await afterTheClick(page);
    expect(await said()).toEqual([]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  });

  test('shows the address to copy by hand when the browser refuses to copy', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('stub', 'NotAllowedError')),
      });
    });
    await page.goto(seed(`${slug}/`));
    await sectionControl(page).getByRole('button', { name: '复制链接' }).click();
    await expect(sectionControl(page).locator('[aria-live="polite"]')).toHaveText(
      `未能自动复制，请长按或手动复制地址：${siteAddress(seed(`${slug}/`))}`,
    );
  });

  test('copies a figure’s permalink from its card', async ({ page, context }) => {
    test.skip(!firstFigure, 'the first section has no figures');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(seed(`${slug}/`));
    const card = page.locator(`#fig-${firstFigure?.id}`);
    await card.getByRole('button', { name: `复制链接：${firstFigure?.label}` }).click();
    await expect(card.locator('[aria-live="polite"]')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      siteAddress(seed(`${slug}/#fig-${firstFigure?.id}`)),
    );
  });

  test('lets the overview pass itself on', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(seed());
    await page.getByRole('main').locator('share-control').first().getByRole('button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteAddress(seed()));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the share controls are plain links to the addresses, never dead buttons', async ({ page }) => {
    await page.goto(seed(`${slug}/`));
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expect(sectionControl(page).getByRole('link', { name: '本页链接' })).toHaveAttribute(
      'href',
      siteAddress(seed(`${slug}/`)),
    );
    await expect(sectionControl(page).getByRole('link', { name: '海报' })).toHaveAttribute(
      'href',
      new RegExp(`/posters/${slug}/$`),
    );
    if (firstFigure) {
      const card = page.locator(`#fig-${firstFigure.id}`);
      await expect(card.getByRole('link', { name: `链接到本数据：${firstFigure.label}` })).toHaveAttribute(
        'href',
        siteAddress(seed(`${slug}/#fig-${firstFigure.id}`)),
      );
      await expect(card.getByRole('link', { name: `海报：${firstFigure.label}` })).toHaveAttribute(
        'href',
        new RegExp(`/posters/fig-${firstFigure.id}/$`),
      );
    }
  });

  test('a heading link is a link to the heading', async ({ page }) => {
    test.skip(!firstTopic, 'the first section has no topics');
    const { id, lead } = firstTopic ?? { id: '', lead: '' };
    await page.goto(seed(`${slug}/`));
    await page.getByRole('link', { name: `链接到本段：${lead}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  });
});

test.describe('heading links', () => {
  test.skip(!firstTopic, 'the first section has no topics');
  const { id, lead } = firstTopic ?? { id: '', lead: '' };

  test('say what they link to, go to the heading and copy its address @sub-path', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(seed(`${slug}/`));
    const link = page.getByRole('link', { name: `链接到本段：${lead}` });
    await expect(link).toHaveAttribute('href', `#${id}`);
    await link.focus();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`heading-link:has(a[href="#${id}"]) [aria-live="polite"]`)).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteAddress(seed(`${slug}/#${id}`)));
  });

  test('leave the heading’s own name and the paragraph’s text as they were', async ({ page }) => {
    await page.goto(seed(`${slug}/`));
    await expect(page.getByRole('heading', { name: lead, exact: true })).toHaveAttribute('id', id);
    const text = await page.locator(`.topic:has(> [id="${id}"])`).innerText();
    expect(text.replace(/\s/g, '').startsWith(lead)).toBe(true);
  });

  test('are hidden in the margin until the paragraph is hovered', async ({ page }) => {
    await page.goto(seed(`${slug}/`));
    const link = page.getByRole('link', { name: `链接到本段：${lead}` });
    await expect(link).toHaveCSS('opacity', '0');
    await page.locator(`[id="${id}"]`).hover();
    await expect(link).toHaveCSS('opacity', '1');
    const [linkBox, headingBox] = [await link.boundingBox(), await page.locator(`[id="${id}"]`).boundingBox()];
    expect((linkBox?.x ?? 0) + (linkBox?.width ?? 0)).toBeLessThanOrEqual(headingBox?.x ?? 0);
  });
});

test.describe('heading links on a touch screen', () => {
  test.skip(!firstTopic, 'the first section has no topics');
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { id, lead } = firstTopic ?? { id: '', lead: '' };

  test('are always shown, right after the run-in head', async ({ page }) => {
    await page.goto(seed(`${slug}/`));
    const link = page.getByRole('link', { name: `链接到本段：${lead}` });
    await expect(link).toHaveCSS('opacity', '1');
    const [linkBox, headingBox] = [await link.boundingBox(), await page.locator(`[id="${id}"]`).boundingBox()];
    expect(Math.round(linkBox?.x ?? 0)).toBe(Math.round((headingBox?.x ?? 0) + (headingBox?.width ?? 0)));
    expect(linkBox?.y ?? 0).toBeLessThan((headingBox?.y ?? 0) + (headingBox?.height ?? 0));
  });
});

test.describe('QR codes', () => {
  for (const path of sectionPages()) {
    test(`/${path} holds its own canonical address and is labelled as such`, async ({ page }) => {
      await page.goto(path);
      const code = page.getByRole('img', { name: /网址的二维码/ });
      await expect(code).toHaveAccessibleName(new RegExp(`「.+」网址的二维码：${siteAddress(path)}$`));
      await expect(page.locator('figure.qr-code figcaption')).toContainText(
        siteAddress(path).replace(/^https?:\/\//, ''),
      );
      const png = PNG.sync.read(await code.screenshot());
      const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(read?.data).toBe(siteAddress(path));
    });
  }
});

test.describe('page metadata', () => {
  for (const path of sitemapPages()) {
    // Read from the page as served: what a crawler or WeChat reads runs no script.
    test(`/${path} declares its own address and a share image that exists at its declared size`, async ({
      request,
    }) => {
      const html = parse(await (await request.get(path)).text());
      const meta = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(siteAddress(path));
      expect(meta('og:url')).toBe(siteAddress(path));
      expect(meta('og:type')).toBe('article');
      expect(meta('og:locale')).toBe('zh_CN');
      expect(meta('og:title')).toBe(html.querySelector('title')?.textContent);
      expect(meta('og:image:alt')).toMatch(/\S{10,}/);
      expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');

      const image = meta('og:image');
      const local = previewPath(image ?? '');
      expect(local, `${image} is not an address of this site`).toBeDefined();
      const response = await request.get(local ?? '');
      expect(response.headers()['content-type']).toBe('image/png');
      const body = await response.body();
      expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([
        Number(meta('og:image:width')),
        Number(meta('og:image:height')),
      ]);
      expect(body.byteLength).toBeLessThan(150 * 1024);

      const data = html.querySelectorAll('script[type="application/ld+json"]');
      // The pages around the reviews are not an article, and do not say they are; an indicator's is a Dataset.
      const kind = pageKind(path);
      if (['archive', 'place', 'search/'].includes(kind)) expect(data).toHaveLength(0);
      else {
        expect(data).toHaveLength(1);
        const jsonLd = JSON.parse(data[0]?.textContent ?? '');
        expect(jsonLd).toMatchObject(
          kind === 'indicator'
            ? { '@type': 'Dataset', inLanguage: 'zh-CN' }
            : { '@type': 'NewsArticle', inLanguage: 'zh-CN', url: siteAddress(path) },
        );
      }
    });
  }

  test('the 404 page has no address of its own and stays out of search', async ({ page }) => {
    await page.goto('no-such-page/');
    await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

/** Every poster: its name and the address its QR code must hold. */
const posters = [
  { name: 'index', path: seed() },
  ...sections.flatMap((s) => [
    { name: s.data.slug, path: seed(`${s.data.slug}/`) },
    ...s.data.figures.map((f) => ({ name: `fig-${f.id}`, path: seed(`${s.data.slug}/#fig-${f.id}`) })),
  ]),
];

test.describe('posters', () => {
  for (const { name, path } of posters) {
    test(`${name}: 1080 wide, at least 3:4, at most 200 KB, its QR code /${path}, shown at its size on its page`, async ({
      page,
      request,
      baseURL,
    }) => {
      const response = await request.get(seed(`posters/${name}.png`));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const body = await response.body();
      expect(body.byteLength).toBeLessThanOrEqual(200 * 1024);
      const png = PNG.sync.read(body);
      expect(png.width).toBe(1080);
      expect(png.height / png.width).toBeGreaterThanOrEqual(4 / 3);
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(siteAddress(path));

      await page.goto(seed(`posters/${name}/`));
      const poster = page.locator('main img[data-poster]');
      await expect(poster).toHaveAttribute('src', new RegExp(`/posters/${name}\\.png$`));
      expect([await poster.getAttribute('width'), await poster.getAttribute('height')]).toEqual([
        String(png.width),
        String(png.height),
      ]);
      const back = await page.getByRole('link', { name: /^返回：/ }).getAttribute('href');
      expect(new URL(back ?? '', page.url()).href).toBe(new URL(path, baseURL).href);
      await expect(page.getByRole('link', { name: '下载海报（PNG）' })).toHaveAttribute('download', '');
    });
  }
});

// WeChat's browser, as WeChat's readers have it: its user agent, no share
// sheet and no clipboard, on a phone.
for (const [system, userAgent] of [
  ['Android', USER_AGENTS.weChatAndroid],
  ['iOS', USER_AGENTS.weChatIos],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`inside WeChat on ${system}, ${colorScheme}`, () => {
      test.use({ userAgent, colorScheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      test.beforeEach(async ({ page }) => {
        await page.addInitScript(() => {
          for (const name of ['share', 'canShare', 'clipboard']) Reflect.deleteProperty(Navigator.prototype, name);
        });
      });

      test('the share control offers the poster and points to WeChat’s menu, and nothing that would copy', async ({
        page,
        browser,
      }) => {
        await page.goto(seed(`${slug}/`));
        const control = sectionControl(page);
        await expect(control.getByText('点击右上角「···」发送给朋友或分享到朋友圈', { exact: true })).toBeVisible();
        await expect(control.getByRole('button')).toBeHidden();
        await expect(control.getByRole('link', { name: '本页链接' })).toBeHidden();
        await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
        // The hint takes no room from the text: nothing moves when the script shows it.
        const plain = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
        await plain.goto(page.url());
        const textTop = (p: Page) =>
          p
            .locator('.section-text p')
            .first()
            .evaluate((e) => e.getBoundingClientRect().top + scrollY);
        expect(await textTop(page)).toBe(await textTop(plain));
        await plain.close();
        if (firstFigure) {
          await expect(
            page.locator(`#fig-${firstFigure.id}`).getByRole('link', { name: /^链接到本数据/ }),
          ).toBeHidden();
          await expect(
            page.locator(`#fig-${firstFigure.id}`).getByRole('link', { name: `海报：${firstFigure.label}` }),
          ).toBeVisible();
        }
        await control.getByRole('link', { name: '海报' }).click();
        await expect(page).toHaveURL(new RegExp(`/posters/${slug}/$`));
        await expect(page.getByText('长按图片保存，或发送给朋友', { exact: true })).toBeVisible();
        const poster = page.locator('main img[data-poster]');
        await expect(poster).toBeVisible();
        await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1080);
        // Across the whole phone screen.
        expect((await poster.boundingBox())?.width).toBe(390);
      });

      // Each page as WeChat shows it: the section with the hint, the poster's page with its own.
      for (const [path, shown] of [
        [seed(`${slug}/`), '点击右上角「···」发送给朋友或分享到朋友圈'],
        [seed(`posters/${slug}/`), '长按图片保存，或发送给朋友'],
      ] as const) {
        test(`/${path} has no accessibility violations (axe, WCAG 2.2 AA)`, async ({ page }) => {
          await page.goto(path);
          await expect(page.getByText(shown, { exact: true })).toBeVisible();
          expect(await axeFindings(page)).toEqual({ violations: [], undecided: [] });
        });
      }
    });
  }
}

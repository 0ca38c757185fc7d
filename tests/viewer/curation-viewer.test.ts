// Corrections in the real viewer, in headless Chromium: sign in with the token (kept in the
// tab's session), see why an entity is one and who says so, rename, read the history, undo.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
const TOKEN = 'viewer-curation-token';

describe('viewer: curation and attribution', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const pick = async (text: string, type: string) => {
    await page.fill('#search', text);
    await page.waitForSelector(`#search-results [role="option"]:has-text("${type}")`);
    await page
      .locator(`#search-results [role="option"]:has-text("${type}")`)
      .first()
      .dispatchEvent('mousedown');
  };

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    server = await startTestServer({ viewerDir: VIEWER_DIST, settings: { apiToken: TOKEN } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.waitForTimeout(1500);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers "why is this one entity?" and "who says so?" in the panel, and filters to independent support', async () => {
    await pick('Local Associations', 'Faction');
    await page.waitForSelector('.why-one');
    expect(await page.textContent('.why-one summary')).toMatch(/2 article/);
    await page.click('.why-one summary');
    expect(await page.locator('.why-name').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('LANAC')]),
    );
    expect(await page.locator('.relation .attribution.partisan').count()).toBeGreaterThan(0);
    expect(await page.locator('#curation-tools').count()).toBe(0);
    const visible = () => page.locator('.relation:visible').count();
    const all = await visible();
    await page.check('#independent-only');
    const independent = await visible();
    expect(independent).toBeLessThan(all);
    expect(independent).toBe(await page.locator('.relation:not([data-independent="0"])').count());
    await page.uncheck('#independent-only');
    await saveScreenshot(page, 'why-one-entity');
  });

  it('signs in, renames, shows the history, and undoes — the token only in sessionStorage', async () => {
    await page.click('#sign-in summary');
    await page.fill('#token-input', TOKEN);
    await page.fill('#who-input', 'Ada');
    await page.click('#sign-in-go');
    expect(await page.evaluate(() => sessionStorage.getItem('caucus-api-token'))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.waitForSelector('#curation-tools');
    await page.click('#curation-tools summary');
    await page.fill('#curation-why', 'Its members call it the Campaign');
    await page.fill('#curation-name', 'LANAC campaign');
    await page.click('#do-rename');
    await expect.poll(() => page.textContent('#entity-name'), { timeout: 30_000 }).toBe('LANAC campaign');
    await page.waitForSelector('.curation-history .curation');
    expect(await page.textContent('.curation-history')).toContain('Ada: renamed to "LANAC campaign"');
    expect(await page.locator('.relation button.reject').count()).toBeGreaterThan(0);
    await page.click('#curation-tools summary');
    await saveScreenshot(page, 'curation');
    await page.click('.curation-history button.undo');
    await expect
      .poll(() => page.textContent('#entity-name'), { timeout: 30_000 })
      .toBe('Local Associations National Action Campaign');
    await page.waitForSelector('.curation.undone');
    expect(errors).toEqual([]);
  });
});

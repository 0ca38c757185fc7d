// POST /api/articles {url} and the viewer's "Add article" form, against the real server and the
// tests' own news sites. The API fetches only public addresses; the test's sites are let in by
// exact origin through the app's test hook, which no environment variable can set.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from '../support/browser.ts';
import { fixture, html, type Site, startSite } from '../support/news-sites.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
const TOKEN = 'test-token-for-articles';
const PAGE = '/news/2024/03/pcs-general-secretary-ballot';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('adding an article by URL', () => {
  let server: TestServer;
  let lmd: Site;
  let review: Site;
  let stranger: Site; // a loopback site nobody allowed
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    lmd = await startSite({ [PAGE]: html(fixture('news-page.html')) });
    review = await startSite({ '/three-candidates/': html(fixture('syndicated-copy.html')) });
    stranger = await startSite({ '/page': html(fixture('news-page.html')) });
    server = await startTestServer({
      viewerDir: VIEWER_DIST,
      settings: { apiToken: TOKEN },
      fetchAllowOrigins: [lmd.origin, review.origin],
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await Promise.all([lmd?.close(), review?.close(), stranger?.close()]);
  });

  it('refuses without the token, and never fetches a private address', async () => {
    expect((await server.post('/api/articles', { url: `${lmd.origin}${PAGE}` })).status).toBe(401);
    for (const url of [
      `${stranger.origin}/page`,
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:9/',
    ]) {
      const res = await server.post('/api/articles', { url }, auth);
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(
        new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: refused: `),
      );
    }
    expect(stranger.hits).toEqual([]);
    const bad = await server.post('/api/articles', { url: 'ftp://example.org/a' }, auth);
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe('ftp://example.org/a: only http and https URLs can be fetched, not ftp:');
    expect(
      (await server.post('/api/articles', { url: `${lmd.origin}${PAGE}`, text: 'x' }, auth)).status,
    ).toBe(400);
  });

  it('ingests a page by URL; its evidence carries the URL back to the page', async () => {
    const res = await server.post('/api/articles', { url: `${lmd.origin}${PAGE}` }, auth);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'ingested', url: `${lmd.origin}${PAGE}` });
    const article = await server.get(`/api/articles/${res.body.id}`);
    expect(article.body.article.url).toBe(`${lmd.origin}${PAGE}`);
    const entity = await server.get('/api/entities/person:fran-heathcote');
    const endorsed = entity.body.relations.find((r: { type: string }) => r.type === 'ENDORSED');
    expect(endorsed.evidence).toHaveLength(1);
    expect(endorsed.evidence[0].article).toMatchObject({ id: res.body.id, url: `${lmd.origin}${PAGE}` });
    // The same URL again changes nothing.
    const again = await server.post('/api/articles', { url: `${lmd.origin}${PAGE}` }, auth);
    expect(again.body).toMatchObject({ status: 'unchanged', id: res.body.id });
  });

  it('takes a URL in the viewer form, shows the result, and opens the article graph', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.click('#add-article');
    await page.waitForSelector('#add-article-dialog[open] input[name="url"]');
    await page.fill('#add-article-dialog input[name="url"]', `${review.origin}/three-candidates/`);
    await page.fill('#add-article-dialog input[name="token"]', TOKEN);
    await page.click('#add-article-dialog button[type="submit"]');
    await page.waitForSelector('.add-article-result.ok', { timeout: 30_000 });
    const result = await page.textContent('.add-article-result');
    expect(result).toContain('Three candidates for PCS top job');
    expect(result).toContain('A copy of an article already in the graph');
    await saveScreenshot(page, 'add-article');

    await page.click('.add-article-result a.show-graph');
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('article')).toMatch(/^[0-9a-f]{16}$/);
    await page.waitForTimeout(1500);
    const shown = await page.textContent('#status');
    expect(shown).toMatch(/^[1-9]\d* entities/);

    await page.fill('#search', 'Fran Heathcote');
    await page.waitForSelector('#search-results [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.relation-group[data-type="ENDORSED"] .evidence a.source-url');
    const link = page.locator('.relation-group[data-type="ENDORSED"] .evidence a.source-url').first();
    expect(await link.getAttribute('href')).toBe(`${lmd.origin}${PAGE}`);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    await page.click('.relation-group[data-type="ENDORSED"] .evidence a:not(.source-url)');
    await page.waitForSelector('#article-dialog[open] .article-copies');
    await page.click('#article-dialog .article-copies summary');
    expect(await page.textContent('#article-dialog .article-url a')).toBe(`${lmd.origin}${PAGE}`);
    expect(await page.textContent('#article-dialog .article-copies')).toContain('Civil Service Left Review');
    await saveScreenshot(page, 'article-copies');
    expect(errors).toEqual([]);
  });
});

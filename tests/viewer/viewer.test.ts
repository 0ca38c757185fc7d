// The real viewer in headless Chromium, against the real server with the seeds ingested.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countColour, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
const PERSON_BLUE = '#2f5bd3';
const FACTION_RED = '#d2452f';

describe('viewer in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    server = await startTestServer({ viewerDir: VIEWER_DIST });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.waitForTimeout(2500); // let the layout spread the nodes
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the graph on the canvas (pixels, not only the DOM)', async () => {
    const png = await page.locator('#sigma').screenshot();
    expect(countColour(png, PERSON_BLUE)).toBeGreaterThan(300);
    expect(countColour(png, FACTION_RED)).toBeGreaterThan(100);
    expect(await page.textContent('#shown-counts')).toMatch(/Showing \d+ of \d+ entities/);
    await saveScreenshot(page, 'graph');
    expect(errors).toEqual([]);
  });

  it('searching "Kauser Jan" selects her and shows an endorsement with its evidence sentence', async () => {
    await page.fill('#search', 'Kauser Jan');
    await page.waitForSelector('#search-results [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#entity-name');
    expect(await page.textContent('#entity-name')).toBe('Kauser Jan');
    const group = page.locator('.relation-group[data-type="ENDORSED"]');
    await expect.poll(() => group.locator('.relation').count()).toBe(3);
    const evidence = await group.locator('.evidence').first().textContent();
    expect(evidence).toContain('Ms Jan, a teacher and activist from Leeds');
    expect(await group.locator('.evidence mark').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(
        () => (window as unknown as { caucus: { state: { selected: string } } }).caucus.state.selected,
      ),
    ).toBe('person:kauser-jan');
    expect(page.url()).toContain('selected=person%3Akauser-jan');
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'entity-panel');
  });

  it('opens the article behind a piece of evidence', async () => {
    await page.locator('.relation-group[data-type="ENDORSED"] .evidence a').first().click();
    await page.waitForSelector('#article-dialog[open] mark.current');
    expect(await page.textContent('#article-dialog mark.current')).toBeTruthy();
    await page.click('#article-dialog button');
  });

  it('finds the link between Broadly Speaking and Amanda Martin, with the endorsement', async () => {
    await page.click('.tabs button[data-tab="links"]');
    for (const [slot, text] of [
      ['from', 'Broadly Speaking'],
      ['to', 'Amanda Martin'],
    ] as const) {
      await page.fill(`#link-${slot}`, text);
      await page.waitForSelector(`#panel-links .search:has(#link-${slot}) [role="option"]`);
      await page.press(`#link-${slot}`, 'Enter');
    }
    await page.click('#link-go');
    await page.waitForSelector('.link-result');
    const first = await page.locator('.link-result').first().textContent();
    expect(first).toContain('Broadly Speaking endorsed Amanda Martin.');
    expect(first).toContain('endorsed by Broadly Speaking');
    const highlighted = await page.evaluate(
      () =>
        (window as unknown as { caucus: { state: { highlight: { nodes: Set<string> } } } }).caucus.state
          .highlight.nodes.size,
    );
    expect(highlighted).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'link-finder');
  });

  it('runs a Cypher example and shows a results table', async () => {
    await page.click('.tabs button[data-tab="cypher"]');
    await page.click('#panel-cypher .examples button >> nth=0');
    await page.waitForSelector('#cypher-results table tbody tr');
    expect(await page.locator('#cypher-results tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#cypher-results th').first().textContent()).toBe('faction');
    await page.fill('#cypher-input', 'MATCH (n) DETACH DELETE n');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-results .error');
    expect(await page.textContent('#cypher-results .error')).toContain('read-only');
    await page.click('#panel-cypher .examples button >> nth=0');
    await page.waitForSelector('#cypher-results table');
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'cypher-console');
    expect(errors).toEqual([]);
  });
});

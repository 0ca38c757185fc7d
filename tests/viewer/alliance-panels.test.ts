// The Blocs, Influence and Ask panels in headless Chromium, against the real server with the seeds.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countColour, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
const LANAC = 'faction:local-associations-national-action-campaign@national-union-of-teachers';
const STA = 'faction:socialist-teachers-alliance@national-union-of-teachers';
const BS = 'faction:broadly-speaking@national-union-of-teachers';
const FACTION_RED = '#d2452f';

type Caucus = {
  caucus: {
    graph: { getNodeAttribute(k: string, a: string): string };
    state: { highlight: { nodes: Set<string> } | null; selected: string | null };
  };
};

describe('viewer: blocs, influence and questions', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const colour = (key: string) =>
    page.evaluate((k) => (window as unknown as Caucus).caucus.graph.getNodeAttribute(k, 'color'), key);

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    server = await startTestServer({ viewerDir: VIEWER_DIST });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/?tab=blocs`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.waitForSelector('#bloc-list .bloc');
    await page.waitForTimeout(2500); // let the layout spread the nodes
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('colours the graph by bloc: the hard-left factions share a colour, Broadly Speaking has another', async () => {
    const [lanac, sta, bs] = [await colour(LANAC), await colour(STA), await colour(BS)];
    expect(lanac).toBe(sta);
    expect(bs).not.toBe(lanac);
    expect(lanac).not.toBe(FACTION_RED);
    const png = await page.locator('#sigma').screenshot();
    expect(countColour(png, lanac, 20)).toBeGreaterThan(50);
    expect(countColour(png, bs, 20)).toBeGreaterThan(20);
    const legend = await page.locator('#bloc-legend').textContent();
    expect(legend).toContain('Broadly Speaking');
    expect(await page.locator('#bloc-legend').isVisible()).toBe(true);
    expect(await page.locator('#bloc-list .bloc').first().locator('.evidence').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'blocs');
    expect(errors).toEqual([]);
  });

  it('highlights a bloc from its legend entry, and restores type colours when the mode is off', async () => {
    await page.locator('#bloc-legend .legend-bloc', { hasText: 'Broadly Speaking' }).click();
    const nodes = await page.evaluate(() => [
      ...((window as unknown as Caucus).caucus.state.highlight?.nodes ?? []),
    ]);
    expect(nodes.sort()).toEqual([BS, 'person:amanda-martin']);
    await page.uncheck('#bloc-colour');
    expect(await colour(LANAC)).toBe(FACTION_RED);
    expect(await page.locator('#bloc-legend').isVisible()).toBe(false);
    await page.check('#bloc-colour');
    expect(await colour(LANAC)).toBe(await colour(STA));
  });

  it('ranks entities in the influence table, sorts by a column, and opens a row', async () => {
    await page.click('#reset-view');
    await page.click('.tabs button[data-tab="influence"]');
    await page.waitForSelector('#influence-table tbody tr');
    await page.locator('#influence-table th', { hasText: 'Between' }).click();
    const first = page.locator('#influence-table tbody tr').first();
    // LANAC bridges the two NUT articles: its convenor on one side, Kauser Jan on the other.
    expect(await first.getAttribute('data-key')).toBe(LANAC);
    expect(await page.locator('#influence-table th[aria-sort="descending"]').textContent()).toBe('Between');
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'influence');
    await page.locator(`#influence-table tbody tr[data-key="${LANAC}"]`).click();
    await page.waitForSelector('#entity-name');
    expect(await page.textContent('#entity-name')).toBe('Local Associations National Action Campaign');
    expect(await page.evaluate(() => (window as unknown as Caucus).caucus.state.selected)).toBe(LANAC);
  });

  it('answers a question with evidence and its Cypher, which opens in the console with its parameters', async () => {
    await page.click('#reset-view');
    await page.click('.tabs button[data-tab="ask"]');
    await page.fill('#question', 'who endorsed Kauser Jan?');
    await page.press('#question', 'Enter');
    await page.waitForSelector('#answer .answer-item');
    expect(await page.textContent('#answer-message')).toContain('Kauser Jan was endorsed by');
    expect(await page.locator('#answer .answer-item').count()).toBe(3);
    expect(await page.locator('#answer .evidence').first().textContent()).toContain(
      'Ms Jan, a teacher and activist',
    );
    const cypher = (await page.textContent('#answer-cypher')) ?? '';
    expect(cypher).toContain('[r:ENDORSED]->(candidate:Person {key: $candidate})');
    await page.click('#answer-edit');
    await page.waitForSelector('#cypher-results table tbody tr');
    expect(await page.inputValue('#cypher-input')).toBe(cypher);
    expect(await page.inputValue('#cypher-params')).toContain('person:kauser-jan');
    expect(await page.locator('#cypher-results tbody tr').count()).toBe(3);
  });

  it('dims all but the answer on the graph', async () => {
    await page.click('.tabs button[data-tab="ask"]');
    await page.fill('#question', 'which factions backed Amanda Martin');
    await page.press('#question', 'Enter');
    await page.waitForSelector('#answer-cypher');
    expect(await page.textContent('#answer-message')).toBe('Amanda Martin was endorsed by Broadly Speaking.');
    const nodes = await page.evaluate(() => [
      ...((window as unknown as Caucus).caucus.state.highlight?.nodes ?? []),
    ]);
    expect(nodes.sort()).toEqual([BS, 'person:amanda-martin']);
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'question');
  });

  it('offers the choice for an ambiguous name, and the nearest questions for one it cannot map', async () => {
    await page.fill('#question', 'who endorsed Martin');
    await page.click('#question-go');
    await page.waitForSelector('#answer .choice');
    expect(await page.locator('#answer .choice').count()).toBe(2);
    await page.locator('#answer .choice[data-key="person:amanda-martin"]').click();
    await page.waitForSelector('#answer .answer-item');
    expect(await page.textContent('#answer-message')).toBe('Amanda Martin was endorsed by Broadly Speaking.');
    await page.fill('#question', 'what is the weather in Leeds');
    await page.click('#question-go');
    await page.waitForSelector('#answer .nearest li');
    expect(await page.locator('#answer .nearest li').count()).toBe(3);
    expect(await page.textContent('#answer-message')).toContain('does not fit any of the questions');
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

// The race board, the year slider, timelines and changed allegiances in the real viewer, in
// headless Chromium, over the seeds and the allegiance fixture pairs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { ingestRaceCorpus } from '../support/race-corpus.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');

describe('viewer: races, time and changed allegiances', () => {
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
  /** Each edge of the loaded graph: hidden as drawn, and the first and last years of its evidence. */
  const edges = () =>
    page.evaluate(() => {
      interface Caucus {
        graph: { mapEdges<T>(fn: (edge: string, a: { firstDate?: string; lastDate?: string }) => T): T[] };
        renderer: { getEdgeDisplayData(edge: string): { hidden?: boolean } | undefined };
      }
      const { graph, renderer } = (window as never as { caucus: Caucus }).caucus;
      return graph.mapEdges((e, a) => ({
        hidden: !!renderer.getEdgeDisplayData(e)?.hidden,
        first: a.firstDate ? Number(a.firstDate.slice(0, 4)) : null,
        last: a.lastDate ? Number(a.lastDate.slice(0, 4)) : null,
      }));
    });
  /** A relation is in a span when the years of its first and last dated evidence overlap it. */
  const inSpan = (e: { first: number | null; last: number | null }, from: number, to: number) =>
    e.first !== null && e.last !== null && e.first <= to && e.last >= from;

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    server = await startTestServer({ viewerDir: VIEWER_DIST });
    await ingestRaceCorpus(server.driver, { dev: false });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.waitForTimeout(2500);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the race board of an election picked in search, every line opening its sentence', async () => {
    await pick('CWU Deputy General Secretary 2019', 'Election');
    await page.waitForSelector('.race-board');
    expect(await page.textContent('#entity-name')).toBe('CWU Deputy General Secretary election 2019');
    const heads = await page.locator('.race-candidate .race-head').allTextContents();
    expect(heads).toEqual(['Maria Okaforelected', 'Dan Pricedefeated', 'Sam Reillywithdrew']);
    const lines = page.locator('.race-board .evidence-line .line');
    const count = await lines.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      await lines.nth(i).click({ position: { x: 4, y: 6 } });
      const sentence = lines.nth(i).locator('xpath=..').locator('.evidence');
      await expect.poll(() => sentence.count()).toBe(1);
      expect((await sentence.textContent())?.length).toBeGreaterThan(20);
    }
    const share = page.locator('.race-candidate[data-result="elected"] .evidence-line[data-kind="share"]');
    expect(await share.locator('.evidence mark').allTextContents()).toContain('58 per cent');
    // Close all but the lines the screenshot shows.
    for (let i = 0; i < count; i++) await lines.nth(i).click({ position: { x: 4, y: 6 } });
    await share.locator('.line').click({ position: { x: 4, y: 6 } });
    await page
      .locator('.race-candidate[data-result="defeated"] .evidence-line[data-kind="endorser"] .line')
      .click({ position: { x: 4, y: 6 } });
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'race-board');
  });

  it("lists a union's contests by year, each opening its race board", async () => {
    await page.click('.race-facts .who');
    await page.waitForSelector('.union-contests');
    expect(await page.locator('.contest-year h4').allTextContents()).toEqual(['2015', '2019']);
    await page.click('.contest[data-key$=":2015"]');
    await page.waitForSelector('.race-board[data-key$=":2015"]');
    expect(await page.locator('.race-candidate[data-result="elected"] .race-head .who').textContent()).toBe(
      'Tom Fielding',
    );
  });

  it('shows only the relations whose evidence spans the years of the slider, and plays through the years', async () => {
    const all = await edges();
    expect(all.every((e) => !e.hidden)).toBe(true);
    const setYears = (from: number, to: number) =>
      page.evaluate(
        ([f, t]) => {
          for (const [id, v] of [
            ['#years-from', f],
            ['#years-to', t],
          ] as const) {
            const input = document.querySelector<HTMLInputElement>(id) as HTMLInputElement;
            input.value = String(v);
            input.dispatchEvent(new Event('input'));
          }
        },
        [from, to],
      );
    await page.click('#reset-view');
    await setYears(2015, 2015);
    const in2015 = await edges();
    for (const e of in2015) expect(e.hidden).toBe(!inSpan(e, 2015, 2015));
    const shown = in2015.filter((e) => !e.hidden).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(all.length);
    expect(await page.textContent('#years-shown')).toBe(`2015 · ${shown} relations`);
    expect(page.url()).toContain('years=2015-2015');

    await setYears(2019, 2019);
    for (const e of await edges()) expect(e.hidden).toBe(!inSpan(e, 2019, 2019));
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'time-slider');

    await page.click('#years-all');
    expect((await edges()).every((e) => !e.hidden)).toBe(true);
    await page.click('#years-play');
    await page.waitForSelector('#time-slider[data-span="2014-2014"]');
    await page.waitForSelector('#time-slider[data-span="2015-2015"]', { timeout: 5000 });
    await page.click('#years-play');
    expect(await page.getAttribute('#time-slider', 'data-playing')).toBe('false');
    await page.click('#years-all');
  });

  it("puts a person's ties of two years on a timeline and lists the changes of allegiance", async () => {
    await pick('Maria Okafor', 'Person');
    await page.waitForSelector('.entity-timeline .timeline-row');
    expect(await page.locator('.timeline-axis span').allTextContents()).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
    ]);
    const member = page
      .locator(
        '.timeline-row[data-type="MEMBER_OF"][data-other="party:socialist-workers-party"] .timeline-dot',
      )
      .first();
    await member.click();
    expect(await page.textContent('.timeline-detail')).toContain(
      'Maria Okafor, a Socialist Workers Party member',
    );
    const backed2019 = page.locator(
      '.timeline-row[data-other="faction:postal-workers-forward@communication-workers-union"] .timeline-dot',
    );
    const left = (l: typeof member) => l.evaluate((d) => Number.parseFloat((d as HTMLElement).style.left));
    expect(await left(member)).toBeLessThan(15);
    expect(await left(backed2019)).toBeGreaterThan(80);
    await page.locator('.entity-timeline').scrollIntoViewIfNeeded();
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'timeline');
    const cards = page.locator('.entity-changes .change-card');
    expect((await cards.evaluateAll((c) => c.map((x) => x.getAttribute('data-type')))).sort()).toEqual([
      'backers-changed',
      'endorsed-former-opponent',
      'stood-against-own-party',
    ]);
  });

  it('marks the flagged entities on the graph and shows both sides of a change with evidence', async () => {
    const marked = await page.evaluate(() =>
      [...(window as never as { caucus: { state: { marked: Set<string> } } }).caucus.state.marked].sort(),
    );
    expect(marked).toEqual([
      'faction:postal-workers-forward@communication-workers-union',
      'person:leo-grant',
      'person:maria-okafor',
    ]);
    await page.click('.tabs button[data-tab="changes"]');
    const card = page.locator('#panel-changes .change-card[data-type="stood-against-own-party"]');
    await card.locator('.evidence-line[data-kind="before"] .line').click({ position: { x: 4, y: 6 } });
    await card.locator('.evidence-line[data-kind="after"] .line').click({ position: { x: 4, y: 6 } });
    expect(await card.locator('.evidence').count()).toBeGreaterThanOrEqual(2);
    expect(
      await card.locator('.evidence-line[data-kind="before"] .evidence').first().textContent(),
    ).toContain('2015-06-02');
    expect(await card.locator('.evidence-line[data-kind="after"] .evidence').first().textContent()).toContain(
      '2019-05-14',
    );
    await card.locator('.change-show').click();
    const highlighted = await page.evaluate(() => [
      ...(window as never as { caucus: { state: { highlight: { nodes: Set<string> } } } }).caucus.state
        .highlight.nodes,
    ]);
    expect(highlighted).toContain('person:maria-okafor');
    expect(highlighted).toContain('person:dan-price');
    expect(await page.locator('#panel-changes .change-card').count()).toBe(4);
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'changes');
    expect(errors).toEqual([]);
  });
});

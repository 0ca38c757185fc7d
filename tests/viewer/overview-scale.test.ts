// The viewer on a large generated graph (the benchmark's corpus), in headless Chromium: it opens
// on a bounded first view whose discs do not overlap, widening brings more, an entity found by
// search is added with its evidence, and an opened relation fetches its sentences.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus, readabilityInPage } from '@caucus/bench';
import { ingestFiles } from '@caucus/ingest';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { emptyGraph, testDriver } from '../support/test-graph.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
const ARTICLES = 400;

interface Caucus {
  graph: {
    order: number;
    hasNode(k: string): boolean;
    nodes(): string[];
    edges(): string[];
    getNodeAttribute(k: string, a: string): unknown;
    setNodeAttribute(k: string, a: string, v: unknown): void;
  };
  renderer: { refresh(): void; emit(event: string, payload: unknown): void };
}

describe('viewer on a large generated graph', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const settled = () => page.waitForSelector('body[data-settled="true"]', { timeout: 60_000 });
  const shown = () => page.evaluate(() => (window as never as { caucus: Caucus }).caucus.graph.order);

  beforeAll(async () => {
    if (!existsSync(path.join(VIEWER_DIST, 'index.html')))
      throw new Error('The viewer is not built: run `pnpm build` (pnpm test does it first)');
    const driver = testDriver();
    await emptyGraph(driver);
    const corpus = generateCorpus(mkdtempSync(path.join(tmpdir(), 'caucus-large-')), ARTICLES, 11);
    await ingestFiles([corpus.articles], { driver, batchSize: 100 });
    server = await startTestServer({ viewerDir: VIEWER_DIST, driver, loadSeeds: false });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(server.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 60_000 });
    await settled();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on a bounded first view, says how much is shown, and its discs do not overlap', async () => {
    const total = Number(await page.getAttribute('#view-scope', 'data-total'));
    const first = await shown();
    expect(total).toBeGreaterThan(450);
    expect(first).toBeLessThanOrEqual(220);
    expect(first).toBeGreaterThan(100);
    expect(await page.textContent('#scope-text')).toMatch(
      new RegExp(`^Showing ${first} of ${total.toLocaleString('en-GB')} entities: the \\d+ latest contests`),
    );
    const view = await readabilityInPage(page);
    expect(view.visibleNodes).toBe(first);
    expect(view.overlapShare).toBeLessThan(0.05);
    expect(view.edgeLengthRatio).toBeLessThan(0.35);
    // The measure sees overlaps when there are some: discs five times larger must collide.
    await page.evaluate(() => {
      const { graph, renderer } = (window as never as { caucus: Caucus }).caucus;
      for (const n of graph.nodes())
        graph.setNodeAttribute(n, 'size', 5 * Number(graph.getNodeAttribute(n, 'size')));
      renderer.refresh();
    });
    expect((await readabilityInPage(page)).overlapShare).toBeGreaterThan(0.2);
    expect(errors).toEqual([]);
  });

  it('widens to more entities, and shows the ones without relations on demand', async () => {
    const before = await shown();
    await page.click('#scope-widen');
    await settled();
    const wider = await shown();
    expect(wider).toBeGreaterThan(before);
    expect((await readabilityInPage(page)).overlapShare).toBeLessThan(0.05);
    await page.click('#scope-all');
    await settled();
    const all = await shown();
    expect(all).toBeGreaterThanOrEqual(wider);
    expect(await page.isVisible('#scope-widen')).toBe(false);
    if (await page.isVisible('#scope-isolated')) {
      await page.check('#scope-isolated');
      await settled();
      expect(await shown()).toBeGreaterThan(all);
    }
  });

  it('adds an entity chosen by search that the first view left out, and opens it with its evidence', async () => {
    await page.goto(server.url);
    await settled();
    // A person of the store that the first view does not show.
    const { body } = await server.get('/api/graph?format=graphology');
    const onScreen = new Set(
      await page.evaluate(() => (window as never as { caucus: Caucus }).caucus.graph.nodes()),
    );
    const left = (body.nodes as { key: string; attributes: { label: string; type: string } }[]).find(
      (n) => n.attributes.type === 'Person' && !onScreen.has(n.key),
    );
    expect(left).toBeDefined();
    const name = left?.attributes.label as string;
    await page.fill('#search', name);
    const option = page.locator(`#search-results [role="option"]:has-text("${name}")`).first();
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await page.waitForSelector('#entity-name');
    expect(await page.textContent('#entity-name')).toBe(name);
    await page.waitForSelector('#panel-explore .evidence');
    expect(
      ((await page.locator('#panel-explore .evidence').first().textContent()) ?? '').length,
    ).toBeGreaterThan(20);
    expect(
      await page.evaluate(
        (k) => (window as never as { caucus: Caucus }).caucus.graph.hasNode(k),
        left?.key ?? '',
      ),
    ).toBe(true);
  });

  it('opens a relation with its sentences, fetched on demand', async () => {
    const edge = await page.evaluate(() => (window as never as { caucus: Caucus }).caucus.graph.edges()[0]);
    await page.evaluate(
      (e) => (window as never as { caucus: Caucus }).caucus.renderer.emit('clickEdge', { edge: e }),
      edge,
    );
    await page.waitForSelector('#edge-title');
    await page.waitForSelector('#panel-explore .evidence');
    expect(await page.locator('#panel-explore .evidence').count()).toBeGreaterThan(0);
  });
});

// The overview at scale: GET /api/graph against GET /api/stats (time, bytes), and the viewer's
// first settled frame in headless Chromium: time from page load, the share of visible nodes whose
// discs overlap, the edge-length ratio; on the bench store, on synthetic overviews of 1k, 5k and
// 20k entities, and on the real development articles with the seeds.
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { syntheticOverview } from './overview-graph.ts';
import { type Readability, readabilityInPage } from './readability.ts';

export interface PayloadFigures {
  bytes: number;
  /** The graphology form of the same overview, for comparison. */
  graphologyBytes: number;
  firstMs: number;
  warmMs: number;
  statsMs: number;
  nodes: number;
  edges: number;
}

export interface FirstViewFigures extends Readability {
  label: string;
  entities: number;
  /** Page load to the first settled frame (fetch, decode, layout, sizes, one frame drawn). */
  settledMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timed(url: string): Promise<{ ms: number; bytes: number; text: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return { ms: performance.now() - t0, bytes: Buffer.byteLength(text), text };
}

export async function measurePayload(base: string): Promise<PayloadFigures> {
  const first = await timed(`${base}/api/graph`);
  const warm: number[] = [];
  const stats: number[] = [];
  for (let i = 0; i < 5; i++) {
    stats.push((await timed(`${base}/api/stats`)).ms);
    warm.push((await timed(`${base}/api/graph`)).ms);
  }
  const graphology = await timed(`${base}/api/graph?format=graphology`);
  const body = JSON.parse(first.text) as { nodes: { key: string[] }; edges: { source: number[] } };
  return {
    bytes: first.bytes,
    graphologyBytes: graphology.bytes,
    firstMs: first.ms,
    warmMs: median(warm),
    statsMs: median(stats),
    nodes: body.nodes.key.length,
    edges: body.edges.source.length,
  };
}

async function openViewer(page: Page, base: string): Promise<number | null> {
  await page.goto(base);
  await page.waitForSelector('body[data-settled="true"]', { timeout: 180_000 });
  return page.evaluate(
    () => (window as unknown as { caucus: { timings: { settled?: number } } }).caucus.timings.settled ?? null,
  );
}

async function newPage(browser: Awaited<ReturnType<typeof launchChromium>>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Run under tsx, esbuild names functions with a __name helper the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

/** The first view of whatever the server holds, as a user opening the viewer sees it. */
export async function measureStoreView(
  base: string,
  chromiumPath: string,
  label: string,
  screenshot?: string,
): Promise<FirstViewFigures> {
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await newPage(browser);
    const settledMs = await openViewer(page, base);
    const entities = Number(await page.getAttribute('#view-scope', 'data-total'));
    const figures = { label, entities, settledMs, ...(await readabilityInPage(page)) };
    if (screenshot) await page.screenshot({ path: screenshot });
    return figures;
  } finally {
    await browser.close();
  }
}

/** The first view of synthetic overviews of these many entities, shown as if the API sent them. */
export async function measureSyntheticViews(
  base: string,
  chromiumPath: string,
  sizes: number[],
): Promise<FirstViewFigures[]> {
  const browser = await launchChromium(chromiumPath);
  const out: FirstViewFigures[] = [];
  try {
    const page = await newPage(browser);
    await openViewer(page, base);
    for (const size of sizes) {
      const data = syntheticOverview(size);
      const settledMs = await page.evaluate(async (d) => {
        const t0 = performance.now();
        await (
          window as unknown as { caucus: { showOverview(x: unknown): Promise<void> } }
        ).caucus.showOverview(d);
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, data);
      out.push({
        label: `synthetic ${size}`,
        entities: data.nodes.length,
        settledMs,
        ...(await readabilityInPage(page)),
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}

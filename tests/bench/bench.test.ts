// A small run of the benchmark, so that it cannot rot: it must run and produce sane figures.
// (Speed itself is judged by `pnpm bench`, never by a test.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatReport, runBench } from '@caucus/bench';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { testNeo4jEnv } from '../support/test-env.ts';
import { testDriver } from '../support/test-graph.ts';

describe('benchmark, small size', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it('runs end to end and reports positive, consistent figures', async () => {
    const results = await runBench({
      size: 40,
      seed: 7,
      workDir: mkdtempSync(path.join(tmpdir(), 'caucus-bench-')),
      driver,
      neo4jUri: testNeo4jEnv().NEO4J_URI as string,
      viewerDir: path.join(REPO_ROOT, 'packages', 'viewer', 'dist'),
      chromiumPath: CHROMIUM_PATH,
      viewerSizes: [[500, 1000]],
      apiRequests: 40,
      overviewSizes: [600],
      overviewRealDirs: [path.join(REPO_ROOT, 'seeds')],
      log: () => {},
    });
    expect(results.extraction.articles).toBe(40);
    expect(results.extraction.oneCore.articlesPerSecond).toBeGreaterThan(0);
    expect(results.extraction.allCores.articlesPerSecond).toBeGreaterThan(0);
    expect(results.extraction.relationF1).toBeGreaterThan(0.5);
    // At least the two seeds are real articles.
    expect(results.realExtraction.articles).toBeGreaterThanOrEqual(2);
    expect(results.realExtraction.articlesPerSecond).toBeGreaterThan(0);
    expect(results.ingest.nodesCreated).toBeGreaterThan(40);
    expect(results.ingest.relationshipsCreated).toBeGreaterThan(100);
    expect(results.rawWrite.rowsPerSecond).toBeGreaterThan(0);
    expect(results.rawWrite.ingestShare).toBeGreaterThan(0);
    expect(results.api.map((a) => a.endpoint)).toEqual([
      'health (ceiling)',
      'search',
      'entity',
      'neighbours',
      'paths',
      'links',
      'cypher',
    ]);
    for (const a of results.api) {
      expect(a.errors).toBe(0);
      expect(a.p50).toBeGreaterThan(0);
      expect(a.p99).toBeGreaterThanOrEqual(a.p50);
    }
    expect(results.blocs.nodes).toBeGreaterThan(10);
    expect(results.blocs.blocs).toBeGreaterThan(1);
    expect(results.blocs.allMs).toBeGreaterThan(0);
    expect(results.blocs.louvainMs).toBeGreaterThan(0);
    expect(results.blocs.unionMs).toBeGreaterThan(0);
    expect(results.blocs.influenceMs).toBeGreaterThan(0);
    expect(results.viewer).toHaveLength(1);
    expect(results.viewer[0]?.firstRenderMs).toBeGreaterThan(0);
    expect(results.viewer[0]?.fa2IterationsPerSecond).toBeGreaterThan(0);
    const overview = results.overview;
    expect(overview?.payload.bytes).toBeGreaterThan(1000);
    expect(overview?.payload.graphologyBytes).toBeGreaterThan(overview?.payload.bytes ?? 0);
    expect(overview?.views.map((v) => v.label)).toEqual(['40 articles', 'synthetic 600', '2 real articles']);
    for (const v of overview?.views ?? []) {
      expect(v.visibleNodes).toBeGreaterThan(5);
      expect(v.edgeLengthRatio).toBeGreaterThan(0);
      expect(v.overlapShare).toBeGreaterThanOrEqual(0);
    }
    expect(formatReport(results)).toContain('First settled view');
    expect(formatReport(results)).toContain('articles/s');
    expect(formatReport(results)).toContain('GET /api/blocs, all unions');
  }, 300_000);
});

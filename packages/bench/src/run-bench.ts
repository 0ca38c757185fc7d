// The whole benchmark: corpus, extraction, raw write limit, ingest, API under load, viewer.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createApp, resolveServerSettings } from '@caucus/api';
import { clearDatabase } from '@caucus/graph/neo4j';
import {
  evaluateDirectories,
  extractArticle,
  findArticles,
  prf,
  readArticle,
  writeArticleGraph,
} from '@caucus/ingest';
import { REPO_ROOT } from '@caucus/neo4j-local';
import type { Driver } from 'neo4j-driver';
import { generateCorpus } from './corpus/generate-corpus.ts';
import { type LoadFigures, loadEndpoint } from './measure/api-load.ts';
import { type BlocFigures, measureBlocs } from './measure/blocs.ts';
import { type ExtractionFigures, measureExtraction } from './measure/extraction.ts';
import {
  type IngestFigures,
  measureIngest,
  measureRawWrites,
  type RawWriteFigures,
} from './measure/ingest.ts';
import { measurePayload } from './measure/overview.ts';
import { measureOverview, type OverviewFigures } from './measure/overview-bench.ts';
import { measureRealExtraction, type RealExtractionFigures } from './measure/real-extraction.ts';
import { measureViewer, type ViewerFigures } from './measure/viewer.ts';

export interface BenchOptions {
  size: number;
  seed: number;
  workDir: string;
  driver: Driver;
  neo4jUri: string;
  viewerDir: string | null;
  chromiumPath: string;
  viewerSizes: [number, number][];
  apiRequests: number;
  /** Entities of the synthetic overviews whose first view is measured. */
  overviewSizes?: number[];
  /** The real articles whose first view is measured last (default: the seeds and the dev set). */
  overviewRealDirs?: string[];
  /** Steps left out of this run. */
  skip?: BenchStep[];
  log: (line: string) => void;
}

export type BenchStep = 'viewer' | 'overview';

/** Real reporting the repository holds, and the development set where it sits beside the checkout. */
const REAL_ARTICLE_DIRS = ['seeds', 'tests/fixtures/real/articles', '../shared/eval/dev/articles'].map((d) =>
  path.resolve(REPO_ROOT, d),
);

export interface BenchResults {
  machine: { cpus: number; node: string; platform: string };
  size: number;
  seed: number;
  extraction: ExtractionFigures & { entityF1: number; relationF1: number };
  realExtraction: RealExtractionFigures;
  rawWrite: RawWriteFigures;
  ingest: IngestFigures;
  api: LoadFigures[];
  blocs: BlocFigures;
  viewer: ViewerFigures[];
  overview?: OverviewFigures;
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const corpusDir = path.join(o.workDir, `corpus-${o.size}-${o.seed}`);
  rmSync(corpusDir, { recursive: true, force: true });
  o.log(`Generating ${o.size} articles (seed ${o.seed})...`);
  const corpus = generateCorpus(corpusDir, o.size, o.seed);

  o.log('Extraction...');
  const extraction = await measureExtraction(corpus.articles);
  const predDir = path.join(corpusDir, 'pred');
  for (const file of findArticles([corpus.articles]).files) {
    const article = readArticle(file);
    writeArticleGraph(predDir, article.stem, extractArticle(article));
  }
  const score = evaluateDirectories(corpus.gold, predDir);
  o.log('Extraction on real articles...');
  const realExtraction = measureRealExtraction(REAL_ARTICLE_DIRS);

  o.log('Raw write limit (UNWIND … CREATE into an empty database)...');
  await clearDatabase(o.driver);
  const rawWrite = await measureRawWrites(o.driver, predDir);

  o.log('Ingest...');
  const ingest = await measureIngest(o.driver, corpus.articles, o.log);
  rawWrite.ingestShare = rawWrite.seconds / ingest.seconds;

  o.log('API under load (20 clients)...');
  const app = await createApp({
    driver: o.driver,
    database: undefined,
    neo4jUri: o.neo4jUri,
    settings: resolveServerSettings({}),
    ...(o.viewerDir ? { viewerDir: o.viewerDir } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // Before anything asks for the overview, so the first call is cold (then it is cached).
  const overviewPayload = o.viewerDir ? await measurePayload(base) : undefined;
  o.log('Blocs and influence...');
  const busiest = await o.driver.executeQuery(
    'MATCH (u:Union) RETURN u.key AS key ORDER BY coalesce(u.articleCount, 0) DESC LIMIT 1',
  );
  const blocs = await measureBlocs(app, (busiest.records[0]?.get('key') as string | undefined) ?? null);
  const sample = await o.driver.executeQuery(
    `MATCH (f:Faction)-[:ENDORSED]->(p:Person) RETURN f.key AS f, p.key AS p, p.name AS name LIMIT 200`,
  );
  const pairs = sample.records.map((r) => ({
    f: r.get('f') as string,
    p: r.get('p') as string,
    name: r.get('name') as string,
  }));
  const pick = (i: number) => pairs[i % Math.max(1, pairs.length)] as { f: string; p: string; name: string };
  const enc = encodeURIComponent;
  const load = { clients: 20, requests: o.apiRequests, maxSeconds: 15 };
  const api: LoadFigures[] = [];
  const endpoints: [string, (i: number) => Promise<Response>][] = [
    ['health (ceiling)', () => fetch(`${base}/api/health`)],
    ['search', (i) => fetch(`${base}/api/search?q=${enc(pick(i).name.split(' ')[0] ?? 'a')}`)],
    ['entity', (i) => fetch(`${base}/api/entities/${enc(pick(i).p)}`)],
    ['neighbours', (i) => fetch(`${base}/api/entities/${enc(pick(i).f)}/neighbors?depth=1`)],
    ['paths', (i) => fetch(`${base}/api/paths?from=${enc(pick(i).f)}&to=${enc(pick(i + 7).p)}&maxHops=4`)],
    ['links', (i) => fetch(`${base}/api/links?faction=${enc(pick(i).f)}&candidate=${enc(pick(i).p)}`)],
    [
      'cypher',
      (i) =>
        fetch(`${base}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'MATCH (f:Faction)-[:ENDORSED]->(p:Person) WHERE f.key = $f RETURN p.name LIMIT 20',
            params: { f: pick(i).f },
          }),
        }),
    ],
  ];
  if (pairs.length > 0) {
    for (const [name, request] of endpoints) {
      api.push(
        await loadEndpoint(
          name,
          request,
          name === 'cypher' ? { ...load, requests: Math.min(load.requests, 55) } : load,
        ),
      );
      o.log(`  ${name} done`);
    }
  }

  const skipped = new Set(o.skip ?? []);
  let viewer: ViewerFigures[] = [];
  if (skipped.has('viewer')) o.log('Viewer skipped (--skip viewer).');
  else if (o.viewerDir && existsSync(path.join(o.viewerDir, 'index.html')) && existsSync(o.chromiumPath)) {
    o.log('Viewer in headless Chromium...');
    viewer = await measureViewer(base, o.viewerSizes, o.chromiumPath);
  } else o.log('Viewer skipped: needs the built viewer (pnpm build) and Chromium.');
  let overview: OverviewFigures | undefined;
  if (
    !skipped.has('overview') &&
    o.viewerDir &&
    existsSync(path.join(o.viewerDir, 'index.html')) &&
    existsSync(o.chromiumPath)
  ) {
    o.log('Overview and first view (the last step: it replaces the store with the real articles)...');
    overview = await measureOverview({
      base,
      chromiumPath: o.chromiumPath,
      driver: o.driver,
      size: o.size,
      realDirs:
        o.overviewRealDirs ?? [REAL_ARTICLE_DIRS[0], REAL_ARTICLE_DIRS[2]].filter((d): d is string => !!d),
      syntheticSizes: o.overviewSizes ?? [1000, 5000, 20000],
      screenshotDir: o.workDir,
      ...(overviewPayload ? { payload: overviewPayload } : {}),
      log: o.log,
    });
  }
  await app.close();

  const { cpus, node, platform } = {
    cpus: (await import('node:os')).availableParallelism(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  return {
    machine: { cpus, node, platform },
    size: o.size,
    seed: o.seed,
    extraction: { ...extraction, entityF1: prf(score.entities).f1, relationF1: prf(score.relations).f1 },
    realExtraction,
    rawWrite,
    ingest,
    api,
    blocs,
    viewer,
    ...(overview ? { overview } : {}),
  };
}

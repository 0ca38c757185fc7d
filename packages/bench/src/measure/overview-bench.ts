// The overview figures of `pnpm bench`: payload and first view on the bench store, synthetic
// first views, then the real development articles with the seeds (which replaces the store, so
// it runs last).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { clearDatabase } from '@caucus/graph/neo4j';
import { findArticles, ingestArticles, readArticle } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import {
  type FirstViewFigures,
  measurePayload,
  measureStoreView,
  measureSyntheticViews,
  type PayloadFigures,
} from './overview.ts';

export interface OverviewFigures {
  payload: PayloadFigures;
  views: FirstViewFigures[];
}

export interface OverviewBenchOptions {
  base: string;
  chromiumPath: string;
  driver: Driver;
  size: number;
  /** Real articles for the last figure (skipped when none of them exists). */
  realDirs: string[];
  syntheticSizes: number[];
  screenshotDir: string;
  /** The payload figures, when measured earlier (on a cold server). */
  payload?: PayloadFigures;
  log: (line: string) => void;
}

export async function measureOverview(o: OverviewBenchOptions): Promise<OverviewFigures> {
  o.log('  GET /api/graph against GET /api/stats...');
  const payload = o.payload ?? (await measurePayload(o.base));
  o.log('  first view of the bench store...');
  const views = [
    await measureStoreView(
      o.base,
      o.chromiumPath,
      `${o.size} articles`,
      path.join(o.screenshotDir, `first-view-${o.size}.png`),
    ),
  ];
  o.log('  synthetic first views...');
  views.push(...(await measureSyntheticViews(o.base, o.chromiumPath, o.syntheticSizes)));
  const dirs = o.realDirs.filter((d) => existsSync(d));
  if (dirs.length > 0) {
    o.log(`  real articles (${dirs.map((d) => path.basename(d)).join(', ')}), replacing the store...`);
    await clearDatabase(o.driver);
    const articles = findArticles(dirs).files.map((f) => readArticle(f));
    await ingestArticles(articles, { driver: o.driver, batchSize: 50 });
    views.push(
      await measureStoreView(
        o.base,
        o.chromiumPath,
        `${articles.length} real articles`,
        path.join(o.screenshotDir, 'first-view-real.png'),
      ),
    );
  }
  return { payload, views };
}

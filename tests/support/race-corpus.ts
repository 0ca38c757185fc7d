// The corpus of the race, time and allegiance tests: the seeds (loaded by the test server), the
// allegiance fixture pairs (one of them a tie the text says ended), and the shared dev articles
// when they are there.
import { existsSync } from 'node:fs';
import { ingestFiles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { ALLEGIANCE_FIXTURES, DEV_ARTICLES } from './paths.ts';

export const HAS_DEV_ARTICLES = existsSync(DEV_ARTICLES);
export const NO_DEV_ARTICLES_REASON = `the shared dev articles are not at ${DEV_ARTICLES}`;

export async function ingestRaceCorpus(driver: Driver, options: { dev: boolean }): Promise<void> {
  const paths = [ALLEGIANCE_FIXTURES, ...(options.dev && HAS_DEV_ARTICLES ? [DEV_ARTICLES] : [])];
  const summary = await ingestFiles(paths, { driver });
  if (summary.failed.length) throw new Error(`ingest failed: ${JSON.stringify(summary.failed)}`);
}

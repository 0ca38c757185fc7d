// Ingests the repository's seed articles at start; unchanged articles are skipped by the ingester.
import path from 'node:path';
import { REPO_ROOT } from '@caucus/neo4j-local';
import type { Driver } from 'neo4j-driver';

export async function ingestSeeds(_driver: Driver, _database: string | undefined): Promise<void> {
  const seeds = path.join(REPO_ROOT, 'seeds');
  console.log(`Seeds in ${seeds}: ingestion arrives with the ingest pipeline.`);
}

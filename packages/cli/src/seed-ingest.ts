// Ingests the repository's seed articles at start; unchanged articles are skipped.
import { ingestFiles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { printIngestSummary } from './ingest-summary.ts';
import { SEEDS_DIR } from './paths.ts';

export async function ingestSeeds(driver: Driver, database: string | undefined): Promise<void> {
  console.log(`Ingesting ${SEEDS_DIR}...`);
  printIngestSummary(await ingestFiles([SEEDS_DIR], { driver, database, progress: true }));
}

// `caucus ingest FILE_OR_DIR_OR_URL...`: extract and write articles into Neo4j, with progress and a summary.
import { parseArgs } from 'node:util';
import { ingestFiles } from '@caucus/ingest';
import { openDatabase } from '@caucus/neo4j-local';
import { printIngestSummary } from '../ingest-summary.ts';
import { UsageError } from '../usage-error.ts';

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'batch-size': { type: 'string' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      'allow-private-urls': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE_OR_DIR or URL');
  const batchSize = Number(values['batch-size'] ?? 500);
  const maxBytes = Number(values['max-bytes'] ?? process.env.CAUCUS_MAX_ARTICLE_BYTES ?? 5 * 1024 * 1024);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new UsageError('--batch-size must be a whole number ≥ 1');
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new UsageError('--max-bytes (or CAUCUS_MAX_ARTICLE_BYTES) must be a whole number ≥ 1');
  const timeoutSeconds = Number(values.timeout ?? 20);
  if (!(timeoutSeconds > 0)) throw new UsageError('--timeout must be a number of seconds > 0');
  const db = await openDatabase({ log: (l) => console.error(l) });
  try {
    const summary = await ingestFiles(positionals, {
      driver: db.driver,
      database: db.config.database,
      batchSize,
      maxBytes,
      progress: true,
      timeoutMs: timeoutSeconds * 1000,
      access: { allowPrivate: values['allow-private-urls'] === true },
    });
    printIngestSummary(summary);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

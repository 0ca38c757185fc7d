// `caucus watch FEED_URL... [--every 1h]`: read RSS/Atom feeds and ingest their new items, once or
// on a schedule, with a summary per feed per run. Items already read are skipped (kept in Neo4j).
import { parseArgs } from 'node:util';
import { formatFeedReport, IngestState, runFeed } from '@caucus/ingest';
import { openDatabase } from '@caucus/neo4j-local';
import { UsageError } from '../usage-error.ts';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30m`, `1h`, `2d` → milliseconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0)
    throw new UsageError(`--every takes a time such as 30m, 1h or 1d, not "${value}"`);
  return Number(m[1]) * (UNITS[m[2] as string] as number);
}

export async function runWatch(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      every: { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      'allow-private-urls': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('watch needs at least one FEED_URL');
  const every = values.every ? parseInterval(values.every) : null;
  const timeoutSeconds = Number(values.timeout ?? 20);
  if (!(timeoutSeconds > 0)) throw new UsageError('--timeout must be a number of seconds > 0');
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0))
    throw new UsageError('--max-bytes must be a whole number ≥ 1');
  const db = await openDatabase({ log: (l) => console.error(l) });
  let stop = false;
  let wake: (() => void) | null = null;
  const onSignal = () => {
    stop = true;
    wake?.();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = 0;
  const state = new IngestState(db.driver, db.config.database);
  try {
    do {
      const started = new Date();
      console.log(`run at ${started.toISOString()}`);
      failed = 0;
      for (const feed of positionals) {
        const report = await runFeed(feed, {
          driver: db.driver,
          database: db.config.database,
          timeoutMs: timeoutSeconds * 1000,
          ...(maxBytes ? { maxBytes } : {}),
          access: { allowPrivate: values['allow-private-urls'] === true },
          state,
        });
        failed += report.failed.length;
        console.log(formatFeedReport(report));
        if (stop) break;
      }
      if (every && !stop) {
        const next = new Date(started.getTime() + every);
        console.log(`next run at ${next.toISOString()} (Ctrl-C stops)`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.max(0, next.getTime() - Date.now()));
        });
      }
    } while (every && !stop);
    return failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await db.close();
  }
}

// One run over a list of feeds: fetch each, skip the items already seen (the seen-set is kept on
// a (:Feed {url}) node in Neo4j), fetch and ingest the new ones, and mark as seen every item that
// was read, whether it was new, a copy or unchanged. Items that failed are tried again next run.
import type { Driver } from 'neo4j-driver';
import type { UrlAccess } from '../fetch/address-policy.ts';
import { fetchUrl } from '../fetch/fetch-url.ts';
import { ArticleReadError } from '../read/article-read-error.ts';
import type { Article } from '../read/read-article.ts';
import { readUrlArticle } from '../read/read-source.ts';
import { ingestArticles } from '../write/ingest-articles.ts';
import type { IngestState } from '../write/ingest-state.ts';
import { parseFeed } from './parse-feed.ts';

export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
] as const;

export interface FeedRunOptions {
  driver: Driver;
  database?: string | undefined;
  access?: UrlAccess;
  timeoutMs?: number;
  maxBytes?: number;
  /** Kept by a watcher between runs, so a run does not reread the whole store's state. */
  state?: IngestState;
}

export interface FeedReport {
  feed: string;
  title: string | null;
  items: number;
  /** Items not seen in an earlier run. */
  fresh: number;
  ingested: string[];
  copies: string[];
  unchanged: string[];
  failed: { path: string; reason: string }[];
}

async function loadSeen(options: FeedRunOptions, feed: string): Promise<Set<string>> {
  const result = await options.driver.executeQuery(
    'MATCH (f:Feed {url: $feed}) RETURN coalesce(f.seen, []) AS seen',
    { feed },
    { database: options.database },
  );
  return new Set((result.records[0]?.get('seen') as string[] | undefined) ?? []);
}

async function markSeen(options: FeedRunOptions, feed: string, title: string | null, urls: string[]) {
  await options.driver.executeQuery(
    `MERGE (f:Feed {url: $feed})
     SET f.title = $title, f.lastRun = datetime(),
         f.seen = coalesce(f.seen, []) + [u IN $urls WHERE NOT u IN coalesce(f.seen, [])]`,
    { feed, title, urls },
    { database: options.database },
  );
}

export async function runFeed(feed: string, options: FeedRunOptions): Promise<FeedReport> {
  const report: FeedReport = {
    feed,
    title: null,
    items: 0,
    fresh: 0,
    ingested: [],
    copies: [],
    unchanged: [],
    failed: [],
  };
  const access = { ...options.access, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const fetched = await fetchUrl(feed, { ...access, accept: FEED_TYPES, maxBytes: options.maxBytes });
    let xml: string;
    try {
      xml = new TextDecoder(fetched.charset ?? 'utf-8').decode(fetched.bytes);
    } catch {
      throw new ArticleReadError(feed, `unknown character set "${fetched.charset}"`);
    }
    parsed = parseFeed(xml, fetched.finalUrl);
  } catch (err) {
    if (!(err instanceof ArticleReadError)) throw err;
    report.failed.push({ path: err.path, reason: err.reason });
    return report;
  }
  report.title = parsed.title;
  report.items = parsed.items.length;
  const seen = await loadSeen(options, feed);
  const fresh = parsed.items.filter((item) => !seen.has(item.url));
  report.fresh = fresh.length;

  const read: { item: string; article: Article }[] = [];
  for (const item of fresh) {
    try {
      read.push({
        item: item.url,
        article: await readUrlArticle(item.url, { ...access, maxBytes: options.maxBytes }),
      });
    } catch (err) {
      if (!(err instanceof ArticleReadError)) throw err;
      report.failed.push({ path: err.path, reason: err.reason });
    }
  }
  const summary = await ingestArticles(
    read.map((r) => r.article),
    {
      driver: options.driver,
      database: options.database,
      ...(options.state ? { state: options.state } : {}),
    },
  );
  const failed = new Set(summary.failed.map((f) => f.path));
  const copies = new Set(summary.duplicates.map((d) => d.path));
  const unchanged = new Set(summary.unchanged);
  const done: string[] = [];
  for (const { item, article } of read) {
    if (failed.has(article.path)) continue;
    done.push(item);
    if (copies.has(article.path)) report.copies.push(item);
    else if (unchanged.has(article.path)) report.unchanged.push(item);
    else report.ingested.push(item);
  }
  report.failed.push(...summary.failed);
  await markSeen(options, feed, parsed.title, done);
  return report;
}

/** `feed: 12 items, 3 new; ingested 2, copies 1, unchanged 0, failed 0`, then each failure. */
export function formatFeedReport(r: FeedReport): string {
  const lines = [
    `${r.feed}${r.title ? ` (${r.title})` : ''}: ${r.items} items, ${r.fresh} new; ingested ${r.ingested.length}, ` +
      `copies ${r.copies.length}, unchanged ${r.unchanged.length}, failed ${r.failed.length}`,
  ];
  for (const f of r.failed) lines.push(`  failed ${f.path}: ${f.reason}`);
  return lines.join('\n');
}

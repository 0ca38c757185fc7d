// The ingest pipeline: read, skip what is unchanged, extract, resolve, and write in batches,
// each batch one transaction; edited articles replace their own facts in the same transaction.
import type { Driver } from 'neo4j-driver';
import { applyCurations } from '../curate/apply-curations.ts';
import { encodeSignature, minhash } from '../dedup/minhash.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { UrlAccess } from '../fetch/address-policy.ts';
import { findArticles } from '../read/find-articles.ts';
import { type Article, ArticleReadError, DEFAULT_MAX_ARTICLE_BYTES } from '../read/read-article.ts';
import { readSource } from '../read/read-source.ts';
import { type CopyRow, writeCopies } from './copy-writer.ts';
import { resolveArticleEntities } from './entity-resolution.ts';
import { type WriteCounts, writeBatch } from './graph-writer.ts';
import { IngestState } from './ingest-state.ts';
import { createProgress } from './progress.ts';
import { type RemoveCounts, removeArticles } from './remove-articles.ts';
import { buildWriteRows, type ExtractedArticle } from './write-rows.ts';
import { overMemoryLimit, writeTransaction } from './write-transaction.ts';

export interface IngestOptions {
  driver: Driver;
  database?: string | undefined;
  batchSize?: number;
  maxBytes?: number;
  progress?: boolean;
  /** Which addresses URL arguments may reach (public ones only by default). */
  access?: UrlAccess;
  timeoutMs?: number;
  /**
   * The store's state kept by a long-lived caller between calls (see IngestState); without it,
   * each call reads the state afresh.
   */
  state?: IngestState;
  /** Called as each batch's write commits, with the number of new articles it stored. */
  onBatchWritten?: (articles: number) => void;
}

/** An article found to be a copy of one already stored: its URL joins that article's. */
export interface DuplicateEntry {
  path: string;
  of: string;
  ofPath: string;
  similarity: number;
}

export interface IngestSummary {
  ingested: string[];
  replaced: string[];
  unchanged: string[];
  /** Syndicated copies: stored once, under the first article, with no evidence of their own. */
  duplicates: DuplicateEntry[];
  failed: { path: string; reason: string }[];
  /** The id each ingested, unchanged or copied path ended up as. */
  ids: Record<string, string>;
  counts: WriteCounts & { relationshipsDeleted: number; nodesDeleted: number };
  /** Mentions and relations that curations changed after this ingest. */
  curationChanges: number;
  seconds: number;
  /** Where the time went: extraction (with resolution), writing, and waiting for a write to end. */
  timings: { extract: number; write: number; waitingForWrites: number };
}

export async function ingestFiles(args: string[], options: IngestOptions): Promise<IngestSummary> {
  const { files, problems } = findArticles(args);
  const failed = problems.map((p) => ({ ...p }));
  // Files are read one at a time as the ingest reaches them, so memory holds a batch, not a corpus.
  async function* read(): AsyncGenerator<Article> {
    for (const file of files) {
      try {
        yield await readSource(file, {
          ...options.access,
          maxBytes: options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        });
      } catch (err) {
        if (!(err instanceof ArticleReadError)) throw err;
        failed.push({ path: err.path, reason: err.reason });
      }
    }
  }
  const summary = await ingestArticles(read(), { ...options, total: files.length });
  summary.failed.unshift(...failed);
  return summary;
}

export async function ingestArticles(
  articles: Iterable<Article> | AsyncIterable<Article>,
  options: IngestOptions & { total?: number },
): Promise<IngestSummary> {
  const state = options.state ?? new IngestState(options.driver, options.database);
  return state.serial(() => ingestWithState(articles, options, state));
}

async function ingestWithState(
  articles: Iterable<Article> | AsyncIterable<Article>,
  options: IngestOptions & { total?: number },
  state: IngestState,
): Promise<IngestSummary> {
  const started = Date.now();
  const { driver, database } = options;
  const summary: IngestSummary = {
    ingested: [],
    replaced: [],
    unchanged: [],
    duplicates: [],
    failed: [],
    ids: {},
    counts: {
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      relationshipsDeleted: 0,
      nodesDeleted: 0,
    },
    curationChanges: 0,
    seconds: 0,
    timings: { extract: 0, write: 0, waitingForWrites: 0 },
  };
  const { stored, index, people } = await state.current();
  const total = options.total ?? (Array.isArray(articles) ? articles.length : 0);
  const progress = options.progress ? createProgress('ingest', total) : null;
  const seenIds = new Map<string, string>();
  let batch: ExtractedArticle[] = [];
  let stale: string[] = [];
  let copies: CopyRow[] = [];
  let done = 0;

  // A batch that Neo4j cannot hold in one transaction is written in halves, and later batches
  // are made that small too.
  let batchSize = options.batchSize ?? 500;
  const write = async (part: ExtractedArticle[], staleIds: string[], copyRows: CopyRow[]) => {
    const rows = buildWriteRows(part);
    let result: { removed: RemoveCounts; written: WriteCounts };
    try {
      result = await writeTransaction(driver, database, async (tx) => ({
        removed: await removeArticles(tx, staleIds),
        written: await writeBatch(tx, rows),
        copied: await writeCopies(tx, copyRows),
      }));
    } catch (err) {
      if (!overMemoryLimit(err) || part.length < 2) throw err;
      const half = Math.ceil(part.length / 2);
      batchSize = Math.min(batchSize, half);
      await write(part.slice(0, half), staleIds, copyRows);
      await write(part.slice(half), [], []);
      return;
    }
    summary.counts.nodesCreated += result.written.nodesCreated;
    summary.counts.relationshipsCreated += result.written.relationshipsCreated;
    summary.counts.propertiesSet += result.written.propertiesSet;
    summary.counts.relationshipsDeleted += result.removed.relationshipsDeleted;
    summary.counts.nodesDeleted += result.removed.nodesDeleted;
    options.onBatchWritten?.(rows.articles.length);
  };

  // One batch is written while the next is extracted: Neo4j and extraction use a core each.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0 && stale.length === 0 && copies.length === 0) return;
    const part = batch;
    const staleIds = stale;
    const copyRows = copies;
    batch = [];
    stale = [];
    copies = [];
    const waitStarted = performance.now();
    await writing;
    summary.timings.waitingForWrites += (performance.now() - waitStarted) / 1000;
    const t0 = performance.now();
    writing = write(part, staleIds, copyRows).finally(() => {
      summary.timings.write += (performance.now() - t0) / 1000;
    });
    // Seen by the next flush or the final wait; never left unobserved.
    writing.catch(() => undefined);
  };
  const removed = new Set<string>();

  try {
    for await (const article of articles) {
      done++;
      const twin = seenIds.get(article.id);
      const signature = minhash(article.text);
      const previous = stored.idByPath.get(article.path);
      // The edited article's own earlier version is no copy of it.
      const copyOf =
        twin || stored.pathById.has(article.id)
          ? null
          : stored.copies.find(signature, new Set([...removed, ...(previous ? [previous] : [])]));
      if (twin) {
        summary.failed.push({ path: article.path, reason: `same text as ${twin}; ingested once` });
      } else if (stored.pathById.has(article.id)) {
        seenIds.set(article.id, article.path);
        summary.unchanged.push(article.path);
        summary.ids[article.path] = article.id;
      } else if (copyOf) {
        const known = stored.urlsById.get(copyOf.id) ?? new Set<string>();
        const urls = article.urls ?? [article.path];
        summary.ids[article.path] = copyOf.id;
        if (urls.every((u) => known.has(u))) summary.unchanged.push(article.path);
        else {
          for (const u of urls) known.add(u);
          stored.urlsById.set(copyOf.id, known);
          summary.duplicates.push({
            path: article.path,
            of: copyOf.id,
            ofPath: stored.pathById.get(copyOf.id) ?? copyOf.id,
            similarity: copyOf.similarity,
          });
          copies.push({
            id: copyOf.id,
            urls,
            copy: JSON.stringify({
              path: article.path,
              url: article.url ?? null,
              title: article.title,
              date: article.date,
              source: article.source,
              similarity: copyOf.similarity,
            }),
          });
        }
      } else {
        seenIds.set(article.id, article.path);
        summary.ids[article.path] = article.id;
        if (previous) {
          stale.push(previous);
          removed.add(previous);
          summary.replaced.push(article.path);
        } else summary.ingested.push(article.path);
        // Later articles of this run (and of later runs) are compared with this one.
        stored.copies.add(article.id, signature);
        stored.pathById.set(article.id, article.path);
        stored.urlsById.set(article.id, new Set(article.urls ?? [article.path]));
        article.minhash = encodeSignature(signature);
        const t0 = performance.now();
        try {
          const graph = extractArticle(article);
          batch.push({ article, graph, resolved: resolveArticleEntities(graph, index, article.id, people) });
          summary.timings.extract += (performance.now() - t0) / 1000;
        } catch (err) {
          summary.failed.push({
            path: article.path,
            reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
          });
        }
      }
      if (batch.length >= batchSize) await flush();
      progress?.update(done);
    }
    await flush();
    await writing;
  } catch (err) {
    // The in-memory state may hold what never reached the store: read it afresh next time.
    state.invalidate();
    await writing.catch(() => undefined);
    throw err;
  }
  // Corrections outlive extraction: after every ingest, each active curation is applied again.
  if (summary.ingested.length + summary.replaced.length > 0)
    summary.curationChanges = await applyCurations(driver, database);
  // Curations and replaced articles change nodes the state indexes: those are reread; otherwise
  // the state already holds this run's writes.
  if (summary.curationChanges > 0 || summary.replaced.length > 0) state.invalidate();
  else await state.settle();
  progress?.finish();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export async function removeArticleIds(driver: Driver, ids: string[], database?: string) {
  return writeTransaction(driver, database, (tx) => removeArticles(tx, ids));
}

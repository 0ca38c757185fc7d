// The ingest pipeline: read, skip what is unchanged, extract, resolve, and write in batches,
// each batch one transaction; edited articles replace their own facts in the same transaction.
import type { Driver } from 'neo4j-driver';
import { applyCurations } from '../curate/apply-curations.ts';
import { decodeSignature, encodeSignature, minhash } from '../dedup/minhash.ts';
import { NearDuplicateIndex } from '../dedup/near-duplicates.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { UrlAccess } from '../fetch/address-policy.ts';
import { findArticles } from '../read/find-articles.ts';
import { type Article, ArticleReadError, DEFAULT_MAX_ARTICLE_BYTES } from '../read/read-article.ts';
import { readSource } from '../read/read-source.ts';
import { type CopyRow, writeCopies } from './copy-writer.ts';
import { AliasIndex, type KnownNode, resolveArticleEntities } from './entity-resolution.ts';
import { type WriteCounts, writeBatch } from './graph-writer.ts';
import { type KnownPerson, PersonIndex, UnionFamilies } from './namesakes.ts';
import { createProgress } from './progress.ts';
import { removeArticles } from './remove-articles.ts';
import { buildWriteRows, type ExtractedArticle } from './write-rows.ts';

export interface IngestOptions {
  driver: Driver;
  database?: string | undefined;
  batchSize?: number;
  maxBytes?: number;
  progress?: boolean;
  /** Which addresses URL arguments may reach (public ones only by default). */
  access?: UrlAccess;
  timeoutMs?: number;
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
}

interface StoredArticles {
  pathById: Map<string, string>;
  idByPath: Map<string, string>;
  urlsById: Map<string, Set<string>>;
  copies: NearDuplicateIndex;
}

async function loadState(
  driver: Driver,
  database: string | undefined,
): Promise<{ stored: StoredArticles; index: AliasIndex; people: PersonIndex }> {
  const articles = await driver.executeQuery(
    'MATCH (a:Article) RETURN a.id AS id, a.path AS path, coalesce(a.urls, [a.path]) AS urls, a.minhash AS minhash',
    {},
    { database },
  );
  const nodes = await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.type IN ['Union', 'Party', 'Organisation', 'Faction', 'Place']
     RETURN n.key AS key, n.type AS type, coalesce(n.nameKeys, []) AS nameKeys, n.scope AS scope`,
    {},
    { database },
  );
  // Each person's union ties, and which unions are one family, for telling namesakes apart.
  const people = await driver.executeQuery(
    `MATCH (p:Person)
     OPTIONAL MATCH (p)-[:MEMBER_OF|HOLDS_POSITION]->(u:Union)
     WITH p, collect(DISTINCT u.key) AS direct
     OPTIONAL MATCH (p)-[:CANDIDATE_IN|ELECTED_IN]->(:Election)-[:ELECTION_OF]->(v:Union)
     WITH p, direct, collect(DISTINCT v.key) AS contested
     RETURN p.key AS key, direct + contested AS unions`,
    {},
    { database },
  );
  const links = await driver.executeQuery(
    'MATCH (a:Union)-[:PART_OF|MERGED_INTO]->(b:Union) RETURN a.key AS a, b.key AS b',
    {},
    { database },
  );
  const families = new UnionFamilies();
  for (const r of links.records) families.join(r.get('a'), r.get('b'));
  const stored: StoredArticles = {
    pathById: new Map(),
    idByPath: new Map(),
    urlsById: new Map(),
    copies: new NearDuplicateIndex(),
  };
  for (const r of articles.records) {
    stored.pathById.set(r.get('id'), r.get('path'));
    stored.idByPath.set(r.get('path'), r.get('id'));
    stored.urlsById.set(r.get('id'), new Set(r.get('urls') as string[]));
    const signature = r.get('minhash') ? decodeSignature(r.get('minhash')) : null;
    if (signature) stored.copies.add(r.get('id'), signature);
  }
  return {
    stored,
    index: new AliasIndex(nodes.records.map((r) => r.toObject() as KnownNode)),
    people: new PersonIndex(
      people.records.map((r) => r.toObject() as KnownPerson),
      families,
    ),
  };
}

export async function ingestFiles(args: string[], options: IngestOptions): Promise<IngestSummary> {
  const { files, problems } = findArticles(args);
  const articles: Article[] = [];
  const failed = problems.map((p) => ({ ...p }));
  for (const file of files) {
    try {
      articles.push(
        await readSource(file, {
          ...options.access,
          maxBytes: options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        }),
      );
    } catch (err) {
      if (!(err instanceof ArticleReadError)) throw err;
      failed.push({ path: err.path, reason: err.reason });
    }
  }
  const summary = await ingestArticles(articles, options);
  summary.failed.unshift(...failed);
  return summary;
}

export async function ingestArticles(articles: Article[], options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const { driver, database } = options;
  const batchSize = options.batchSize ?? 50;
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
  };
  const { stored, index, people } = await loadState(driver, database);
  const progress = options.progress ? createProgress('ingest', articles.length) : null;
  const seenIds = new Map<string, string>();
  let batch: ExtractedArticle[] = [];
  let stale: string[] = [];
  let copies: CopyRow[] = [];
  let done = 0;

  const flush = async () => {
    if (batch.length === 0 && stale.length === 0 && copies.length === 0) return;
    const rows = buildWriteRows(batch);
    const staleIds = stale;
    const copyRows = copies;
    const session = driver.session({ database });
    let result: Awaited<ReturnType<typeof writeOne>>;
    const writeOne = () =>
      session.executeWrite(async (tx) => ({
        removed: await removeArticles(tx, staleIds),
        written: await writeBatch(tx, rows),
        copied: await writeCopies(tx, copyRows),
      }));
    try {
      result = await writeOne();
    } finally {
      await session.close();
    }
    summary.counts.nodesCreated += result.written.nodesCreated;
    summary.counts.relationshipsCreated += result.written.relationshipsCreated;
    summary.counts.propertiesSet += result.written.propertiesSet;
    summary.counts.relationshipsDeleted += result.removed.relationshipsDeleted;
    summary.counts.nodesDeleted += result.removed.nodesDeleted;
    batch = [];
    stale = [];
    copies = [];
  };
  const removed = new Set<string>();

  for (const article of articles) {
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
      try {
        const graph = extractArticle(article);
        batch.push({ article, graph, resolved: resolveArticleEntities(graph, index, article.id, people) });
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
  // Corrections outlive extraction: after every ingest, each active curation is applied again.
  if (summary.ingested.length + summary.replaced.length > 0)
    summary.curationChanges = await applyCurations(driver, database);
  progress?.finish();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export async function removeArticleIds(driver: Driver, ids: string[], database?: string) {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => removeArticles(tx, ids));
  } finally {
    await session.close();
  }
}

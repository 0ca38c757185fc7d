// The ingest pipeline: read, skip what is unchanged, extract, resolve, and write in batches,
// each batch one transaction; edited articles replace their own facts in the same transaction.
import type { ArticleGraph } from '@caucus/graph';
import type { Driver } from 'neo4j-driver';
import { applyCurations } from '../curate/apply-curations.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { findArticles } from '../read/find-articles.ts';
import {
  type Article,
  ArticleReadError,
  DEFAULT_MAX_ARTICLE_BYTES,
  readArticle,
} from '../read/read-article.ts';
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
}

export interface IngestSummary {
  ingested: string[];
  replaced: string[];
  unchanged: string[];
  failed: { path: string; reason: string }[];
  counts: WriteCounts & { relationshipsDeleted: number; nodesDeleted: number };
  /** Mentions and relations that curations changed after this ingest. */
  curationChanges: number;
  seconds: number;
}

interface StoredArticles {
  pathById: Map<string, string>;
  idByPath: Map<string, string>;
}

async function loadState(
  driver: Driver,
  database: string | undefined,
): Promise<{ stored: StoredArticles; index: AliasIndex; people: PersonIndex }> {
  const articles = await driver.executeQuery(
    'MATCH (a:Article) RETURN a.id AS id, a.path AS path',
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
  const stored: StoredArticles = { pathById: new Map(), idByPath: new Map() };
  for (const r of articles.records) {
    stored.pathById.set(r.get('id'), r.get('path'));
    stored.idByPath.set(r.get('path'), r.get('id'));
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
      articles.push(readArticle(file, options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES));
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
    failed: [],
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
  let done = 0;

  const flush = async () => {
    if (batch.length === 0 && stale.length === 0) return;
    const rows = buildWriteRows(batch);
    const staleIds = stale;
    const session = driver.session({ database });
    let result: Awaited<ReturnType<typeof writeOne>>;
    const writeOne = () =>
      session.executeWrite(async (tx) => ({
        removed: await removeArticles(tx, staleIds),
        written: await writeBatch(tx, rows),
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
  };

  for (const article of articles) {
    done++;
    const twin = seenIds.get(article.id);
    if (twin) {
      summary.failed.push({ path: article.path, reason: `same text as ${twin}; ingested once` });
    } else if (stored.pathById.has(article.id)) {
      seenIds.set(article.id, article.path);
      summary.unchanged.push(article.path);
    } else {
      seenIds.set(article.id, article.path);
      const previous = stored.idByPath.get(article.path);
      if (previous) {
        stale.push(previous);
        summary.replaced.push(article.path);
      } else summary.ingested.push(article.path);
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

// The batch writer merges each edge's facts across a batch's articles and keeps its summaries
// incrementally: the graph must be the one that writing article by article gives. A long-lived
// ingest state is read from the store once, and again only when another writer changed it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '@caucus/bench';
import { applySchema, createDriver, resolveConnectionConfig } from '@caucus/graph/neo4j';
import { articleFromText, findArticles, IngestState, ingestArticles, readArticle } from '@caucus/ingest';
import { type LocalDbmsHandle, resolveLocalSettings, startLocalDbms } from '@caucus/neo4j-local';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_BOLT_PORT } from '../setup/global-neo4j.ts';
import { emptyGraph, rows, testDriver } from '../support/test-graph.ts';

/** Every edge with all its lists and summaries, and every entity's names, as comparable text. */
async function fullDump(driver: Driver) {
  const edges = await rows(
    driver,
    `MATCH (s:Entity)-[r]->(t:Entity)
     RETURN s.key + ' ' + type(r) + ' ' + t.key AS edge, properties(r) AS p ORDER BY edge`,
  );
  const entities = await rows(
    driver,
    `MATCH (n:Entity) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.nameKeys AS nameKeys,
            n.articleCount AS articleCount ORDER BY key`,
  );
  const mentions = await rows(driver, 'MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n');
  return {
    edges: edges.map((e): Record<string, unknown> => ({ edge: e.edge, ...(e.p as object) })),
    entities: entities.map((e) => ({
      ...e,
      aliases: [...((e.aliases as string[]) ?? [])].sort(),
      nameKeys: [...((e.nameKeys as string[]) ?? [])].sort(),
    })),
    mentions: mentions[0]?.n,
  };
}

const distinct = (xs: unknown[]) => new Set(xs).size;

describe('batched writes', () => {
  let driver: Driver;
  let files: string[];
  beforeAll(() => {
    driver = testDriver();
    const corpus = generateCorpus(mkdtempSync(path.join(tmpdir(), 'caucus-batch-')), 80, 5);
    files = findArticles([corpus.articles]).files;
  });
  beforeEach(() => emptyGraph(driver));
  afterAll(() => driver.close());

  const articles = () => files.map((f) => readArticle(f));

  it('writes the same graph in batches of 80 as one article at a time', async () => {
    await ingestArticles(articles(), { driver, batchSize: 1 });
    const oneByOne = await fullDump(driver);
    await emptyGraph(driver);
    await ingestArticles(articles(), { driver, batchSize: 80 });
    const batched = await fullDump(driver);
    expect(oneByOne.edges.length).toBeGreaterThan(100);
    // Articles that share edges: the merge across a batch is exercised.
    expect(oneByOne.edges.some((e) => (e.articleIds as string[]).length > 3)).toBe(true);
    expect(batched).toEqual(oneByOne);
  });

  it('keeps each edge’s summaries equal to what its lists say', async () => {
    await ingestArticles(articles(), { driver, batchSize: 25 });
    const { edges } = await fullDump(driver);
    for (const e of edges) {
      const voices = e.evidenceVoices as string[];
      const partisan = e.evidencePartisan as boolean[];
      const dates = (e.articleDates as string[]).filter(Boolean).sort();
      expect(e.evidenceCount).toBe((e.evidence as string[]).length);
      expect(e.articleCount).toBe(distinct(e.articleIds as string[]));
      expect(e.sourceCount).toBe(distinct(voices));
      expect(e.independentSourceCount).toBe(distinct(voices.filter((_v, i) => !partisan[i])));
      expect(e.firstDate ?? null).toBe(dates[0] ?? null);
      expect(e.lastDate ?? null).toBe(dates.at(-1) ?? null);
    }
  });

  it('reads the store once for a long-lived state, and again when another writer changed it', async () => {
    const state = new IngestState(driver, undefined);
    const all = articles();
    await ingestArticles(all.slice(0, 30), { driver, state });
    await ingestArticles(all.slice(30, 50), { driver, state });
    expect(state.loads).toBe(1);
    // A copy of an article of the first call is found from memory, with no reread.
    const first = all[0] as (typeof all)[number];
    const copy = articleFromText(`${first.text}\n\nRepublished with permission.`, 'copy-of-first.txt');
    const copied = await ingestArticles([copy], { driver, state });
    expect(copied.duplicates.map((d) => d.of)).toEqual([first.id]);
    expect(state.loads).toBe(1);
    // Another process writes: the state notices and reads the store again.
    await ingestArticles(all.slice(50, 60), { driver });
    const later = await ingestArticles(all.slice(60), { driver, state });
    expect(state.loads).toBe(2);
    expect(later.ingested.length).toBe(all.length - 60);
  });
});

// A DBMS of this file's own, whose per-transaction memory limit one article's batch fits in and
// eighty articles' do not, as hub edges' evidence outgrows a batch at 100 000 articles.
describe('a batch over the per-transaction memory limit', () => {
  let dbms: LocalDbmsHandle;
  let driver: Driver;
  const env = {
    CAUCUS_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'caucus-tx-memory-')),
    CAUCUS_NEO4J_PORT: String(Number(TEST_BOLT_PORT) + 4),
    CAUCUS_NEO4J_HEAP: '512m',
    CAUCUS_NEO4J_PAGECACHE: '128m',
    CAUCUS_NEO4J_TX_MEMORY: '6m',
  };
  beforeAll(async () => {
    dbms = await startLocalDbms({ settings: resolveLocalSettings(env), attached: true, log: () => {} });
    driver = createDriver(resolveConnectionConfig(env));
    await applySchema(driver);
  });
  afterAll(async () => {
    await driver?.close();
    await dbms?.stop();
  });

  it('is written in smaller parts, and the graph is the one written article by article', async () => {
    const corpus = generateCorpus(mkdtempSync(path.join(tmpdir(), 'caucus-tx-memory-corpus-')), 80, 5);
    const articles = () => findArticles([corpus.articles]).files.map((f) => readArticle(f));
    // Article by article on the shared test Neo4j, whose limit is the default.
    const shared = testDriver();
    let oneByOne: Awaited<ReturnType<typeof fullDump>>;
    try {
      await emptyGraph(shared);
      await ingestArticles(articles(), { driver: shared, batchSize: 1 });
      oneByOne = await fullDump(shared);
    } finally {
      await shared.close();
    }
    const written: number[] = [];
    const summary = await ingestArticles(articles(), {
      driver,
      batchSize: 80,
      onBatchWritten: (n) => written.push(n),
    });
    expect(summary.ingested.length).toBe(80);
    // Split: more than one transaction, each article in exactly one.
    expect(written.length).toBeGreaterThan(1);
    expect(written.reduce((a, b) => a + b, 0)).toBe(80);
    expect(await fullDump(driver)).toEqual(oneByOne);
  });
});

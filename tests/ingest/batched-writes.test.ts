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
import { emptyGraph, fullDump, testDriver } from '../support/test-graph.ts';

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
    expect(oneByOne.edges.some((e) => (e.evidence as unknown[]).length > 3)).toBe(true);
    expect(batched).toEqual(oneByOne);
    // Every :Evidence node belongs to an edge.
    expect(batched.evidenceNodes).toBe(
      batched.edges.reduce((n, e) => n + (e.evidence as unknown[]).length, 0),
    );
  });

  it('keeps each edge’s summaries and voice tally equal to what its evidence says', async () => {
    await ingestArticles(articles(), { driver, batchSize: 25 });
    const { edges } = await fullDump(driver);
    for (const e of edges) {
      const cited = e.evidence as {
        article: string;
        date: string;
        pieces: string[];
        voices: string[];
        partisan: boolean[];
      }[];
      const voices = cited.flatMap((c) => c.voices);
      const partisan = cited.flatMap((c) => c.partisan);
      const dates = cited
        .map((c) => c.date)
        .filter(Boolean)
        .sort();
      expect(e.evidenceCount).toBe(cited.reduce((n, c) => n + c.pieces.length, 0));
      expect(voices.length).toBe(e.evidenceCount);
      expect(e.articleCount).toBe(distinct(cited.map((c) => c.article)));
      expect(e.articleCount).toBe(cited.length);
      expect(e.sourceCount).toBe(distinct(voices));
      expect(e.independentSourceCount).toBe(distinct(voices.filter((_v, i) => !partisan[i])));
      expect(e.firstDate ?? null).toBe(dates[0] ?? null);
      expect(e.lastDate ?? null).toBe(dates.at(-1) ?? null);
      // The tally: each voice once, in first-seen order, with its pieces and all-partisan flag.
      const names = [...new Set(voices)];
      expect(e.voices).toEqual(names);
      expect(e.voicePieces).toEqual(names.map((v) => voices.filter((x) => x === v).length));
      expect(e.voicePartisan).toEqual(names.map((v) => voices.every((x, i) => x !== v || partisan[i])));
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

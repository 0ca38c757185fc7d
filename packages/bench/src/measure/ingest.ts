// Ingest speed as the store grows, and the physical limit of the write path: the same rows
// written by the simplest UNWIND … CREATE into an empty database.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGraph } from '@caucus/graph';
import { clearDatabase } from '@caucus/graph/neo4j';
import { findArticles, IngestState, ingestFiles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';

export interface IngestFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Seconds per 1 000 articles, chunk by chunk, as the store grows. */
  secondsPer1000: number[];
  endToEndSeconds: number;
  /** Reading the store's state and planning the batch statement, before the first article. */
  warmupSeconds: number;
  /** Peak resident memory of this Node process, and the most Neo4j heap in use at a chunk's end. */
  peakRssMb: number;
  neo4jHeapMb: number;
}

export interface RawWriteFigures {
  nodes: number;
  relationships: number;
  seconds: number;
  rowsPerSecond: number;
  /** Raw time ÷ our ingest time for the same articles: 1 would be the physical limit. */
  ingestShare: number;
}

/** Articles per write transaction: large enough to spread its fixed cost, small enough to retry. */
const INGEST_BATCH = 500;

export function noIngestFigures(articles = 0): IngestFigures {
  return {
    articles,
    seconds: 0,
    articlesPerSecond: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesPerSecond: 0,
    relationshipsPerSecond: 0,
    secondsPer1000: [],
    endToEndSeconds: 0,
    warmupSeconds: 0,
    peakRssMb: 0,
    neo4jHeapMb: 0,
  };
}

/** Heap in use by the Neo4j JVM now, in MB (JMX through Cypher; 0 where the server refuses). */
export async function neo4jHeapUsedMb(driver: Driver): Promise<number> {
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
    );
    return Number(records[0]?.get('used') ?? 0) / 1e6;
  } catch {
    return 0;
  }
}

export async function measureIngest(
  driver: Driver,
  dir: string,
  log: (l: string) => void,
): Promise<IngestFigures> {
  const started = performance.now();
  const files = findArticles([dir]).files;
  const figures = noIngestFigures(files.length);
  // A long-lived ingest reads the store's state and plans its batch statement once, at start.
  const state = new IngestState(driver, undefined);
  await state.current();
  figures.warmupSeconds = (performance.now() - started) / 1000;
  log(`  warm-up (state read, batch statement planned) ${figures.warmupSeconds.toFixed(1)} s`);
  // One streaming run over the corpus through the path `caucus ingest DIR` takes (files read as
  // the ingest reaches them); the time is marked each time another 1 000 articles are stored.
  let stored = 0;
  const heapSamples: Promise<number>[] = [];
  let mark = performance.now();
  const t0 = mark;
  const summary = await ingestFiles([dir], {
    driver,
    state,
    batchSize: INGEST_BATCH,
    onBatchWritten: (n) => {
      const before = Math.floor(stored / 1000);
      stored += n;
      if (Math.floor(stored / 1000) === before) return;
      const now = performance.now();
      const seconds = (now - mark) / 1000;
      figures.secondsPer1000.push(seconds);
      mark = now;
      // Sampled as the run goes: the heap after a run says little about its peak.
      heapSamples.push(neo4jHeapUsedMb(driver));
      log(
        `  ingested ${stored}/${files.length} (${(1000 / seconds).toFixed(0)} articles/s over the last 1 000)`,
      );
    },
  });
  const writing = (performance.now() - t0) / 1000 + figures.warmupSeconds;
  figures.nodesCreated = summary.counts.nodesCreated;
  figures.relationshipsCreated = summary.counts.relationshipsCreated;
  figures.neo4jHeapMb = Math.max(0, ...(await Promise.all(heapSamples)));
  const t = summary.timings;
  log(
    `  extraction ${t.extract.toFixed(1)} s, writes ${t.write.toFixed(1)} s, waiting for writes ${t.waitingForWrites.toFixed(1)} s`,
  );
  figures.seconds = writing;
  figures.articlesPerSecond = files.length / writing;
  figures.nodesPerSecond = figures.nodesCreated / writing;
  figures.relationshipsPerSecond = figures.relationshipsCreated / writing;
  figures.endToEndSeconds = (performance.now() - started) / 1000;
  figures.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return figures;
}

/** The same nodes and relationships, written with no MERGE, no resolution, no evidence bookkeeping. */
/** `graphsDir` holds the extractor's output for the corpus, written once by the run. */
export async function measureRawWrites(driver: Driver, graphsDir: string): Promise<RawWriteFigures> {
  const nodes: { key: string; name: string }[] = [];
  const rels: { s: string; t: string }[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(graphsDir).filter((f) => f.endsWith('.json'))) {
    const graph = JSON.parse(readFileSync(path.join(graphsDir, file), 'utf8')) as ArticleGraph;
    const keyOf = new Map(graph.entities.map((e) => [e.id, e.key ?? `${e.type}:${e.name}`]));
    for (const e of graph.entities) {
      const key = keyOf.get(e.id) as string;
      if (!seen.has(key)) {
        seen.add(key);
        nodes.push({ key, name: e.name });
      }
    }
    for (const r of graph.relations)
      rels.push({ s: keyOf.get(String(r.source)) as string, t: keyOf.get(String(r.target)) as string });
  }
  await clearDatabase(driver);
  const started = performance.now();
  for (let i = 0; i < nodes.length; i += 10000) {
    await driver.executeQuery('UNWIND $rows AS row CREATE (:Raw {key: row.key, name: row.name})', {
      rows: nodes.slice(i, i + 10000),
    });
  }
  await driver.executeQuery('CREATE INDEX raw_key IF NOT EXISTS FOR (n:Raw) ON (n.key)');
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  for (let i = 0; i < rels.length; i += 10000) {
    await driver.executeQuery(
      'UNWIND $rows AS row MATCH (s:Raw {key: row.s}) MATCH (t:Raw {key: row.t}) CREATE (s)-[:RAW]->(t)',
      { rows: rels.slice(i, i + 10000) },
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await driver.executeQuery('DROP INDEX raw_key IF EXISTS');
  await clearDatabase(driver);
  const rowsPerSecond = (nodes.length + rels.length) / seconds;
  // The share against our ingest (same entities and relations) is filled in once both have run.
  return { nodes: nodes.length, relationships: rels.length, seconds, rowsPerSecond, ingestShare: 0 };
}

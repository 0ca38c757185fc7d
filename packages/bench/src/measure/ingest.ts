// Ingest speed as the store grows, and the physical limit of the write path: the same rows
// written by the simplest UNWIND … CREATE into an empty database.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGraph } from '@caucus/graph';
import { clearDatabase } from '@caucus/graph/neo4j';
import { articleFromText, ingestArticles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { loadTexts } from './extraction.ts';

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
}

export interface RawWriteFigures {
  nodes: number;
  relationships: number;
  seconds: number;
  rowsPerSecond: number;
  /** Raw time ÷ our ingest time for the same articles: 1 would be the physical limit. */
  ingestShare: number;
}

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
  };
}

export async function measureIngest(
  driver: Driver,
  dir: string,
  log: (l: string) => void,
): Promise<IngestFigures> {
  const started = performance.now();
  const texts = loadTexts(dir);
  const figures = noIngestFigures(texts.length);
  const chunk = 1000;
  let writing = 0;
  for (let i = 0; i < texts.length; i += chunk) {
    const articles = texts.slice(i, i + chunk).map((t) => articleFromText(t.text, t.file));
    const t0 = performance.now();
    const summary = await ingestArticles(articles, { driver, batchSize: 100 });
    const s = (performance.now() - t0) / 1000;
    writing += s;
    figures.secondsPer1000.push((s * 1000) / articles.length);
    figures.nodesCreated += summary.counts.nodesCreated;
    figures.relationshipsCreated += summary.counts.relationshipsCreated;
    log(
      `  ingested ${Math.min(i + chunk, texts.length)}/${texts.length} (${(articles.length / s).toFixed(0)} articles/s)`,
    );
  }
  figures.seconds = writing;
  figures.articlesPerSecond = texts.length / writing;
  figures.nodesPerSecond = figures.nodesCreated / writing;
  figures.relationshipsPerSecond = figures.relationshipsCreated / writing;
  figures.endToEndSeconds = (performance.now() - started) / 1000;
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

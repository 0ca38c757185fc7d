// After ingesting the seeds, Cypher answers what users ask; ingesting again changes nothing.
import path from 'node:path';
import { ingestFiles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { edgeEvidenceOf, emptyGraph, rows, snapshot, testDriver } from '../support/test-graph.ts';

const SEEDS = path.join(REPO_ROOT, 'seeds');

describe('seeds ingested into Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await emptyGraph(driver);
    const summary = await ingestFiles([SEEDS], { driver });
    expect(summary.ingested).toHaveLength(2);
  });
  afterAll(() => driver.close());

  it('knows which factions endorsed Kauser Jan', async () => {
    const found = await rows(
      driver,
      "MATCH (f:Faction)-[:ENDORSED]->(:Person {name: 'Kauser Jan'}) RETURN f.name AS name, f.aliases AS aliases",
    );
    const names = found.flatMap((r) => [r.name, ...((r.aliases as string[] | null) ?? [])]);
    expect(names).toEqual(expect.arrayContaining(['Socialist Teachers Alliance', 'LANAC', 'CDFU']));
    expect(found).toHaveLength(3);
  });

  it('knows which party Jess Edwards belongs to', async () => {
    const found = await rows(
      driver,
      "MATCH (:Person {name: 'Jess Edwards'})-[:MEMBER_OF]->(p:Party) RETURN p.name AS name, p.aliases AS aliases",
    );
    expect(found).toEqual([{ name: 'Socialist Workers Party', aliases: ['SWP'] }]);
  });

  it('keeps on each relation its evidence count and first and last article dates', async () => {
    const found = await rows(
      driver,
      `MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS'
       RETURN r.evidenceCount AS evidenceCount, r.articleCount AS articleCount,
              r.firstDate AS first, r.lastDate AS last, ${edgeEvidenceOf('r')}`,
    );
    expect(found.length).toBeGreaterThan(10);
    for (const r of found) {
      expect(r.evidenceCount).toBe((r.evidence as string[]).length);
      expect(r.articleCount).toBe((r.articleIds as string[]).length);
      const dates = (r.dates as string[]).filter(Boolean).sort();
      expect([r.first, r.last]).toEqual([dates[0] ?? null, dates[dates.length - 1] ?? null]);
    }
    expect(found.some((r) => r.first === '2017-11-01')).toBe(true);
  });

  it('has LANAC as one node, mentioned by both articles', async () => {
    const found = await rows(
      driver,
      "MATCH (f:Faction) WHERE 'LANAC' IN f.aliases OR f.name = 'LANAC' MATCH (a:Article)-[m:MENTIONS]->(f) RETURN f.key AS key, count(a) AS articles, collect(m.resolvedBy) AS how",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toBe(2);
    expect(found[0]?.how).toEqual(expect.arrayContaining([expect.stringMatching(/^alias:|^new-name$/)]));
  });

  it('links Broadly Speaking to LANAC by a path of facts', async () => {
    const found = await rows(
      driver,
      `MATCH (a:Faction {name: 'Broadly Speaking'}), (b:Faction) WHERE 'LANAC' IN b.aliases
       MATCH p = shortestPath((a)-[*..4]-(b))
       WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
       RETURN [n IN nodes(p) | n.name] AS names`,
    );
    expect(found.length).toBeGreaterThan(0);
    expect((found[0]?.names as string[] | undefined)?.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every relation its evidence: article, sentence, offsets, method, confidence and date', async () => {
    const found = await rows(
      driver,
      `MATCH (f)-[r:ENDORSED]->(:Person {name: 'Kauser Jan'}) RETURN ${edgeEvidenceOf('r')}`,
    );
    for (const r of found) {
      const e = JSON.parse((r.evidence as string[])[0] ?? '{}');
      expect(e).toMatchObject({
        articleId: expect.stringMatching(/^[0-9a-f]{16}$/),
        method: expect.any(String),
        confidence: expect.any(Number),
      });
      expect(e.sentence).toContain('Ms Jan');
      expect(e.end).toBeGreaterThan(e.start);
      expect(r.dates).toEqual(['2017-11-01']);
    }
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await snapshot(driver);
    const again = await ingestFiles([SEEDS], { driver });
    expect(again.unchanged).toHaveLength(2);
    expect(again.ingested).toHaveLength(0);
    expect(await snapshot(driver)).toEqual(before);
    expect(before.evidence).toBeGreaterThan(40);
  });
});

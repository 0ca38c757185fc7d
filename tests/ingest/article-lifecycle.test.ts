// Edited articles replace their own facts; removed articles leave nothing behind; resolution rules.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestFiles, readArticle, removeArticleIds } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { emptyGraph, snapshot, testDriver } from '../support/test-graph.ts';

const seed = (name: string) => path.join(REPO_ROOT, 'seeds', name);
const SEED_A = seed('000_e4f1e208a388eb91.txt');
const SEED_B = seed('001_a1339417b5cfa734.txt');

describe('article lifecycle in Neo4j', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await emptyGraph(driver);
    dir = mkdtempSync(path.join(tmpdir(), 'caucus-life-'));
  });
  afterAll(() => driver.close());

  it('replaces an edited article’s facts and evidence, leaving nothing stale', async () => {
    const file = path.join(dir, 'jan.txt');
    const original = readFileSync(SEED_B, 'utf8');
    writeFileSync(file, original);
    await ingestFiles([file], { driver });
    writeFileSync(file, original.replace(' and Campaign for a Democratic and Fighting Union (CDFU)', ''));
    const summary = await ingestFiles([file], { driver });
    expect(summary.replaced).toEqual([file]);

    const edited = await snapshot(driver);
    await emptyGraph(driver);
    await ingestFiles([file], { driver });
    expect(edited).toEqual(await snapshot(driver));
    expect(edited.keys.some((k) => k.includes('democratic'))).toBe(false);
    const articles = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    expect(articles.records[0]?.get('n')).toBe(1);
  });

  it('removes an article and anything left without evidence, back to the graph of the other alone', async () => {
    await ingestFiles([SEED_B], { driver });
    const onlyB = await snapshot(driver);
    await ingestFiles([SEED_A], { driver });
    const removed = await removeArticleIds(driver, [readArticle(SEED_A).id]);
    expect(removed.articles).toBe(1);
    expect(removed.nodesDeleted).toBeGreaterThan(5);
    expect(await snapshot(driver)).toEqual(onlyB);
  });

  it('resolves names across articles, and keeps apart people who share a surname', async () => {
    writeFileSync(
      path.join(dir, 'a.txt'),
      'date 2019-03-01\n\nMartin Powell-Davies, a Socialist Party member, spoke for the NUT. Amanda Martin disagreed.',
    );
    writeFileSync(
      path.join(dir, 'b.txt'),
      'date 2019-04-01\n\nMartin Powell Davies of the Socialist Party addressed the National Union of Teachers conference. John Martin, a Labour Party member, did not.',
    );
    await ingestFiles([dir], { driver });
    const q = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
    expect(
      await q("MATCH (n:Union) WHERE n.name = 'National Union of Teachers' RETURN n.articleCount AS n"),
    ).toEqual([{ n: 2 }]);
    expect(
      await q("MATCH (n:Person) WHERE n.name STARTS WITH 'Martin Powell' RETURN n.articleCount AS n"),
    ).toEqual([{ n: 2 }]);
    const martins = await q(
      "MATCH (n:Person) WHERE n.name ENDS WITH ' Martin' RETURN n.name AS name ORDER BY name",
    );
    expect(martins).toEqual([{ name: 'Amanda Martin' }, { name: 'John Martin' }]);
    const how = await q('MATCH (:Article)-[m:MENTIONS]->(n:Union) RETURN m.resolvedBy AS how ORDER BY how');
    expect(how.map((r) => r.how)).toEqual(['alias:national union of teachers', 'new-name']);
  });
});

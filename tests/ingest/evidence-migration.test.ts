// A store written when evidence was kept as lists on each edge is moved, at start, to one
// :Evidence node per edge and article: the graph must be the one today's writer gives.
import path from 'node:path';
import { applySchema, matchEvidence } from '@caucus/graph/neo4j';
import { ingestFiles } from '@caucus/ingest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { emptyGraph, fullDump, rows, testDriver } from '../support/test-graph.ts';

const SEEDS = path.join(REPO_ROOT, 'seeds');

/** Rewrites every edge into the earlier form: parallel lists on the edge, no :Evidence nodes. */
const TO_LIST_FORM = `
  MATCH ()-[r]->() WHERE r.id IS NOT NULL
  WITH r, COLLECT { ${matchEvidence('ev', 'r')} RETURN ev ORDER BY ev.seq } AS cited
  SET r.evidence = reduce(a = [], ev IN cited | a + ev.pieces),
      r.evidenceArticleIds = reduce(a = [], ev IN cited | a + [p IN ev.pieces | ev.article]),
      r.evidenceVoices = reduce(a = [], ev IN cited | a + ev.voices),
      r.evidencePartisan = reduce(a = [], ev IN cited | a + ev.partisan),
      r.articleIds = [ev IN cited | ev.article], r.articleDates = [ev IN cited | ev.date]
  REMOVE r.id, r.evidenceSeq, r.voices, r.voicePieces, r.voicePartisan
  WITH cited UNWIND cited AS ev DELETE ev`;

describe('a store with evidence as lists on its edges', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => emptyGraph(driver));
  afterAll(() => driver.close());

  it('is moved to :Evidence nodes at start, giving the graph the writer gives, once', async () => {
    await ingestFiles([SEEDS], { driver });
    const written = await fullDump(driver);
    expect(written.evidenceNodes).toBeGreaterThan(10);
    await driver.executeQuery(TO_LIST_FORM);
    await driver.executeQuery('MATCH (s:CaucusStore) DELETE s');
    expect((await rows(driver, 'MATCH (ev:Evidence) RETURN count(ev) AS n'))[0]?.n).toBe(0);

    await applySchema(driver);
    expect(await fullDump(driver)).toEqual(written);
    const lists = await rows(driver, 'MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN count(r) AS n');
    expect(lists[0]?.n).toBe(0);
    // Marked as moved: a second start leaves an edge put back in list form alone.
    await driver.executeQuery(
      `${TO_LIST_FORM.replace('WHERE r.id IS NOT NULL', 'WHERE r.id IS NOT NULL WITH r LIMIT 1')}`,
    );
    await applySchema(driver);
    const left = await rows(driver, 'MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN count(r) AS n');
    expect(left[0]?.n).toBe(1);
  });

  it('counts each article as its own source on edges written before voices were kept', async () => {
    await ingestFiles([SEEDS], { driver });
    await driver.executeQuery(TO_LIST_FORM);
    await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.evidence IS NOT NULL REMOVE r.evidenceVoices, r.evidencePartisan',
    );
    await driver.executeQuery('MATCH (s:CaucusStore) DELETE s');
    await applySchema(driver);
    const edges = await rows(
      driver,
      `MATCH ()-[r]->() WHERE r.id IS NOT NULL
       RETURN r.voices AS voices, r.sourceCount AS sources, r.independentSourceCount AS independent,
              COLLECT { ${matchEvidence('ev', 'r')} RETURN 'article ' + ev.article ORDER BY ev.seq } AS expected`,
    );
    expect(edges.length).toBeGreaterThan(10);
    for (const e of edges) {
      expect(e.voices).toEqual(e.expected);
      expect([e.sources, e.independent]).toEqual([
        (e.expected as string[]).length,
        (e.expected as string[]).length,
      ]);
    }
  });
});

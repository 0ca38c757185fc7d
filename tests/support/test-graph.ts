// A driver on the test run's Neo4j, a way to empty it, and a snapshot to compare graphs by.
import { clearDatabase, createDriver, matchEvidence, resolveConnectionConfig } from '@caucus/graph/neo4j';
import type { Driver } from 'neo4j-driver';
import { testNeo4jEnv } from './test-env.ts';

export function testDriver(): Driver {
  return createDriver(resolveConnectionConfig(testNeo4jEnv()));
}

/** A query's records as plain objects. */
export const rows = async (driver: Driver, cypher: string, params = {}) =>
  (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());

/** The test run's store starts each test file empty. */
export const emptyGraph = (driver: Driver) => clearDatabase(driver);

export interface GraphSnapshot {
  labels: Record<string, number>;
  relations: Record<string, number>;
  evidence: number;
  keys: string[];
  edges: string[];
}

export async function snapshot(driver: Driver): Promise<GraphSnapshot> {
  const q = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
  const labels = await q('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const relations = await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  const evidence = await q('MATCH (e:Evidence) RETURN sum(size(e.pieces)) AS n');
  const keys = await q('MATCH (n:Entity) RETURN n.key AS k ORDER BY k');
  const edges = await q(
    `MATCH (s)-[r]->(t) WHERE type(r) <> 'MENTIONS'
     WITH s, r, t, COLLECT { ${matchEvidence('ev', 'r')} RETURN size(ev.pieces) } AS pieces
     RETURN s.key + ' ' + type(r) + ' ' + t.key + ' ' + toString(reduce(n = 0, x IN pieces | n + x)) AS e ORDER BY e`,
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.l, r.c])),
    relations: Object.fromEntries(relations.map((r) => [r.t, r.c])),
    evidence: (evidence[0]?.n as number) ?? 0,
    keys: keys.map((r) => r.k as string),
    edges: edges.map((r) => r.e as string),
  };
}

/**
 * Cypher projections of edge `r`'s stored evidence (its :Evidence nodes in order): all pieces, the
 * citing article ids and their dates. For a RETURN of the caller's own query.
 */
export const edgeEvidenceOf = (r: string) => {
  const cited = `COLLECT { ${matchEvidence('ev', r)} RETURN ev ORDER BY ev.seq }`;
  return `reduce(acc = [], ev IN ${cited} | acc + ev.pieces) AS evidence,
          [ev IN ${cited} | ev.article] AS articleIds, [ev IN ${cited} | ev.date] AS dates`;
};

/**
 * Every edge with its summaries and its :Evidence nodes in order, and every entity's names, as
 * comparable values (without the edges' random ids).
 */
export async function fullDump(driver: Driver) {
  const edges = await rows(
    driver,
    `MATCH (s:Entity)-[r]->(t:Entity)
     RETURN s.key + ' ' + type(r) + ' ' + t.key AS edge, properties(r) AS p,
            COLLECT { ${matchEvidence('ev', 'r')}
                      RETURN ev {.article, .date, .seq, .pieces, .voices, .partisan} ORDER BY ev.seq } AS evidence
     ORDER BY edge`,
  );
  const evidenceNodes = await rows(driver, 'MATCH (ev:Evidence) RETURN count(ev) AS n');
  const entities = await rows(
    driver,
    `MATCH (n:Entity) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.nameKeys AS nameKeys,
            n.articleCount AS articleCount ORDER BY key`,
  );
  const mentions = await rows(driver, 'MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n');
  return {
    edges: edges.map((e): Record<string, unknown> => {
      const { id: _id, ...p } = e.p as Record<string, unknown>;
      return { edge: e.edge, ...p, evidence: e.evidence };
    }),
    evidenceNodes: evidenceNodes[0]?.n,
    entities: entities.map((e) => ({
      ...e,
      aliases: [...((e.aliases as string[]) ?? [])].sort(),
      nameKeys: [...((e.nameKeys as string[]) ?? [])].sort(),
    })),
    mentions: mentions[0]?.n,
  };
}

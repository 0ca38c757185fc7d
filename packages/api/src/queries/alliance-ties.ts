// Reads the relations the alliance graph is built from, for one union (with its sections) or
// all, over a span of dates; the weight of a relation is its evidence from articles in the span.

import { matchEvidence } from '@caucus/graph/neo4j';
import type { FastifyInstance } from 'fastify';
import {
  type AllianceGraph,
  type AllianceNode,
  buildAllianceGraph,
  type RelationTie,
  TIE_RELATION_TYPES,
} from '../analysis/alliance-graph.ts';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import type { Span } from '../span.ts';

/**
 * Who belongs to a union: the union and its sections, factions scoped to them, whoever is active,
 * a member or an officer in them, and whoever stood in their elections.
 */
export const UNION_MEMBERS = `
MATCH (u:Union {key: $union})
OPTIONAL MATCH (s:Union)-[:PART_OF*1..3]->(u)
WITH u, collect(DISTINCT s) AS sections
WITH [u] + sections AS unions
UNWIND unions AS x
CALL (x) {
  MATCH (m:Faction {scope: x.key}) RETURN m
  UNION
  MATCH (m:Entity)-[:ACTIVE_IN|MEMBER_OF|HOLDS_POSITION]->(x) RETURN m
  UNION
  MATCH (m:Person)-[:CANDIDATE_IN|ELECTED_IN]->(:Election)-[:ELECTION_OF]->(x) RETURN m
}
WITH unions, collect(DISTINCT m.key) AS members
RETURN [y IN unions | y.key] AS unions, members + [y IN unions | y.key] AS members`;

/**
 * The relations ties rest on: endorsements and alliances, and membership or office in a faction
 * or party. A relation is in the union when either end belongs to it; in the span when one of
 * its articles is dated inside it (undated articles count only when no span is asked).
 */
export const ALLIANCE_TIES = `
MATCH (s:Entity)-[r:${TIE_RELATION_TYPES.join('|')}]->(t:Entity)
WHERE (type(r) IN ['ENDORSED', 'ALLIED_WITH'] OR t.type IN ['Faction', 'Party'])
  AND ($since IS NULL OR r.lastDate >= $since)
  AND ($until IS NULL OR r.firstDate <= $until)
  AND ($members IS NULL OR s.key IN $members OR t.key IN $members)
WITH s, r, t, CASE WHEN $since IS NULL AND $until IS NULL THEN r.evidenceCount
                   ELSE reduce(n = 0, pieces IN COLLECT {
                          ${matchEvidence('ev', 'r')} AND ev.date <> ''
                            AND ($since IS NULL OR ev.date >= $since) AND ($until IS NULL OR ev.date <= $until)
                          RETURN size(ev.pieces) } | n + pieces) END AS weight
WHERE weight > 0
RETURN elementId(r) AS id, type(r) AS type, weight,
       s {.key, .name, .type, articles: coalesce(s.articleCount, 0)} AS source,
       t {.key, .name, .type, articles: coalesce(t.articleCount, 0)} AS target`;

export interface AllianceScope extends Span {
  /** A union's key, or null for every union. */
  union: string | null;
}

export interface LoadedAlliance {
  graph: AllianceGraph;
  /** The relations the graph was built from (endorsements keep their direction here). */
  ties: RelationTie[];
  /** The union and its sections (null: all unions). */
  unions: string[] | null;
}

export async function loadAllianceGraph(app: FastifyInstance, scope: AllianceScope): Promise<LoadedAlliance> {
  let unions: string[] | null = null;
  let members: string[] | null = null;
  if (scope.union) {
    const [row] = await readQuery(app, UNION_MEMBERS, { union: scope.union });
    if (!row)
      throw Object.assign(
        new Error(
          `querystring/union: no union with id "${scope.union}"; find one with GET /api/search?q=…&type=Union`,
        ),
        { statusCode: 404 },
      );
    unions = row.get('unions') as string[];
    members = row.get('members') as string[];
  }
  const records = await readQuery(
    app,
    ALLIANCE_TIES,
    { since: scope.since, until: scope.until, members },
    30_000,
  );
  const nodes = new Map<string, AllianceNode>();
  const ties: RelationTie[] = records.map((r) => {
    const source = toJson(r.get('source')) as AllianceNode;
    const target = toJson(r.get('target')) as AllianceNode;
    nodes.set(source.key, source);
    nodes.set(target.key, target);
    return {
      id: r.get('id') as string,
      type: r.get('type') as RelationTie['type'],
      source: source.key,
      target: target.key,
      weight: toJson(r.get('weight')) as number,
    };
  });
  return { graph: buildAllianceGraph([...nodes.values()], ties), ties, unions };
}

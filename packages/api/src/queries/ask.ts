// The Cypher behind each question template: fixed texts, values only as $parameters, so the
// console can run exactly what the question ran. An edge's citing articles are its :Evidence
// nodes, found by index: by `{id: r.id + '|' + article}`, or by `matchEvidence`.

import { matchEvidence } from '@caucus/graph/neo4j';
import type { FastifyInstance } from 'fastify';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import type { EntitySummary } from '../schemas.ts';
import { LINKS } from './links.ts';

export const WHO_ENDORSED = `// Who endorsed the candidate ($types: only factions, parties, … ; null for all)
MATCH (backer:Entity)-[r:ENDORSED]->(candidate:Person {key: $candidate})
WHERE $types IS NULL OR backer.type IN $types
RETURN backer, r, candidate
ORDER BY r.evidenceCount DESC, backer.name
LIMIT 200`;

export const BACKED_IN_YEAR = `// Whom the backer endorsed; with $year, endorsements reported that year
// or reported together with an election of that year the candidate stood in
MATCH (backer:Entity {key: $backer})-[r:ENDORSED]->(candidate:Person)
WHERE $year IS NULL
   OR EXISTS { ${matchEvidence('ev', 'r')} AND ev.date STARTS WITH $year }
   OR EXISTS {
        MATCH (candidate)-[:CANDIDATE_IN|ELECTED_IN]->(e:Election)<-[:MENTIONS]-(a:Article)
        WHERE e.year = toInteger($year) AND EXISTS { MATCH (:Evidence {id: r.id + '|' + a.id}) } }
RETURN backer, r, candidate
ORDER BY candidate.name
LIMIT 200`;

export const STOOD_IN_ELECTION = `// Who stood in the election, winners first
MATCH (candidate:Person)-[r:CANDIDATE_IN|ELECTED_IN]->(election:Election {key: $election})
WITH candidate, election, collect(r) AS rels
RETURN candidate, election, any(x IN rels WHERE type(x) = 'ELECTED_IN') AS elected, rels
ORDER BY elected DESC, candidate.name
LIMIT 500`;

export const BACKED_THE_WINNER = `// Each candidate of the election with their backers, winners first; an endorsement
// counts when an article reporting it names the election or dates from its year
MATCH (candidate:Person)-[s:CANDIDATE_IN|ELECTED_IN]->(election:Election {key: $election})
WITH candidate, election, collect(s) AS stood
WITH candidate, election, [x IN stood WHERE type(x) = 'ELECTED_IN'] AS won
OPTIONAL MATCH (backer:Entity)-[r:ENDORSED]->(candidate)
WHERE ($types IS NULL OR backer.type IN $types)
  AND (EXISTS { MATCH (a:Article)-[:MENTIONS]->(election)
                WHERE EXISTS { MATCH (:Evidence {id: r.id + '|' + a.id}) } }
       OR EXISTS { ${matchEvidence('ev', 'r')} AND ev.date STARTS WITH toString(election.year) })
RETURN candidate, size(won) > 0 AS elected, won, backer, r
ORDER BY elected DESC, candidate.name, backer.name
LIMIT 500`;

export const BACKED_BY_BOTH = `// Candidates endorsed by both
MATCH (first:Entity {key: $first})-[r1:ENDORSED]->(candidate:Person)<-[r2:ENDORSED]-(second:Entity {key: $second})
RETURN first, r1, candidate, r2, second
ORDER BY candidate.name
LIMIT 200`;

export const WHAT_CHANGED = `// The entity's relations in the order they were first reported ($since: still reported since then)
MATCH (x:Entity {key: $entity})-[r]-(other:Entity)
WHERE $since IS NULL OR r.lastDate >= $since
RETURN x, r, other, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY coalesce(r.firstDate, '9999'), coalesce(r.lastDate, '9999'), type(r), other.name
LIMIT 500`;

export const HOW_LINKED = LINKS;

/** Runs a template's Cypher read-only, with its parameters. */
export function runTemplate(app: FastifyInstance, cypher: string, params: Record<string, unknown>) {
  return readQuery(app, cypher, params, app.settings.cypherTimeoutMs);
}

export const ELECTIONS = `MATCH (e:Election)
OPTIONAL MATCH (e)-[:ELECTION_OF]->(u:Union)
WITH e, collect(u.name) AS names, reduce(a = [], x IN collect(coalesce(u.aliases, [])) | a + x) AS aliases
RETURN e.key AS key, e.name AS name, e.post AS post, e.year AS year, e.union AS union,
       names + aliases AS unionNames, coalesce(e.articleCount, 0) AS articleCount`;

export interface ElectionRow {
  key: string;
  name: string;
  post: string | null;
  year: number | null;
  union: string | null;
  unionNames: string[];
  articleCount: number;
}

export async function listElections(app: FastifyInstance): Promise<ElectionRow[]> {
  return (await readQuery(app, ELECTIONS)).map((r) => toJson(r.toObject()) as ElectionRow);
}

export const ENTITY_BY_KEY = `MATCH (n:Entity {key: $key})
RETURN n.key AS key, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases,
       coalesce(n.articleCount, 0) AS articleCount`;

export async function entityByKey(app: FastifyInstance, key: string): Promise<EntitySummary | null> {
  const [row] = await readQuery(app, ENTITY_BY_KEY, { key });
  return row ? (toJson(row.toObject()) as EntitySummary) : null;
}

/** A line telling apart entities of one name: the union a faction organises in, a person's office. */
export const ENTITY_DETAILS = `UNWIND $keys AS key
MATCH (n:Entity {key: key})
OPTIONAL MATCH (u:Union {key: n.scope})
OPTIONAL MATCH (n)-[h:HOLDS_POSITION]->(o:Entity)
WITH key, n, u, collect(coalesce(h.title + ', ', '') + o.name)[0] AS office
RETURN key, toLower(n.type) + CASE WHEN u IS NOT NULL THEN ' in ' + u.name
                                   WHEN office IS NOT NULL THEN ', ' + office ELSE '' END
           + ' · ' + toString(coalesce(n.articleCount, 0)) + ' article(s)' AS detail`;

export async function entityDetails(app: FastifyInstance, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const records = await readQuery(app, ENTITY_DETAILS, { keys });
  return new Map(records.map((r) => [r.get('key') as string, r.get('detail') as string]));
}

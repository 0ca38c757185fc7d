// The ways a faction (or any entity) and a candidate are connected: fixed patterns, each a kind
// of link with a weight, ranked by weight, evidence and length; a shortest path when none fits.
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../read-query.ts';
import { ENTITY_RELATIONS } from './edge-summary.ts';
import { type ExplainedPath, explainPath, pathColumns } from './path-explain.ts';
import { PATH_EVIDENCE } from './paths.ts';

/** Each kind of link: how it reads, how much it says, and the pattern that finds it. */
const LINK_KINDS = [
  { kind: 'direct-endorsement', weight: 1.0, pattern: '(f)-[:ENDORSED]->(c)' },
  { kind: 'candidate-belongs', weight: 0.9, pattern: '(c)-[:MEMBER_OF|HOLDS_POSITION]->(f)' },
  {
    kind: 'through-member-or-officer',
    weight: 0.7,
    pattern: '(f)<-[:MEMBER_OF|HOLDS_POSITION]-(:Person)-[:ENDORSED|ALLIED_WITH]-(c)',
  },
  { kind: 'allied-faction-endorsed', weight: 0.6, pattern: '(f)-[:ALLIED_WITH]-(:Entity)-[:ENDORSED]->(c)' },
  {
    kind: 'shared-party',
    weight: 0.5,
    pattern: '(f)<-[:MEMBER_OF|HOLDS_POSITION]-(:Person)-[:MEMBER_OF]->(:Party)<-[:MEMBER_OF]-(c)',
  },
  {
    kind: 'co-endorsed-candidate',
    weight: 0.4,
    pattern: '(f)-[:ENDORSED]->(:Person)<-[:ENDORSED]-(:Entity)-[:ENDORSED]->(c)',
  },
  { kind: 'opposed', weight: 0.3, pattern: '(f)-[:OPPOSES]-(:Entity)-[:ENDORSED]->(c)' },
] as const;

/** One fixed text: the patterns come from LINK_KINDS, the ids travel as parameters. */
export const LINKS = `CALL {
${LINK_KINDS.map(
  (k) => `  MATCH (f:Entity {key: $faction}), (c:Entity {key: $candidate}) WHERE f <> c MATCH p = ${k.pattern}
  WITH p LIMIT 25 RETURN '${k.kind}' AS kind, ${k.weight} AS weight, p`,
).join('\n  UNION ALL\n')}
}
WITH kind, weight, p WHERE p IS NOT NULL
RETURN kind, weight, ${pathColumns('p', PATH_EVIDENCE)}`;

// `f <> c`: one entity at both ends has no link, and shortest-path search would raise an error.
export const SHORTEST_LINK = `MATCH (f:Entity {key: $faction}), (c:Entity {key: $candidate}) WHERE f <> c
MATCH p = shortestPath((f)-[:${ENTITY_RELATIONS}*..5]-(c))
RETURN 'other-path' AS kind, 0.1 AS weight, ${pathColumns('p', PATH_EVIDENCE)}`;

export type RankedLink = ExplainedPath & { kind: string; score: number };

export interface FoundLinks {
  links: RankedLink[];
  /** The query whose rows gave the links (the shortest path one when no pattern matched). */
  cypher: string;
  /** Its parameters, so that it can be run again as is. */
  params: Record<string, unknown>;
}

export async function findLinks(
  app: FastifyInstance,
  faction: string,
  candidate: string,
): Promise<FoundLinks> {
  let cypher = LINKS;
  const params = { faction, candidate };
  let records = await readQuery(app, LINKS, params);
  if (records.length === 0) {
    cypher = SHORTEST_LINK;
    records = await readQuery(app, SHORTEST_LINK, params);
  }
  const links = records.map((r) => {
    const explained = explainPath(r);
    const support = explained.edges.reduce((n, e) => n + e.evidenceCount, 0);
    // Shorter, better-attested links rank first.
    const kind = r.get('kind') as string;
    const score =
      kind === 'other-path'
        ? 0.1
        : (Number(r.get('weight')) * (1 + Math.log1p(support) / 10)) / explained.edges.length ** 0.5;
    return { kind, score: Math.round(score * 1000) / 1000, ...explained };
  });
  links.sort((a, b) => b.score - a.score || a.edges.length - b.edges.length);
  return { links, cypher, params };
}

// GET /api/influence: centrality on the alliance graph, with each endorser's record (how many of
// the candidates it backed won) and the blocs its ties reach.
import type { FastifyInstance } from 'fastify';
import type { AllianceNode } from '../analysis/alliance-graph.ts';
import { findBlocs } from '../analysis/blocs.ts';
import { centralities } from '../analysis/centrality.ts';
import { readQuery } from '../read-query.ts';
import { type AllianceScope, loadAllianceGraph } from './alliance-ties.ts';

/**
 * Candidates who won an election of the union (or any) in the span. An election without a
 * dated result counts in the span of its year.
 */
export const WINNERS = `
UNWIND $candidates AS key
MATCH (c:Person {key: key})-[w:ELECTED_IN]->(e:Election)
WHERE ($unions IS NULL OR EXISTS { (e)-[:ELECTION_OF]->(u:Union) WHERE u.key IN $unions })
  AND ($since IS NULL OR coalesce(w.lastDate, toString(e.year) + '-12-31') >= $since)
  AND ($until IS NULL OR coalesce(w.firstDate, toString(e.year) + '-01-01') <= $until)
RETURN DISTINCT key`;

export const INFLUENCE_SORTS = ['wins', 'winRate', 'betweenness', 'weightedDegree', 'degree'] as const;
export type InfluenceSort = (typeof INFLUENCE_SORTS)[number];

export interface InfluenceRow extends AllianceNode {
  bloc: number | null;
  blocName: string | null;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  blocsReached: number;
  /** Candidates this entity endorsed (in the scope), and how many of them won. */
  backed: number;
  won: number;
  winRate: number | null;
}

export interface InfluenceReply {
  scope: AllianceScope & { unions: string[] | null };
  nodeCount: number;
  total: number;
  rows: InfluenceRow[];
}

const ORDER: Record<InfluenceSort, (r: InfluenceRow) => number> = {
  wins: (r) => r.won * 1e6 + (r.winRate ?? 0) * 1e3 + r.backed,
  winRate: (r) => (r.winRate ?? -1) * 1e6 + r.won,
  betweenness: (r) => r.betweenness * 1e3 + r.blocsReached,
  weightedDegree: (r) => r.weightedDegree,
  degree: (r) => r.degree,
};

export async function computeInfluence(
  app: FastifyInstance,
  scope: AllianceScope,
  options: { sort?: InfluenceSort; limit?: number } = {},
): Promise<InfluenceReply> {
  const { graph, ties, unions } = await loadAllianceGraph(app, scope);
  const { blocs, blocOf } = findBlocs(graph, { ties: 0 });
  const metrics = centralities(graph, blocOf);
  const backed = new Map<string, Set<string>>();
  for (const t of ties) {
    if (t.type !== 'ENDORSED') continue;
    const set = backed.get(t.source) ?? new Set();
    set.add(t.target);
    backed.set(t.source, set);
  }
  const candidates = [...new Set(ties.filter((t) => t.type === 'ENDORSED').map((t) => t.target))];
  const records = await readQuery(app, WINNERS, {
    candidates,
    unions,
    since: scope.since,
    until: scope.until,
  });
  const winners = new Set(records.map((r) => r.get('key') as string));
  const rows: InfluenceRow[] = [];
  graph.forEachNode((key, node) => {
    const m = metrics.get(key);
    if (!m) return;
    const bloc = blocOf.get(key) ?? null;
    const mine = backed.get(key) ?? new Set<string>();
    const won = [...mine].filter((c) => winners.has(c)).length;
    rows.push({
      ...node,
      bloc,
      blocName: bloc === null ? null : (blocs[bloc]?.name ?? null),
      ...m,
      betweenness: Math.round(m.betweenness * 10000) / 10000,
      backed: mine.size,
      won,
      winRate: mine.size ? Math.round((won / mine.size) * 1000) / 1000 : null,
    });
  });
  const order = ORDER[options.sort ?? 'wins'];
  rows.sort(
    (a, b) => order(b) - order(a) || b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name),
  );
  return {
    scope: { ...scope, unions },
    nodeCount: graph.order,
    total: rows.length,
    rows: rows.slice(0, options.limit ?? 100),
  };
}

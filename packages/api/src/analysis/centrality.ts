// Centrality on the alliance graph: degree, evidence-weighted degree and betweenness (over hops:
// who sits on the short ways between others), and how many blocs a node's ties reach.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { AllianceGraph } from './alliance-graph.ts';

export interface Centrality {
  degree: number;
  weightedDegree: number;
  /** Normalised to [0, 1]: the share of shortest paths between other pairs that pass through. */
  betweenness: number;
  /** Distinct blocs among the node's own and its neighbours'. */
  blocsReached: number;
}

export function centralities(
  graph: AllianceGraph,
  blocOf: ReadonlyMap<string, number> = new Map(),
): Map<string, Centrality> {
  // getEdgeWeight null: evidence weights measure strength, not distance.
  const betweenness = graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null }) : {};
  const out = new Map<string, Centrality>();
  graph.forEachNode((node) => {
    const blocs = new Set<number>();
    for (const n of [node, ...graph.neighbors(node)]) {
      const b = blocOf.get(n);
      if (b !== undefined) blocs.add(b);
    }
    out.set(node, {
      degree: graph.degree(node),
      weightedDegree: weightedDegree(graph, node, 'weight'),
      betweenness: betweenness[node] ?? 0,
      blocsReached: blocs.size,
    });
  });
  return out;
}

// The projection blocs and influence are computed on: factions, parties, unions and people joined
// by the ties that make them act together (endorsing a candidate, endorsing the same candidate,
// being allied or on one slate, belonging to a faction or party), weighted by evidence.
import { UndirectedGraph } from 'graphology';

/** The relations read from Neo4j that a tie can rest on. */
export const TIE_RELATION_TYPES = ['ENDORSED', 'ALLIED_WITH', 'MEMBER_OF', 'HOLDS_POSITION'] as const;
export type TieRelationType = (typeof TIE_RELATION_TYPES)[number];

export interface AllianceNode {
  key: string;
  name: string;
  type: string;
  /** How many articles mention it: the last word when naming a bloc among equals. */
  articles?: number;
}

/** One relation in the graph, with the evidence that counts (inside the chosen span). */
export interface RelationTie {
  id: string;
  type: TieRelationType;
  source: string;
  target: string;
  weight: number;
}

export type TieKind = 'endorsed' | 'co-endorsed' | 'allied' | 'member';

/** Why two entities are tied: the relations behind it and, for co-endorsement, the candidate. */
export interface TieReason {
  kind: TieKind;
  weight: number;
  relations: string[];
  via?: string;
}

export interface AllianceEdge {
  weight: number;
  reasons: TieReason[];
}

export type AllianceGraph = UndirectedGraph<AllianceNode, AllianceEdge>;

const KIND_OF: Record<TieRelationType, TieKind> = {
  ENDORSED: 'endorsed',
  ALLIED_WITH: 'allied',
  MEMBER_OF: 'member',
  HOLDS_POSITION: 'member',
};

/** A candidate backed by very many endorsers would add n² pairs: the strongest ones are kept. */
const MAX_CO_ENDORSERS = 60;

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Builds the weighted, undirected projection. Nodes and edges are added in sorted order, so the
 * same relations always give the same graph (and the seeded Louvain the same blocs).
 */
export function buildAllianceGraph(nodes: AllianceNode[], ties: RelationTie[]): AllianceGraph {
  const graph: AllianceGraph = new UndirectedGraph();
  for (const node of [...nodes].sort(byKey)) if (!graph.hasNode(node.key)) graph.addNode(node.key, node);
  const sorted = ties
    .filter(
      (t) => t.weight > 0 && t.source !== t.target && graph.hasNode(t.source) && graph.hasNode(t.target),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pending = new Map<string, { a: string; b: string; reasons: TieReason[] }>();
  const add = (x: string, y: string, reason: TieReason) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = `${a}\u0000${b}`;
    const entry = pending.get(id) ?? { a, b, reasons: [] };
    entry.reasons.push(reason);
    pending.set(id, entry);
  };
  const endorsersOf = new Map<string, RelationTie[]>();
  for (const tie of sorted) {
    add(tie.source, tie.target, { kind: KIND_OF[tie.type], weight: tie.weight, relations: [tie.id] });
    if (tie.type === 'ENDORSED') {
      const list = endorsersOf.get(tie.target) ?? [];
      list.push(tie);
      endorsersOf.set(tie.target, list);
    }
  }
  for (const [candidate, list] of [...endorsersOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const strongest = [...list]
      .sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : 1))
      .slice(0, MAX_CO_ENDORSERS);
    for (let i = 0; i < strongest.length; i++)
      for (let j = i + 1; j < strongest.length; j++) {
        const [p, q] = [strongest[i] as RelationTie, strongest[j] as RelationTie];
        add(p.source, q.source, {
          kind: 'co-endorsed',
          weight: Math.min(p.weight, q.weight),
          relations: [p.id, q.id],
          via: candidate,
        });
      }
  }
  for (const [, { a, b, reasons }] of [...pending].sort(([x], [y]) => (x < y ? -1 : 1))) {
    reasons.sort((r, s) => s.weight - r.weight);
    graph.addEdge(a, b, { weight: reasons.reduce((n, r) => n + r.weight, 0), reasons });
  }
  return graph;
}

// Blocs: Louvain communities of the alliance graph, each named by its most central faction or
// party, with the strongest ties that hold it together.
import louvain from 'graphology-communities-louvain';
import type { AllianceGraph, AllianceNode, TieReason } from './alliance-graph.ts';
import { seededRandom } from './seeded-random.ts';

export interface BlocMember extends AllianceNode {
  /** Evidence-weighted ties to the bloc's other members. */
  strength: number;
}

export interface BlocTie {
  source: string;
  target: string;
  weight: number;
  reasons: TieReason[];
}

export interface Bloc {
  id: number;
  name: string;
  namedAfter: string;
  members: BlocMember[];
  /** Sum of the weights of the ties inside the bloc. */
  weight: number;
  ties: BlocTie[];
}

export interface BlocResult {
  blocs: Bloc[];
  blocOf: Map<string, number>;
  modularity: number;
}

export interface BlocOptions {
  seed?: number;
  /** How many of the strongest internal ties each bloc reports. */
  ties?: number;
}

/** Who may give a bloc its name, best first: a faction or party, then other bodies, then people. */
const NAMING_RANK: Record<string, number> = { Faction: 0, Party: 0, Union: 1, Organisation: 1 };
const rank = (type: string) => NAMING_RANK[type] ?? 2;

export function findBlocs(graph: AllianceGraph, options: BlocOptions = {}): BlocResult {
  if (graph.order === 0) return { blocs: [], blocOf: new Map(), modularity: 0 };
  const detailed =
    graph.size === 0
      ? { communities: Object.fromEntries(graph.nodes().map((n, i) => [n, i])), modularity: 0 }
      : louvain.detailed(graph, {
          getEdgeWeight: 'weight',
          rng: seededRandom(options.seed ?? 1),
        });
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    const list = groups.get(community) ?? [];
    list.push(node);
    groups.set(community, list);
  }
  const blocs: Bloc[] = [];
  for (const keys of groups.values()) {
    const inside = new Set(keys);
    const strength = new Map(keys.map((k) => [k, 0]));
    const ties: BlocTie[] = [];
    let weight = 0;
    graph.forEachEdge((_e, attrs, source, target) => {
      if (!inside.has(source) || !inside.has(target)) return;
      strength.set(source, (strength.get(source) ?? 0) + attrs.weight);
      strength.set(target, (strength.get(target) ?? 0) + attrs.weight);
      weight += attrs.weight;
      ties.push({ source, target, weight: attrs.weight, reasons: attrs.reasons });
    });
    const members = keys
      .map((k) => ({ ...graph.getNodeAttributes(k), strength: strength.get(k) ?? 0 }))
      .sort((a, b) => b.strength - a.strength || a.name.localeCompare(b.name));
    // Ties inside the bloc first; then ties anywhere, so equals inside are told apart by reach.
    const overall = (k: string) => graph.reduceEdges(k, (n, _e, attrs) => n + attrs.weight, 0);
    const head = [...members].sort(
      (a, b) =>
        rank(a.type) - rank(b.type) ||
        b.strength - a.strength ||
        overall(b.key) - overall(a.key) ||
        (b.articles ?? 0) - (a.articles ?? 0) ||
        a.name.localeCompare(b.name),
    )[0] as BlocMember;
    ties.sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
    blocs.push({
      id: 0,
      name: head.name,
      namedAfter: head.key,
      members,
      weight,
      ties: ties.slice(0, options.ties ?? 5),
    });
  }
  // Biggest blocs first; the numbering is stable because the graph and the seed are.
  blocs.sort(
    (a, b) => b.members.length - a.members.length || b.weight - a.weight || a.name.localeCompare(b.name),
  );
  const blocOf = new Map<string, number>();
  blocs.forEach((bloc, i) => {
    bloc.id = i;
    for (const m of bloc.members) blocOf.set(m.key, i);
  });
  return { blocs, blocOf, modularity: detailed.modularity };
}

// How much an entity matters on the overview: its relations weighted by evidence, so a faction
// cited in forty articles outranks one named once. Sizes, labels and the first view all use it.
import type Graph from 'graphology';

/**
 * Relation types that tie many entities to one hub (a faction's union, a person's party, an
 * election's union), with the share of a plain relation's pull they get in the layout.
 */
export const HUB_RELATIONS = new Map([
  ['ACTIVE_IN', 0.3],
  ['PART_OF', 0.3],
  ['MEMBER_OF', 0.25],
  ['ELECTION_OF', 0.5],
  ['HOLDS_POSITION', 0.5],
]);

/** Relations that large graphs open with hidden: one per pair of rivals, which every contest's
 * race board already shows, and which would tie every contest to every other. */
export const RIVALRY_RELATIONS = ['RAN_AGAINST', 'DEFEATED'];

export const edgeWeight = (attributes: Record<string, unknown>): number =>
  Math.max(1, Number(attributes.weight ?? attributes.evidenceCount ?? 1) || 1);

export function weightedDegrees(graph: Graph, drawn?: (edge: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, 0));
  graph.forEachEdge((e, a, s, t) => {
    if (drawn && !drawn(e)) return;
    const w = 1 + Math.log2(edgeWeight(a));
    out.set(s, (out.get(s) ?? 0) + w);
    out.set(t, (out.get(t) ?? 0) + w);
  });
  return out;
}

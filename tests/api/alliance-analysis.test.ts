// Blocs and centrality on small constructed graphs whose answers are known by hand.
import {
  type AllianceNode,
  buildAllianceGraph,
  centralities,
  findBlocs,
  type RelationTie,
  type TieRelationType,
} from '@caucus/api';
import { describe, expect, it } from 'vitest';

const node = (key: string, type = 'Person'): AllianceNode => ({ key, name: key, type });
let next = 0;
const tie = (type: TieRelationType, source: string, target: string, weight = 1): RelationTie => ({
  id: `r${next++}`,
  type,
  source,
  target,
  weight,
});

/** Two camps: four factions each backing their own candidates, and one thin alliance across. */
function twoCamps() {
  const left = ['L1', 'L2', 'L3', 'L4'];
  const right = ['R1', 'R2', 'R3', 'R4'];
  const nodes = [
    ...left.map((k) => node(k, 'Faction')),
    ...right.map((k) => node(k, 'Faction')),
    node('Lcand'),
    node('Lcand2'),
    node('Rcand'),
    node('Rcand2'),
  ];
  const ties = [
    ...left.flatMap((f) => [tie('ENDORSED', f, 'Lcand', 2), tie('ENDORSED', f, 'Lcand2')]),
    ...right.flatMap((f) => [tie('ENDORSED', f, 'Rcand', 2), tie('ENDORSED', f, 'Rcand2')]),
    tie('ALLIED_WITH', 'L1', 'R1', 1),
  ];
  return { nodes, ties };
}

describe('alliance graph', () => {
  it('ties co-endorsers with the smaller of their two endorsements, and keeps why', () => {
    const g = buildAllianceGraph(
      [node('A', 'Faction'), node('B', 'Party'), node('C')],
      [tie('ENDORSED', 'A', 'C', 3), tie('ENDORSED', 'B', 'C', 2)],
    );
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    const ab = g.getEdgeAttributes(g.edge('A', 'B') as string);
    expect(ab.weight).toBe(2);
    expect(ab.reasons).toEqual([{ kind: 'co-endorsed', weight: 2, relations: expect.any(Array), via: 'C' }]);
    expect(g.getEdgeAttribute(g.edge('A', 'C') as string, 'weight')).toBe(3);
  });

  it('adds up several reasons for one pair (an alliance and membership)', () => {
    const g = buildAllianceGraph(
      [node('P'), node('F', 'Faction')],
      [tie('ALLIED_WITH', 'P', 'F', 1), tie('MEMBER_OF', 'P', 'F', 4)],
    );
    const e = g.getEdgeAttributes(g.edge('P', 'F') as string);
    expect(e.weight).toBe(5);
    expect(e.reasons.map((r) => r.kind)).toEqual(['member', 'allied']);
  });
});

describe('findBlocs', () => {
  it('finds the two camps of a constructed graph, each named by a faction', () => {
    const { nodes, ties } = twoCamps();
    const { blocs, blocOf, modularity } = findBlocs(buildAllianceGraph(nodes, ties));
    expect(blocs).toHaveLength(2);
    expect(modularity).toBeGreaterThan(0.3);
    const members = blocs.map((b) => b.members.map((m) => m.key).sort());
    expect(members).toContainEqual(['L1', 'L2', 'L3', 'L4', 'Lcand', 'Lcand2']);
    expect(members).toContainEqual(['R1', 'R2', 'R3', 'R4', 'Rcand', 'Rcand2']);
    for (const b of blocs) expect(b.namedAfter).toMatch(/^[LR]\d$/);
    // L1 has the alliance across as well, so it is the most central of equals.
    expect(blocs.find((b) => b.members.some((m) => m.key === 'L2'))?.namedAfter).toBe('L1');
    expect(blocOf.get('L2')).toBe(blocOf.get('Lcand'));
    expect(blocOf.get('L2')).not.toBe(blocOf.get('R2'));
  });

  it('reports the strongest ties inside each bloc with their reasons', () => {
    const { nodes, ties } = twoCamps();
    const { blocs } = findBlocs(buildAllianceGraph(nodes, ties), { ties: 3 });
    for (const b of blocs) {
      expect(b.ties).toHaveLength(3);
      const inside = new Set(b.members.map((m) => m.key));
      for (const t of b.ties) expect(inside.has(t.source) && inside.has(t.target)).toBe(true);
      expect(b.ties[0]?.weight).toBeGreaterThanOrEqual(b.ties[2]?.weight ?? 0);
    }
  });

  it('gives the same blocs every run, and for several seeds on a clear structure', () => {
    const { nodes, ties } = twoCamps();
    const key = (seed: number) =>
      JSON.stringify(findBlocs(buildAllianceGraph(nodes, ties), { seed }).blocs.map((b) => b.members));
    expect(key(1)).toBe(key(1));
    expect(key(7)).toBe(key(1));
  });

  it('names a bloc by a faction or party before any person, even a better-connected one', () => {
    const g = buildAllianceGraph(
      [node('Hub'), node('Party', 'Party'), node('X'), node('Y')],
      [
        tie('ALLIED_WITH', 'Hub', 'X', 5),
        tie('ALLIED_WITH', 'Hub', 'Y', 5),
        tie('MEMBER_OF', 'Hub', 'Party', 1),
      ],
    );
    const { blocs } = findBlocs(g);
    expect(blocs).toHaveLength(1);
    expect(blocs[0]?.name).toBe('Party');
  });

  it('returns no blocs for an empty graph', () => {
    expect(findBlocs(buildAllianceGraph([], [])).blocs).toEqual([]);
  });
});

describe('centralities', () => {
  it('computes degree and normalised betweenness on a path of five (0, ½, ⅔, ½, 0)', () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const g = buildAllianceGraph(
      keys.map((k) => node(k)),
      keys.slice(1).map((k, i) => tie('ALLIED_WITH', keys[i] as string, k)),
    );
    const c = centralities(g);
    expect(keys.map((k) => c.get(k)?.degree)).toEqual([1, 2, 2, 2, 1]);
    const b = keys.map((k) => c.get(k)?.betweenness ?? -1);
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(0.5, 10);
    expect(b[2]).toBeCloseTo(2 / 3, 10);
    expect(b[3]).toBeCloseTo(0.5, 10);
    expect(b[4]).toBe(0);
  });

  it('puts the centre of a star on every shortest path, and weighs degree by evidence', () => {
    const leaves = ['p', 'q', 'r', 's'];
    const g = buildAllianceGraph(
      [node('hub', 'Faction'), ...leaves.map((k) => node(k))],
      leaves.map((k, i) => tie('ENDORSED', 'hub', k, i + 1)),
    );
    const c = centralities(g);
    expect(c.get('hub')).toMatchObject({ degree: 4, weightedDegree: 1 + 2 + 3 + 4, betweenness: 1 });
    for (const k of leaves) expect(c.get(k)?.betweenness).toBe(0);
    expect(c.get('s')).toMatchObject({ degree: 1, weightedDegree: 4 });
  });

  it('counts the blocs a broker reaches', () => {
    const { nodes, ties } = twoCamps();
    const g = buildAllianceGraph(nodes, ties);
    const { blocOf } = findBlocs(g);
    const c = centralities(g, blocOf);
    expect(c.get('L1')?.blocsReached).toBe(2);
    expect(c.get('L2')?.blocsReached).toBe(1);
    // The alliance L1–R1 is the only bridge: L1 and R1 carry the most betweenness.
    const top = [...c].sort((x, y) => y[1].betweenness - x[1].betweenness).map(([k]) => k);
    expect(top.slice(0, 2).sort()).toEqual(['L1', 'R1']);
  });
});

// Which entities a large graph opens on: the contests of the most recent years with their
// candidates, the unions they belong to and the strongest backers of each candidate; then the
// best-connected factions. A bigger budget takes more of the same list, so widening only adds.
import type Graph from 'graphology';
import { edgeWeight, weightedDegrees } from './importance.ts';

export interface FirstView {
  keys: Set<string>;
  /** How many contests it opens on, and the years they span. */
  contests: number;
  years: { from: number; to: number } | null;
  factions: number;
}

const CANDIDACY = new Set(['CANDIDATE_IN', 'ELECTED_IN']);
const BACKERS = 2;
const CANDIDATES = 6;

const yearOfElection = (graph: Graph, e: string): number => {
  const year = Number(graph.getNodeAttribute(e, 'year'));
  if (Number.isFinite(year) && year > 0) return year;
  let last = 0;
  graph.forEachEdge(e, (_k, a) => {
    last = Math.max(last, Number(String(a.lastDate ?? '').slice(0, 4)) || 0);
  });
  return last;
};

/** Neighbours joined to `node` by these relation types, strongest relation first. */
function linked(graph: Graph, node: string, types: Set<string>, direction: 'in' | 'out' | 'any'): string[] {
  const found = new Map<string, number>();
  const visit = (_e: string, a: Record<string, unknown>, s: string, t: string) => {
    if (!types.has(String(a.relType))) return;
    const other = s === node ? t : s;
    if (direction === 'in' && t !== node) return;
    if (direction === 'out' && s !== node) return;
    found.set(other, Math.max(found.get(other) ?? 0, edgeWeight(a)));
  };
  graph.forEachEdge(node, visit);
  return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

export function chooseFirstView(graph: Graph, budget: number): FirstView {
  const degree = weightedDegrees(graph);
  const keys = new Set<string>();
  const room = (share: number) => keys.size < budget * share;
  const add = (group: string[], share: number) => {
    const fresh = group.filter((k) => !keys.has(k));
    if (keys.size + fresh.length > budget * share) return false;
    for (const k of fresh) keys.add(k);
    return true;
  };
  const elections = graph
    .filterNodes((_n, a) => a.entityType === 'Election')
    .map((e) => ({ e, year: yearOfElection(graph, e) }))
    .sort(
      (a, b) => b.year - a.year || (degree.get(b.e) ?? 0) - (degree.get(a.e) ?? 0) || a.e.localeCompare(b.e),
    );
  let contests = 0;
  const years: number[] = [];
  for (const { e, year } of elections) {
    if (!room(0.65)) break;
    const candidates = linked(graph, e, CANDIDACY, 'in').slice(0, CANDIDATES);
    if (candidates.length === 0) continue;
    const group = [e, ...linked(graph, e, new Set(['ELECTION_OF']), 'out'), ...candidates];
    for (const c of candidates)
      group.push(...linked(graph, c, new Set(['ENDORSED']), 'in').slice(0, BACKERS));
    if (!add(group, 0.65)) continue;
    contests++;
    if (year) years.push(year);
  }
  const factions = graph
    .filterNodes((_n, a) => a.entityType === 'Faction')
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
  let factionCount = 0;
  for (const f of factions) {
    if (!room(0.9)) break;
    if (add([f, ...linked(graph, f, new Set(['ACTIVE_IN']), 'out').slice(0, 1)], 0.9)) factionCount++;
  }
  // The rest: the best-connected entities that touch what is already shown.
  const rest = graph
    .filterNodes((n) => !keys.has(n) && graph.degree(n) > 0)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
  for (const n of rest) {
    if (keys.size >= budget) break;
    if (graph.neighbors(n).some((m) => keys.has(m))) keys.add(n);
  }
  return {
    keys,
    contests,
    years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
    factions: factionCount,
  };
}

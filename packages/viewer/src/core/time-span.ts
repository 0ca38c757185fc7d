// The year span of the time slider: which relations were stated in it and the entities those
// relations join. The overview gives each relation the first and last dates of its evidence, so a
// relation is in a span when those years overlap it. Undated relations are in no span.
import type { CaucusGraph } from './graph-store.ts';

export interface YearSpan {
  from: number;
  to: number;
}

export interface TimeState extends YearSpan {
  edges: Set<string>;
  nodes: Set<string>;
}

const yearOf = (date: unknown): number | null =>
  typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;

/** The first and last years of a relation's dated evidence, or null when it has none. */
export function relationYears(a: Record<string, unknown>): YearSpan | null {
  const first = yearOf(a.firstDate);
  const last = yearOf(a.lastDate);
  if (first === null && last === null) return null;
  return { from: first ?? (last as number), to: last ?? (first as number) };
}

/** The first and last years any loaded relation's evidence is dated in; null when none is dated. */
export function yearBounds(graph: CaucusGraph): YearSpan | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  graph.forEachEdge((_e, a) => {
    const years = relationYears(a);
    if (!years) return;
    from = Math.min(from, years.from);
    to = Math.max(to, years.to);
  });
  return Number.isFinite(from) ? { from, to } : null;
}

export function computeTimeState(graph: CaucusGraph, span: YearSpan): TimeState {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    const years = relationYears(a);
    if (!years || years.to < span.from || years.from > span.to) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { ...span, edges, nodes };
}

/** The span after one step of "play": the window moves a year on; a full span starts at one year. */
export function nextSpan(span: YearSpan, bounds: YearSpan): YearSpan | null {
  if (span.from <= bounds.from && span.to >= bounds.to) return { from: bounds.from, to: bounds.from };
  if (span.to >= bounds.to) return null;
  return { from: span.from + 1, to: span.to + 1 };
}

export function parseYears(text: string | null): YearSpan | null {
  const m = /^(\d{4})-(\d{4})$/.exec(text ?? '');
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

// The year span of the time slider: which relations were stated in it (an article dated inside
// the span cites them) and the entities those relations join. Undated relations are in no span.
import type { CaucusGraph } from './graph-store.ts';

export interface YearSpan {
  from: number;
  to: number;
}

export interface TimeState extends YearSpan {
  edges: Set<string>;
  nodes: Set<string>;
}

const yearsOf = (dates: unknown): number[] =>
  (Array.isArray(dates) ? dates : [])
    .filter((d): d is string => typeof d === 'string' && /^\d{4}/.test(d))
    .map((d) => Number(d.slice(0, 4)));

/** The first and last years any loaded relation's evidence is dated in; null when none is dated. */
export function yearBounds(graph: CaucusGraph): YearSpan | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  graph.forEachEdge((_e, a) => {
    for (const y of yearsOf(a.articleDates)) {
      from = Math.min(from, y);
      to = Math.max(to, y);
    }
  });
  return Number.isFinite(from) ? { from, to } : null;
}

export function computeTimeState(graph: CaucusGraph, span: YearSpan): TimeState {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!yearsOf(a.articleDates).some((y) => y >= span.from && y <= span.to)) return;
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

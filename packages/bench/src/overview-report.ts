// The overview lines of the benchmark's table.
import type { OverviewFigures } from './measure/overview-bench.ts';

const f = (n: number | null, d = 0) => (n !== null && Number.isFinite(n) ? n.toFixed(d) : 'n/a');

export function formatOverview(o: OverviewFigures | undefined): string[] {
  if (!o) return [];
  const p = o.payload;
  const lines = [
    '',
    `Overview (GET /api/graph: ${p.nodes} entities, ${p.edges} relations)   value          target`,
    `  payload                       ${f(p.bytes / 1e6, 2)} MB (graphology form ${f(p.graphologyBytes / 1e6, 1)} MB)   ≤ 2 MB`,
    `  GET /api/graph                ${f(p.firstMs)} ms first, ${f(p.warmMs)} ms after   ≤ 5× stats`,
    `  GET /api/stats                ${f(p.statsMs)} ms`,
    '',
    'First settled view              entities  shown  edges  overlap  edge ratio  settled   target',
  ];
  for (const v of o.views)
    lines.push(
      `  ${v.label.padEnd(30)}${String(v.entities).padStart(8)}${String(v.visibleNodes).padStart(7)}${String(v.visibleEdges).padStart(7)}${`${f(v.overlapShare * 100, 1)}%`.padStart(9)}${f(v.edgeLengthRatio, 3).padStart(12)}${`${f(v.settledMs)} ms`.padStart(10)}   < 5%, ≤ 0.35`,
    );
  return lines;
}

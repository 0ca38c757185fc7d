// The benchmark's figures as a plain table, next to their targets.
import { formatOverview } from './overview-report.ts';
import type { BenchResults } from './run-bench.ts';

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

/** p95 as a multiple of the health endpoint's p95 on the same run (the ceiling on this machine). */
const API_TARGETS: Record<string, number> = { search: 2, entity: 3, neighbours: 5, paths: 5, links: 5 };

/** Every chunk's seconds for short runs; for long ones the first, a spread and the last ten. */
function perThousand(seconds: number[]): string {
  if (seconds.length <= 20) return seconds.map((s) => f(s)).join(', ');
  const sorted = [...seconds].sort((a, b) => a - b);
  const q = (p: number) => f(sorted[Math.floor(p * (sorted.length - 1))] as number);
  return `first ${f(seconds[0] as number)}; median ${q(0.5)}, p90 ${q(0.9)}, max ${q(1)}; every 10th: ${seconds
    .filter((_s, i) => i % 10 === 9)
    .map((s) => f(s))
    .join(', ')}`;
}

export function formatReport(r: BenchResults): string {
  const e = r.extraction;
  const lines = [
    `Caucus benchmark — ${r.size} articles, seed ${r.seed}, ${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.platform}`,
    '',
    'Extraction                      value            target',
    `  one core                      ${f(e.oneCore.articlesPerSecond)} articles/s (${f(e.oneCore.megabytesPerSecond, 2)} MB/s)   ≥ 100 articles/s per core`,
    `  ${e.allCores.workers} worker threads              ${f(e.allCores.articlesPerSecond)} articles/s (${f(e.allCores.megabytesPerSecond, 2)} MB/s)`,
    `  peak RSS                      ${f(e.peakRssMb, 0)} MB`,
    `  F1 on the synthetic truth     entity ${f(e.entityF1, 3)}, relation ${f(e.relationF1, 3)}`,
    `  real articles, one core       ${f(r.realExtraction.articlesPerSecond)} articles/s (${r.realExtraction.articles} distinct)   ≥ 100 articles/s`,
    '',
    'Ingest into Neo4j',
    `  articles/s                    ${f(r.ingest.articlesPerSecond)}`,
    `  nodes/s, relationships/s      ${f(r.ingest.nodesPerSecond, 0)}, ${f(r.ingest.relationshipsPerSecond, 0)}`,
    `  seconds per 1 000 articles    ${perThousand(r.ingest.secondsPer1000)}`,
    `  memory                        peak RSS ${f(r.ingest.peakRssMb, 0)} MB (Node), Neo4j heap ${f(r.ingest.neo4jHeapMb, 0)} MB in use at most`,
    `  end to end (read+extract+write) ${f(r.ingest.endToEndSeconds)} s                ≤ 180 s for 10 000`,
    `  raw UNWIND…CREATE limit       ${f(r.rawWrite.rowsPerSecond, 0)} rows/s (${r.rawWrite.nodes} nodes, ${r.rawWrite.relationships} rels in ${f(r.rawWrite.seconds, 2)} s)`,
    `  ingest as share of the limit  ${f(r.rawWrite.ingestShare * 100, 0)}%                   ≥ 40%`,
    '',
    'API, 20 concurrent clients      p50 ms   p95 ms   p99 ms   req/s   errors   p95 ÷ ceiling   target',
  ];
  const ceiling = r.api.find((a) => a.endpoint.startsWith('health'))?.p95 ?? Number.NaN;
  for (const a of r.api) {
    const target = API_TARGETS[a.endpoint];
    lines.push(
      `  ${a.endpoint.padEnd(30)}${f(a.p50).padStart(6)}${f(a.p95).padStart(9)}${f(a.p99).padStart(9)}${f(a.requestsPerSecond, 0).padStart(8)}${String(a.errors).padStart(9)}${`${f(a.p95 / ceiling)}×`.padStart(16)}   ${target ? `≤ ${target}×` : ''}`,
    );
  }
  const b = r.blocs;
  lines.push(
    '',
    `Blocs (${b.nodes} entities, ${b.ties} ties, ${b.blocs} blocs, modularity ${f(b.modularity, 3)})   value       target`,
    `  GET /api/blocs, all unions    ${f(b.allMs, 0)} ms (first ${f(b.allFirstMs, 0)} ms)   ≤ 2000 ms at 10 000 articles`,
    `    of which seeded Louvain     ${f(b.louvainMs, 1)} ms`,
    `  GET /api/blocs, one union     ${f(b.unionMs, 0)} ms`,
    `  GET /api/influence, all       ${f(b.influenceMs, 0)} ms`,
  );
  lines.push('', 'Viewer (headless Chromium)      first render   frame p50   frame p95   FA2 it/s   target');
  for (const v of r.viewer) {
    lines.push(
      `  ${`${v.nodes}/${v.edges}`.padEnd(30)}${`${f(v.firstRenderMs, 0)} ms`.padStart(12)}${`${f(v.frameMsP50)} ms`.padStart(12)}${`${f(v.frameMsP95)} ms`.padStart(12)}${f(v.fa2IterationsPerSecond).padStart(11)}   ${v.nodes >= 10000 ? '≤ 1500 ms first render' : ''}`,
    );
  }
  lines.push(...formatOverview(r.overview));
  return lines.join('\n');
}

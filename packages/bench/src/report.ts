// The benchmark's figures as a plain table, next to their targets.
import { formatOverview } from './overview-report.ts';
import type { BenchResults } from './run-bench.ts';

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

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
    `  seconds per 1 000 articles    ${r.ingest.secondsPer1000.map((s) => f(s)).join(', ')}`,
    `  end to end (read+extract+write) ${f(r.ingest.endToEndSeconds)} s                ≤ 180 s for 10 000`,
    `  raw UNWIND…CREATE limit       ${f(r.rawWrite.rowsPerSecond, 0)} rows/s (${r.rawWrite.nodes} nodes, ${r.rawWrite.relationships} rels in ${f(r.rawWrite.seconds, 2)} s)`,
    `  ingest as share of the limit  ${f(r.rawWrite.ingestShare * 100, 0)}%                   ≥ 50%`,
    '',
    'API, 20 concurrent clients      p50 ms   p95 ms   p99 ms   req/s   errors   target p95',
  ];
  for (const a of r.api) {
    const target = /search|entity/.test(a.endpoint)
      ? '≤ 20 ms'
      : /paths|links/.test(a.endpoint)
        ? '≤ 100 ms'
        : '';
    lines.push(
      `  ${a.endpoint.padEnd(30)}${f(a.p50).padStart(6)}${f(a.p95).padStart(9)}${f(a.p99).padStart(9)}${f(a.requestsPerSecond, 0).padStart(8)}${String(a.errors).padStart(9)}   ${target}`,
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

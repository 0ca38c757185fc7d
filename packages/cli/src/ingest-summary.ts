// The summary every ingest ends with: what was written, skipped and refused, and why.
import type { IngestSummary } from '@caucus/ingest';

export function printIngestSummary(s: IngestSummary): void {
  const c = s.counts;
  console.log(
    `ingested ${s.ingested.length}, replaced ${s.replaced.length}, unchanged ${s.unchanged.length}, failed ${s.failed.length}, copies ${s.duplicates.length} ` +
      `in ${s.seconds.toFixed(1)}s; nodes created ${c.nodesCreated}, relationships created ${c.relationshipsCreated}, ` +
      `properties set ${c.propertiesSet}, relationships deleted ${c.relationshipsDeleted}, nodes deleted ${c.nodesDeleted}`,
  );
  for (const d of s.duplicates)
    console.log(
      `  copy ${d.path}: same article as ${d.ofPath} (similarity ${d.similarity.toFixed(2)}); stored once`,
    );
  if (s.curationChanges > 0)
    console.log(`curations re-applied: ${s.curationChanges} mention(s) or relation(s) corrected`);
  for (const f of s.failed) console.error(`  failed ${f.path}: ${f.reason}`);
}

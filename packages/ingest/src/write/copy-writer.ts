// Syndicated copies join the article they copy: their URLs are added to its `urls` and a note of
// each copy (where, title, publisher, similarity) to its `copies`. No evidence is written for a
// copy, so a claim republished on three sites is still one piece of evidence.
import type { WriteTx } from './write-transaction.ts';

export interface CopyRow {
  id: string;
  urls: string[];
  /** JSON: path, url, title, date, source, similarity. */
  copy: string;
}

export async function writeCopies(tx: WriteTx, rows: CopyRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.id})
     WITH a, row, coalesce(a.urls, [a.path]) AS known
     SET a.urls = known + [u IN row.urls WHERE NOT u IN known],
         a.copies = coalesce(a.copies, []) + row.copy`,
    { rows },
  );
  return result.summary.counters.updates().propertiesSet;
}

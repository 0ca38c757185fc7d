// The curation operations the API offers: record a correction and apply it at once, or undo one
// (rebuilding what it touched from the stored articles, then re-applying the rest).
import type { Curation, CurationKind, CurationPayloads } from '@caucus/graph';
import type { Driver } from 'neo4j-driver';
import { applyCuration, applyCurations } from './apply-curations.ts';
import { createCuration, markUndone } from './curation-store.ts';
import { rebuildArticles, storedArticlesMentioning } from './rebuild-articles.ts';

export async function curate<K extends CurationKind>(
  driver: Driver,
  database: string | undefined,
  kind: K,
  payload: CurationPayloads[K],
  who: string,
  why: string,
): Promise<{ curation: Curation<K>; changed: number }> {
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(async (tx) => {
      const curation = await createCuration(tx, kind, payload, who, why);
      return { curation, changed: await applyCuration(tx, curation) };
    });
  } finally {
    await session.close();
  }
}

export async function undoCuration(
  driver: Driver,
  database: string | undefined,
  id: string,
  who: string,
): Promise<{ curation: Curation; rebuilt: number } | null> {
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  let curation: Curation | null;
  let keys: string[];
  try {
    ({ curation, keys } = await session.executeWrite(async (tx) => {
      const c = await markUndone(tx, id, who);
      const k = await tx.run('MATCH (c:Curation {id: $id}) RETURN c.keys AS keys', { id });
      return { curation: c, keys: (k.records[0]?.get('keys') as string[] | undefined) ?? [] };
    }));
  } finally {
    await session.close();
  }
  if (!curation) return null;
  const articles = await storedArticlesMentioning(driver, database, keys);
  await rebuildArticles(driver, database, articles);
  // A curation with nothing to rebuild (its entities are gone) still leaves the rest applied.
  if (articles.length === 0) await applyCurations(driver, database);
  return { curation, rebuilt: articles.length };
}

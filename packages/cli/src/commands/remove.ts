// `caucus remove ARTICLE_ID...`: remove articles' evidence, and whatever is left without any.
import { removeArticleIds } from '@caucus/ingest';
import { openDatabase } from '@caucus/neo4j-local';
import { UsageError } from '../usage-error.ts';

export async function runRemove(args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('remove needs at least one ARTICLE_ID');
  const bad = args.find((id) => !/^[0-9a-f]{16}$/.test(id));
  if (bad)
    throw new UsageError(`"${bad}" is not an article id (16 hex digits, as shown by GET /api/articles)`);
  const db = await openDatabase({ log: (l) => console.error(l) });
  try {
    const removed = await removeArticleIds(db.driver, args, db.config.database);
    console.log(
      `removed ${removed.articles} of ${args.length} articles; deleted ${removed.relationshipsDeleted} relationships and ${removed.nodesDeleted} entities left without evidence`,
    );
    return removed.articles === args.length ? 0 : 1;
  } finally {
    await db.close();
  }
}

// Undo: the articles that mention the entities a curation touched are read again from the text
// stored on their :Article nodes, so the graph is what extraction alone gives, and then every
// curation still active is applied again (by the ingest that rebuilds them).
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Article } from '../read/read-article.ts';
import { ingestArticles, removeArticleIds } from '../write/ingest-articles.ts';

export async function storedArticlesMentioning(
  driver: Driver,
  database: string | undefined,
  keys: string[],
): Promise<Article[]> {
  const result = await driver.executeQuery(
    `MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE n.key IN $keys
     RETURN DISTINCT a {.id, .sha256, .path, .title, .date, .source, .text} AS a ORDER BY a.id`,
    { keys },
    { database },
  );
  return result.records.map((r) => {
    const a = r.get('a') as Omit<Article, 'stem' | 'fileName'>;
    const fileName = path.basename(a.path);
    return { ...a, fileName, stem: fileName.replace(/\.[^.]+$/, '') };
  });
}

export async function rebuildArticles(driver: Driver, database: string | undefined, articles: Article[]) {
  await removeArticleIds(
    driver,
    articles.map((a) => a.id),
    database,
  );
  return ingestArticles(articles, { driver, database });
}

// Removes articles and everything only they supported: their evidence on every edge, edges left
// without evidence, MENTIONS, and entities no article mentions any more.

import { REFRESH_NAMES, SET_RELATION_SUMMARY } from './graph-writer.ts';
import type { WriteTx } from './write-transaction.ts';

export interface RemoveCounts {
  articles: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
}

export async function removeArticles(tx: WriteTx, ids: string[]): Promise<RemoveCounts> {
  if (ids.length === 0) return { articles: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
  // Edges touching an entity the articles mention: drop the articles' evidence from them.
  const edges = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Article {id: id})-[:MENTIONS]->(n)-[r]-()
     WHERE type(r) <> 'MENTIONS' AND any(a IN r.articleIds WHERE a IN $ids)
     WITH DISTINCT r
     WITH r, [i IN range(0, size(r.evidence) - 1) WHERE NOT r.evidenceArticleIds[i] IN $ids] AS keepEvidence,
             [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN $ids] AS keepArticles
     SET r.evidence = [i IN keepEvidence | r.evidence[i]],
         r.evidenceArticleIds = [i IN keepEvidence | r.evidenceArticleIds[i]],
         // Edges written before attribution was kept have no voices: they stay without.
         r.evidenceVoices = CASE WHEN r.evidenceVoices IS NULL THEN null ELSE [i IN keepEvidence | r.evidenceVoices[i]] END,
         r.evidencePartisan = CASE WHEN r.evidencePartisan IS NULL THEN null ELSE [i IN keepEvidence | r.evidencePartisan[i]] END,
         r.articleDates = [i IN keepArticles | r.articleDates[i]],
         r.articleIds = [i IN keepArticles | r.articleIds[i]]
     ${SET_RELATION_SUMMARY}
     WITH r WHERE size(r.articleIds) = 0
     DELETE r`,
    { ids },
  );
  const touched = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
     WITH a, collect(n.key) AS keys
     DETACH DELETE a
     RETURN keys`,
    { ids },
  );
  const keys = [...new Set(touched.records.flatMap((r) => r.get('keys') as string[]))];
  const orphans = await tx.run(
    `UNWIND $keys AS key
     MATCH (n:Entity {key: key})
     WHERE NOT (n)<-[:MENTIONS]-()
     DETACH DELETE n`,
    { keys },
  );
  await tx.run(REFRESH_NAMES, { keys });
  return {
    articles: touched.records.length,
    relationshipsDeleted:
      edges.summary.counters.updates().relationshipsDeleted +
      orphans.summary.counters.updates().relationshipsDeleted,
    nodesDeleted: orphans.summary.counters.updates().nodesDeleted,
  };
}

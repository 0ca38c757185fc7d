// Removes articles and everything only they supported: their evidence on every edge, edges left
// without evidence, MENTIONS, and entities no article mentions any more.

import { deleteEntity, edgeById, SET_RELATION_SUMMARY } from '@caucus/graph/neo4j';
import { REFRESH_NAMES } from './graph-writer.ts';
import type { WriteTx } from './write-transaction.ts';

export interface RemoveCounts {
  articles: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
}

export async function removeArticles(tx: WriteTx, ids: string[]): Promise<RemoveCounts> {
  if (ids.length === 0) return { articles: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
  // The articles' :Evidence nodes go; each edge they were on is summed up again from what is left.
  const edges = await tx.run(
    `UNWIND $ids AS id
     MATCH (ev:Evidence {article: id})
     WITH ev, ev.edge AS edgeId
     DELETE ev
     WITH DISTINCT edgeId
     ${edgeById('edgeId')}
     ${SET_RELATION_SUMMARY}
     WITH r WHERE r.articleCount = 0
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
     ${deleteEntity('n')}`,
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

// Writes batches of articles in one managed transaction each: UNWIND over rows, MERGE on
// constraint-backed keys. A batch is all or nothing, so a crash never leaves half an article.
// Labels and relationship types come from the ontology's closed vocabularies, never from input.
import { ENTITY_TYPES, RELATION_TYPES } from '@caucus/graph';
import type { ManagedTransaction } from 'neo4j-driver';
import type { WriteRows } from './write-rows.ts';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

async function run(
  tx: ManagedTransaction,
  counts: WriteCounts,
  query: string,
  params: Record<string, unknown>,
) {
  const result = await tx.run(query, params);
  const c = result.summary.counters.updates();
  counts.nodesCreated += c.nodesCreated;
  counts.relationshipsCreated += c.relationshipsCreated;
  counts.propertiesSet += c.propertiesSet;
  return result;
}

const ENTITY_QUERIES = new Map(
  ENTITY_TYPES.map((label) => [
    label,
    `UNWIND $rows AS row
     MERGE (n:Entity:${label} {key: row.key})
     ON CREATE SET n.name = row.name, n.type = '${label}', n.scope = row.scope, n += row.properties
     // The most complete name wins: "LANAC" gives way to its expansion, and stays an alias.
     WITH n, row, n.name AS before
     SET n.name = CASE WHEN size(row.name) > size(n.name) AND row.name <> toUpper(row.name) THEN row.name ELSE n.name END
     SET n.aliases = CASE WHEN before <> n.name THEN [x IN coalesce(n.aliases, []) WHERE x <> n.name] + before ELSE n.aliases END`,
  ]),
);

/**
 * Per-edge summaries kept next to the evidence lists, so overviews and time filters read four
 * numbers instead of every article date. `r` is the edge just changed.
 */
export const relationSummary = (r: string) => `
  SET ${r}.evidenceCount = size(${r}.evidence),
      ${r}.articleCount = size(${r}.articleIds),
      ${r}.firstDate = reduce(m = null, d IN ${r}.articleDates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d < m THEN d ELSE m END),
      ${r}.lastDate = reduce(m = null, d IN ${r}.articleDates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d > m THEN d ELSE m END),
      ${r}.sourceCount = size(reduce(acc = [], v IN coalesce(${r}.evidenceVoices, []) | CASE WHEN v IN acc THEN acc ELSE acc + v END)),
      ${r}.independentSourceCount = size(reduce(acc = [], i IN range(0, size(coalesce(${r}.evidenceVoices, [])) - 1) |
        CASE WHEN ${r}.evidencePartisan[i] OR ${r}.evidenceVoices[i] IN acc THEN acc ELSE acc + ${r}.evidenceVoices[i] END))`;

export const SET_RELATION_SUMMARY = relationSummary('r');

// A batch retried after a commit that did land finds its article already on the edge: each
// article's facts are appended once, so the retry adds nothing twice.
const RELATION_QUERIES = new Map(
  RELATION_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (s:Entity {key: row.source})
     MATCH (t:Entity {key: row.target})
     MERGE (s)-[r:${type}]->(t)
     WITH r, row WHERE NOT row.articleId IN coalesce(r.articleIds, [])
     SET r.evidence = coalesce(r.evidence, []) + row.evidence,
         r.evidenceArticleIds = coalesce(r.evidenceArticleIds, []) + [x IN row.evidence | row.articleId],
         r.evidenceVoices = coalesce(r.evidenceVoices, []) + row.voices,
         r.evidencePartisan = coalesce(r.evidencePartisan, []) + row.partisan,
         r.articleIds = coalesce(r.articleIds, []) + row.articleId,
         r.articleDates = coalesce(r.articleDates, []) + coalesce(row.articleDate, ''),
         r.confidence = CASE WHEN coalesce(r.confidence, 0) > row.confidence THEN r.confidence ELSE row.confidence END,
         r += row.properties
     ${SET_RELATION_SUMMARY}`,
  ]),
);

/**
 * A new article's names join its entities' aliases and name keys. Only new articles pass here
 * (unchanged ones are skipped, edited ones removed first), so adding is exact, and it costs the
 * same however many articles already mention an entity.
 */
const ADD_NAMES = `
  UNWIND $rows AS row
  MATCH (n:Entity {key: row.key})
  SET n.aliases = coalesce(n.aliases, []) + [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])],
      n.nameKeys = coalesce(n.nameKeys, []) + [x IN row.nameKeys WHERE NOT x IN coalesce(n.nameKeys, [])],
      n.articleCount = coalesce(n.articleCount, 0) + 1
  SET n.aliasText = reduce(s = n.name, x IN n.aliases | s + ' | ' + x)`;

/** Names, aliases and the name keys used for resolution, recomputed from what the articles said. */
export const REFRESH_NAMES = `
  UNWIND $keys AS key
  MATCH (n:Entity {key: key})
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
  WITH n, collect(m.names) AS lists, collect(m.nameKeys) AS keyLists, count(m) AS articles
  WITH n, articles,
       reduce(acc = [], l IN lists | acc + [x IN l WHERE NOT x IN acc]) AS names,
       reduce(acc = [], l IN keyLists | acc + [x IN l WHERE NOT x IN acc]) AS nameKeys
  SET n.aliases = [x IN names WHERE x <> n.name],
      n.aliasText = reduce(s = n.name, x IN [x IN names WHERE x <> n.name] | s + ' | ' + x),
      n.nameKeys = nameKeys,
      n.articleCount = articles`;

export async function writeBatch(tx: ManagedTransaction, rows: WriteRows): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  await run(
    tx,
    counts,
    'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props, a.ingestedAt = datetime()',
    {
      rows: rows.articles,
    },
  );
  for (const [label, list] of rows.entities)
    await run(tx, counts, ENTITY_QUERIES.get(label) as string, { rows: list });
  await run(
    tx,
    counts,
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MATCH (n:Entity {key: row.key})
     MERGE (a)-[m:MENTIONS]->(n)
     SET m.count = row.count, m.names = row.names, m.nameKeys = row.nameKeys, m.spans = row.spans, m.resolvedBy = row.resolvedBy,
         m.method = row.method, m.confidence = row.confidence, m.provenance = row.provenance`,
    { rows: rows.mentions },
  );
  await run(tx, counts, ADD_NAMES, { rows: rows.mentions });
  for (const [type, list] of rows.relations)
    await run(tx, counts, RELATION_QUERIES.get(type) as string, { rows: list });
  return counts;
}

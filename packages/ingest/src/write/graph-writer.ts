// Writes batches of articles in one managed transaction each: UNWIND over rows, MERGE on
// constraint-backed keys. A batch is all or nothing, so a crash never leaves half an article.
// Labels and relationship types come from the ontology's closed vocabularies, never from input.
import { ENTITY_TYPES, RELATION_TYPES } from '@caucus/graph';
import type { WriteRows } from './write-rows.ts';
import type { WriteTx } from './write-transaction.ts';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/**
 * Entities of one label: MERGE on the key, then this batch's names join the aliases and name
 * keys. Only new articles pass here (unchanged ones are skipped, edited ones removed first), so
 * adding is exact, and it costs the same however many articles already mention an entity.
 */
const entityPass = (label: string) => `
  CALL {
    UNWIND $batch.entities.${label} AS row
    MERGE (n:Entity:${label} {key: row.key})
    ON CREATE SET n.name = row.name, n.type = '${label}', n.scope = row.scope, n += row.properties
    // The most complete name wins: "LANAC" gives way to its expansion, and stays an alias.
    WITH n, row, n.name AS before,
         CASE WHEN size(row.name) > size(n.name) AND row.name <> toUpper(row.name) THEN row.name ELSE n.name END AS name
    WITH n, row, name,
         CASE WHEN before <> name THEN [x IN coalesce(n.aliases, []) WHERE x <> name] + before ELSE coalesce(n.aliases, []) END AS kept
    WITH n, row, name, kept + [x IN row.names WHERE x <> name AND NOT x IN kept] AS aliases,
         [x IN row.nameKeys WHERE NOT x IN coalesce(n.nameKeys, [])] AS newKeys
    SET n.articleCount = coalesce(n.articleCount, 0) + row.articles
    // Names are written only when they change: each write of aliasText updates the full-text index.
    WITH n, name, aliases, newKeys
    WHERE name <> n.name OR aliases <> coalesce(n.aliases, []) OR size(newKeys) > 0 OR n.aliasText IS NULL
    SET n.name = name, n.aliases = aliases, n.nameKeys = coalesce(n.nameKeys, []) + newKeys,
        n.aliasText = reduce(s = name, x IN aliases | s + ' | ' + x)
  }`;

/**
 * Per-edge summaries kept next to the evidence lists, so overviews and time filters read a few
 * numbers instead of every article date: recomputed in full where evidence is taken away
 * (removals, curations). `r` is the edge just changed.
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

/**
 * The edges of one type. A batch is one transaction, so a batch retried after a commit that did
 * land finds its first article already on the edge, and adds nothing twice. The summaries are
 * updated from the new pieces alone: the work per edge grows with the batch, not with the
 * edge's history (apart from the append itself).
 */
const relationPass = (type: string) => `
  CALL {
    UNWIND $batch.relations.${type} AS row
    MATCH (s:Entity {key: row.source})
    MATCH (t:Entity {key: row.target})
    MERGE (s)-[r:${type}]->(t)
    WITH r, row, coalesce(r.evidenceVoices, []) AS voices, coalesce(r.evidencePartisan, []) AS partisan
    WHERE NOT row.articleIds[0] IN coalesce(r.articleIds, [])
    WITH r, row, voices, partisan,
         reduce(acc = [], v IN row.voices | CASE WHEN v IN voices OR v IN acc THEN acc ELSE acc + v END) AS newVoices,
         reduce(acc = [], i IN range(0, size(row.voices) - 1) |
           CASE WHEN row.partisan[i] OR row.voices[i] IN acc
                  OR any(j IN range(0, size(voices) - 1) WHERE voices[j] = row.voices[i] AND NOT partisan[j])
                THEN acc ELSE acc + row.voices[i] END) AS newIndependent,
         [d IN row.articleDates WHERE d <> ''] AS dates
    SET r.evidence = coalesce(r.evidence, []) + row.evidence,
        r.evidenceArticleIds = coalesce(r.evidenceArticleIds, []) + row.evidenceArticleIds,
        r.evidenceVoices = voices + row.voices,
        r.evidencePartisan = partisan + row.partisan,
        r.articleIds = coalesce(r.articleIds, []) + row.articleIds,
        r.articleDates = coalesce(r.articleDates, []) + row.articleDates,
        r.confidence = CASE WHEN coalesce(r.confidence, 0) > row.confidence THEN r.confidence ELSE row.confidence END,
        r.evidenceCount = coalesce(r.evidenceCount, 0) + size(row.evidence),
        r.articleCount = coalesce(r.articleCount, 0) + size(row.articleIds),
        r.firstDate = reduce(m = r.firstDate, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
        r.lastDate = reduce(m = r.lastDate, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
        r.sourceCount = coalesce(r.sourceCount, 0) + size(newVoices),
        r.independentSourceCount = coalesce(r.independentSourceCount, 0) + size(newIndependent),
        r += row.properties
  }`;

/**
 * The whole batch in one statement: articles, entities by label (with their names), MENTIONS,
 * edges by type. Every label and type has its pass (an empty list costs nothing), so there is
 * one query text to plan, and `warmWriter` has it planned before the first batch.
 */
export const WRITE_BATCH = `
  CYPHER replan=skip
  CALL {
    UNWIND $batch.articles AS row
    MERGE (a:Article {id: row.id})
    SET a += row.props, a.ingestedAt = datetime()
  }
  ${ENTITY_TYPES.map(entityPass).join('\n')}
  CALL {
    UNWIND $batch.mentions AS row
    MATCH (a:Article {id: row.articleId})
    MATCH (n:Entity {key: row.key})
    MERGE (a)-[m:MENTIONS]->(n)
    SET m.count = row.count, m.names = row.names, m.nameKeys = row.nameKeys, m.spans = row.spans, m.resolvedBy = row.resolvedBy,
        m.method = row.method, m.confidence = row.confidence, m.provenance = row.provenance
  }
  ${RELATION_TYPES.map(relationPass).join('\n')}
  RETURN 1 AS done`;

export function batchParams(rows: WriteRows) {
  return {
    batch: {
      articles: rows.articles,
      entities: Object.fromEntries(ENTITY_TYPES.map((label) => [label, rows.entities.get(label) ?? []])),
      mentions: rows.mentions,
      relations: Object.fromEntries(RELATION_TYPES.map((type) => [type, rows.relations.get(type) ?? []])),
    },
  };
}

export async function writeBatch(tx: WriteTx, rows: WriteRows): Promise<WriteCounts> {
  const result = await tx.run(WRITE_BATCH, batchParams(rows));
  const c = result.summary.counters.updates();
  return {
    nodesCreated: c.nodesCreated,
    relationshipsCreated: c.relationshipsCreated,
    propertiesSet: c.propertiesSet,
  };
}

const WARM = '\u0000warm';

/**
 * Plans and compiles the batch statement, so that the first batch does not pay for it (6–7 s):
 * with a row in every list, as real batches have, in a transaction the caller rolls back.
 */
export async function warmWriter(tx: WriteTx): Promise<void> {
  // One key per label: the key is unique across :Entity.
  const entity = (label: string) => ({
    key: `${WARM}${label}`,
    name: 'warm',
    scope: null,
    properties: {},
    names: ['warm'],
    nameKeys: ['warm'],
    articles: 1,
  });
  const edge = {
    source: `${WARM}Person`,
    target: `${WARM}Union`,
    articleIds: [WARM],
    articleDates: [''],
    evidence: ['{}'],
    evidenceArticleIds: [WARM],
    voices: ['warm'],
    partisan: [false],
    confidence: 0,
    properties: {},
  };
  const mention = {
    articleId: WARM,
    key: `${WARM}Person`,
    count: 1,
    names: ['warm'],
    spans: [0, 1],
    nameKeys: ['warm'],
    resolvedBy: 'warm',
    method: 'warm',
    confidence: 0,
    provenance: ['{}'],
  };
  await tx.run(WRITE_BATCH, {
    batch: {
      articles: [{ id: WARM, props: { id: WARM, path: WARM, title: 'warm' } }],
      entities: Object.fromEntries(ENTITY_TYPES.map((label) => [label, [entity(label)]])),
      mentions: [mention],
      relations: Object.fromEntries(RELATION_TYPES.map((type) => [type, [edge]])),
    },
  });
}

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

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
 * The edges of one type, each with one :Evidence node per citing article. A batch is one
 * transaction, so a batch retried after a commit that did land finds its first article's node
 * already there, and adds nothing twice. The summaries and the voice tally are updated from the
 * new pieces alone: the work per edge grows with the batch, never with the edge's history.
 */
const relationPass = (type: string) => `
  CALL {
    UNWIND $batch.relations.${type} AS row
    MATCH (s:Entity {key: row.source})
    MATCH (t:Entity {key: row.target})
    MERGE (s)-[r:${type}]->(t)
    ON CREATE SET r.id = randomUUID(), r.evidenceSeq = 0
    WITH r, row
    WHERE NOT EXISTS { MATCH (:Evidence {id: r.id + '|' + row.articles[0].article}) }
    CALL (r, row) {
      UNWIND range(0, size(row.articles) - 1) AS i
      WITH r, row.articles[i] AS cited, r.evidenceSeq + i AS seq
      CREATE (:Evidence {id: r.id + '|' + cited.article, edge: r.id, article: cited.article, date: cited.date,
                         seq: seq, pieces: cited.pieces, voices: cited.voices, partisan: cited.partisan})
    }
    WITH r, row, coalesce(r.voices, []) AS known, coalesce(r.voicePieces, []) AS counts,
         coalesce(r.voicePartisan, []) AS flags, range(0, size(row.voiceNames) - 1) AS added
    WITH r, row, known, counts, flags, [i IN added WHERE NOT row.voiceNames[i] IN known] AS fresh, added
    WITH r, row,
         known + [i IN fresh | row.voiceNames[i]] AS voices,
         [j IN range(0, size(known) - 1) |
           counts[j] + reduce(n = 0, i IN added | n + CASE WHEN row.voiceNames[i] = known[j] THEN row.voiceCounts[i] ELSE 0 END)]
           + [i IN fresh | row.voiceCounts[i]] AS voicePieces,
         [j IN range(0, size(known) - 1) |
           flags[j] AND all(i IN added WHERE row.voiceNames[i] <> known[j] OR row.voiceAllPartisan[i])]
           + [i IN fresh | row.voiceAllPartisan[i]] AS voicePartisan
    SET r.evidenceSeq = r.evidenceSeq + size(row.articles),
        r.voices = voices, r.voicePieces = voicePieces, r.voicePartisan = voicePartisan,
        r.sourceCount = size(voices), r.independentSourceCount = size([p IN voicePartisan WHERE NOT p]),
        r.confidence = CASE WHEN coalesce(r.confidence, 0) > row.confidence THEN r.confidence ELSE row.confidence END,
        r.evidenceCount = coalesce(r.evidenceCount, 0) + row.pieceCount,
        r.articleCount = coalesce(r.articleCount, 0) + size(row.articles),
        r.firstDate = reduce(m = r.firstDate, d IN row.dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
        r.lastDate = reduce(m = r.lastDate, d IN row.dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
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
    articles: [{ article: WARM, date: '', pieces: ['{}'], voices: ['warm'], partisan: [false] }],
    dates: ['2000-01-01'],
    pieceCount: 1,
    voiceNames: ['warm'],
    voiceCounts: [1],
    voiceAllPartisan: [false],
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

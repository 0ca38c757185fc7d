// How an edge's evidence is stored: one :Evidence node per (edge, citing article), found by the
// edge's `id` (index `evidence_edge_seq` on edge and seq, so "the newest k" is an index read),
// holding that article's pieces (JSON, as the extractor gave them) with each piece's voice and
// whether it is partisan. The edge keeps counts, first and last dates, and a tally of its voices
// (`voices`, `voicePieces`, `voicePartisan`), so appending costs the same however many articles
// already cite it. The fragments below name variables of the caller's own query, never input.
import { RELATION_TYPES } from '../model/ontology.ts';

/**
 * MATCH clause for the :Evidence nodes `ev` of edge `r`. Without a predicate on `seq` Neo4j does
 * not use the (edge, seq) index and scans every :Evidence node.
 */
export const matchEvidence = (ev: string, r: string) =>
  `MATCH (${ev}:Evidence {edge: ${r}.id}) WHERE ${ev}.seq IS NOT NULL`;

/**
 * Per-edge summaries recomputed from the edge's :Evidence nodes, where evidence is taken away
 * (removals, curations); the ingest keeps them up to date from the new pieces alone. `r` is the
 * edge just changed. The voice tally keeps the order voices were first seen in, as appends do.
 */
export const relationSummary = (r: string) => `
  WITH *
  CALL (${r}) {
    OPTIONAL ${matchEvidence('ev', r)}
    RETURN count(ev) AS articles, coalesce(sum(size(ev.pieces)), 0) AS pieces,
           min(CASE WHEN ev.date <> '' THEN ev.date END) AS first, max(CASE WHEN ev.date <> '' THEN ev.date END) AS last
  }
  CALL (${r}) {
    OPTIONAL ${matchEvidence('ev', r)}
    WITH ev ORDER BY ev.seq
    UNWIND CASE WHEN ev IS NULL THEN [] ELSE range(0, size(ev.voices) - 1) END AS i
    WITH ev.voices[i] AS voice, ev.partisan[i] AS partisan, ev.seq AS seq, i
    WITH voice, min(seq * 1000000 + i) AS seen, count(*) AS pieceCount, all(p IN collect(partisan) WHERE p) AS allPartisan
    ORDER BY seen
    RETURN collect(voice) AS voices, collect(pieceCount) AS voicePieces, collect(allPartisan) AS voicePartisan
  }
  SET ${r}.evidenceCount = pieces, ${r}.articleCount = articles, ${r}.firstDate = first, ${r}.lastDate = last,
      ${r}.voices = voices, ${r}.voicePieces = voicePieces, ${r}.voicePartisan = voicePartisan,
      ${r}.sourceCount = size(voices), ${r}.independentSourceCount = size([p IN voicePartisan WHERE NOT p])`;

export const SET_RELATION_SUMMARY = relationSummary('r');

/** Deletes entity `n` with its edges and their :Evidence nodes (which no relationship holds). */
export const deleteEntity = (n: string) => `
  CALL (${n}) {
    MATCH (${n})-[edge]-(:Entity) WHERE edge.id IS NOT NULL
    ${matchEvidence('ev', 'edge')}
    DELETE ev
  }
  DETACH DELETE ${n}`;

/**
 * Edge variable `r` found by its id (`idVar`, a variable of the caller's query): one index seek
 * per relation type, since relationship indexes are per type.
 */
export const edgeById = (idVar: string) => `
  CALL (${idVar}) {
    ${RELATION_TYPES.map((type) => `MATCH ()-[r:${type} {id: ${idVar}}]->() RETURN r`).join('\n    UNION ALL\n    ')}
  }`;

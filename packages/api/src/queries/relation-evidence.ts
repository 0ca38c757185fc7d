// The evidence of chosen relations (by element id): the newest pieces from articles inside the
// span, how many there are in it, and the cited articles' titles, dates and sources. Without a
// span only the newest Evidence nodes are read and the count is the edge's own; with one, all of
// the edge's Evidence nodes are read to filter them by date.

import { matchEvidence } from '@caucus/graph/neo4j';
import type { FastifyInstance } from 'fastify';
import { type EvidenceItem, parseEvidence } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import type { Span } from '../span.ts';
import { citedArticlesOf, newestPiecesOf } from './fragments.ts';

const RELATIONS = `
UNWIND $ids AS id
MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = id`;

const COLUMNS = 'id, type(r) AS type, s.key AS source, t.key AS target';

export const RELATION_EVIDENCE = `${RELATIONS}
RETURN ${COLUMNS}, r.evidenceCount AS evidenceCount, ${newestPiecesOf('r')} AS evidence,
       ${citedArticlesOf('r')} AS articles`;

/** Undated articles are outside any span with an end, as they are outside one with a start. */
export const RELATION_EVIDENCE_IN_SPAN = `${RELATIONS}
WITH id, s, r, t,
     COLLECT { ${matchEvidence('ev', 'r')}
                 AND ($since IS NULL OR ev.date >= $since)
                 AND ($until IS NULL OR (ev.date <> '' AND ev.date <= $until))
               RETURN ev ORDER BY ev.edge, ev.seq } AS inSpan
WITH id, s, r, t, inSpan, reduce(n = 0, ev IN inSpan | n + size(ev.pieces)) AS evidenceCount,
     COLLECT { UNWIND inSpan AS ev UNWIND ev.pieces AS piece RETURN piece }[-$evidence..] AS evidence
RETURN ${COLUMNS}, evidenceCount, evidence,
       COLLECT { UNWIND inSpan[-$evidence..] AS ev MATCH (a:Article {id: ev.article})
                 RETURN DISTINCT a {.id, .title, .date, .source, .url} } AS articles`;

export interface RelationEvidence {
  id: string;
  type: string;
  source: string;
  target: string;
  evidenceCount: number;
  evidence: EvidenceItem[];
}

export async function relationEvidence(
  app: FastifyInstance,
  ids: string[],
  span: Span,
  perRelation = 2,
): Promise<Map<string, RelationEvidence>> {
  if (ids.length === 0) return new Map();
  const spanned = span.since !== null || span.until !== null;
  const records = await readQuery(app, spanned ? RELATION_EVIDENCE_IN_SPAN : RELATION_EVIDENCE, {
    ids: [...new Set(ids)],
    since: span.since,
    until: span.until,
    evidence: perRelation,
  });
  return new Map(
    records.map((r) => {
      const id = r.get('id') as string;
      return [
        id,
        {
          id,
          type: r.get('type') as string,
          source: r.get('source') as string,
          target: r.get('target') as string,
          evidenceCount: toJson(r.get('evidenceCount')) as number,
          evidence: parseEvidence(r.get('evidence'), r.get('articles')),
        },
      ];
    }),
  );
}

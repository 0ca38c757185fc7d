// The evidence of chosen relations (by element id): the newest pieces from articles inside the
// span, how many there are in it, and the cited articles' titles, dates and sources.
import type { FastifyInstance } from 'fastify';
import { type EvidenceItem, parseEvidence } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import type { Span } from '../span.ts';

export const RELATION_EVIDENCE = `
UNWIND $ids AS id
MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = id
WITH id, s, r, t,
     [i IN range(0, size(r.articleIds) - 1)
      WHERE ($since IS NULL OR r.articleDates[i] >= $since)
        AND ($until IS NULL OR (r.articleDates[i] <> '' AND r.articleDates[i] <= $until)) | r.articleIds[i]] AS inSpan
WITH id, s, r, t, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceArticleIds[i] IN inSpan] AS kept
WITH id, s, r, t, kept, kept[-$evidence..] AS newest
RETURN id, type(r) AS type, s.key AS source, t.key AS target, size(kept) AS evidenceCount,
       [i IN newest | r.evidence[i]] AS evidence,
       COLLECT { UNWIND [i IN newest | r.evidenceArticleIds[i]] AS aid MATCH (a:Article {id: aid})
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
  const records = await readQuery(app, RELATION_EVIDENCE, {
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

// An entity's relations on a time line: each relation's dated pieces of evidence, the oldest
// `$limit` (read from that many Evidence nodes), and how many it has in all.
import type { FastifyInstance } from 'fastify';
import { type EvidenceItem, parseEvidence } from '../evidence.ts';
import { readQuery } from '../read-query.ts';
import type { EntitySummary } from '../schemas.ts';
import { oldestArticlesOf, oldestPiecesOf, summaryOf } from './fragments.ts';

export const ENTITY_TIMELINE = `
  MATCH (n:Entity {key: $id})
  RETURN ${summaryOf('n')} AS entity,
         COLLECT { MATCH (n)-[r]-(o:Entity)
                   RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
                           other: ${summaryOf('o')}, firstDate: r.firstDate, lastDate: r.lastDate,
                           evidenceCount: r.evidenceCount, evidence: ${oldestPiecesOf('r', '$limit')},
                           articles: ${oldestArticlesOf('r', '$limit')}} } AS relations`;

export interface TimelineRelation {
  type: string;
  direction: 'out' | 'in';
  other: EntitySummary;
  firstDate: string | null;
  lastDate: string | null;
  evidenceCount: number;
  /** Dated pieces, oldest first. */
  points: { date: string; evidence: EvidenceItem }[];
  /** Pieces from articles without a date: on no time line, counted here. */
  undated: number;
}

export interface EntityTimeline {
  entity: EntitySummary;
  first: string | null;
  last: string | null;
  relations: TimelineRelation[];
}

export async function loadTimeline(
  app: FastifyInstance,
  id: string,
  limit: number,
): Promise<EntityTimeline | null> {
  const [row] = await readQuery(app, ENTITY_TIMELINE, { id, limit });
  if (!row) return null;
  type Row = Omit<TimelineRelation, 'points' | 'undated'> & { evidence: string[]; articles: never };
  const relations = (row.get('relations') as Row[])
    .map(({ evidence, articles, ...r }) => {
      const pieces = parseEvidence(evidence, articles);
      const points = pieces
        .filter((p) => p.article?.date)
        .map((p) => ({ date: p.article?.date as string, evidence: p }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return { ...r, points, undated: pieces.length - points.length };
    })
    .sort(
      (a, b) =>
        String(a.firstDate ?? '9999').localeCompare(String(b.firstDate ?? '9999')) ||
        a.type.localeCompare(b.type) ||
        a.other.name.localeCompare(b.other.name),
    );
  const dates = relations.flatMap((r) => r.points.map((p) => p.date)).sort();
  return { entity: row.get('entity'), first: dates[0] ?? null, last: dates.at(-1) ?? null, relations };
}

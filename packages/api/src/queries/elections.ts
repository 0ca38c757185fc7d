// GET /api/elections: contests, optionally of one union (key or name) and one year; the post is
// matched in code, the way the extraction contract matches posts.
import { normaliseName } from '@caucus/graph';
import type { FastifyInstance } from 'fastify';
import type { ElectionSummary } from '../races/race-types.ts';
import { readQuery } from '../read-query.ts';
import { summaryOf } from './fragments.ts';

export const ELECTION_LIST = `
  MATCH (e:Election)
  WHERE $year IS NULL OR e.year = $year
  OPTIONAL MATCH (e)-[:ELECTION_OF]->(u:Union)
  WITH e, head(collect(u)) AS u
  WHERE $union IS NULL OR u.key = $union OR $unionName IN coalesce(u.nameKeys, [])
     OR toLower(e.union) = toLower($union)
  RETURN e.key AS key, e.name AS name, e.post AS post, e.year AS year,
         CASE WHEN u IS NULL THEN null ELSE ${summaryOf('u')} END AS union,
         COUNT { MATCH (p:Person)-[:CANDIDATE_IN|ELECTED_IN]->(e) RETURN DISTINCT p } AS candidateCount,
         [(w:Person)-[:ELECTED_IN]->(e) | w.name] AS winners
  ORDER BY e.year, e.name`;

export interface ElectionFilters {
  union?: string | undefined;
  post?: string | undefined;
  year?: number | undefined;
}

/** "Vice-Presidential election" and "vice president" are one post (SPEC §3). */
export function normalisePost(post: string): string {
  return normaliseName(post.replace(/-/g, ' '))
    .replace(/\b(?:national|election|elections|of)\b/g, ' ')
    .replace(/\b(?:presidency|presidential)\b/g, 'president')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function listElections(app: FastifyInstance, f: ElectionFilters): Promise<ElectionSummary[]> {
  const records = await readQuery(app, ELECTION_LIST, {
    year: f.year ?? null,
    union: f.union ?? null,
    unionName: f.union ? normaliseName(f.union.replace(/-/g, ' ')) : null,
  });
  const post = f.post ? normalisePost(f.post) : null;
  return records
    .map((r) => {
      const row = r.toObject() as ElectionSummary;
      // Distinct counts: a winner is also a candidate.
      return { ...row, winners: [...new Set(row.winners)].sort() };
    })
    .filter((e) => post === null || normalisePost(e.post ?? '') === post);
}

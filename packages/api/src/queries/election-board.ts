// The rows behind a race board: the election, its candidacies and results, then the candidates'
// endorsements and defeats, and the contest's articles with where each candidate is named.
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../read-query.ts';
import type { EntitySummary } from '../schemas.ts';
import { allPiecesOf, articlesOf, type EvidenceRow, summaryOf } from './fragments.ts';

export const ELECTION_CONTEST = `
  MATCH (e:Election {key: $id})
  RETURN e {.key, .name, .post, .year} AS election,
         head(COLLECT { MATCH (e)-[:ELECTION_OF]->(u:Union) RETURN ${summaryOf('u')} }) AS union,
         COLLECT { MATCH (p:Person)-[c:CANDIDATE_IN|ELECTED_IN]->(e)
                   RETURN {person: ${summaryOf('p')}, type: type(c), seat: c.seat, evidence: ${allPiecesOf('c')},
                           articles: ${articlesOf('c')}} } AS contest`;

export const CANDIDATE_TIES = `
  RETURN COLLECT { MATCH (b:Entity)-[r:ENDORSED]->(c:Entity) WHERE c.key IN $keys
                   RETURN {candidate: c.key, backer: ${summaryOf('b')}, evidence: ${allPiecesOf('r')}, articles: ${articlesOf('r')}} } AS endorsements,
         COLLECT { MATCH (w:Entity)-[r:DEFEATED]->(l:Entity) WHERE w.key IN $keys AND l.key IN $keys
                   RETURN {winner: w.key, loser: l.key, evidence: ${allPiecesOf('r')}, articles: ${articlesOf('r')}} } AS defeats,
         COLLECT { MATCH (a:Article) WHERE a.id IN $articleIds
                   RETURN a {.id, .title, .date, .source, .text,
                             mentions: COLLECT { MATCH (a)-[m:MENTIONS]->(n:Entity) WHERE n.key IN $keys
                                                 RETURN {key: n.key, spans: m.spans} }} } AS articles`;

type EdgeRow = EvidenceRow;
type ArticleRow = EvidenceRow['articles'][number];

export interface RaceRows {
  election: { key: string; name: string; post: string | null; year: number | null };
  union: EntitySummary | null;
  contest: (EdgeRow & { person: EntitySummary; type: 'CANDIDATE_IN' | 'ELECTED_IN'; seat: string | null })[];
  endorsements: (EdgeRow & { candidate: string; backer: EntitySummary })[];
  defeats: (EdgeRow & { winner: string; loser: string })[];
  articles: (ArticleRow & { text: string; mentions: { key: string; spans: number[] }[] })[];
}

/** Null when there is no election with that key. */
export async function loadRaceRows(app: FastifyInstance, id: string): Promise<RaceRows | null> {
  const [row] = await readQuery(app, ELECTION_CONTEST, { id });
  if (!row) return null;
  const contest = row.get('contest') as RaceRows['contest'];
  const keys = [...new Set(contest.map((c) => c.person.key))];
  const articleIds = [...new Set(contest.flatMap((c) => c.articles.map((a) => a.id)))];
  const [ties] = await readQuery(app, CANDIDATE_TIES, { keys, articleIds });
  return {
    election: row.get('election'),
    union: row.get('union'),
    contest,
    endorsements: ties?.get('endorsements') ?? [],
    defeats: ties?.get('defeats') ?? [],
    articles: ties?.get('articles') ?? [],
  };
}

// The patterns behind changed allegiances; changes/detect-changes.ts decides, from the dates of
// the evidence, which of them are changes. $entity (a key or null) narrows each pattern.

import { matchEvidence } from '@caucus/graph/neo4j';
import type { FastifyInstance } from 'fastify';
import type { EvidenceItem } from '../evidence.ts';
import { readQuery } from '../read-query.ts';
import type { EntitySummary } from '../schemas.ts';
import { type EvidenceRow, evidenceOf, piecesOf, summaryOf } from './fragments.ts';

type Pieces = EvidenceItem[];
const ELECTION = 'e {.key, .name, .year}';

/** A member of X, and X's candidate, in one contest. */
export const MEMBER_AGAINST_PARTY_CANDIDATE = `
  MATCH (p:Person)-[m:MEMBER_OF]->(x:Entity)-[en:ENDORSED]->(q:Person)
  WHERE (x:Party OR x:Faction) AND p <> q
    AND ($entity IS NULL OR $entity IN [p.key, x.key, q.key])
  MATCH (p)-[cp:CANDIDATE_IN|ELECTED_IN]->(e:Election)<-[cq:CANDIDATE_IN|ELECTED_IN]-(q)
  WITH p, x, q, e, m, en, collect(DISTINCT ${evidenceOf('cp')}) AS own, collect(DISTINCT ${evidenceOf('cq')}) AS theirs
  RETURN ${summaryOf('p')} AS member, ${summaryOf('x')} AS side, ${summaryOf('q')} AS rival, ${ELECTION} AS election,
         ${evidenceOf('m')} AS membership, ${evidenceOf('en')} AS backing, own, theirs
  LIMIT $limit`;

/** A body that endorsed a candidate, and endorsed that candidate's rival in one contest. */
export const BACKED_RIVAL_THEN_CANDIDATE = `
  MATCH (f:Entity)-[en:ENDORSED]->(c:Person), (f)-[er:ENDORSED]->(r:Person)
  WHERE c <> r AND NOT f:Person AND ($entity IS NULL OR $entity IN [f.key, c.key, r.key])
  MATCH (r)-[cr:CANDIDATE_IN|ELECTED_IN]->(e:Election)<-[cc:CANDIDATE_IN|ELECTED_IN]-(c)
  WITH f, c, r, e, en, er, collect(DISTINCT ${evidenceOf('cr')}) + collect(DISTINCT ${evidenceOf('cc')}) AS contest
  RETURN ${summaryOf('f')} AS backer, ${summaryOf('c')} AS candidate, ${summaryOf('r')} AS rival, ${ELECTION} AS election,
         ${evidenceOf('er')} AS opposing, ${evidenceOf('en')} AS endorsing, contest
  LIMIT $limit`;

/** A body that opposes a person it also endorsed. */
export const OPPOSED_AND_ENDORSED = `
  MATCH (f:Entity)-[o:OPPOSES]->(c:Person)<-[en:ENDORSED]-(f)
  WHERE $entity IS NULL OR $entity IN [f.key, c.key]
  RETURN ${summaryOf('f')} AS backer, ${summaryOf('c')} AS candidate,
         ${evidenceOf('o')} AS opposing, ${evidenceOf('en')} AS endorsing
  LIMIT $limit`;

/** Two bodies that endorsed one candidate (each pair once in each order). */
export const TWO_BACKERS = `
  MATCH (f1:Entity)-[a:ENDORSED]->(c:Person)<-[b:ENDORSED]-(f2:Entity)
  WHERE f1 <> f2 AND NOT f1:Person AND NOT f2:Person
    AND ($entity IS NULL OR $entity IN [f1.key, f2.key, c.key])
  RETURN ${summaryOf('c')} AS candidate, ${summaryOf('f1')} AS earlier, ${summaryOf('f2')} AS later,
         ${evidenceOf('a')} AS first, ${evidenceOf('b')} AS second
  LIMIT $limit`;

/** Ties with a piece of evidence marked ended by the extractor. */
export const ENDED_TIES = `
  MATCH (s:Entity)-[r:MEMBER_OF|HOLDS_POSITION|ALLIED_WITH|ENDORSED|ACTIVE_IN]->(t:Entity)
  WHERE EXISTS { ${matchEvidence('ev', 'r')} AND any(x IN ev.pieces WHERE x CONTAINS '"ended":true') }
    AND ($entity IS NULL OR $entity IN [s.key, t.key])
  RETURN ${summaryOf('s')} AS subject, ${summaryOf('t')} AS other, type(r) AS relation, ${evidenceOf('r')} AS tie
  LIMIT $limit`;

export interface ChangeRows {
  memberAgainst: {
    member: EntitySummary;
    side: EntitySummary;
    rival: EntitySummary;
    election: { key: string; name: string; year: number | null };
    membership: Pieces;
    backing: Pieces;
    /** The member's and the rival's candidacies in that contest. */
    own: Pieces;
    theirs: Pieces;
  }[];
  backedRival: {
    backer: EntitySummary;
    candidate: EntitySummary;
    rival: EntitySummary;
    election: { key: string; name: string; year: number | null };
    opposing: Pieces;
    endorsing: Pieces;
    contest: Pieces;
  }[];
  opposedThenEndorsed: {
    backer: EntitySummary;
    candidate: EntitySummary;
    opposing: Pieces;
    endorsing: Pieces;
  }[];
  twoBackers: {
    candidate: EntitySummary;
    earlier: EntitySummary;
    later: EntitySummary;
    first: Pieces;
    second: Pieces;
  }[];
  endedTies: { subject: EntitySummary; other: EntitySummary; relation: string; tie: Pieces }[];
}

/** Runs a pattern and turns its evidence columns into parsed pieces. */
async function rowsOf<T>(
  app: FastifyInstance,
  query: string,
  params: Record<string, unknown>,
  evidenceColumns: string[],
): Promise<T[]> {
  const records = await readQuery(app, query, params, 30_000);
  return records.map((r) => {
    const row = r.toObject() as Record<string, unknown>;
    for (const c of evidenceColumns) {
      const v = row[c];
      row[c] = Array.isArray(v) ? v.flatMap((x) => piecesOf(x as EvidenceRow)) : piecesOf(v as EvidenceRow);
    }
    return row as T;
  });
}

export async function loadChangeRows(
  app: FastifyInstance,
  entity: string | null,
  limit: number,
): Promise<ChangeRows> {
  const p = { entity, limit };
  return {
    memberAgainst: await rowsOf(app, MEMBER_AGAINST_PARTY_CANDIDATE, p, [
      'membership',
      'backing',
      'own',
      'theirs',
    ]),
    backedRival: await rowsOf(app, BACKED_RIVAL_THEN_CANDIDATE, p, ['opposing', 'endorsing', 'contest']),
    opposedThenEndorsed: await rowsOf(app, OPPOSED_AND_ENDORSED, p, ['opposing', 'endorsing']),
    twoBackers: await rowsOf(app, TWO_BACKERS, p, ['first', 'second']),
    endedTies: await rowsOf(app, ENDED_TIES, p, ['tie']),
  };
}

// Stores written before evidence had nodes of its own carry it as parallel lists on each edge
// (`evidence`, `evidenceArticleIds`, `evidenceVoices`, `evidencePartisan`, `articleIds`,
// `articleDates`). At start those edges are moved to the :Evidence form once, in small
// transactions, so a crash part-way leaves every edge in one form or the other, never half.
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../model/ontology.ts';
import { SET_RELATION_SUMMARY } from './evidence-store.ts';

/** The format marker: a store at this format has no list-form edges left. */
const FORMAT = 2;

const migrateType = (type: string) => `
  MATCH ()-[r:${type}]->() WHERE r.evidence IS NOT NULL
  CALL (r) {
    SET r.id = coalesce(r.id, randomUUID())
    // Edges written before voices were kept count each article as its own, neutral source.
    WITH r, coalesce(r.evidenceVoices, [a IN r.evidenceArticleIds | 'article ' + a]) AS voices,
         coalesce(r.evidencePartisan, [a IN r.evidenceArticleIds | false]) AS partisan,
         [k IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[k] IN r.articleIds[..k]] AS firsts
    UNWIND firsts AS k
    WITH r, voices, partisan, k, r.articleIds[k] AS aid
    WITH r, voices, partisan, k, aid, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceArticleIds[i] = aid] AS mine
    CREATE (:Evidence {id: r.id + '|' + aid, edge: r.id, article: aid, date: coalesce(r.articleDates[k], ''), seq: k,
                       pieces: [i IN mine | r.evidence[i]], voices: [i IN mine | voices[i]], partisan: [i IN mine | partisan[i]]})
    WITH DISTINCT r
    SET r.evidenceSeq = size(r.articleIds)
    REMOVE r.evidence, r.evidenceArticleIds, r.evidenceVoices, r.evidencePartisan, r.articleIds, r.articleDates
    ${SET_RELATION_SUMMARY}
  } IN TRANSACTIONS OF 200 ROWS`;

export async function migrateEvidence(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const marked = await session.run('MATCH (s:CaucusStore) RETURN s.format AS format');
    if (Number(marked.records[0]?.get('format') ?? 0) >= FORMAT) return;
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
    for (const type of RELATION_TYPES) await session.run(migrateType(type));
    await session.run('MERGE (s:CaucusStore) SET s.format = $format', { format: FORMAT });
  } finally {
    await session.close();
  }
}

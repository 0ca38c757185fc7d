// Cypher fragments the query modules share, for variables named in their own query texts
// (never input): an entity summary, and an edge's evidence with the articles it cites.
//
// An edge `r` keeps its evidence in :Evidence nodes, one per citing article, found by
// `edge = r.id` through the (edge, seq) index. The planner uses that index only when `seq` has a
// predicate too (else it scans every Evidence node), and reads it in order, stopping after `take`
// entries, only when ORDER BY names both properties (on seq alone it reads all the edge's entries
// and sorts them). Variables the fragments declare are named after `r` (`r_ev`, ...), so they
// never meet the caller's own.
import { matchEvidence } from '@caucus/graph/neo4j';
import { type EvidenceItem, parseEvidence } from '../evidence.ts';

export const summaryOf = (v: string) =>
  `${v} {.key, .type, .name, aliases: coalesce(${v}.aliases, []), articleCount: coalesce(${v}.articleCount, 0)}`;

const ARTICLE_FIELDS = '{.id, .title, .date, .source, .url}';

/**
 * Clauses binding `${r}_ev` to edge `r`'s Evidence nodes, oldest first: all of them, or the
 * newest or oldest `take` (an index read of `take` entries, however many the edge has).
 */
export function evidenceNodesOf(r: string, take?: { newest: string } | { oldest: string }): string {
  const ev = `${r}_ev`;
  const seek = matchEvidence(ev, r);
  if (!take) return `${seek} WITH ${ev} ORDER BY ${ev}.edge, ${ev}.seq`;
  if ('oldest' in take) return `${seek} WITH ${ev} ORDER BY ${ev}.edge, ${ev}.seq LIMIT ${take.oldest}`;
  return `${seek} WITH ${ev} ORDER BY ${ev}.edge DESC, ${ev}.seq DESC LIMIT ${take.newest}
          WITH ${ev} ORDER BY ${ev}.seq`;
}

/** The pieces (JSON strings) of the nodes `evidenceNodesOf` binds, in seq order. */
const piecesFrom = (r: string, nodes: string) =>
  `COLLECT { ${nodes} UNWIND ${r}_ev.pieces AS ${r}_piece RETURN ${r}_piece }`;

/** Every piece of edge `r`, oldest first; reads all its Evidence nodes. */
export const allPiecesOf = (r: string) => piecesFrom(r, evidenceNodesOf(r));

/** The newest `take` pieces of edge `r`, oldest first (each Evidence node has at least one). */
export const newestPiecesOf = (r: string, take = '$evidence') =>
  `${piecesFrom(r, evidenceNodesOf(r, { newest: take }))}[-${take}..]`;

/** The oldest `take` pieces of edge `r`, oldest first. */
export const oldestPiecesOf = (r: string, take: string) =>
  `${piecesFrom(r, evidenceNodesOf(r, { oldest: take }))}[..${take}]`;

/** The articles the nodes `evidenceNodesOf` binds cite, by index seeks on Article.id. */
const articlesFrom = (r: string, nodes: string, fields: string) =>
  `COLLECT { ${nodes} MATCH (${r}_cited:Article {id: ${r}_ev.article}) RETURN DISTINCT ${r}_cited ${fields} }`;

/** The articles (id, title, date, source, url) cited by edge `r`, in the order they first cited it. */
export const articlesOf = (r: string) => articlesFrom(r, evidenceNodesOf(r), ARTICLE_FIELDS);

/** The articles the newest `take` pieces of edge `r` cite. */
export const citedArticlesOf = (r: string, take = '$evidence') =>
  articlesFrom(r, evidenceNodesOf(r, { newest: take }), ARTICLE_FIELDS);

/** The articles the oldest `take` pieces of edge `r` cite (as a map projection's `fields`). */
export const oldestArticlesOf = (r: string, take: string, fields = ARTICLE_FIELDS) =>
  articlesFrom(r, evidenceNodesOf(r, { oldest: take }), fields);

/** An edge's evidence and cited articles, as one map; read back with `piecesOf`. */
export const evidenceOf = (r: string) => `{evidence: ${allPiecesOf(r)}, articles: ${articlesOf(r)}}`;

export interface EvidenceRow {
  evidence: string[] | null;
  articles: { id: string; title: string | null; date: string | null; source: string | null }[];
}

export const piecesOf = (row: EvidenceRow | null | undefined): EvidenceItem[] =>
  row ? parseEvidence(row.evidence, row.articles) : [];

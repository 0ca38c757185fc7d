// Cypher fragments the query modules share, for variables named in their own query texts
// (never input): an entity summary, and an edge's evidence with the articles it cites.
import { type EvidenceItem, parseEvidence } from '../evidence.ts';

export const summaryOf = (v: string) =>
  `${v} {.key, .type, .name, aliases: coalesce(${v}.aliases, []), articleCount: coalesce(${v}.articleCount, 0)}`;

/** The articles (id, title, date, source) cited by edge variable `r`. */
export const articlesOf = (r: string) =>
  `COLLECT { UNWIND ${r}.articleIds AS aid MATCH (cited:Article {id: aid}) RETURN DISTINCT cited {.id, .title, .date, .source, .url} }`;

/** An edge's evidence and cited articles, as one map; read back with `piecesOf`. */
export const evidenceOf = (r: string) => `{evidence: ${r}.evidence, articles: ${articlesOf(r)}}`;

export interface EvidenceRow {
  evidence: string[] | null;
  articles: { id: string; title: string | null; date: string | null; source: string | null }[];
}

export const piecesOf = (row: EvidenceRow | null | undefined): EvidenceItem[] =>
  row ? parseEvidence(row.evidence, row.articles) : [];

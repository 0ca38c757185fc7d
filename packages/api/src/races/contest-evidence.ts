// Which pieces of evidence speak of one contest. Endorsements and defeats are not stored per
// election, so a piece counts for a contest when it comes from an article that reports the
// contest, or from an article dated in the contest's year.
import type { EvidenceItem } from '../evidence.ts';

export interface ContestScope {
  year: number | null;
  /** Articles that report a candidacy or a result in this contest. */
  articleIds: ReadonlySet<string>;
}

export const yearOf = (date: string | null | undefined): number | null =>
  date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;

export function isInContest(piece: EvidenceItem, scope: ContestScope): boolean {
  if (scope.articleIds.has(piece.articleId)) return true;
  return scope.year !== null && yearOf(piece.article?.date) === scope.year;
}

export function scopeOf(year: number | null, pieces: EvidenceItem[]): ContestScope {
  return { year, articleIds: new Set(pieces.map((p) => p.articleId)) };
}

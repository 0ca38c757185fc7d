// The evidence stored on an edge, parsed and joined with its article's title, date and source.
import type { Evidence } from '@caucus/graph';

export interface ArticleMeta {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url?: string | null;
}

/** What the extractor recorded, which article it came from, and that article's metadata. */
export interface EvidenceItem extends Evidence {
  articleId: string;
  /** The sentence says the tie ended ("who left the SWP last year"). */
  ended?: boolean;
  article: ArticleMeta | null;
}

export function parseEvidence(raw: unknown, articles: ArticleMeta[]): EvidenceItem[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ((raw as string[] | null) ?? []).map((json) => {
    const e = JSON.parse(json) as Omit<EvidenceItem, 'article'>;
    return { ...e, article: byId.get(e.articleId) ?? null };
  });
}

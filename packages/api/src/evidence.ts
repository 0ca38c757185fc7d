// The evidence stored on an edge, parsed and joined with its article's title, date and source.

export interface EvidenceItem {
  articleId: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
  method: string;
  confidence: number;
  article: { id: string; title: string | null; date: string | null; source: string | null } | null;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export function parseEvidence(raw: unknown, articles: ArticleMeta[]): EvidenceItem[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ((raw as string[] | null) ?? []).map((json) => {
    const e = JSON.parse(json) as Omit<EvidenceItem, 'article'>;
    return { ...e, article: byId.get(e.articleId) ?? null };
  });
}

/** Cypher fragment: the articles an edge `r` cites, as maps. */
export const EDGE_ARTICLES = `COLLECT { MATCH (a:Article) WHERE a.id IN r.articleIds RETURN a {.id, .title, .date, .source} }`;

export const evidenceSchema = {
  type: 'object',
  properties: {
    articleId: { type: 'string' },
    sentence: { type: 'string' },
    sentenceStart: { type: 'integer' },
    sentenceEnd: { type: 'integer' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    method: { type: 'string' },
    confidence: { type: 'number' },
    article: {
      type: ['object', 'null'],
      properties: {
        id: { type: 'string' },
        title: { type: ['string', 'null'] },
        date: { type: ['string', 'null'] },
        source: { type: ['string', 'null'] },
      },
    },
  },
} as const;

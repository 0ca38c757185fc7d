// "Why is this one entity?": the names each article used for it, the rule that tied each name,
// and the sentence behind it, from the MENTIONS edges the writer keeps.
import { ARTICLE_REF } from '../schemas.ts';
import { crossArticleRule, inArticleRule } from './merge-rules.ts';

export interface MentionRecord {
  article: { id: string; title: string | null; date: string | null; source: string | null };
  resolvedBy: string | null;
  provenance: string[] | null;
}

export interface MergeName {
  name: string;
  via: string;
  rule: string;
  confidence: number;
  sentence: string;
  start: number;
  end: number;
}

export interface MergeArticle {
  article: MentionRecord['article'];
  resolvedBy: string;
  rule: string;
  confidence: number;
  names: MergeName[];
}

export interface MergeProvenance {
  /** Every distinct surface name, with the articles that used it. */
  names: { name: string; articles: number; rules: string[] }[];
  articles: MergeArticle[];
  /** The weakest rule that joined two names or two articles (1 when nothing was merged). */
  confidence: number;
}

export function mergeProvenance(mentions: MentionRecord[], scope: string | null): MergeProvenance {
  const articles: MergeArticle[] = mentions.map((m) => {
    const resolvedBy = m.resolvedBy ?? 'unknown';
    const cross = crossArticleRule(resolvedBy, scope);
    const names = (m.provenance ?? []).map((json) => {
      const p = JSON.parse(json) as Omit<MergeName, 'rule' | 'confidence'>;
      const rule = inArticleRule(p.via);
      return { ...p, rule: rule.label, confidence: rule.confidence };
    });
    return { article: m.article, resolvedBy, rule: cross.label, confidence: cross.confidence, names };
  });
  articles.sort((a, b) => String(a.article.date).localeCompare(String(b.article.date)));
  const byName = new Map<string, { name: string; articles: Set<string>; rules: Set<string> }>();
  for (const a of articles)
    for (const n of a.names) {
      const slot = byName.get(n.name) ?? { name: n.name, articles: new Set(), rules: new Set() };
      slot.articles.add(a.article.id);
      slot.rules.add(n.rule);
      byName.set(n.name, slot);
    }
  // Only a second article or a second name is a merge; the first naming is not.
  const joined = articles.length > 1 ? articles.map((a) => a.confidence) : [];
  const inArticle = articles.flatMap((a) => a.names.filter((n) => n.via !== 'name').map((n) => n.confidence));
  return {
    names: [...byName.values()].map((n) => ({
      name: n.name,
      articles: n.articles.size,
      rules: [...n.rules],
    })),
    articles,
    confidence: Math.min(1, ...joined, ...inArticle),
  };
}

export const MERGE_PROVENANCE_SCHEMA = {
  type: 'object',
  description: 'why these names are one entity: per article, the names used, the rule and sentence',
  properties: {
    confidence: { type: 'number' },
    names: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          articles: { type: 'integer' },
          rules: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    articles: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          article: ARTICLE_REF,
          resolvedBy: { type: 'string' },
          rule: { type: 'string' },
          confidence: { type: 'number' },
          names: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                via: { type: 'string' },
                rule: { type: 'string' },
                confidence: { type: 'number' },
                sentence: { type: 'string' },
                start: { type: 'integer' },
                end: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  },
} as const;

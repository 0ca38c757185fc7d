// Micro precision/recall/F1 over many articles, overall, per type and per article.
import type { ArticleScore, Counts } from './score-article.ts';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function sumCounts(list: Counts[]): Counts {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

function sumByType(tables: Record<string, Counts>[]): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const t of tables)
    for (const [k, c] of Object.entries(t)) out[k] = sumCounts([out[k] ?? { tp: 0, fp: 0, fn: 0 }, c]);
  return out;
}

export interface CorpusScore {
  entities: Counts;
  relations: Counts;
  entitiesByType: Record<string, Counts>;
  relationsByType: Record<string, Counts>;
  articles: ArticleScore[];
}

export function scoreCorpus(articles: ArticleScore[]): CorpusScore {
  return {
    entities: sumCounts(articles.map((a) => a.entities)),
    relations: sumCounts(articles.map((a) => a.relations)),
    entitiesByType: sumByType(articles.map((a) => a.entitiesByType)),
    relationsByType: sumByType(articles.map((a) => a.relationsByType)),
    articles,
  };
}

const f = (n: number) => n.toFixed(3);
const row = (label: string, c: Counts) => {
  const s = prf(c);
  return `${label.padEnd(28)} P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)}  (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
};

export function formatReport(score: CorpusScore, verbose = false): string {
  const lines: string[] = [];
  lines.push('Entities');
  lines.push(row('  overall', score.entities));
  for (const [t, c] of Object.entries(score.entitiesByType).sort()) lines.push(row(`  ${t}`, c));
  lines.push('Relations');
  lines.push(row('  overall', score.relations));
  for (const [t, c] of Object.entries(score.relationsByType).sort()) lines.push(row(`  ${t}`, c));
  lines.push('Per article');
  for (const a of score.articles) {
    lines.push(row(`  ${a.article} entities`, a.entities));
    lines.push(row(`  ${a.article} relations`, a.relations));
    if (verbose) for (const e of a.errors) lines.push(`      ${e}`);
  }
  lines.push(`entityF1=${f(prf(score.entities).f1)} relationF1=${f(prf(score.relations).f1)}`);
  return lines.join('\n');
}

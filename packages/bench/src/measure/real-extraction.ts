// Extraction speed on real reporting (the seeds, the real fixtures and, when it is beside the
// checkout, the development set), on one core: real articles are denser than the synthetic ones.
import { existsSync } from 'node:fs';
import { articleFromText, extractArticle } from '@caucus/ingest';
import { loadTexts } from './extraction.ts';

export interface RealExtractionFigures {
  /** Distinct real articles read; each is extracted many times over for a steady figure. */
  articles: number;
  articlesPerSecond: number;
}

export function measureRealExtraction(dirs: string[], seconds = 3): RealExtractionFigures {
  const articles = dirs
    .filter((d) => existsSync(d))
    .flatMap(loadTexts)
    .map((t) => articleFromText(t.text, t.file));
  if (articles.length === 0) return { articles: 0, articlesPerSecond: Number.NaN };
  for (const a of articles) extractArticle(a);
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const a of articles) extractArticle(a);
    done += articles.length;
  }
  return { articles: articles.length, articlesPerSecond: done / ((performance.now() - started) / 1000) };
}

// Whole articles: the seeds and articles of our own about other unions, scored by SPEC §3.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGraph } from '@caucus/graph';
import { extractArticle, prf, readArticle, scoreArticle, scoreCorpus } from '@caucus/ingest';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, SEED_GOLD } from '../support/paths.ts';

function scoreDir(articlesDir: string, goldDir: string, files: string[]) {
  return scoreCorpus(
    files.map((file) => {
      const gold = JSON.parse(
        readFileSync(path.join(goldDir, `${path.parse(file).name}.json`), 'utf8'),
      ) as ArticleGraph;
      return scoreArticle(gold, extractArticle(readArticle(path.join(articlesDir, file))));
    }),
  );
}

describe('whole articles', () => {
  it('meets the quality bar on the seeds (entity F1 ≥ 0.95, relation F1 ≥ 0.90)', () => {
    const score = scoreDir(path.join(REPO_ROOT, 'seeds'), SEED_GOLD, [
      '000_e4f1e208a388eb91.txt',
      '001_a1339417b5cfa734.txt',
    ]);
    expect(prf(score.entities).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(score.relations).f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['ucu-2023-vice-president.txt', 'pcs-2024-president.txt', 'unite-2021-general-secretary.html'])(
    'reads %s about another union well (entity F1 ≥ 0.85, relation F1 ≥ 0.70)',
    (file) => {
      const score = scoreDir(path.join(FIXTURES, 'articles'), path.join(FIXTURES, 'gold'), [file]);
      expect(prf(score.entities).f1).toBeGreaterThanOrEqual(0.85);
      expect(prf(score.relations).f1).toBeGreaterThanOrEqual(0.7);
    },
  );

  it.each(['rmt-2026-assistant-general-secretary.md', 'gmb-2024-general-secretary.txt'])(
    'reads %s, first scored blind, at the aim for unseen articles (entity F1 ≥ 0.85, relation F1 ≥ 0.70)',
    (file) => {
      const score = scoreDir(
        path.join(FIXTURES, 'heldout', 'articles'),
        path.join(FIXTURES, 'heldout', 'gold'),
        [file],
      );
      expect(prf(score.entities).f1).toBeGreaterThanOrEqual(0.85);
      expect(prf(score.relations).f1).toBeGreaterThanOrEqual(0.7);
    },
  );

  it('gives every relation evidence that points at its sentence in the article text', () => {
    const article = readArticle(path.join(FIXTURES, 'articles', 'pcs-2024-president.txt'));
    const graph = extractArticle(article);
    expect(graph.relations.length).toBeGreaterThan(10);
    for (const relation of graph.relations) {
      expect(relation.evidence?.length).toBeGreaterThan(0);
      for (const e of relation.evidence ?? []) {
        expect(article.text.slice(e.sentenceStart, e.sentenceEnd)).toBe(e.sentence);
        expect(e.start).toBeGreaterThanOrEqual(e.sentenceStart);
        expect(e.end).toBeLessThanOrEqual(e.sentenceEnd);
        expect(e.method).toMatch(/^(pattern|inference):/);
        expect(e.confidence).toBeGreaterThan(0);
      }
    }
  });

  it('is deterministic: the same article gives byte-identical output', () => {
    const file = path.join(FIXTURES, 'articles', 'unite-2021-general-secretary.html');
    expect(JSON.stringify(extractArticle(readArticle(file)))).toBe(
      JSON.stringify(extractArticle(readArticle(file))),
    );
  });
});

// Stands in for the extractor until it marks ended ties: it reads "X, who left the Y …" and adds
// MEMBER_OF X → Y with `properties: { ended: true }`, the marker the extractor is to emit, with
// the sentence and offsets as evidence. Everything else is the real extractor's output.
import type { ArticleGraph } from '@caucus/graph';
import { type Article, extractArticle, splitSentences } from '@caucus/ingest';

const LEFT = /([A-Z][\w'-]+ [A-Z][\w'-]+), who (?:left|quit) the ([A-Z][\w' ]+?)(?= last year| in \d{4}|,)/g;

export function extractWithEndedTies(article: Article): ArticleGraph {
  const graph = extractArticle(article);
  const byName = (name: string) => graph.entities.find((e) => e.name === name || e.aliases.includes(name));
  for (const s of splitSentences(article.text)) {
    for (const m of s.text.matchAll(LEFT)) {
      const person = byName(m[1] ?? '');
      const body = byName(m[2] ?? '');
      if (!person || !body) continue;
      const start = s.start + (m.index ?? 0);
      graph.relations.push({
        type: 'MEMBER_OF',
        source: person.id,
        target: body.id,
        properties: { ended: true },
        evidence: [
          {
            sentence: s.text,
            sentenceStart: s.start,
            sentenceEnd: s.end,
            start,
            end: start + m[0].length,
            method: 'test:who-left',
            confidence: 0.8,
          },
        ],
      });
    }
  }
  return graph;
}

// Runs the extractor on a string, and reads its graph back by entity names.
import type { ArticleGraph } from '@caucus/graph';
import { articleFromText, extractArticle } from '@caucus/ingest';

export function extractText(text: string, file = 'test.txt'): ArticleGraph {
  return extractArticle(articleFromText(text, file));
}

/** Relations as `TYPE source -> target` lines, by entity name. */
export function relationLines(graph: ArticleGraph): string[] {
  const name = (id: string | string[]) => graph.entities.find((e) => e.id === id)?.name ?? String(id);
  return graph.relations.map((r) => `${r.type} ${name(r.source)} -> ${name(r.target)}`);
}

export function entityLines(graph: ArticleGraph): string[] {
  return graph.entities.filter((e) => e.type !== 'Place').map((e) => `${e.type} ${e.name}`);
}

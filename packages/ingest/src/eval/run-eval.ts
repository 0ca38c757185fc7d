// Reads gold and predicted directories and scores every gold file that has a prediction.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGraph } from '@caucus/graph';
import { scoreArticle } from './score-article.ts';
import { type CorpusScore, scoreCorpus } from './score-corpus.ts';

function readGraph(file: string): ArticleGraph {
  try {
    const graph = JSON.parse(readFileSync(file, 'utf8')) as ArticleGraph;
    if (!Array.isArray(graph.entities) || !Array.isArray(graph.relations))
      throw new Error('needs "entities" and "relations" arrays');
    return graph;
  } catch (err) {
    throw new Error(`${file}: not an article graph (${err instanceof Error ? err.message : String(err)})`);
  }
}

export function evaluateDirectories(goldDir: string, predDir: string): CorpusScore {
  for (const dir of [goldDir, predDir]) if (!existsSync(dir)) throw new Error(`${dir}: no such directory`);
  const goldFiles = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (goldFiles.length === 0) throw new Error(`${goldDir}: no gold .json files`);
  const scores = goldFiles.map((file) => {
    const gold = readGraph(path.join(goldDir, file));
    const predFile = path.join(predDir, file);
    // A missing prediction scores as an empty graph: every gold item is a miss.
    const pred: ArticleGraph = existsSync(predFile)
      ? readGraph(predFile)
      : { article: gold.article, entities: [], relations: [] };
    return scoreArticle(gold, pred);
  });
  return scoreCorpus(scores);
}

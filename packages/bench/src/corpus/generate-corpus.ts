// Writes N synthetic articles and their ground truth: DIR/articles/*.txt and DIR/gold/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from './generate-article.ts';
import { createRandom } from './random.ts';
import { createWorld } from './world.ts';

export interface CorpusPaths {
  articles: string;
  gold: string;
  bytes: number;
}

export function generateCorpus(dir: string, size: number, seed = 42): CorpusPaths {
  const random = createRandom(seed);
  const world = createWorld(random);
  const articles = path.join(dir, 'articles');
  const gold = path.join(dir, 'gold');
  mkdirSync(articles, { recursive: true });
  mkdirSync(gold, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const a = generateArticle(world, random, i);
    writeFileSync(path.join(articles, a.fileName), a.text);
    writeFileSync(path.join(gold, a.fileName.replace(/\.txt$/, '.json')), JSON.stringify(a.truth));
    bytes += Buffer.byteLength(a.text);
  }
  return { articles, gold, bytes };
}

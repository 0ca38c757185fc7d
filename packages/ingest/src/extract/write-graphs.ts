// `extract --out DIR`: one deterministic JSON file per article, written atomically.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGraph } from '@caucus/graph';

export function writeArticleGraph(outDir: string, stem: string, graph: ArticleGraph): string {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${stem}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(graph, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return file;
}

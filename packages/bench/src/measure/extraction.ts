// Extraction speed on one core and on all cores (worker threads), with peak memory.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleFromText, extractArticle, findArticles } from '@caucus/ingest';

export interface ExtractionFigures {
  articles: number;
  megabytes: number;
  oneCore: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  allCores: { workers: number; seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  peakRssMb: number;
}

export function loadTexts(dir: string): { file: string; text: string }[] {
  return findArticles([dir]).files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

export async function measureExtraction(dir: string): Promise<ExtractionFigures> {
  const texts = loadTexts(dir);
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
  // Warm up the JIT on a few articles so the figure is the steady state.
  for (const t of texts.slice(0, 20)) extractArticle(articleFromText(t.text, t.file));
  let started = performance.now();
  for (const t of texts) extractArticle(articleFromText(t.text, t.file));
  const one = (performance.now() - started) / 1000;

  const workers = Math.max(1, availableParallelism());
  const slices = Array.from({ length: workers }, (_, i) => texts.filter((_t, j) => j % workers === i));
  started = performance.now();
  await Promise.all(
    slices.map(
      (slice) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(path.join(import.meta.dirname, 'extract-worker-boot.mjs'), {
            workerData: slice,
          });
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  const all = (performance.now() - started) / 1000;
  return {
    articles: texts.length,
    megabytes,
    oneCore: { seconds: one, articlesPerSecond: texts.length / one, megabytesPerSecond: megabytes / one },
    allCores: {
      workers,
      seconds: all,
      articlesPerSecond: texts.length / all,
      megabytesPerSecond: megabytes / all,
    },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

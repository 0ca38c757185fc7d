// A worker thread that extracts its share of articles (timed by the parent, startup included).
import { parentPort, workerData } from 'node:worker_threads';
import { articleFromText, extractArticle } from '@caucus/ingest';

let relations = 0;
for (const t of workerData as { file: string; text: string }[])
  relations += extractArticle(articleFromText(t.text, t.file)).relations.length;
parentPort?.postMessage(relations);

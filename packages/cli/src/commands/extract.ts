// `caucus extract --out DIR FILE_OR_DIR...`: article files → graph JSON, one per article.
import { parseArgs } from 'node:util';
import {
  ArticleReadError,
  extractArticle,
  findArticles,
  readSource,
  writeArticleGraph,
} from '@caucus/ingest';
import { UsageError } from '../usage-error.ts';

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.out) throw new UsageError('extract needs --out DIR');
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE_OR_DIR');
  const { files, problems } = findArticles(positionals);
  let failed = problems.length;
  for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const started = Date.now();
  for (const file of files) {
    try {
      const article = await readSource(file);
      const graph = extractArticle(article);
      writeArticleGraph(values.out, article.stem, graph);
    } catch (err) {
      if (!(err instanceof ArticleReadError)) throw err;
      console.error(`failed ${err.path}: ${err.reason}`);
      failed++;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `extracted ${files.length - (failed - problems.length)} of ${files.length} articles into ${values.out} in ${seconds.toFixed(2)}s`,
  );
  return failed > 0 ? 1 : 0;
}

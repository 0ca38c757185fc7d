export * from './eval/run-eval.ts';
export * from './eval/score-article.ts';
export * from './eval/score-corpus.ts';
export { extractArticle } from './extract/extract-article.ts';
export { splitSentences } from './extract/text/sentences.ts';
export * from './extract/write-graphs.ts';
export * from './read/find-articles.ts';
export * from './read/read-article.ts';
export * from './write/ingest-articles.ts';

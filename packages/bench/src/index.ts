export * from './chromium.ts';
export * from './corpus/generate-corpus.ts';
export * from './measure/readability.ts';
export * from './report.ts';
export * from './run-bench.ts';

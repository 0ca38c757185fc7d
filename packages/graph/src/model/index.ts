export * from './article-graph.ts';
export * from './curation.ts';
export * from './names.ts';
export * from './ontology.ts';

export * from './app.ts';
export type { CypherReply } from './cypher/run-user-cypher.ts';
export type { EvidenceItem } from './evidence.ts';
export type { SerializedEdge, SerializedGraph, SerializedNode } from './graph-json/graphology-json.ts';
export type { GraphQuery } from './routes/graph.ts';
export type { ExplainedPath } from './routes/path-explain.ts';
export type { EntitySummary } from './schemas.ts';
export * from './server-settings.ts';

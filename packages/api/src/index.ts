export * from './analysis/alliance-graph.ts';
export * from './analysis/blocs.ts';
export * from './analysis/centrality.ts';
export * from './app.ts';
export type { ChangeFlag, ChangeSide, ChangeType } from './changes/change-flag.ts';
export type { CypherReply } from './cypher/run-user-cypher.ts';
export type { EvidenceItem } from './evidence.ts';
export type { SerializedEdge, SerializedGraph, SerializedNode } from './graph-json/graphology-json.ts';
export type { OverviewColumns } from './overview/overview-columns.ts';
export { type AllianceScope, loadAllianceGraph } from './queries/alliance-ties.ts';
export { type BlocReport, type BlocsReply, type BlocTieReport, computeBlocs } from './queries/blocs.ts';
export {
  computeInfluence,
  type InfluenceReply,
  type InfluenceRow,
  type InfluenceSort,
} from './queries/influence.ts';
export type { ExplainedPath } from './queries/path-explain.ts';
export type { EntityTimeline, TimelineRelation } from './queries/timeline.ts';
export type { AskReply, SlotReport, TemplateRef } from './questions/ask-question.ts';
export type { ElectionSummary, RaceBoard, RaceCandidate } from './races/race-types.ts';
export { readTallies, type TallyFact } from './races/tally-reader.ts';
export type { GraphQuery } from './routes/graph.ts';
export type { EntitySummary } from './schemas.ts';
export * from './server-settings.ts';
export type { Attribution } from './trust/attribution.ts';
export type { MergeProvenance } from './trust/merge-provenance.ts';

// The viewer's only door to data: typed calls to the Caucus API.
import type {
  AskReply,
  BlocsReply,
  ChangeFlag,
  CypherReply,
  ElectionSummary,
  EntitySummary,
  EntityTimeline,
  EvidenceItem,
  ExplainedPath,
  GraphQuery,
  InfluenceReply,
  OverviewColumns,
  RaceBoard,
  SerializedGraph,
  TemplateRef,
} from '@caucus/api';

export type * from '@caucus/api';

/** Which union and span the blocs and influence figures cover. */
export interface AllianceScope {
  union?: string;
  since?: string;
  until?: string;
}

export interface EntityDetail {
  entity: EntitySummary & { properties: Record<string, unknown> };
  articles: {
    id: string;
    title: string | null;
    date: string | null;
    source: string | null;
    mentions: number;
  }[];
  relations: {
    type: string;
    direction: 'in' | 'out';
    other: EntitySummary;
    properties: Record<string, unknown>;
    evidence: EvidenceItem[];
    /** All the evidence there is; `evidence` holds the newest pieces only. */
    evidenceCount: number;
  }[];
}

export interface LinkReply {
  links: (ExplainedPath & { kind: string; score: number })[];
}

export interface ArticleReply {
  article: { id: string; title: string | null; date: string | null; source: string | null; text: string };
  mentions: { start: number; end: number; key: string; type: string; name: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, (body as { message?: string }).message ?? `HTTP ${res.status}`);
  return body as T;
}

const q = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
  ).toString();

export const api = {
  search: (text: string, limit = 8) =>
    request<{ results: (EntitySummary & { score: number })[] }>(`/api/search?${q({ q: text, limit })}`),
  /** The compact overview; expand it with core/overview-columns.ts. */
  graph: (filters: GraphQuery & Record<string, string | number | undefined>) =>
    request<OverviewColumns>(`/api/graph?${q({ ...filters, format: 'columns' })}`),
  /** The evidence of one overview relation, opened on demand. */
  graphEvidence: (edge: string, limit = 20) =>
    request<{ id: string; type: string; evidenceCount: number; evidence: EvidenceItem[] }>(
      `/api/graph/evidence?${q({ edge, limit })}`,
    ),
  entity: (key: string) => request<EntityDetail>(`/api/entities/${encodeURIComponent(key)}`),
  neighbors: (key: string, depth = 1) =>
    request<SerializedGraph>(`/api/entities/${encodeURIComponent(key)}/neighbors?${q({ depth })}`),
  links: (faction: string, candidate: string) =>
    request<LinkReply>(`/api/links?${q({ faction, candidate })}`),
  paths: (from: string, to: string) => request<{ paths: ExplainedPath[] }>(`/api/paths?${q({ from, to })}`),
  articles: () =>
    request<{ total: number; articles: { id: string; title: string | null; date: string | null }[] }>(
      '/api/articles?limit=1000',
    ),
  article: (id: string) => request<ArticleReply>(`/api/articles/${id}`),
  elections: (union?: string) => request<{ elections: ElectionSummary[] }>(`/api/elections?${q({ union })}`),
  election: (key: string) => request<RaceBoard>(`/api/elections/${encodeURIComponent(key)}`),
  timeline: (key: string) => request<EntityTimeline>(`/api/entities/${encodeURIComponent(key)}/timeline`),
  changes: (entity?: string) =>
    request<{ changes: ChangeFlag[]; truncated: boolean }>(`/api/changes?${q({ entity })}`),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<CypherReply>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    }),
  blocs: (scope: AllianceScope) => request<BlocsReply>(`/api/blocs?${q({ ...scope })}`),
  influence: (scope: AllianceScope, limit = 200) =>
    request<InfluenceReply>(`/api/influence?${q({ ...scope, limit })}`),
  ask: (question: string, picks: Record<string, string> = {}) =>
    request<AskReply>('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, picks }),
    }),
  askTemplates: () => request<{ templates: TemplateRef[] }>('/api/ask/templates'),
};

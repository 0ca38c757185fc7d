// The viewer's only door to data: typed calls to the Caucus API.

import type {
  AskReply,
  Attribution,
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
  MergeProvenance,
  OverviewColumns,
  RaceBoard,
  SerializedGraph,
  TemplateRef,
} from '@caucus/api';
import type { Curation } from '@caucus/graph';

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
  /** All the articles that mention it; `articles` holds the newest only. */
  articleTotal: number;
  /** Why these names are one entity. */
  merges: MergeProvenance;
  /** Each type and direction of relation: how many there are, and how many `relations` holds. */
  relationGroups: { type: string; direction: 'in' | 'out'; total: number; shown: number }[];
  /** The strongest of each group (most evidence first); page the rest with api.relationPage. */
  relations: EntityRelation[];
}

export interface EntityRelation {
  type: string;
  direction: 'in' | 'out';
  other: EntitySummary;
  properties: Record<string, unknown>;
  evidence: EvidenceItem[];
  /** All the evidence there is; `evidence` holds the newest pieces only. */
  evidenceCount: number;
  /** Who says so: distinct and independent sources. */
  attribution: Attribution;
}

export type { Curation };

export interface ReviewReply {
  merges: { entity: EntitySummary; confidence: number; weakest: string; names: string[] }[];
  namesakes: {
    kind: 'kept-apart' | 'conflicting-ties';
    entity: { key: string; name: string };
    other: { key: string; name: string } | null;
    unions: { key: string; name: string }[];
    reason: string;
  }[];
  relations: {
    type: string;
    source: { key: string; name: string };
    target: { key: string; name: string };
    confidence: number;
    evidence: EvidenceItem | null;
  }[];
}

const TOKEN_KEY = 'caucus-api-token';
const WHO_KEY = 'caucus-curator';

/** The API token lives in this tab's session only: gone when the tab closes. */
export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  who: () => sessionStorage.getItem(WHO_KEY) ?? 'curator',
  signIn(token: string, who: string) {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (who) sessionStorage.setItem(WHO_KEY, who);
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

const curationPost = <T>(path: string, body: Record<string, unknown>) =>
  request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token() ?? ''}` },
    body: JSON.stringify({ who: session.who(), ...body }),
  });

export interface LinkReply {
  links: (ExplainedPath & { kind: string; score: number })[];
}

/** A syndicated copy of an article, stored once under the first one found. */
export interface ArticleCopy {
  path: string;
  url: string | null;
  title: string | null;
  date: string | null;
  source: string | null;
  similarity: number;
}

export interface ArticleReply {
  article: {
    id: string;
    title: string | null;
    date: string | null;
    source: string | null;
    url?: string | null;
    urls?: string[];
    copies?: ArticleCopy[];
    text: string;
  };
  mentions: { start: number; end: number; key: string; type: string; name: string }[];
}

export interface AddArticleReply {
  id: string;
  status: 'ingested' | 'unchanged' | 'copy' | 'failed';
  title: string | null;
  url: string | null;
  /** For a copy: the article it copies, whose evidence stands for both. */
  copyOf?: string;
  failed: { path: string; reason: string }[];
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

const q = (params: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]) as [string, string][],
  ).toString();

export const api = {
  search: (text: string, limit = 8) =>
    request<{ results: (EntitySummary & { score: number })[] }>(`/api/search?${q({ q: text, limit })}`),
  /** The compact overview; expand it with core/overview-columns.ts. */
  graph: (filters: GraphQuery & Record<string, string | number | boolean | undefined>) =>
    request<OverviewColumns>(`/api/graph?${q({ ...filters, format: 'columns' })}`),
  /** The evidence of one overview relation, opened on demand. */
  graphEvidence: (edge: string, limit = 20) =>
    request<{ id: string; type: string; evidenceCount: number; evidence: EvidenceItem[] }>(
      `/api/graph/evidence?${q({ edge, limit })}`,
    ),
  entity: (key: string) => request<EntityDetail>(`/api/entities/${encodeURIComponent(key)}`),
  /** One group of an entity's relations (a type and a direction), strongest first. */
  relationPage: (key: string, type: string, direction: 'in' | 'out', offset = 0, limit = 500) =>
    request<{ total: number; offset: number; relations: EntityRelation[] }>(
      `/api/entities/${encodeURIComponent(key)}/relations?${q({ type, direction, offset, limit })}`,
    ),
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
  addArticle: (url: string, token: string) =>
    request<AddArticleReply>('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ url }),
    }),
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
  curations: (entity?: string) => request<{ curations: Curation[] }>(`/api/curations?${q({ entity })}`),
  curate: (kind: Curation['kind'], body: Record<string, unknown>) =>
    curationPost<{ curation: Curation; changed: number }>(`/api/curations/${kind}`, body),
  undo: (id: string) =>
    curationPost<{ curation: Curation; rebuilt: number }>(`/api/curations/${id}/undo`, {}),
  review: () => request<ReviewReply>('/api/review'),
};

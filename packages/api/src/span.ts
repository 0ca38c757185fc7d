// A span of years or dates from `since`/`until` query parameters: "2014" reads as the whole year.

export interface Span {
  since: string | null;
  until: string | null;
}

/** The JSON schema of `since` and `until`: a year or an ISO date. */
export const SPAN_PARAMS = {
  since: {
    type: 'string',
    pattern: '^\\d{4}(-\\d{2}-\\d{2})?$',
    description: 'from this year or date (YYYY or YYYY-MM-DD)',
  },
  until: {
    type: 'string',
    pattern: '^\\d{4}(-\\d{2}-\\d{2})?$',
    description: 'up to this year or date (YYYY or YYYY-MM-DD)',
  },
} as const;

export function parseSpan(q: { since?: string | undefined; until?: string | undefined }): Span {
  const since = q.since ? (q.since.length === 4 ? `${q.since}-01-01` : q.since) : null;
  const until = q.until ? (q.until.length === 4 ? `${q.until}-12-31` : q.until) : null;
  if (since && until && since > until)
    throw Object.assign(
      new Error(`querystring/since: "${q.since}" is after until "${q.until}"; swap them or widen the span`),
      { statusCode: 400 },
    );
  return { since, until };
}

// API server settings, validated once from the environment.

export interface ServerSettings {
  host: string;
  port: number;
  /** Bearer token for POST /api/articles; writes are off when unset. */
  apiToken: string | undefined;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  graphNodeLimit: number;
  bodyLimitBytes: number;
  /** How often cached reads (stats, overview) look for writes made by another process. */
  readCacheCheckMs: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function resolveServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    host: env.CAUCUS_HOST || '127.0.0.1',
    port: intFrom(env, 'CAUCUS_PORT', 3000, 0, 65535),
    apiToken: env.CAUCUS_API_TOKEN || undefined,
    cypherTimeoutMs: intFrom(env, 'CAUCUS_CYPHER_TIMEOUT_MS', 5000, 100, 600_000),
    cypherRowLimit: intFrom(env, 'CAUCUS_CYPHER_ROW_LIMIT', 10_000, 1, 1_000_000),
    graphNodeLimit: intFrom(env, 'CAUCUS_GRAPH_NODE_LIMIT', 20_000, 1, 1_000_000),
    bodyLimitBytes: intFrom(env, 'CAUCUS_BODY_LIMIT', 2 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    readCacheCheckMs: intFrom(env, 'CAUCUS_READ_CACHE_CHECK_MS', 1000, 0, 3_600_000),
  };
}

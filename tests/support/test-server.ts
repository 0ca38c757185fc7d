// The real Fastify server on a port, over the test Neo4j loaded with the seeds.
import path from 'node:path';
import { createApp, resolveServerSettings, type ServerSettings } from '@caucus/api';
import { resolveConnectionConfig } from '@caucus/graph/neo4j';
import { ingestFiles } from '@caucus/ingest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from './paths.ts';
import { testNeo4jEnv } from './test-env.ts';
import { emptyGraph, testDriver } from './test-graph.ts';

export interface TestServer {
  app: FastifyInstance;
  driver: Driver;
  url: string;
  get(pathAndQuery: string): Promise<{ status: number; body: any; headers: Headers }>;
  post(
    pathname: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    settings?: Partial<ServerSettings>;
    driver?: Driver;
    loadSeeds?: boolean;
    viewerDir?: string;
    /** Origins of the test's own web servers that POST /api/articles {url} may fetch. */
    fetchAllowOrigins?: string[];
  } = {},
): Promise<TestServer> {
  const driver = options.driver ?? testDriver();
  if (options.loadSeeds !== false) {
    await emptyGraph(driver);
    await ingestFiles([path.join(REPO_ROOT, 'seeds')], { driver });
  }
  // Tests write straight to Neo4j and read back at once: the cache looks at the store each time.
  const settings = { ...resolveServerSettings({}), readCacheCheckMs: 0, ...options.settings };
  const app = await createApp({
    driver,
    database: undefined,
    neo4jUri: resolveConnectionConfig(testNeo4jEnv()).uri,
    settings,
    ...(options.viewerDir ? { viewerDir: options.viewerDir } : {}),
    ...(options.fetchAllowOrigins ? { fetchAllowOrigins: options.fetchAllowOrigins } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    driver,
    url,
    async get(p) {
      const res = await fetch(`${url}${p}`);
      const text = await res.text();
      return {
        status: res.status,
        body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text,
        headers: res.headers,
      };
    },
    async post(p, body, headers = {}) {
      const res = await fetch(`${url}${p}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
    },
    async close() {
      await app.close();
      if (!options.driver) await driver.close();
    },
  };
}

export const enc = encodeURIComponent;

// Neo4j going away and coming back, and a graceful SIGTERM.
import { spawn } from 'node:child_process';
import { createDriver, resolveConnectionConfig } from '@caucus/graph/neo4j';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { testNeo4jEnv } from '../support/test-env.ts';
import { startTestServer } from '../support/test-server.ts';

describe('API resilience', () => {
  it('answers 503 with a hint while Neo4j is down, and recovers without a restart', async () => {
    const neo4jPort = Number(new URL(testNeo4jEnv().NEO4J_URI as string).port);
    const proxy = await startTcpProxy(neo4jPort);
    const driver = createDriver(
      resolveConnectionConfig({ ...testNeo4jEnv(), NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }),
    );
    const server = await startTestServer({ driver });
    try {
      expect((await server.get('/api/search?q=jan')).status).toBe(200);
      await proxy.cut();
      const down = await server.get('/api/search?q=jan');
      expect(down.status).toBe(503);
      expect(down.body.hint).toMatch(/pnpm caucus db start|NEO4J_URI/);
      expect((await server.get('/api/health')).body).toMatchObject({ neo4j: 'down' });
      await proxy.restore();
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        status = (await server.get('/api/search?q=jan')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await server.close();
      await driver.close();
      await proxy.close();
    }
  }, 120_000);

  it('shuts down cleanly on SIGTERM', async () => {
    // Node itself, not a package-manager wrapper, receives the signal, as under a process manager.
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testNeo4jEnv(), CAUCUS_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 90_000);
      child.stdout.on('data', () => {
        const m = /serving the API and viewer at (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
    });
    expect((await fetch(`${url}api/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('Stopped.');
  }, 120_000);
});

// The local embedded DBMS: data survives stop/start, a killed parent leaves no JVM, NEO4J_URI is honoured.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver, resolveConnectionConfig } from '@caucus/graph/neo4j';
import { openDatabase, resolveLocalSettings, startLocalDbms, stopLocalDbms } from '@caucus/neo4j-local';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_BOLT_PORT } from '../setup/global-neo4j.ts';
import { testNeo4jEnv } from '../support/test-env.ts';

// Two ports next to the shared test Neo4j's, for DBMSs of this file's own.
const PORT = String(Number(TEST_BOLT_PORT) + 1);
const OTHER_PORT = String(Number(TEST_BOLT_PORT) + 2);
const dataDir = mkdtempSync(path.join(tmpdir(), 'caucus-lifecycle-'));
const env = {
  CAUCUS_DATA_DIR: dataDir,
  CAUCUS_NEO4J_PORT: PORT,
  CAUCUS_NEO4J_HEAP: '512m',
  CAUCUS_NEO4J_PAGECACHE: '256m',
};
const settings = resolveLocalSettings(env);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

async function countMarkers(): Promise<number> {
  const driver = createDriver(resolveConnectionConfig(env));
  try {
    const res = await driver.executeQuery('MATCH (m:LifecycleMarker) RETURN count(m) AS n');
    return res.records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('local embedded Neo4j', () => {
  afterAll(async () => {
    await stopLocalDbms(settings);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shuts down when its attached parent is killed, and keeps the data it wrote', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../support/attached-dbms-child.ts', import.meta.url))],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const jvmPid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /JVM (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`child exited with ${code} before Neo4j started`)));
    });
    const driver = createDriver(resolveConnectionConfig(env));
    await driver.executeQuery('CREATE (:LifecycleMarker {at: datetime()})');
    await driver.close();

    child.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(jvmPid), 60_000)).toBe(true);
  }, 180_000);

  it('restarts on the same data directory with the data kept, reuses a running one, and stops cleanly', async () => {
    const first = await startLocalDbms({ settings, attached: false, log: () => {} });
    expect(first.startedHere).toBe(true);
    expect(await countMarkers()).toBe(1);

    const second = await startLocalDbms({ settings, attached: false, log: () => {} });
    expect(second.startedHere).toBe(false);
    expect(second.state.pid).toBe(first.state.pid);

    const stopped = await stopLocalDbms(settings);
    expect(stopped?.pid).toBe(first.state.pid);
    expect(isAlive(first.state.pid)).toBe(false);

    const third = await startLocalDbms({ settings, attached: true, log: () => {} });
    expect(await countMarkers()).toBe(1);
    await third.stop();
    expect(isAlive(third.state.pid)).toBe(false);
  }, 240_000);

  it('refuses to serve one data directory on a second port, naming the port in use', async () => {
    const running = await startLocalDbms({ settings, attached: true, log: () => {} });
    const other = resolveLocalSettings({ ...env, CAUCUS_NEO4J_PORT: OTHER_PORT });
    await expect(startLocalDbms({ settings: other, attached: true, log: () => {} })).rejects.toThrow(
      new RegExp(`on port ${PORT}, not ${OTHER_PORT}`),
    );
    await running.stop();
  }, 180_000);

  it('launches nothing and uses that server when NEO4J_URI is set', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'caucus-uri-'));
    const db = await openDatabase({ env: { ...testNeo4jEnv(), CAUCUS_DATA_DIR: scratch }, log: () => {} });
    try {
      expect(db.config.external).toBe(true);
      expect(db.config.uri).toBe(testNeo4jEnv().NEO4J_URI);
      const res = await db.driver.executeQuery('RETURN 1 AS one');
      expect(res.records[0]?.get('one')).toBe(1);
      expect(existsSync(path.join(scratch, 'caucus-dbms.json'))).toBe(false);
    } finally {
      await db.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

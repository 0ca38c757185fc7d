// Start, stop and inspect the local embedded Neo4j. Used by `caucus db`, `pnpm start` and tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clearState, type DbmsState, isProcessAlive, readLiveState, writeState } from './dbms-state.ts';
import { ensureNeo4jRuntime } from './jar-cache.ts';
import { type LocalDbmsSettings, renderNeo4jConf, resolveLocalSettings } from './local-settings.ts';
import { isPortOpen } from './port-probe.ts';

export interface DbmsExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalDbmsHandle {
  uri: string;
  state: DbmsState;
  /** False when an already-running DBMS was reused: then `stop` leaves it running. */
  startedHere: boolean;
  /** Resolves when the JVM started here exits, for whatever reason; absent when reused. */
  exited?: Promise<DbmsExit>;
  stop(): Promise<void>;
}

export interface StartOptions {
  settings?: LocalDbmsSettings;
  /** Attached: the JVM exits when this process exits (even on SIGKILL). Detached: runs until `db stop`. */
  attached: boolean;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

function logFile(s: LocalDbmsSettings): string {
  return path.join(s.dataDir, 'neo4j.log');
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startLocalDbms(options: StartOptions): Promise<LocalDbmsHandle> {
  const s = options.settings ?? resolveLocalSettings();
  const log = options.log ?? console.log;
  const uri = `bolt://127.0.0.1:${s.boltPort}`;
  mkdirSync(s.dataDir, { recursive: true });

  const running = readLiveState(s.dataDir);
  if (running) {
    if (running.boltPort !== s.boltPort) {
      throw new Error(
        `The data directory ${s.dataDir} is already served by Neo4j (pid ${running.pid}) on port ${running.boltPort}, ` +
          `not ${s.boltPort}. Use CAUCUS_NEO4J_PORT=${running.boltPort}, or stop it with \`pnpm caucus db stop\`.`,
      );
    }
    log(`Neo4j ${running.version} already running at ${uri} (pid ${running.pid}); reusing it.`);
    return { uri, state: running, startedHere: false, stop: async () => {} };
  }
  if (await isPortOpen(s.boltPort)) {
    throw new Error(
      `Port ${s.boltPort} on 127.0.0.1 is taken by another process, not Caucus's Neo4j for ${s.dataDir}. ` +
        'Set CAUCUS_NEO4J_PORT to a free port, or NEO4J_URI to use that server.',
    );
  }

  const runtime = ensureNeo4jRuntime(s, log);
  const confPath = path.join(s.dataDir, 'neo4j.conf');
  writeFileSync(confPath, renderNeo4jConf(s));
  const out = openSync(logFile(s), 'a');
  const args = [
    `-Xms${s.heap}`,
    `-Xmx${s.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    `${runtime.classDir}${path.delimiter}${runtime.libDir}/*`,
    'CaucusNeo4j',
    path.join(s.dataDir, 'dbms'),
    confPath,
  ];
  if (options.attached) args.push('--exit-on-stdin-eof');
  log(`Starting Neo4j ${s.version} (data in ${s.dataDir})...`);
  const child = spawn('java', args, {
    detached: !options.attached,
    stdio: [options.attached ? 'pipe' : 'ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<DbmsExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const state: DbmsState = {
    pid: child.pid ?? -1,
    boltPort: s.boltPort,
    version: s.version,
    dataDir: s.dataDir,
    startedAt: new Date().toISOString(),
    attached: options.attached,
  };
  try {
    await waitForBolt(child, s, options.startTimeoutMs ?? 120_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  writeState(state);
  if (!options.attached) child.unref();
  else {
    // The pipe must not keep Node's event loop alive; the JVM watches it for EOF.
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    child.unref();
  }
  log(`Neo4j ${s.version} is up at ${uri} (pid ${state.pid}).`);
  return { uri, state, startedHere: true, exited, stop: () => stopPid(state, s, log) };
}

async function waitForBolt(child: ChildProcess, s: LocalDbmsSettings, timeoutMs: number): Promise<void> {
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(
        `Neo4j exited during start (code ${exited}). Last lines of ${logFile(s)}:\n${tail(logFile(s))}`,
      );
    }
    if (await isPortOpen(s.boltPort)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `Neo4j did not open Bolt on port ${s.boltPort} within ${timeoutMs / 1000}s. See ${logFile(s)}.`,
  );
}

/** SIGTERM, then SIGKILL once the grace period is over: a JVM busy in a query may not stop. */
async function stopPid(
  state: DbmsState,
  s: LocalDbmsSettings,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (!isProcessAlive(state.pid)) {
    clearState(s.dataDir);
    return;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + s.stopGraceMs;
  while (isProcessAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isProcessAlive(state.pid)) {
    log(`Neo4j (pid ${state.pid}) did not stop within ${s.stopGraceMs / 1000}s; killing it.`);
    process.kill(state.pid, 'SIGKILL');
    while (isProcessAlive(state.pid)) await new Promise((r) => setTimeout(r, 50));
  }
  clearState(s.dataDir);
}

/** Stops the DBMS serving the data directory, if any. Returns whether one was running. */
export async function stopLocalDbms(
  settings: LocalDbmsSettings = resolveLocalSettings(),
): Promise<DbmsState | null> {
  const state = readLiveState(settings.dataDir);
  if (!state) return null;
  await stopPid(state, settings);
  return state;
}

export function localDbmsStatus(settings: LocalDbmsSettings = resolveLocalSettings()): DbmsState | null {
  return readLiveState(settings.dataDir);
}

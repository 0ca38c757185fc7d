// Keeps the local Neo4j of `pnpm start` running: when its JVM dies (out of memory, kill -9, a
// crash) it is started again on the same data, with growing pauses between failed attempts,
// and the cause is logged. Meanwhile `status()` says why the database is not there.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './dbms-state.ts';
import { type DbmsExit, type LocalDbmsHandle, startLocalDbms } from './local-dbms.ts';
import { type LocalDbmsSettings, resolveLocalSettings } from './local-settings.ts';

export interface DbmsStatus {
  state: 'up' | 'restarting' | 'stopped';
  /** Why it is not up: how the JVM ended, or why a restart failed. */
  reason?: string;
  restarts: number;
  pid?: number;
}

export interface DbmsSupervisor {
  uri: string;
  status(): DbmsStatus;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  settings?: LocalDbmsSettings;
  log?: (line: string) => void;
  /** First pause before a restart; it doubles after each failed attempt, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A JVM that ran this long counts as healthy: the next failure starts the backoff again. */
  stableAfterMs?: number;
}

/** The JVM's last words since `from` in its log: an OutOfMemoryError, a fatal error. */
function lastWords(logFile: string, from: number): string | undefined {
  let fd: number | undefined;
  try {
    const size = statSync(logFile).size;
    const start = Math.max(from, size - 64 * 1024);
    const buffer = Buffer.alloc(size - start);
    fd = openSync(logFile, 'r');
    readSync(fd, buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    return lines
      .reverse()
      .find((l) => /OutOfMemoryError|Terminating|FATAL|SIGSEGV|CAUCUS-FAILED/.test(l))
      ?.trim();
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeExit(exit: DbmsExit, words: string | undefined): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
  return words ? `${how}: ${words}` : how;
}

function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Exit of a JVM this process did not start (reused from `caucus db start`): watch its pid. */
async function watchPid(pid: number, stopped: () => boolean): Promise<DbmsExit> {
  while (isProcessAlive(pid) && !stopped()) await new Promise((r) => setTimeout(r, 1000));
  return { code: null, signal: null };
}

export async function superviseLocalDbms(options: SuperviseOptions = {}): Promise<DbmsSupervisor> {
  const settings = options.settings ?? resolveLocalSettings();
  const log = options.log ?? console.log;
  const initialBackoff = options.initialBackoffMs ?? 1000;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  const logFile = path.join(settings.dataDir, 'neo4j.log');

  let stopping = false;
  let wake: (() => void) | undefined;
  let logFrom = logSize(logFile);
  let handle: LocalDbmsHandle = await startLocalDbms({ settings, attached: true, log });
  let startedAt = Date.now();
  let status: DbmsStatus = { state: 'up', restarts: 0, pid: handle.state.pid };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (reason: string): Promise<void> => {
    status = { ...status, state: 'restarting', reason, pid: undefined };
    let attempt = Date.now() - startedAt >= stableAfter ? 0 : status.restarts;
    while (!stopping) {
      const delay = Math.min(maxBackoff, initialBackoff * 2 ** Math.min(attempt, 16));
      log(`Neo4j ${reason}. Restarting it on the same data in ${(delay / 1000).toFixed(1)}s...`);
      await pause(delay);
      if (stopping) return;
      try {
        logFrom = logSize(logFile);
        handle = await startLocalDbms({ settings, attached: true, log });
        startedAt = Date.now();
        status = { state: 'up', restarts: status.restarts + 1, pid: handle.state.pid };
        log(`Neo4j is back (pid ${handle.state.pid}, restart ${status.restarts}).`);
        void watch();
        return;
      } catch (err) {
        attempt += 1;
        const first = (err as Error).message.split('\n')[0];
        reason = `could not be restarted (${first})`;
        status = { ...status, reason };
      }
    }
  };

  const watch = async (): Promise<void> => {
    const current = handle;
    const exit = await (current.exited ?? watchPid(current.state.pid, () => stopping));
    if (stopping || current !== handle) return;
    const reason = `(pid ${current.state.pid}) ${describeExit(exit, lastWords(logFile, logFrom))}`;
    await restart(reason);
  };
  if (!handle.startedHere)
    log('Watching the Neo4j that `caucus db start` runs; it is restarted here if it dies.');
  void watch();

  return {
    uri: handle.uri,
    status: () => (stopping ? { ...status, state: 'stopped' } : status),
    async stop() {
      stopping = true;
      wake?.();
      await handle.stop();
    },
  };
}

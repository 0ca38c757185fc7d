// The state file beside the data directory: which JVM serves it, on which port.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface DbmsState {
  pid: number;
  boltPort: number;
  version: string;
  dataDir: string;
  startedAt: string;
  /** Attached DBMSs die with their parent; detached ones run until `db stop`. */
  attached: boolean;
}

export function stateFile(dataDir: string): string {
  return path.join(dataDir, 'caucus-dbms.json');
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The recorded state, or null when there is none or its JVM is gone (a stale file is removed). */
export function readLiveState(dataDir: string): DbmsState | null {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return null;
  let state: DbmsState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as DbmsState;
  } catch {
    rmSync(file, { force: true });
    return null;
  }
  if (!isProcessAlive(state.pid)) {
    rmSync(file, { force: true });
    return null;
  }
  return state;
}

export function writeState(state: DbmsState): void {
  const file = stateFile(state.dataDir);
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
  // rename is atomic: readers never see half a file.
  renameSync(`${file}.tmp`, file);
}

export function clearState(dataDir: string): void {
  rmSync(stateFile(dataDir), { force: true });
}

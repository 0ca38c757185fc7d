// Settings of the local embedded DBMS, validated once from the environment.
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBoltPort } from '@caucus/graph/neo4j';

export const NEO4J_VERSION = '5.26.30';

/** The repository root, so that relative defaults do not depend on the caller's cwd. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const JAVA_SOURCE_DIR = fileURLToPath(new URL('../java/', import.meta.url));

export interface LocalDbmsSettings {
  version: string;
  boltPort: number;
  dataDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  /** One transaction's tracked memory; past it that query fails, not the JVM. */
  transactionMaxMemory: string;
  /** All transactions together, so that concurrent queries cannot add up to the heap. */
  transactionTotalMemory: string;
  /** How long a stop waits for the JVM to shut down before killing it. */
  stopGraceMs: number;
}

const MEMORY_SIZE = /^\d+[kmg]$/i;
const DURATION = /^\d+(ms|s|m|h)$/;

function pick(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: string,
  shape: RegExp,
  example: string,
): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!shape.test(value)) throw new Error(`${name} must look like ${example}, got "${value}"`);
  return value;
}

const UNIT: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

export function memoryBytes(size: string): number {
  return Number(size.slice(0, -1)) * (UNIT[size.slice(-1).toLowerCase()] ?? 1);
}

function megabytes(bytes: number): string {
  return `${Math.max(16, Math.floor(bytes / 2 ** 20))}m`;
}

export function resolveLocalSettings(env: NodeJS.ProcessEnv = process.env): LocalDbmsSettings {
  // 2 cores / 24 GiB: a 2 GiB heap and 2 GiB page cache leave room for Node, Chromium and the OS.
  const heap = pick(env, 'CAUCUS_NEO4J_HEAP', '2g', MEMORY_SIZE, '2g');
  // A quarter of the heap per transaction and half for all of them: a query that allocates
  // too much fails with MemoryLimitExceeded while the rest of the heap keeps Neo4j itself alive.
  const heapBytes = memoryBytes(heap);
  const settings: LocalDbmsSettings = {
    version: NEO4J_VERSION,
    boltPort: resolveBoltPort(env),
    dataDir: path.resolve(REPO_ROOT, env.CAUCUS_DATA_DIR || '.caucus/neo4j'),
    cacheDir: path.resolve(env.CAUCUS_CACHE_DIR || path.join(homedir(), '.cache', 'caucus')),
    heap,
    pageCache: pick(env, 'CAUCUS_NEO4J_PAGECACHE', '2g', MEMORY_SIZE, '2g'),
    transactionTimeout: pick(env, 'CAUCUS_NEO4J_TX_TIMEOUT', '120s', DURATION, '120s'),
    transactionMaxMemory: pick(env, 'CAUCUS_NEO4J_TX_MEMORY', megabytes(heapBytes / 4), MEMORY_SIZE, '512m'),
    transactionTotalMemory: pick(
      env,
      'CAUCUS_NEO4J_TX_TOTAL_MEMORY',
      megabytes(heapBytes / 2),
      MEMORY_SIZE,
      '1g',
    ),
    stopGraceMs: Number(pick(env, 'CAUCUS_NEO4J_STOP_GRACE_MS', '15000', /^\d{1,7}$/, '15000')),
  };
  const perTx = memoryBytes(settings.transactionMaxMemory);
  const all = memoryBytes(settings.transactionTotalMemory);
  if (perTx > all || all >= heapBytes) {
    throw new Error(
      `Neo4j memory limits must satisfy CAUCUS_NEO4J_TX_MEMORY (${settings.transactionMaxMemory}) <= ` +
        `CAUCUS_NEO4J_TX_TOTAL_MEMORY (${settings.transactionTotalMemory}) < CAUCUS_NEO4J_HEAP (${heap}); ` +
        'otherwise one query can take the whole heap and stop the JVM',
    );
  }
  return settings;
}

/** The neo4j.conf the embedded DBMS loads. */
export function renderNeo4jConf(s: LocalDbmsSettings): string {
  return [
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    'server.bolt.advertised_address=127.0.0.1',
    `server.memory.pagecache.size=${s.pageCache}`,
    'dbms.security.auth_enabled=false',
    'dbms.security.allow_csv_import_from_file_urls=false',
    `db.transaction.timeout=${s.transactionTimeout}`,
    `db.memory.transaction.max=${s.transactionMaxMemory}`,
    `dbms.memory.transaction.total.max=${s.transactionTotalMemory}`,
    'dbms.usage_report.enabled=false',
    // Neo4j keeps two days of transaction logs by default; a large ingest rewrites evidence lists
    // in every batch, and a 100 000-article run filled a 100 GB disk with them. A single local
    // instance needs them only for recovery (and at most 1 GiB is kept beyond that).
    'db.tx_log.rotation.retention_policy=1G size',
    '',
  ].join('\n');
}

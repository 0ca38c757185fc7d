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
  transactionMaxMemory: string;
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

export function resolveLocalSettings(env: NodeJS.ProcessEnv = process.env): LocalDbmsSettings {
  // 2 cores / 24 GiB: a 2 GiB heap and 2 GiB page cache leave room for Node, Chromium and the OS.
  return {
    version: NEO4J_VERSION,
    boltPort: resolveBoltPort(env),
    dataDir: path.resolve(REPO_ROOT, env.CAUCUS_DATA_DIR || '.caucus/neo4j'),
    cacheDir: path.resolve(env.CAUCUS_CACHE_DIR || path.join(homedir(), '.cache', 'caucus')),
    heap: pick(env, 'CAUCUS_NEO4J_HEAP', '2g', MEMORY_SIZE, '2g'),
    pageCache: pick(env, 'CAUCUS_NEO4J_PAGECACHE', '2g', MEMORY_SIZE, '2g'),
    transactionTimeout: pick(env, 'CAUCUS_NEO4J_TX_TIMEOUT', '120s', DURATION, '120s'),
    transactionMaxMemory: pick(env, 'CAUCUS_NEO4J_TX_MEMORY', '1g', MEMORY_SIZE, '1g'),
  };
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
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

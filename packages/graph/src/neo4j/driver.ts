// One driver per process, built from the resolved connection config.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from './connection-config.ts';

export function createDriver(config: Neo4jConnectionConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    // Plain JS numbers: our counts and years stay far below 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    // Managed transactions retry while the server is away; a user waiting on a page should
    // hear within seconds that Neo4j is down.
    maxTransactionRetryTime: 5_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
  });
}

/** Verifies the server answers; turns driver errors into one message naming the URI and the fix. */
export async function verifyConnection(driver: Driver, config: Neo4jConnectionConfig): Promise<void> {
  try {
    await driver.getServerInfo(config.database ? { database: config.database } : {});
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const hint = config.external
      ? 'check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the local database'
      : 'start it with `pnpm caucus db start`';
    throw new Neo4jUnavailableError(`Neo4j is not reachable at ${config.uri}: ${reason} (${hint})`);
  }
}

export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

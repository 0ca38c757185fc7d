// One call for every command that needs the graph: use NEO4J_URI if set, else launch (or reuse)
// the local embedded DBMS, then connect and apply the schema.
import {
  applySchema,
  createDriver,
  type Neo4jConnectionConfig,
  resolveConnectionConfig,
  verifyConnection,
} from '@caucus/graph/neo4j';
import type { Driver } from 'neo4j-driver';
import { type DbmsStatus, superviseLocalDbms } from './dbms-supervisor.ts';
import { startLocalDbms } from './local-dbms.ts';

export interface OpenDatabase {
  driver: Driver;
  config: Neo4jConnectionConfig;
  /** The supervised local DBMS's state; absent with NEO4J_URI or without `supervise`. */
  dbmsStatus?: () => DbmsStatus;
  /** Closes the driver, and stops the local DBMS if this call launched it. */
  close(): Promise<void>;
}

export async function openDatabase(
  options: {
    env?: NodeJS.ProcessEnv;
    log?: (line: string) => void;
    /** Restart the local DBMS whenever it dies (for long-running servers). */
    supervise?: boolean;
  } = {},
): Promise<OpenDatabase> {
  const config = resolveConnectionConfig(options.env);
  const supervisor =
    !config.external && options.supervise ? await superviseLocalDbms({ log: options.log }) : null;
  const local = config.external
    ? null
    : (supervisor ?? (await startLocalDbms({ attached: true, log: options.log })));
  const driver = createDriver(config);
  try {
    await verifyConnection(driver, config);
    await applySchema(driver, config.database);
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw err;
  }
  return {
    driver,
    config,
    ...(supervisor ? { dbmsStatus: () => supervisor.status() } : {}),
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}

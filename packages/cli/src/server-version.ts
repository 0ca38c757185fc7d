// Asks a Neo4j server its name, version and edition.
import { createDriver, type Neo4jConnectionConfig, verifyConnection } from '@caucus/graph/neo4j';

export async function queryServerVersion(config: Neo4jConnectionConfig): Promise<string> {
  const driver = createDriver(config);
  try {
    await verifyConnection(driver, config);
    const result = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e',
      {},
      { database: config.database },
    );
    const row = result.records[0];
    return row ? `${row.get('v')} ${row.get('e')}` : 'unknown version';
  } finally {
    await driver.close();
  }
}

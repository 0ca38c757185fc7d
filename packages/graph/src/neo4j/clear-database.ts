// Deletes every node and relationship, in chunks; for tests and benchmarks on their own stores.
import type { Driver } from 'neo4j-driver';

export async function clearDatabase(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

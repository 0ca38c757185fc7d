// Deletes every node and relationship, in chunks; for tests and benchmarks on their own stores.
import type { Driver } from 'neo4j-driver';

export async function clearDatabase(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction. Relationships go first in
  // small chunks: DETACH DELETE of a hub node holds all its relationships (and their evidence
  // lists) in one transaction, which ran a 3 GiB heap out of memory on a 10 000-article store.
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 2000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

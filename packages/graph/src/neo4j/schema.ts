// Constraints and indexes, applied idempotently at every start (IF NOT EXISTS).
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../model/ontology.ts';
import { migrateEvidence } from './migrate-evidence.ts';

export const FULLTEXT_INDEX = 'entity_names';

export function schemaStatements(): string[] {
  const statements = ENTITY_TYPES.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
  );
  statements.push('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE');
  statements.push('CREATE INDEX article_path IF NOT EXISTS FOR (a:Article) ON (a.path)');
  // The latest ingest time, read before each ingest to tell whether the store changed.
  statements.push('CREATE INDEX article_ingested_at IF NOT EXISTS FOR (a:Article) ON (a.ingestedAt)');
  // Feeds watched by `caucus watch`, each with the item URLs already read.
  statements.push('CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (f:Feed) REQUIRE f.url IS UNIQUE');
  // Every entity also carries :Entity so one full-text index and one key lookup cover all types.
  statements.push('CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE');
  // An edge's evidence is one :Evidence node per citing article, found by the edge's id: appending
  // to an edge then costs the same however many articles already cite it.
  for (const type of RELATION_TYPES)
    statements.push(`CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
  statements.push('CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE');
  statements.push('CREATE INDEX evidence_edge_seq IF NOT EXISTS FOR (e:Evidence) ON (e.edge, e.seq)');
  statements.push('CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article)');
  statements.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]`,
  );
  return statements;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  await migrateEvidence(driver, database);
}

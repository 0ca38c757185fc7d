// `caucus setup`: fetch the Neo4j jars now (unless NEO4J_URI is set), so later commands start fast.
import { resolveConnectionConfig } from '@caucus/graph/neo4j';
import { ensureNeo4jRuntime, resolveLocalSettings } from '@caucus/neo4j-local';

export async function runSetup(_args: string[]): Promise<number> {
  if (resolveConnectionConfig().external) {
    console.log('NEO4J_URI is set: no local Neo4j to fetch.');
    return 0;
  }
  const settings = resolveLocalSettings();
  const runtime = ensureNeo4jRuntime(settings);
  console.log(`Neo4j ${settings.version} is ready in ${runtime.libDir}`);
  return 0;
}

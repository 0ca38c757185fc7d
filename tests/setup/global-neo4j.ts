// Starts a real Neo4j for the whole run, or uses NEO4J_URI when set, and hands its URI to the tests.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { applySchema, createDriver, resolveConnectionConfig } from '@caucus/graph/neo4j';
import { REPO_ROOT, resolveLocalSettings, startLocalDbms } from '@caucus/neo4j-local';
import type { TestProject } from 'vitest/node';

// Several checkouts on one machine can each run the suite on ports of their own.
export const TEST_BOLT_PORT = process.env.CAUCUS_TEST_NEO4J_PORT ?? '7688';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const external = resolveConnectionConfig();
  if (external.external) {
    project.provide('neo4jUri', external.uri);
    project.provide('neo4jUsername', external.username);
    project.provide('neo4jPassword', external.password);
    return;
  }
  // A fresh store each run, apart from the developer's own data.
  const dataDir = path.join(REPO_ROOT, '.caucus', `test-neo4j-${TEST_BOLT_PORT}`);
  rmSync(dataDir, { recursive: true, force: true });
  const settings = resolveLocalSettings({
    CAUCUS_DATA_DIR: dataDir,
    CAUCUS_NEO4J_PORT: TEST_BOLT_PORT,
    CAUCUS_NEO4J_HEAP: '1g',
    CAUCUS_NEO4J_PAGECACHE: '1g',
    CAUCUS_CACHE_DIR: process.env.CAUCUS_CACHE_DIR,
  });
  const handle = await startLocalDbms({ settings, attached: true, log: (l) => console.log(`[neo4j] ${l}`) });
  const config = resolveConnectionConfig({ CAUCUS_NEO4J_PORT: TEST_BOLT_PORT });
  const driver = createDriver(config);
  await applySchema(driver);
  await driver.close();
  project.provide('neo4jUri', handle.uri);
  project.provide('neo4jUsername', 'neo4j');
  project.provide('neo4jPassword', 'neo4j');
  return async () => {
    await handle.stop();
  };
}

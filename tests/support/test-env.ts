// The environment that points library code at the test run's Neo4j.
import { inject } from 'vitest';

export function testNeo4jEnv(): NodeJS.ProcessEnv {
  return {
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: inject('neo4jUsername'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
  };
}

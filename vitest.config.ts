import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts'],
    // One shared Neo4j: test files run one after another so their writes never interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', ['json', { outputFile: '.caucus/test-report.json' }]],
  },
});

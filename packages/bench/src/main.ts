// `pnpm bench [--size N] [--seed S] [--out FILE]`: runs the benchmark on its own embedded Neo4j
// (a separate port and data directory, emptied first), prints a table and writes JSON.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema, createDriver, resolveConnectionConfig } from '@caucus/graph/neo4j';
import { REPO_ROOT, resolveLocalSettings, startLocalDbms } from '@caucus/neo4j-local';
import { formatReport } from './report.ts';
import { type BenchStep, runBench } from './run-bench.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
    'api-requests': { type: 'string', default: '2000' },
    port: { type: 'string', default: '7692' },
    // Steps to leave out, comma-separated: viewer, overview (the overview step replaces the store
    // with the real articles, so skip it to keep the bench store for profiling).
    skip: { type: 'string', default: '' },
  },
});
const SKIPPABLE = ['viewer', 'overview'] as const;
const skip = values.skip
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const step of skip)
  if (!(SKIPPABLE as readonly string[]).includes(step))
    throw new Error(`--skip takes ${SKIPPABLE.join(', ')} (comma-separated), got "${step}"`);
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1)
  throw new Error(`--size must be a whole number ≥ 1, got "${values.size}"`);
const workDir = path.join(REPO_ROOT, '.caucus', 'bench');
const dataDir = path.join(workDir, 'neo4j');
mkdirSync(workDir, { recursive: true });
rmSync(dataDir, { recursive: true, force: true });
const env = {
  CAUCUS_DATA_DIR: dataDir,
  CAUCUS_NEO4J_PORT: values.port,
  CAUCUS_NEO4J_HEAP: '3g',
  CAUCUS_NEO4J_PAGECACHE: '2g',
};
const dbms = await startLocalDbms({
  settings: resolveLocalSettings({ ...process.env, ...env }),
  attached: true,
  log: (l) => console.error(l),
});
const driver = createDriver(resolveConnectionConfig(env));
try {
  await applySchema(driver);
  const results = await runBench({
    size,
    seed: Number(values.seed),
    workDir,
    driver,
    neo4jUri: dbms.uri,
    viewerDir: path.join(REPO_ROOT, 'packages', 'viewer', 'dist'),
    chromiumPath: process.env.CAUCUS_CHROMIUM ?? '/usr/bin/chromium',
    viewerSizes: [
      [5000, 10000],
      [10000, 20000],
      [20000, 50000],
    ],
    apiRequests: Number(values['api-requests']),
    skip: skip as BenchStep[],
    log: (l) => console.error(l),
  });
  console.log(formatReport(results));
  const out = values.out ?? path.join(workDir, `results-${size}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
} finally {
  await driver.close();
  await dbms.stop();
}

// Bad files are reported and skipped; a killed ingest converges on re-run; an unreachable
// Neo4j gets a clear message, not a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '@caucus/bench';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';
import { testNeo4jEnv } from '../support/test-env.ts';
import { emptyGraph, snapshot, testDriver } from '../support/test-graph.ts';

const SEED = readFileSync(path.join(REPO_ROOT, 'seeds', '001_a1339417b5cfa734.txt'), 'utf8');

/**
 * Many distinct articles, from the bench's synthetic corpus. (Copies of one seed with a numbered
 * line would be read as syndicated copies of one article, and stored once.)
 */
function writeCorpus(dir: string, count: number): string {
  return generateCorpus(dir, count).articles;
}

describe('ingest under bad input and crashes', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it('reports each bad file with its path and reason, ingests the rest, and exits non-zero', async () => {
    await emptyGraph(driver);
    const dir = mkdtempSync(path.join(tmpdir(), 'caucus-bad-'));
    const good = path.join(dir, 'good.txt');
    writeFileSync(good, SEED);
    writeFileSync(path.join(dir, 'copy-of-good.txt'), SEED);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 union', 'latin1'));
    writeFileSync(path.join(dir, 'huge.txt'), `The GMB met. ${'x'.repeat(6000)}`);
    const missing = path.join(dir, 'missing.txt');

    const result = runCli(['ingest', '--max-bytes', '5000', dir, missing, good], testNeo4jEnv());
    expect(result.status).toBe(1);
    const err = result.stderr;
    expect(err).toMatch(/empty\.txt: empty file/);
    expect(err).toMatch(/binary\.txt: binary file/);
    expect(err).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(err).toMatch(/huge\.txt: too large/);
    expect(err).toMatch(/missing\.txt: no such file or directory/);
    expect(err).toMatch(/good\.txt: given more than once/);
    expect(err).toMatch(/same text as/);
    expect(result.stdout).toMatch(/ingested 1, replaced 0, unchanged 0, failed 7/);
    const articles = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    expect(articles.records[0]?.get('n')).toBe(1);
  });

  it('converges to the graph of a clean run after being killed mid-ingest', async () => {
    const dir = writeCorpus(mkdtempSync(path.join(tmpdir(), 'caucus-kill-')), 200);
    await emptyGraph(driver);
    expect(runCli(['ingest', '--batch-size', '5', dir], testNeo4jEnv(), 300_000).status).toBe(0);
    const clean = await snapshot(driver);

    await emptyGraph(driver);
    const child = spawn('pnpm', ['-s', 'caucus', 'ingest', '--batch-size', '5', dir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testNeo4jEnv() },
      stdio: 'ignore',
      detached: true,
    });
    // Kill once some batches have landed but before the end.
    let written = 0;
    for (let i = 0; i < 600 && written < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      written = (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get(
        'n',
      ) as number;
    }
    process.kill(-(child.pid as number), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    const partial = (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get(
      'n',
    ) as number;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(200);
    expect(partial % 5).toBe(0); // whole batches only: no half-written article

    expect(runCli(['ingest', '--batch-size', '5', dir], testNeo4jEnv(), 300_000).status).toBe(0);
    expect(await snapshot(driver)).toEqual(clean);
  }, 600_000);

  it('names the URI and the fix when Neo4j is unreachable', () => {
    const result = runCli(['ingest', path.join(REPO_ROOT, 'seeds')], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Neo4j is not reachable at bolt://127.0.0.1:9');
    expect(result.stderr).toContain('NEO4J_URI');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

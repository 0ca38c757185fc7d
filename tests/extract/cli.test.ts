// The extract and eval commands in exactly the forms other tools call them.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

describe('caucus extract and eval', () => {
  it('writes one graph per article, byte-identical on a second run, and scores it', () => {
    const one = mkdtempSync(path.join(tmpdir(), 'caucus-pred-'));
    const two = mkdtempSync(path.join(tmpdir(), 'caucus-pred-'));
    const articles = path.join(FIXTURES, 'articles');
    expect(runCli(['extract', '--out', one, articles]).status).toBe(0);
    expect(runCli(['extract', '--out', two, articles]).status).toBe(0);
    const files = readdirSync(one).sort();
    expect(files).toEqual([
      'pcs-2024-president.json',
      'ucu-2023-vice-president.json',
      'unite-2021-general-secretary.json',
    ]);
    for (const f of files)
      expect(readFileSync(path.join(two, f), 'utf8')).toBe(readFileSync(path.join(one, f), 'utf8'));

    const evaluated = runCli(['eval', '--gold', path.join(FIXTURES, 'gold'), '--pred', one]);
    expect(evaluated.status).toBe(0);
    const last = evaluated.stdout.trim().split('\n').pop() ?? '';
    expect(last).toMatch(/^entityF1=\d\.\d{3} relationF1=\d\.\d{3}$/);
    expect(evaluated.stdout).toContain('ENDORSED');
    expect(evaluated.stdout).toContain('pcs-2024-president.txt');
  });

  it('fails with a usage message when --out is missing', () => {
    const result = runCli(['extract', FIXTURES]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('extract needs --out DIR');
  });
});

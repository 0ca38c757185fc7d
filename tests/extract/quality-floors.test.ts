// Extraction quality as the contract scores it, with `pnpm caucus extract` and `pnpm caucus eval`,
// on the real development set beside the checkout, the seeds and our fixtures. Each set has a floor
// in quality-floors.json that only rises: a score below it fails, and a score well above it fails
// too, until the floor is raised to what the extractor now reaches.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_ARTICLES, FIXTURES, REPO_ROOT, SEED_GOLD } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

interface Floor {
  entityF1: number;
  relationF1: number;
}

const FLOORS = JSON.parse(readFileSync(new URL('./quality-floors.json', import.meta.url), 'utf8')) as Record<
  string,
  Floor & { articles: string[]; gold: string[] }
>;
/** How far a score may run ahead of its floor before the floor must be raised. */
const RATCHET = 0.04;

function score(articles: string[], gold: string): Floor {
  const out = mkdtempSync(path.join(tmpdir(), 'caucus-quality-'));
  const extracted = runCli(['extract', '--out', out, ...articles]);
  expect(extracted.status, extracted.stderr).toBe(0);
  const evaluated = runCli(['eval', '--gold', gold, '--pred', out]);
  expect(evaluated.status, evaluated.stderr).toBe(0);
  const last = evaluated.stdout.trim().split('\n').pop() ?? '';
  const m = /^entityF1=(\d\.\d{3}) relationF1=(\d\.\d{3})$/.exec(last);
  expect(m, last).not.toBeNull();
  return { entityF1: Number(m?.[1]), relationF1: Number(m?.[2]) };
}

const resolve = (p: string) => path.resolve(REPO_ROOT, p);

describe('extraction quality floors', () => {
  for (const [name, set] of Object.entries(FLOORS)) {
    it(`${name}: at or above its floor (entity F1 ≥ ${set.entityF1}, relation F1 ≥ ${set.relationF1})`, (ctx) => {
      const missing = [...set.articles, ...set.gold].map(resolve).filter((p) => !existsSync(p));
      ctx.skip(missing.length > 0, `${name} is not beside this checkout (${missing.join(', ')} missing)`);
      const [gold] = set.gold.map(resolve);
      const got = score(set.articles.map(resolve), gold as string);
      expect(got.entityF1, `${name} entity F1`).toBeGreaterThanOrEqual(set.entityF1);
      expect(got.relationF1, `${name} relation F1`).toBeGreaterThanOrEqual(set.relationF1);
      // The floor follows the extractor up: raise it in quality-floors.json when this fails.
      expect(
        got.entityF1 - set.entityF1,
        `${name} entity F1 ${got.entityF1}: raise its floor`,
      ).toBeLessThanOrEqual(RATCHET);
      expect(
        got.relationF1 - set.relationF1,
        `${name} relation F1 ${got.relationF1}: raise its floor`,
      ).toBeLessThanOrEqual(RATCHET);
    }, 120_000);
  }

  it('reads its sets from where the README says', () => {
    expect(FLOORS.dev?.articles).toEqual([path.relative(REPO_ROOT, DEV_ARTICLES)]);
    expect(FLOORS.seeds?.gold).toEqual([path.relative(REPO_ROOT, SEED_GOLD)]);
    expect(existsSync(FIXTURES)).toBe(true);
  });
});

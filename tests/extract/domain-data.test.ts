// The reviewed domain data: knowledge base, places and given names are well formed and do not contradict each other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseName } from '@caucus/graph';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../packages/ingest/src/extract/entities/knowledge-base.ts';
import { REPO_ROOT } from '../support/paths.ts';

interface Entry {
  type: string;
  name: string;
  aliases: string[];
  country?: string;
  owner?: string;
}

const DATA = path.join(REPO_ROOT, 'packages', 'ingest', 'data');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(DATA, file), 'utf8'));
const entries = (readJson('knowledge-base.json') as { entries: Entry[] }).entries;
const places = (readJson('places.json') as { places: string[] }).places;
const kb = loadKnowledgeBase();

describe('domain data', () => {
  it('has well-formed entries of the three knowledge-base types', () => {
    expect(entries.length).toBeGreaterThan(400);
    for (const e of entries) {
      expect(['Union', 'Party', 'Organisation']).toContain(e.type);
      expect(typeof e.name).toBe('string');
      expect(normaliseName(e.name)).not.toBe('');
      expect(Array.isArray(e.aliases)).toBe(true);
      for (const a of e.aliases) expect(normaliseName(a), `${e.name}: "${a}"`).not.toBe('');
      if (e.country !== undefined) expect(e.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(places.every((p) => typeof p === 'string' && normaliseName(p) !== '')).toBe(true);
    expect(kb.places.size).toBeGreaterThan(800);
    expect(kb.givenNames.size).toBeGreaterThan(2000);
  });

  it('gives every name and alias to one entry only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const key of new Set([e.name, ...e.aliases].map(normaliseName))) {
        const other = owners.get(key);
        if (other !== undefined) clashes.push(`"${key}": ${other} / ${e.name}`);
        owners.set(key, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names an existing party or faction as the owner of a publication', () => {
    const parties = new Set(
      entries.filter((e) => e.type === 'Party' || e.type === 'Faction').map((e) => e.name),
    );
    const owned = entries.filter((e) => e.owner !== undefined);
    expect(owned.length).toBeGreaterThan(5);
    for (const e of owned) {
      expect(e.type, e.name).toBe('Organisation');
      expect(parties.has(e.owner as string), `${e.name} → ${e.owner}`).toBe(true);
    }
  });

  it('keeps places, given names and body names apart', () => {
    const placeKeys = new Set(places.map(normaliseName));
    const names = [...kb.givenNames];
    expect(names.filter((n) => placeKeys.has(normaliseName(n)))).toEqual([]);
    expect(names.filter((n) => kb.bodies.has(normaliseName(n)))).toEqual([]);
    expect([...kb.bodies.keys()].filter((k) => placeKeys.has(k))).toEqual([]);
  });

  it('resolves well-known names and aliases', () => {
    const body = (name: string) => kb.bodies.get(normaliseName(name));
    expect(body('UAW')?.name).toBe('United Auto Workers');
    expect(body('IBT')?.name).toBe('International Brotherhood of Teamsters');
    expect(body('Teamsters')?.name).toBe('International Brotherhood of Teamsters');
    expect(body('Unifor')?.type).toBe('Union');
    expect(body('NDP')?.type).toBe('Party');
    expect(body('Toronto Star')?.type).toBe('Organisation');
    expect(body('CWU')?.name).toBe('Communication Workers Union');
    expect(body('ALP')?.name).toBe('Australian Labor Party');
    expect(body('Labour')?.name).toBe('Labour Party');
    expect(body('E tū')?.type).toBe('Union');
    expect(body('Socialist Worker')).toMatchObject({ type: 'Organisation' });
    const wsws = entries.find((e) => e.name === 'World Socialist Web Site');
    expect(wsws?.owner).toBe('Socialist Equality Party');
    for (const place of ['Detroit', 'Ontario', 'Queensland', 'Auckland', 'Waterford', 'Leigh']) {
      expect(kb.places.has(normaliseName(place)), place).toBe(true);
    }
    for (const notPlace of ['Victoria', 'Sydney', 'Jackson']) {
      expect(kb.places.has(normaliseName(notPlace)), notPlace).toBe(false);
    }
    for (const name of ['jim', 'kev', 'siobhán', 'priya', 'kwame', 'aroha'])
      expect(kb.givenNames.has(name), name).toBe(true);
  });
});

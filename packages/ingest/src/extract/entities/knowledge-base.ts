// Loads the reviewed domain data: unions, parties, publishers, places and given names.
import { readFileSync } from 'node:fs';
import { type EntityType, normaliseName } from '@caucus/graph';

export interface KnownBody {
  type: EntityType;
  name: string;
  aliases: string[];
  country?: string;
  /** For a publication: the party or faction whose organ it is. */
  owner?: string;
}

export interface KnowledgeBase {
  /** Normalised name or alias → the body. */
  bodies: Map<string, KnownBody>;
  places: Set<string>;
  givenNames: Set<string>;
  /** Multi-word names and aliases, longest first, for whole-phrase matching. */
  phrases: string[];
}

const dataFile = (name: string) => new URL(`../../../data/${name}`, import.meta.url);

let cached: KnowledgeBase | null = null;

export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const kb = JSON.parse(readFileSync(dataFile('knowledge-base.json'), 'utf8')) as { entries: KnownBody[] };
  const bodies = new Map<string, KnownBody>();
  for (const entry of kb.entries) {
    for (const alias of [entry.name, ...entry.aliases]) bodies.set(normaliseName(alias), entry);
  }
  const places = (JSON.parse(readFileSync(dataFile('places.json'), 'utf8')) as { places: string[] }).places;
  const givenNames = readFileSync(dataFile('first-names.txt'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean)
    .map((n) => n.toLowerCase());
  const phrases = [
    ...new Set(
      kb.entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /\s/.test(n) && !/^the\s/i.test(n)),
    ),
  ];
  phrases.sort((a, b) => b.length - a.length || a.localeCompare(b));
  cached = { bodies, places: new Set(places.map(normaliseName)), givenNames: new Set(givenNames), phrases };
  return cached;
}

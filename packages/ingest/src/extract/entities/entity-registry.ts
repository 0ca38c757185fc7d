// Turns typed name chunks into the article's entities: one per real-world referent, with every
// surface form as an alias and every mention's offsets. Acronyms join their expansions; short
// references to people ("Martin", "Ms Jan") join the full name they belong to.
import { type EntityType, normaliseName } from '@caucus/graph';
import type { TypedChunk } from './chunk-types.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** An election's mention is a name only where it names the contest ("re-elected as president" is not). */
const CONTEST_NOUN = /\b(?:elections?|ballots?|polls?|race|contests?|vote|leadership campaign)\b/i;

export interface EntityDraft {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: MentionRef[];
  method: string;
  confidence: number;
  properties?: Record<string, string | number | boolean>;
  /** A branch, local or section: the name of the union it belongs to ('' when not named). */
  sectionOf?: string;
}

export interface MentionRef {
  entity: EntityDraft;
  start: number;
  end: number;
  sentence: number;
  text: string;
  /** How this mention was tied to its entity (`name`, `acronym`, `short-name`, `pronoun`…). */
  via: string;
}

export class EntityRegistry {
  readonly entities: EntityDraft[] = [];
  readonly mentions: MentionRef[] = [];
  private readonly byKey = new Map<string, EntityDraft>();

  get(key: string): EntityDraft | undefined {
    return this.byKey.get(key);
  }

  upsert(key: string, type: EntityType, name: string, method: string, confidence: number): EntityDraft {
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = { key, type, name, aliases: new Set(), mentions: [], method, confidence };
      this.byKey.set(key, entity);
      this.entities.push(entity);
    } else if (name !== entity.name) entity.aliases.add(name);
    return entity;
  }

  addMention(
    entity: EntityDraft,
    chunk: { start: number; end: number; sentence: number; text: string },
    via: string,
  ): MentionRef {
    const mention: MentionRef = { entity, ...chunk, via };
    entity.mentions.push(mention);
    this.mentions.push(mention);
    if (chunk.text !== entity.name && (entity.type !== 'Election' || CONTEST_NOUN.test(chunk.text)))
      entity.aliases.add(chunk.text);
    return mention;
  }

  /** Folds `from` into `into`: its mentions and names become the other's, marked with the rule. */
  merge(into: EntityDraft, from: EntityDraft, rule: string): void {
    for (const m of from.mentions) {
      m.entity = into;
      if (m.via === 'name') m.via = rule;
      into.mentions.push(m);
    }
    into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    this.entities.splice(this.entities.indexOf(from), 1);
    this.byKey.set(from.key, into);
  }

  sortMentions(): void {
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

const personKey = (text: string) => `person:${normaliseName(text.replace(/-/g, ' '))}`;

function bodyKey(
  chunk: TypedChunk,
  kb: KnowledgeBase,
  acronyms: Map<string, string>,
): { key: string; name: string } {
  const expansion = chunk.knownAs ?? acronyms.get(chunk.text) ?? chunk.text;
  const known = kb.bodies.get(normaliseName(expansion)) ?? kb.bodies.get(normaliseName(chunk.text));
  const name = known?.name ?? expansion;
  return { key: `${chunk.type.toLowerCase()}:${normaliseName(name)}`, name };
}

export function buildRegistry(
  chunks: TypedChunk[],
  kb: KnowledgeBase,
  acronyms: Map<string, string>,
): EntityRegistry {
  const registry = new EntityRegistry();
  const singles: TypedChunk[] = [];

  for (const chunk of chunks) {
    if (chunk.type === 'Unknown' || chunk.type === 'Title' || chunk.type === 'Ignore') {
      if (chunk.tokens.length === 1) singles.push(chunk);
      continue;
    }
    if (chunk.type === 'Person') {
      if (chunk.tokens.length === 1) {
        singles.push(chunk);
        continue;
      }
      const entity = registry.upsert(
        personKey(chunk.text),
        'Person',
        chunk.text,
        chunk.typedBy,
        chunk.confidence,
      );
      registry.addMention(entity, chunk, 'name');
      if (chunk.honorific) entity.aliases.add(`${chunk.honorific} ${chunk.text}`);
      continue;
    }
    const { key, name } = bodyKey(chunk, kb, acronyms);
    // A branch is named with its noun ("Waterford branch"), as the article names it.
    const fuller = chunk.typedBy === 'context:branch' ? chunk.extraAliases?.[0] : undefined;
    const entity = registry.upsert(
      key,
      chunk.type as EntityType,
      fuller ?? name,
      chunk.typedBy,
      chunk.confidence,
    );
    if (chunk.definedAcronym) entity.aliases.add(chunk.definedAcronym);
    for (const alias of chunk.extraAliases ?? []) if (alias !== entity.name) entity.aliases.add(alias);
    if (chunk.sectionOf) entity.sectionOf ??= chunk.sectionOf;
    if (chunk.type === 'Union' && chunk.typedBy.startsWith('context:branch')) entity.sectionOf ??= '';
    const known = kb.bodies.get(normaliseName(name));
    // Only the aliases the article uses are kept, so the graph shows what was read.
    registry.addMention(
      entity,
      chunk,
      known && normaliseName(chunk.text) !== normaliseName(name)
        ? 'knowledge-base-alias'
        : acronyms.has(chunk.text)
          ? 'acronym'
          : 'name',
    );
  }

  resolveShortPersonNames(registry, singles);
  mergeUnionPrefixedNames(registry);
  mergeShortBodyNames(registry);
  registry.sortMentions();
  return registry;
}

/** "RMT Broad Left" then "the Broad Left": a faction named with and without its union's prefix. */
function mergeUnionPrefixedNames(registry: EntityRegistry): void {
  const bodies = registry.entities.filter((e) => e.type === 'Faction' || e.type === 'Party');
  for (const full of bodies) {
    const [prefix, ...rest] = full.name.split(' ');
    if (!prefix || rest.length === 0 || !/^[A-Z][A-Z&]{1,7}$/.test(prefix)) continue;
    const short = registry.entities.find(
      (e) => e !== full && e.type === full.type && normaliseName(e.name) === normaliseName(rest.join(' ')),
    );
    if (short) registry.merge(full, short, 'union-prefixed-name');
  }
}

/**
 * One body under several names: "Unity" and "Unity Caucus", "Wigan branch" and "Wigan Unite",
 * "O'Brien-Zuckerman Slate" and "O'Brien-Zuckerman Teamsters United Slate".
 */
function mergeShortBodyNames(registry: EntityRegistry): void {
  const generic = /\b(?:caucus|slate|group|faction|team|network|campaign|alliance|ticket|branch)\b/gi;
  const core = (e: EntityDraft) => normaliseName(e.name.replace(generic, ' ')).split(' ').filter(Boolean);
  const bodies = registry.entities.filter((e) => e.type === 'Faction' || e.type === 'Union');
  for (const short of bodies) {
    if (!registry.entities.includes(short)) continue;
    const words = core(short);
    if (words.length === 0 || words.every((w) => w.length < 3)) continue;
    const genericOf = (e: EntityDraft) => (e.name.match(generic) ?? []).map((g) => g.toLowerCase());
    const mine = genericOf(short);
    const longer = registry.entities.find((e) => {
      if (e === short || e.type !== short.type) return false;
      const other = core(e);
      const at = other.indexOf(words[0] ?? '');
      const contiguous = at >= 0 && words.every((w, i) => other[at + i] === w);
      if (!contiguous) return false;
      // A branch joins the union section of the same town.
      if (short.type === 'Union')
        return /branch/i.test(short.name) && !/branch/i.test(e.name) && at === 0 && e.sectionOf !== undefined;
      // "Unity" and "Unity Caucus": one name with and without its generic word.
      if (other.length === words.length) return mine.length === 0 && genericOf(e).length > 0;
      // "O'Brien-Zuckerman Slate" in "O'Brien-Zuckerman Teamsters United Slate"; "Teamsters United" anywhere.
      return (
        (at === 0 && mine.length > 0 && mine.every((g) => genericOf(e).includes(g))) || words.length >= 2
      );
    });
    if (longer) registry.merge(longer, short, 'short-body-name');
  }
}

/** "Martin", "Edwards", "Ms Jan": tie one-word references to a full name in the same article. */
function resolveShortPersonNames(registry: EntityRegistry, singles: TypedChunk[]): void {
  const people = registry.entities.filter((e) => e.type === 'Person');
  for (const chunk of singles) {
    const word = normaliseName(chunk.text);
    const matches = (position: 'first' | 'last') =>
      people.filter((p) => {
        const parts = normaliseName(p.name.replace(/-/g, ' ')).split(' ');
        return position === 'first' ? parts[0] === word : parts[parts.length - 1] === word;
      });
    // After an honorific the word is a surname; otherwise prefer a surname, then a given name.
    const candidates = chunk.honorific ? matches('last') : [...matches('last'), ...matches('first')];
    const nearest = nearestBefore(candidates, chunk.start) ?? candidates[0];
    if (nearest) {
      registry.addMention(nearest, chunk, 'short-name');
      if (chunk.honorific) nearest.aliases.add(`${chunk.honorific} ${chunk.text}`);
    } else if (chunk.honorific && chunk.type !== 'Title') {
      const entity = registry.upsert(personKey(chunk.text), 'Person', chunk.text, 'honorific', 0.8);
      registry.addMention(entity, chunk, 'name');
      entity.aliases.add(`${chunk.honorific} ${chunk.text}`);
    } else if (chunk.type === 'Person') {
      // Known only by one name ("Hoffa", "Mulgrew", "Arthur"): the one name is the entity.
      const entity = registry.upsert(
        personKey(chunk.text),
        'Person',
        chunk.text,
        chunk.typedBy,
        chunk.confidence,
      );
      registry.addMention(entity, chunk, 'name');
    }
  }
}

function nearestBefore(candidates: EntityDraft[], offset: number): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestAt = -1;
  for (const entity of candidates) {
    for (const m of entity.mentions) {
      if (m.start < offset && m.start > bestAt) {
        best = entity;
        bestAt = m.start;
      }
    }
  }
  return best;
}

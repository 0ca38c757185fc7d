// What a name chunk refers to, first from the words themselves and the knowledge base,
// then from its context in the sentence (roles, apposition, coordination).
import { type EntityType, normaliseName } from '@caucus/graph';
import { isAcronym } from '../text/tokens.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { headWord, type NameChunk } from './name-chunks.ts';
import {
  COMMON_WORDS,
  HEAD_TYPES,
  MONTHS_AND_DAYS,
  NON_ENTITY_HEADS,
  PLACE_SUFFIXES,
  POST_WORDS,
  TITLE_HEADS,
  WEAK_HEADS,
} from './vocabulary.ts';

export type ChunkType = EntityType | 'Title' | 'Unknown' | 'Ignore';

export interface TypedChunk extends NameChunk {
  type: ChunkType;
  /** Why the type was chosen, kept as the entity's extraction method. */
  typedBy: string;
  confidence: number;
  /** For a union's branch, local or section: the name of the union it belongs to, when named. */
  sectionOf?: string;
  /** Further names the chunk goes by ("Members First slate" for "Members First"). */
  extraAliases?: string[];
  /** The known body the chunk names with a noun the text put after it ("the Bakers union"). */
  knownAs?: string;
}

const NOT_A_NAME_SUFFIX = /(ly|ing|tion|sion|ness|ment|ity|ism|ists?|ive|ance|ence|ship|hood|ers)$/i;

function isNameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'-]+$/u.test(word) &&
    !isAcronym(word) &&
    !COMMON_WORDS.has(lower) &&
    !MONTHS_AND_DAYS.has(lower) &&
    !POST_WORDS.has(lower)
  );
}

/** An initial ("P", "W") or a nickname in quotes may sit inside a person's name. */
const isInitial = (word: string) => /^\p{Lu}$/u.test(word);

/** Two to four name-like words, the first not shaped like an ordinary word ("Broadly Speaking"). */
export function looksLikeFullName(words: string[], kb: KnowledgeBase): boolean {
  const core = words.filter((w, i) => !(isInitial(w) && i > 0));
  return (
    core.length >= 2 &&
    words.length <= 5 &&
    core.every(isNameLike) &&
    !NOT_A_NAME_SUFFIX.test(core[0] ?? '') &&
    // "London Underground": a place inside makes it a body, not a person.
    !core.some((w) => kb.places.has(normaliseName(w)))
  );
}

const isPlace = (kb: KnowledgeBase, words: string[]) =>
  words.length > 0 && words.every((w) => kb.places.has(normaliseName(w)) || w === 'and');

/**
 * A named part of a union: "Unifor Local 444", "Denver Local 455", "FBU Scotland", "Wigan Unite",
 * "Electronics and Engineering Branch". Returns the union it belongs to when the name says.
 */
function unionSection(words: string[], kb: KnowledgeBase): { parent: string | null } | null {
  const lower = words.map((w) => w.toLowerCase());
  const unionAt = words.findIndex((w) => kb.bodies.get(normaliseName(w))?.type === 'Union');
  const parent = unionAt >= 0 ? (words[unionAt] ?? null) : null;
  const numbered = lower.findIndex((w) => w === 'local' || w === 'lodge');
  if (numbered >= 0 && /^\d+[a-z]?$/i.test(words[numbered + 1] ?? '')) return { parent };
  // "No.2 Region", "No. 4 Region": a numbered region of a union.
  if (
    /^no\.?\s*\d/i.test(words.join(' ')) &&
    /^(?:region|district|branch|area|division)$/.test(lower[lower.length - 1] ?? '')
  )
    return { parent };
  if (lower[lower.length - 1] === 'branch' && words.length > 1) return { parent };
  if (unionAt >= 0 && words.length > 1) {
    const rest = words.filter((_, i) => i !== unionAt);
    if (isPlace(kb, rest)) return { parent };
    // "Leigh Unite": a town's branch, even where the gazetteer lacks the town.
    const [first] = rest;
    if (
      rest.length === 1 &&
      unionAt === 1 &&
      first &&
      !kb.givenNames.has(first.toLowerCase()) &&
      !isAcronym(first)
    )
      return { parent };
  }
  return null;
}

export function typeFromWords(
  chunk: NameChunk,
  kb: KnowledgeBase,
  acronyms: Map<string, string>,
): TypedChunk {
  const words = chunk.tokens.map((t) => t.text);
  const norm = normaliseName(chunk.text);
  const typed = (type: ChunkType, typedBy: string, confidence: number): TypedChunk => ({
    ...chunk,
    type,
    typedBy,
    confidence,
  });
  const known = kb.bodies.get(norm);
  // "The Times" is known; "Three Times" is not: a one-word name of a "The …" body needs its "the".
  const needsThe =
    known !== undefined &&
    words.length === 1 &&
    /^the\s/i.test(known.name) &&
    normaliseName(known.name) === norm &&
    !known.aliases.some((a) => normaliseName(a) === norm && !/^the\s/i.test(a)) &&
    !/\bthe\s*$/i.test(chunk.precededBy ?? '');
  if (known && !needsThe) return typed(known.type, 'knowledge-base', 0.95);
  // "the International Union", "the National Union": a union's own name for itself, not a name.
  if (/^(?:international|national|the)\s+union$/i.test(chunk.text))
    return typed('Ignore', 'generic-union', 0.9);
  const expansion = acronyms.get(chunk.text);
  if (expansion) {
    const viaKb = kb.bodies.get(normaliseName(expansion));
    const head = HEAD_TYPES[headWord(expansion.split(' '))];
    if (viaKb) return typed(viaKb.type, 'acronym+knowledge-base', 0.9);
    if (head) return typed(head, 'acronym+head-word', 0.85);
  }
  const lowerWords = words.map((w) => w.toLowerCase());
  const last = lowerWords[lowerWords.length - 1] ?? '';
  if (TITLE_HEADS.has(last)) return typed('Title', 'title-word', 0.8);
  if (lowerWords.every((w) => POST_WORDS.has(w) || w === 'of' || w === 'the'))
    return typed('Ignore', 'post-words', 1);
  if (words.length === 1 && MONTHS_AND_DAYS.has(lowerWords[0] ?? '')) return typed('Ignore', 'date-word', 1);
  const section = unionSection(words, kb);
  if (section) {
    const out = typed('Union', 'union-section', 0.8);
    out.sectionOf = section.parent ?? '';
    return out;
  }
  const head = headWord(words);
  if (words.length > 1 && NON_ENTITY_HEADS.has(head)) return typed('Ignore', 'event-or-document', 0.9);
  if (words.length > 1 && PLACE_SUFFIXES.has(last)) return typed('Place', 'place-suffix', 0.8);
  // "LU Scrutineers Interim Report" is a document; "Daily Labor Report" a publication.
  if (
    head === 'report' &&
    lowerWords.some((w) => /^(?:interim|annual|final|draft|scrutineers?|independent|official)$/.test(w))
  )
    return typed('Ignore', 'document', 0.9);
  // "Teamsters for a Democratic Union", "Educators for Change": people organised for a cause.
  if (
    lowerWords.includes('for') &&
    /^(?:teamsters|workers|members|teachers|educators|nurses|drivers|staff|unionists|socialists|activists)$/.test(
      head,
    )
  )
    return typed('Faction', 'people-for-a-cause', 0.75);
  const headType = HEAD_TYPES[head];
  if (headType && words.length > 1) return typed(headType, `head-word:${head}`, 0.8);
  // "Unison Action", "UCU Left": a named grouping that carries its union's name is a faction.
  if (words.length > 1 && kb.bodies.get(normaliseName(words[0] ?? ''))?.type === 'Union') {
    return typed('Faction', 'head-word:union-prefixed', 0.75);
  }
  if (kb.places.has(norm) || isPlace(kb, words)) return typed('Place', 'gazetteer', 0.8);
  if (chunk.honorific) return typed('Person', 'honorific', 0.9);
  const core = words.filter((w, i) => !(isInitial(w) && i > 0));
  if (
    core.length >= 1 &&
    words.length >= 2 &&
    words.length <= 5 &&
    kb.givenNames.has(lowerWords[0] ?? '') &&
    words.slice(1).every((w) => isNameLike(w) || isInitial(w))
  ) {
    return typed('Person', 'given-name', 0.85);
  }
  return typed('Unknown', 'none', 0);
}

const PERSON_BEFORE =
  /\b(member|members|convenor|convener|candidate|candidates|secretary|president|chair|chairperson|activist|colleague|rep|organiser|organizer|officer|official|leader|teacher|nurse|worker|comrade|incumbent|challenger|challengers|rival|opponent|councillor|MP|spokesperson|spokesman|spokeswoman|director|professor|lecturer|reporter|treasurer)\s*$/i;
const PERSON_AFTER =
  /^(?:\s*,\s*(?:\d{2},\s*)?(?:who|the|a|an)\s+(?:[^,.;]{0,40}?\s)?(?:candidate|nominee|challenger|incumbent|president|secretary|leader|member|chair|convenor|official|activist|director|head|organiser|organizer|officer|teacher|lecturer|professor|worker|employee)\b|\s*(?:said|says|told|added|argued|claimed|wrote|won|wins|lost|loses|stood|stands|fired|retired|resigned|selected|is standing|was standing|is running|was running|ran|was elected|was re-elected|has been elected|has been re-elected|is being backed|has been endorsed|is backed|was backed|is supported|has been backed|is a |was a |received\s+[\d,]+|polled|got\s+[\d,]+|beat|defeated|ousted|beaten|congratulated|thanked)\b)/i;
/** "X, a group which …", "X (UAWD), a group", "X slate": said of groupings, not of people. */
const FACTION_AFTER =
  /^(?:\s*\([^)]{1,12}\))?\s*(?:-|,|\(|:)?\s*(?:a|an|the)?\s*(?:[a-z][\w-]*\s){0,2}?(group|groups|faction|caucus|network|slate|grouping|campaign|alliance|current|tendency|platform|ticket|coalition|organisation|organization)\b/;
/** Said of bodies, never of people: "X was set up in 2015", "X, which …". */
const BODY_AFTER =
  /^(?:\s*,\s*which\b|\s+(?:was|were|has\s+been|had\s+been)\s+(?:set\s+up|founded|formed|launched|established|created)\b)/i;
const ENDORSER_BEFORE = /\b(backed|endorsed|supported|nominated|sponsored) by\s*(the\s*)?$/i;
const PARTY_BEFORE = /\b(?:political\s+)?part(?:y|ies)\s*(?:,\s*)?$/i;
/** Workplaces: "convenor at Linamar", "a contract at Caterpillar", "CNH workers". */
const EMPLOYER_BEFORE =
  /\b(?:convenors?|conveners?|stewards?|reps?|workers?|employees?|staff|contract|strike|dispute|plant|factory|depot|jobs?|sacked|employed)\s+(?:at|from|by)\s*(?:the\s*)?$|\bprivati[sz]ation\s+of\s*(?:the\s*)?$/i;
const EMPLOYER_AFTER = /^\s+(?:workers|employees|staff|plant|factory|bosses|management)\b/i;

/** A lower-case noun right after a name says what it names: "Members First slate", "Waterford branch". */
const NOUN_AFTER =
  /^(?:'s|['’"”])?\s+(slate|caucus|faction|group|network|grouping|tendency|ticket|platform|branch|department|company|firm|newspaper|paper|magazine|website|site|party|union)\b/;

function withType(chunk: TypedChunk, type: ChunkType, typedBy: string, confidence: number): TypedChunk {
  return { ...chunk, type, typedBy, confidence };
}

/** Types an Unknown chunk, or one typed only by a weak head word, from the words around it. */
export function typeFromContext(chunk: TypedChunk, text: string, kb: KnowledgeBase): TypedChunk {
  const weak = chunk.typedBy.startsWith('head-word:') && WEAK_HEADS.has(chunk.typedBy.slice(10));
  const before = text.slice(Math.max(0, chunk.start - 40), chunk.start);
  const after = text.slice(chunk.end, chunk.end + 60);
  // "her own Waterford branch": a town's branch, though the town is in the gazetteer.
  if (chunk.type === 'Place' && /^\s+branch\b/.test(after))
    return { ...withType(chunk, 'Union', 'context:branch', 0.75), extraAliases: [`${chunk.text} branch`] };
  // In brackets: after a post it qualifies the post ("Vice President (Academic Staff)"); after a
  // person it is their ticket or party ("Brophy (RAFA)"), never a second person.
  const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  if (bracketed && chunk.type !== 'Union' && chunk.type !== 'Party' && chunk.type !== 'Faction') {
    const word = /([\p{L}'’-]+)\s*\(\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (POST_WORDS.has(word)) return withType(chunk, 'Ignore', 'context:post-qualifier', 0.7);
    if (/\p{Lu}[\p{L}'’-]*\s*\(\s*$/u.test(before) && (chunk.type === 'Unknown' || chunk.type === 'Person'))
      return withType(chunk, 'Faction', 'context:bracketed-after-name', 0.6);
  }
  if (chunk.type !== 'Unknown' && !weak) return chunk;
  const words = chunk.tokens.map((t) => t.text);
  const nameLike = looksLikeFullName(words, kb);
  const possessive = chunk.tokens[chunk.tokens.length - 1]?.possessive ?? false;
  const noun = NOUN_AFTER.exec(after)?.[1];
  if (noun && !possessive) {
    const named = `${chunk.text} ${noun}`;
    if (noun === 'branch')
      return { ...withType(chunk, 'Union', 'context:branch', 0.75), extraAliases: [named] };
    if (noun === 'party') return withType(chunk, 'Party', 'context:party-noun', 0.75);
    if (noun === 'union') {
      const known = kb.bodies.get(normaliseName(named));
      if (known)
        return {
          ...withType(chunk, known.type, 'knowledge-base', 0.9),
          knownAs: known.name,
          extraAliases: [named],
        };
      // "the Teachers union" in a headline: a plural common noun describes the union, it names none.
      if (chunk.tokens.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(chunk.text) && !nameLike)
        return withType(chunk, 'Ignore', 'context:union-of-occupation', 0.6);
      return withType(chunk, 'Union', 'context:union-noun', 0.75);
    }
    if (/department|company|firm|newspaper|paper|magazine|website|site/.test(noun))
      return { ...withType(chunk, 'Organisation', `context:${noun}`, 0.7), extraAliases: [named] };
    // "the 'Grassroots Voice' slate": a name in quotes before a grouping's noun is no person's.
    const quoted = /['‘"“]$/.test(before) && /^['’"”]/.test(after);
    if (!nameLike || (quoted && /slate|caucus|faction|group|network|ticket|platform/.test(noun)))
      return { ...withType(chunk, 'Faction', `context:${noun}`, 0.75), extraAliases: [named] };
  }
  if (PARTY_BEFORE.test(before)) return withType(chunk, 'Party', 'context:party-before', 0.75);
  if (FACTION_AFTER.test(after) && !possessive)
    return withType(chunk, 'Faction', 'context:described-as-group', 0.75);
  if (weak) return chunk;
  if (BODY_AFTER.test(after)) return withType(chunk, 'Faction', 'context:body-verb', 0.6);
  if (nameLike && (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)))
    return withType(chunk, 'Person', 'context:person-role', 0.75);
  if (!nameLike && (EMPLOYER_BEFORE.test(before) || EMPLOYER_AFTER.test(after)))
    return withType(chunk, 'Organisation', 'context:workplace', 0.65);
  if (ENDORSER_BEFORE.test(before) && !nameLike) return withType(chunk, 'Faction', 'context:endorser', 0.6);
  return chunk;
}

/** Fallback once context is exhausted: two to four name-like words are a person. */
export function typeByShape(chunk: TypedChunk, kb: KnowledgeBase): TypedChunk {
  if (chunk.type !== 'Unknown') return chunk;
  const words = chunk.tokens.map((t) => t.text);
  if (looksLikeFullName(words, kb)) return withType(chunk, 'Person', 'shape:name-like', 0.55);
  return chunk;
}

const COORDINATION_GAP = /^\s*(and|or|, and|, or|&)\s*(the\s+)?$/i;
const LIST_COMMA = /^\s*,\s*(the\s+)?$/;

/** Names listed together ("the Left Caucus and Broadly Speaking") are of one type. */
export function typeByCoordination(chunks: TypedChunk[], text: string): TypedChunk[] {
  const out = [...chunks];
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i] as TypedChunk;
      const b = out[i + 1] as TypedChunk;
      const gap = text.slice(a.end, b.start);
      // A bare comma joins a list only when the list goes on ("A, B and C"), not "Speaking to X, Y said".
      const listComma = LIST_COMMA.test(gap) && /^\s*(,|and\b|or\b)/.test(text.slice(b.end, b.end + 6));
      if (a.sentence !== b.sentence || !(COORDINATION_GAP.test(gap) || listComma)) continue;
      const known = a.type !== 'Unknown' ? a : b.type !== 'Unknown' ? b : null;
      const unknown = known === a ? b : a;
      if (!known || unknown.type !== 'Unknown' || ['Title', 'Ignore', 'Place'].includes(known.type)) continue;
      // A single word next to a full name is a surname or a first name, not a second body.
      if (unknown.tokens.length === 1 && known.type === 'Person') continue;
      out[out.indexOf(unknown)] = withType(unknown, known.type, 'context:coordination', 0.65);
    }
  }
  return out;
}

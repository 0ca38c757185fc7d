// What a name chunk refers to, first from the words themselves and the knowledge base,
// then from its context in the sentence (roles, apposition, coordination).
import { type EntityType, normaliseName } from '@caucus/graph';
import type { KnowledgeBase } from './knowledge-base.ts';
import { headWord, type NameChunk } from './name-chunks.ts';
import { COMMON_WORDS, HEAD_TYPES, MONTHS_AND_DAYS, POST_WORDS, TITLE_HEADS } from './vocabulary.ts';

export type ChunkType = EntityType | 'Title' | 'Unknown' | 'Ignore';

export interface TypedChunk extends NameChunk {
  type: ChunkType;
  /** Why the type was chosen, kept as the entity's extraction method. */
  typedBy: string;
  confidence: number;
}

const NOT_A_NAME_SUFFIX = /(ly|ing|tion|sion|ness|ment|ity|ism|ists?|ive|ance|ence|ship|hood|ers)$/i;

function isNameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'-]+$/u.test(word) &&
    !COMMON_WORDS.has(lower) &&
    !MONTHS_AND_DAYS.has(lower) &&
    !POST_WORDS.has(lower)
  );
}

/** Two to four name-like words, the first not shaped like an ordinary word ("Broadly Speaking"). */
function looksLikeFullName(words: string[], kb: KnowledgeBase): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(isNameLike) &&
    !NOT_A_NAME_SUFFIX.test(words[0] ?? '') &&
    // "London Underground": a place inside makes it a body, not a person.
    !words.some((w) => kb.places.has(normaliseName(w)))
  );
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
  if (known) return typed(known.type, 'knowledge-base', 0.95);
  const expansion = acronyms.get(chunk.text);
  if (expansion) {
    const viaKb = kb.bodies.get(normaliseName(expansion));
    const head = HEAD_TYPES[headWord(expansion.split(' '))];
    if (viaKb) return typed(viaKb.type, 'acronym+knowledge-base', 0.9);
    if (head) return typed(head, 'acronym+head-word', 0.85);
  }
  const lowerWords = words.map((w) => w.toLowerCase());
  if (TITLE_HEADS.has(lowerWords[lowerWords.length - 1] ?? '')) return typed('Title', 'title-word', 0.8);
  if (lowerWords.every((w) => POST_WORDS.has(w) || w === 'of' || w === 'the'))
    return typed('Ignore', 'post-words', 1);
  if (words.length === 1 && MONTHS_AND_DAYS.has(lowerWords[0] ?? '')) return typed('Ignore', 'date-word', 1);
  const head = HEAD_TYPES[headWord(words)];
  if (head && words.length > 1) return typed(head, 'head-word', 0.8);
  // "Unison Action", "UCU Left": a named grouping that carries its union's name is a faction.
  if (words.length > 1 && kb.bodies.get(normaliseName(words[0] ?? ''))?.type === 'Union') {
    return typed('Faction', 'union-prefixed-name', 0.75);
  }
  if (kb.places.has(norm) || words.every((w) => kb.places.has(normaliseName(w)) || w === 'and')) {
    return typed('Place', 'gazetteer', 0.8);
  }
  if (chunk.honorific) return typed('Person', 'honorific', 0.9);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    kb.givenNames.has(lowerWords[0] ?? '') &&
    words.slice(1).every(isNameLike)
  ) {
    return typed('Person', 'given-name', 0.85);
  }
  return typed('Unknown', 'none', 0);
}

const PERSON_BEFORE =
  /\b(member|members|convenor|convener|candidate|candidates|secretary|president|chair|activist|colleague|rep|organiser|officer|leader|teacher|nurse|worker|comrade|incumbent|challenger|councillor|MP|spokesperson)\s*$/i;
const PERSON_AFTER =
  /^\s*(said|says|told|added|argued|claimed|wrote|won|lost|stood|stands|is standing|was standing|is running|was elected|was re-elected|is being backed|has been endorsed|is backed|was backed|is supported|has been backed|is a |was a |, (a|an) (teacher|nurse|lecturer|member|activist|worker|candidate)\b)/i;
const FACTION_AFTER =
  /^\s*(-|,|\()?\s*(a|an|the)?\s*([\w-]+\s)?(group|faction|caucus|network|slate|grouping|campaign|alliance|current|tendency)\b/i;
/** Said of bodies, never of people: "X was set up in 2015", "X, which …". */
const BODY_AFTER =
  /^(?:\s*,\s*which\b|\s+(?:was|were|has\s+been|had\s+been)\s+(?:set\s+up|founded|formed|launched|established|created)\b)/i;
const ENDORSER_BEFORE = /\b(backed|endorsed|supported|nominated|sponsored) by\s*(the\s*)?$/i;

/** Types an Unknown chunk from the words around it. */
export function typeFromContext(chunk: TypedChunk, text: string, kb: KnowledgeBase): TypedChunk {
  if (chunk.type !== 'Unknown') return chunk;
  const before = text.slice(Math.max(0, chunk.start - 40), chunk.start);
  const after = text.slice(chunk.end, chunk.end + 60);
  const words = chunk.tokens.map((t) => t.text);
  const nameLike = looksLikeFullName(words, kb);
  if (FACTION_AFTER.test(after))
    return { ...chunk, type: 'Faction', typedBy: 'context:described-as-group', confidence: 0.75 };
  if (BODY_AFTER.test(after))
    return { ...chunk, type: 'Faction', typedBy: 'context:body-verb', confidence: 0.6 };
  if (nameLike && (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after))) {
    return { ...chunk, type: 'Person', typedBy: 'context:person-role', confidence: 0.75 };
  }
  if (ENDORSER_BEFORE.test(before) && !nameLike) {
    return { ...chunk, type: 'Faction', typedBy: 'context:endorser', confidence: 0.6 };
  }
  return chunk;
}

/** Fallback once context is exhausted: two to four name-like words are a person. */
export function typeByShape(chunk: TypedChunk, kb: KnowledgeBase): TypedChunk {
  if (chunk.type !== 'Unknown') return chunk;
  const words = chunk.tokens.map((t) => t.text);
  if (looksLikeFullName(words, kb)) {
    return { ...chunk, type: 'Person', typedBy: 'shape:name-like', confidence: 0.55 };
  }
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
      out[out.indexOf(unknown)] = {
        ...unknown,
        type: known.type,
        typedBy: 'context:coordination',
        confidence: 0.65,
      };
    }
  }
  return out;
}

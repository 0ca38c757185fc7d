// Article text → entity registry: chunk, type, and resolve names across the whole article.
import { normaliseName } from '@caucus/graph';
import type { Sentence } from '../text/sentences.ts';
import { isAcronym } from '../text/tokens.ts';
import {
  type TypedChunk,
  typeByCoordination,
  typeByShape,
  typeFromContext,
  typeFromWords,
} from './chunk-types.ts';
import { buildRegistry, type EntityRegistry } from './entity-registry.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { findAllNameChunks, type NameChunk } from './name-chunks.ts';
import { POST_WORDS } from './vocabulary.ts';

/** "NUT Executive" names a body of the NUT: keep the union, drop the post words. */
function splitOffPostWords(chunk: NameChunk, kb: KnowledgeBase): NameChunk {
  for (let k = chunk.tokens.length - 1; k >= 1; k--) {
    const head = chunk.tokens.slice(0, k);
    const rest = chunk.tokens.slice(k);
    const headText = head.map((t) => t.text).join(' ');
    const known = kb.bodies.get(normaliseName(headText));
    const isUnionish = known?.type === 'Union' || (head.length === 1 && isAcronym(headText));
    if (isUnionish && rest.every((t) => POST_WORDS.has(t.text.toLowerCase()))) {
      const last = head[head.length - 1];
      if (!last) break;
      return { ...chunk, tokens: head, end: last.end, text: headText, definedAcronym: null };
    }
  }
  return chunk;
}

export interface FoundEntities {
  registry: EntityRegistry;
  chunks: TypedChunk[];
  acronyms: Map<string, string>;
}

export function findEntities(text: string, sentences: Sentence[], kb: KnowledgeBase): FoundEntities {
  const isKnownName = (t: string) => kb.bodies.has(normaliseName(t));
  const raw = findAllNameChunks(text, sentences, isKnownName, kb.phrases).map((c) =>
    splitOffPostWords(c, kb),
  );
  const acronyms = new Map<string, string>();
  for (const chunk of raw) if (chunk.definedAcronym) acronyms.set(chunk.definedAcronym, chunk.text);

  let chunks = raw.map((c) => typeFromWords(c, kb, acronyms)).map((c) => typeFromContext(c, text, kb));
  chunks = typeByCoordination(chunks, text);
  // A surname used with an honorific anywhere marks the full name that ends with it as a person.
  const honorificSurnames = new Set(
    chunks.filter((c) => c.honorific && c.tokens.length === 1).map((c) => normaliseName(c.text)),
  );
  chunks = chunks.map((c) =>
    c.type === 'Unknown' &&
    c.tokens.length > 1 &&
    honorificSurnames.has(normaliseName(c.tokens[c.tokens.length - 1]?.text ?? ''))
      ? { ...c, type: 'Person', typedBy: 'context:honorific-surname', confidence: 0.8 }
      : c,
  );
  chunks = chunks.map((c) => typeByShape(c, kb));
  return { registry: buildRegistry(chunks, kb, acronyms), chunks, acronyms };
}

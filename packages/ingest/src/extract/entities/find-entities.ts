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
import { joinListedNameParts } from './listed-name-parts.ts';
import { findAllNameChunks, type NameChunk } from './name-chunks.ts';
import { typeSingleNames } from './single-names.ts';
import { POST_WORDS, TITLE_HEADS } from './vocabulary.ts';

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
  const all = findAllNameChunks(text, sentences, {
    isKnownName,
    knownPhrases: kb.phrases,
    givenNames: kb.givenNames,
  }).map((c) => splitOffPostWords(c, kb));
  const raw = trimTitleCaseChunks(all, sentences, text, kb);
  const acronyms = new Map<string, string>();
  for (const chunk of raw) if (chunk.definedAcronym) acronyms.set(chunk.definedAcronym, chunk.text);
  // "WTU President George Parker" after "the Washington Teachers Union": an acronym never defined
  // in the text stands for the name in the article whose initials it spells.
  const byInitials = new Map<string, string>();
  for (const chunk of raw) {
    const words = chunk.text.split(/\s+/).filter((w) => !/^(?:of|and|for|the|&)$/i.test(w));
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)))
      byInitials.set(words.map((w) => w[0]).join(''), chunk.text);
  }
  for (const chunk of raw) {
    const expansion = byInitials.get(chunk.text);
    if (expansion && !acronyms.has(chunk.text) && !isKnownName(chunk.text))
      acronyms.set(chunk.text, expansion);
  }

  let chunks = raw.map((c) => typeFromWords(c, kb, acronyms)).map((c) => typeFromContext(c, text, kb));
  chunks = typeByCoordination(joinListedNameParts(chunks, text, kb), text);
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
  chunks = typeSingleNames(chunks, text, kb);
  // An acronym names what its expansion names: "UAWD" is a faction when "Unite All Workers for Democracy" is.
  const expansionType = new Map<string, TypedChunk>();
  // Nobody goes by an acronym: "Rank and File Action (RAFA)" is a grouping, whatever its words.
  for (const c of chunks)
    if (c.definedAcronym && c.type !== 'Person') expansionType.set(c.definedAcronym, c);
    else if (c.definedAcronym && /\s(?:and|of|for|the)\s/i.test(c.text))
      expansionType.set(c.definedAcronym, { ...c, type: 'Faction', typedBy: 'acronym-of-grouping' });
  chunks = chunks.map((c) => {
    const expanded = expansionType.get(c.text);
    return expanded && !c.definedAcronym && c.type !== expanded.type && c.typedBy !== 'knowledge-base'
      ? {
          ...c,
          type: expanded.type,
          typedBy: `acronym-of:${expanded.typedBy}`,
          confidence: expanded.confidence,
        }
      : c;
  });
  return { registry: buildRegistry(chunks, kb, acronyms), chunks, acronyms };
}

/** A headline in Title Case capitalises every word, so there a capital letter says nothing. */
function isTitleCase(sentence: Sentence, text: string): boolean {
  // A heading is a line of its own that does not end like a sentence.
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', sentence.start);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt).trim();
  // A line ending in a figure is a row of results ("Fran Heathcote (Left Unity) 20,512"), not a heading.
  if (/[.,;]$/.test(line) || /[\d%)]$/.test(line)) return false;
  // The headline and standfirst at the top, or a short heading further down; not an address line.
  const lineNumber = text
    .slice(0, lineStart)
    .split('\n')
    .filter((l) => l.trim() !== '').length;
  if (lineNumber > 2 && (line.split(/\s+/).length > 8 || line.includes(','))) return false;
  // "President: Paul Moist - acclaimed" below the headline is a labelled line of a list, not a heading.
  if (lineNumber > 0 && /^[\p{L} '’-]{2,40}\s*:\s/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 && capitalised.length >= 0.7 * words.length;
}

/**
 * In Title Case lines keep only the names the rest of the article (or the knowledge base) also
 * uses: "Hoffa Retains Teamsters Union Presidency" names Hoffa and the Teamsters Union, nothing else.
 */
function trimTitleCaseChunks(
  chunks: NameChunk[],
  sentences: Sentence[],
  text: string,
  kb: KnowledgeBase,
): NameChunk[] {
  const titleCase = new Set(sentences.filter((s) => isTitleCase(s, text)).map((s) => s.index));
  if (titleCase.size === 0) return chunks;
  const bodyNames = new Set(
    chunks.filter((c) => !titleCase.has(c.sentence)).map((c) => normaliseName(c.text)),
  );
  const isKnown = (words: string) =>
    bodyNames.has(normaliseName(words)) || kb.bodies.has(normaliseName(words));
  const out: NameChunk[] = [];
  for (const chunk of chunks) {
    // A byline ("Rosa Saba Business Reporter"): a full name before an office word stays a name.
    const byline =
      chunk.tokens.length >= 2 &&
      chunk.tokens.length <= 4 &&
      kb.givenNames.has((chunk.tokens[0]?.text ?? '').toLowerCase()) &&
      chunks.some(
        (c) =>
          c.sentence === chunk.sentence &&
          c.start > chunk.end &&
          TITLE_HEADS.has((c.tokens[c.tokens.length - 1]?.text ?? '').toLowerCase()),
      );
    if (!titleCase.has(chunk.sentence) || isKnown(chunk.text) || byline) {
      out.push(chunk);
      continue;
    }
    // The longest known runs of the chunk's words, left to right.
    const { tokens } = chunk;
    for (let i = 0; i < tokens.length; ) {
      let taken = 0;
      for (let j = tokens.length; j > i; j--) {
        const part = tokens.slice(i, j);
        const from = part[0];
        const to = part[part.length - 1];
        if (!from || !to) continue;
        const partText = chunk.text.slice(from.start - chunk.start, to.end - chunk.start);
        if (isKnown(partText)) {
          out.push({
            ...chunk,
            tokens: part,
            start: from.start,
            end: to.end,
            text: partText,
            definedAcronym: null,
          });
          taken = j - i;
          break;
        }
      }
      i += Math.max(taken, 1);
    }
  }
  return out;
}

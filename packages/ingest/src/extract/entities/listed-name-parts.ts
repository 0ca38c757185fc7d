// "the Rail, Maritime and Transport union": a list of capitalised words that is the middle of a
// known body's name ("National Union of Rail, Maritime and Transport Workers") names that body,
// not three bodies called Rail, Maritime and Transport.
import { normaliseName } from '@caucus/graph';
import type { TypedChunk } from './chunk-types.ts';
import type { KnowledgeBase, KnownBody } from './knowledge-base.ts';

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)$/;

let parted: [string, KnownBody][] | null = null;

/** Known names that hold a list ("Rail, Maritime and Transport"), normalised, with their body. */
function listedNames(kb: KnowledgeBase): [string, KnownBody][] {
  if (parted) return parted;
  parted = [...kb.bodies.values()]
    .filter((b, i, all) => all.indexOf(b) === i && /,.*\band\b|\band\b.*\band\b/.test(b.name))
    .map((b) => [` ${normaliseName(b.name)} `, b]);
  return parted;
}

export function joinListedNameParts(chunks: TypedChunk[], text: string, kb: KnowledgeBase): TypedChunk[] {
  const out: TypedChunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const first = chunks[i] as TypedChunk;
    let j = i;
    while (j + 1 < chunks.length) {
      const next = chunks[j + 1] as TypedChunk;
      if (
        next.sentence !== first.sentence ||
        !LIST_GAP.test(text.slice((chunks[j] as TypedChunk).end, next.start))
      )
        break;
      j++;
    }
    const last = chunks[j] as TypedChunk;
    const phrase = text.slice(first.start, last.end);
    const known =
      j > i ? listedNames(kb).find(([name]) => name.includes(` ${normaliseName(phrase)} `)) : undefined;
    if (!known) {
      out.push(first);
      continue;
    }
    const body = known[1];
    out.push({
      ...first,
      text: phrase,
      end: last.end,
      tokens: chunks.slice(i, j + 1).flatMap((c) => c.tokens),
      type: body.type,
      typedBy: 'knowledge-base-part',
      confidence: 0.8,
      knownAs: body.name,
    });
    i = j;
  }
  return out;
}

// MinHash signatures over word shingles of normalised text, to find the same article republished
// elsewhere (a new headline, a different footer, a trimmed paragraph) without comparing texts.
// 128 hash functions: the share of equal slots estimates the Jaccard similarity of the two
// shingle sets to about ±0.04.

export const SIGNATURE_SIZE = 128;
export const SHINGLE_WORDS = 5;

/** Lower case, accents dropped, punctuation gone: what layout and typography do not change. */
export function normalisedWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

export function shingleHashes(text: string): Set<number> {
  const words = normalisedWords(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export interface Signature {
  values: Uint32Array;
  /** How many distinct shingles the text has; too few and similarity means little. */
  shingles: number;
}

export function minhash(text: string): Signature {
  const values = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const hashes = shingleHashes(text);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h ^ (SEEDS[i] as number));
      if (v < (values[i] as number)) values[i] = v;
    }
  }
  return { values, shingles: hashes.size };
}

export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.values[i] === b.values[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Stored on the Article node as one hex string (8 digits a slot) and the shingle count. */
export function encodeSignature(s: Signature): string {
  return `${s.shingles}:${Array.from(s.values, (v) => v.toString(16).padStart(8, '0')).join('')}`;
}

export function decodeSignature(encoded: string): Signature | null {
  const m = /^(\d+):([0-9a-f]+)$/.exec(encoded);
  if (!m || (m[2] as string).length !== SIGNATURE_SIZE * 8) return null;
  const hex = m[2] as string;
  const values = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) values[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return { values, shingles: Number(m[1]) };
}

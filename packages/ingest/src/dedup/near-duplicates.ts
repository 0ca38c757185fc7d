// An index of article signatures with locality-sensitive hashing: 32 bands of 4 slots, so only
// articles that share a band are compared. Two texts are copies of one article when their
// estimated Jaccard similarity reaches the threshold; a short quote shares too few shingles.
import { SIGNATURE_SIZE, type Signature, similarity } from './minhash.ts';

export const DUPLICATE_THRESHOLD = 0.7;
/** Below this many shingles (about 25 words) only identical texts count as the same. */
export const MIN_SHINGLES = 20;
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

export interface NearDuplicate {
  id: string;
  similarity: number;
}

export class NearDuplicateIndex {
  private readonly signatures = new Map<string, Signature>();
  // A band's four slots hashed to one number: at 100 000 articles, 3.2 million string keys
  // would take hundreds of megabytes. A collision only costs one more comparison.
  private readonly bands = new Map<number, string[]>();

  add(id: string, signature: Signature): void {
    if (signature.shingles < MIN_SHINGLES) return;
    this.signatures.set(id, signature);
    for (const key of bandKeys(signature)) {
      const list = this.bands.get(key);
      if (list) list.push(id);
      else this.bands.set(key, [id]);
    }
  }

  /** The most similar indexed article at or over the threshold, never one of `exclude`. */
  find(signature: Signature, exclude: Set<string> = new Set()): NearDuplicate | null {
    if (signature.shingles < MIN_SHINGLES) return null;
    let best: NearDuplicate | null = null;
    const compared = new Set<string>();
    for (const key of bandKeys(signature)) {
      for (const id of this.bands.get(key) ?? []) {
        if (compared.has(id) || exclude.has(id)) continue;
        compared.add(id);
        const s = similarity(signature, this.signatures.get(id) as Signature);
        if (s >= DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id, similarity: s };
      }
    }
    return best;
  }
}

function bandKeys(signature: Signature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let i = b * ROWS; i < (b + 1) * ROWS; i++)
      h = Math.imul(h ^ (signature.values[i] as number), 0x01000193);
    // Band number in the high bits, so equal slots in different bands never share a key.
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

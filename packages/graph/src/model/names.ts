// Name normalisation exactly as SPEC §3 scores it; also the basis of entity keys.

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'cllr']);

// Names recur within and across articles; a bounded cache spares re-normalising them.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function normaliseName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const out = normalise(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, out);
  return out;
}

function normalise(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (s.startsWith('the ')) s = s.slice(4);
  let words = s.split(' ');
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words = words.slice(1);
  s = words.join(' ');
  return s.trim();
}

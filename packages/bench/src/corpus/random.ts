// A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine.

export interface Random {
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], n: number): T[];
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    sample(items, n) {
      const copy = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < n && copy.length > 0)
        out.push(copy.splice(int(copy.length), 1)[0] as (typeof items)[number]);
      return out;
    },
    chance: (p) => next() < p,
  };
}

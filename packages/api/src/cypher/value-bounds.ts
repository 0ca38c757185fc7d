// Upper bounds on the size of Cypher values, for proving that one expression stays small.
// A size counts list elements and string characters. Values read from the graph ("data") are
// bounded by what is stored, so they count as one unit, but a list read from the graph may
// hold up to DATA_COUNT elements when iterated.

/** How many elements a list from the graph (collect(), a list property, a pattern) may hold. */
export const DATA_COUNT = 10_000;

export type Bound =
  | { kind: 'scalar'; size: number }
  | { kind: 'data' }
  | { kind: 'list'; count: number; elem: Bound };

export const DATA: Bound = { kind: 'data' };
export const ONE: Bound = { kind: 'scalar', size: 1 };

export function scalar(size: number): Bound {
  return { kind: 'scalar', size };
}

export function list(count: number, elem: Bound): Bound {
  return { kind: 'list', count, elem };
}

export function total(b: Bound): number {
  if (b.kind === 'scalar') return b.size;
  if (b.kind === 'data') return 1;
  return b.count * Math.max(1, total(b.elem));
}

/** How many times an iteration over the value may run. */
export function iterations(b: Bound): number {
  if (b.kind === 'list') return b.count;
  if (b.kind === 'data') return DATA_COUNT;
  return Math.max(1, b.size);
}

export function elementOf(b: Bound): Bound {
  if (b.kind === 'list') return b.elem;
  if (b.kind === 'data') return DATA;
  return b;
}

/** A bound on either value (CASE branches, coalesce). */
export function join(a: Bound, b: Bound): Bound {
  if (a.kind === 'data' && b.kind === 'data') return DATA;
  if (a.kind === 'list' || b.kind === 'list') {
    return list(Math.max(iterations(a), iterations(b)), join(elementOf(a), elementOf(b)));
  }
  return scalar(Math.max(total(a), total(b)));
}

/** `a + b`: list concatenation or append when either is a list, else string concatenation. */
export function plus(a: Bound, b: Bound): Bound {
  if (a.kind === 'list' || b.kind === 'list') {
    const part = (x: Bound): [number, Bound] => (x.kind === 'list' ? [x.count, x.elem] : [1, x]);
    const [ca, ea] = part(a);
    const [cb, eb] = part(b);
    return list(ca + cb, ca === 0 ? eb : cb === 0 ? ea : join(ea, eb));
  }
  return scalar(total(a) + total(b));
}

/** The bound of a parameter's actual value. */
export function boundOfValue(value: unknown): Bound {
  if (typeof value === 'string') return scalar(value.length);
  if (Array.isArray(value)) {
    return list(value.length, value.map(boundOfValue).reduce(join, scalar(0)));
  }
  if (value && typeof value === 'object') return scalar(JSON.stringify(value).length);
  return ONE;
}

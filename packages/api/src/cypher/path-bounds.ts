// Variable-length relationships and quantified paths must say how far they go: without an upper
// bound, the number of paths grows with the graph's size to the power of the length.

/** Upper bound of a variable-length relationship or quantified path. */
export const MAX_HOPS = 6;

/** Why a relationship's length (`*`, `*2`, `*1..3`, `*2..`) is refused, or null. */
export function pathLengthProblem(text: string): string | null {
  const single = /^\*(\d+)$/.exec(text);
  const ranged = /^\*(\d*)\.\.(\d*)$/.exec(text);
  const upper = single ? Number(single[1]) : ranged?.[2] ? Number(ranged[2]) : null;
  if (upper === null) {
    return `a variable-length relationship needs an upper bound of at most ${MAX_HOPS} hops, like *1..${MAX_HOPS}`;
  }
  if (upper > MAX_HOPS)
    return `${upper} hops can reach every path in the graph; at most ${MAX_HOPS} are allowed`;
  return null;
}

/** Why a path quantifier (`+`, `*`, `{2}`, `{1,3}`, `{2,}`) is refused, or null. */
export function quantifierProblem(text: string): string | null {
  const exact = /^\{(\d+)\}$/.exec(text);
  const ranged = /^\{(\d*),(\d*)\}$/.exec(text);
  const upper = exact ? Number(exact[1]) : ranged?.[2] ? Number(ranged[2]) : null;
  if (upper === null || upper > MAX_HOPS) {
    return `a quantified path needs an upper bound of at most ${MAX_HOPS}, like {1,${MAX_HOPS}}`;
  }
  return null;
}

// Whether two points of a sentence lie in one clause: no comma or semicolon between them that
// starts a new clause (", losing to Cole" goes on with the same one; ", is standing again" does not).

export function sameClause(text: string, from: number, to: number): boolean {
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c !== ',' && c !== ';') continue;
    if (c === ',' && /^\s*(?:\w+ly\s+)?\w+ing\b/.test(text.slice(i + 1, i + 40))) continue;
    return false;
  }
  return true;
}

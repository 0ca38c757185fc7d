// Possible namesakes: two people with one full name are one node unless their union ties
// conflict — each is tied to unions (member, officer, candidate) and no union of one is a union
// of the other, a section of it, or merged into it. Then the newcomer is kept apart, under a key
// scoped by its union, and its mention says so (`namesake:<other key>`) for review.
import type { ArticleGraph } from '@caucus/graph';

/** Unions joined by PART_OF or MERGED_INTO are one family (a section, a successor). */
export class UnionFamilies {
  private readonly parent = new Map<string, string>();

  root(key: string): string {
    let k = key;
    for (let p = this.parent.get(k); p && p !== k; p = this.parent.get(k)) k = p;
    return k;
  }

  join(a: string, b: string): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

export interface KnownPerson {
  key: string;
  unions: string[];
}

const baseOf = (key: string) => key.replace(/@.*$/, '');

export class PersonIndex {
  private readonly byBase = new Map<string, { key: string; unions: Set<string> }[]>();

  constructor(
    people: KnownPerson[] = [],
    readonly families = new UnionFamilies(),
  ) {
    for (const p of people) this.add(p.key, p.unions);
  }

  add(key: string, unions: Iterable<string>): void {
    const list = this.byBase.get(baseOf(key)) ?? [];
    let slot = list.find((p) => p.key === key);
    if (!slot) {
      slot = { key, unions: new Set() };
      list.push(slot);
      this.byBase.set(baseOf(key), list);
    }
    for (const u of unions) slot.unions.add(u);
  }

  private conflict(a: Set<string>, b: Set<string>): boolean {
    if (a.size === 0 || b.size === 0) return false;
    const roots = new Set([...a].map((u) => this.families.root(u)));
    return ![...b].some((u) => roots.has(this.families.root(u)));
  }

  /** The node a full-named person of an article is, given the unions the article ties them to. */
  resolve(baseKey: string, unions: Set<string>): { key: string; namesakeOf: string | null } {
    const known = this.byBase.get(baseKey) ?? [];
    const same = known.find((p) => !this.conflict(p.unions, unions));
    if (same || known.length === 0) {
      const key = same?.key ?? baseKey;
      this.add(key, unions);
      return { key, namesakeOf: null };
    }
    const scope = [...unions].sort()[0]?.replace(/^union:/, '') ?? 'apart';
    const key = `${baseKey}@${scope}`;
    this.add(key, unions);
    return { key, namesakeOf: known[0]?.key ?? null };
  }
}

const UNION_TIES = new Set(['MEMBER_OF', 'HOLDS_POSITION']);
const CONTEST_TIES = new Set(['CANDIDATE_IN', 'ELECTED_IN']);

/** The unions an article ties each of its people to, by local entity id, as graph keys. */
export function unionTies(graph: ArticleGraph, keyOf: (localId: string) => string | undefined) {
  const typeOf = new Map(graph.entities.map((e) => [e.id, e.type]));
  const ties = new Map<string, Set<string>>();
  for (const r of graph.relations) {
    if (typeof r.source !== 'string' || typeof r.target !== 'string') continue;
    let union: string | undefined;
    if (UNION_TIES.has(r.type) && typeOf.get(r.target) === 'Union') union = keyOf(r.target);
    else if (CONTEST_TIES.has(r.type)) {
      const election = keyOf(r.target);
      const slug = election?.split(':')[1];
      if (slug && slug !== 'unknown') union = `union:${slug}`;
    }
    if (!union) continue;
    const set = ties.get(r.source) ?? new Set();
    set.add(union);
    ties.set(r.source, set);
  }
  return ties;
}

/** Sections and successors the article itself states. */
export function articleFamilies(
  graph: ArticleGraph,
  keyOf: (localId: string) => string | undefined,
  families: UnionFamilies,
) {
  for (const r of graph.relations) {
    if ((r.type !== 'PART_OF' && r.type !== 'MERGED_INTO') || typeof r.source !== 'string') continue;
    const [a, b] = [keyOf(r.source), typeof r.target === 'string' ? keyOf(r.target) : undefined];
    if (a && b) families.join(a, b);
  }
}

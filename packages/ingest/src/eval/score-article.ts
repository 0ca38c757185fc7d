// Scores one predicted article graph against its gold graph by the rules of SPEC §3.
import {
  type ArticleGraph,
  type GraphEntity,
  normaliseName,
  SCORED_ENTITY_TYPES,
  SYMMETRIC_RELATION_TYPES,
} from '@caucus/graph';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  article: string;
  entities: Counts;
  relations: Counts;
  entitiesByType: Record<string, Counts>;
  relationsByType: Record<string, Counts>;
  /** Human-readable misses and false alarms, for tuning. */
  errors: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function bump(table: Record<string, Counts>, key: string, field: keyof Counts): void {
  table[key] ??= zero();
  (table[key] as Counts)[field]++;
}

function names(e: GraphEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normaliseName).filter(Boolean));
}

function normalisePost(post: unknown): string {
  return normaliseName(String(post ?? ''))
    .replace(/\bvice (presidency|presidential)\b/g, 'vice president')
    .split(' ')
    .filter((w) => !['national', 'election', 'elections', 'of'].includes(w))
    .join(' ');
}

export function scoreArticle(gold: ArticleGraph, pred: ArticleGraph): ArticleScore {
  const score: ArticleScore = {
    article: gold.article,
    entities: zero(),
    relations: zero(),
    entitiesByType: {},
    relationsByType: {},
    errors: [],
  };
  const goldEntities = gold.entities.filter((e) => SCORED_ENTITY_TYPES.includes(e.type));
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const goldUnionNames = (unionName: unknown): Set<string> => {
    const n = normaliseName(String(unionName ?? ''));
    const hits = gold.entities.filter((u) => u.type === 'Union' && names(u).has(n));
    return new Set(hits.map((u) => u.id));
  };

  const entityMatches = (g: GraphEntity, p: GraphEntity): boolean => {
    if (g.type !== p.type) return false;
    const gn = names(g);
    for (const n of names(p)) if (gn.has(n)) return true;
    if (g.type !== 'Election') return false;
    const gp = g.properties ?? {};
    const pp = p.properties ?? {};
    if (gp.year === undefined || Number(gp.year) !== Number(pp.year)) return false;
    const unionsEqual =
      normaliseName(String(gp.union ?? '')) === normaliseName(String(pp.union ?? '')) ||
      [...goldUnionNames(gp.union)].some((id) => goldUnionNames(pp.union).has(id));
    return unionsEqual && normalisePost(gp.post) === normalisePost(pp.post);
  };

  // Each gold entity matches at most one prediction, first in output order.
  const goldOf = new Map<string, string>(); // predicted id → gold id
  const matchedGold = new Set<string>();
  for (const p of pred.entities) {
    if (!SCORED_ENTITY_TYPES.includes(p.type)) continue;
    const g = goldEntities.find((g) => entityMatches(g, p));
    if (g && !matchedGold.has(g.id)) {
      matchedGold.add(g.id);
      goldOf.set(p.id, g.id);
      score.entities.tp++;
      bump(score.entitiesByType, p.type, 'tp');
    } else {
      // A second prediction for a matched gold entity is a false positive too.
      if (g) goldOf.set(p.id, g.id);
      score.entities.fp++;
      bump(score.entitiesByType, p.type, 'fp');
      score.errors.push(`entity FP ${p.type} "${p.name}"${g ? ' (duplicate)' : ''}`);
    }
  }
  for (const g of goldEntities) {
    if (matchedGold.has(g.id) || g.optional) continue;
    score.entities.fn++;
    bump(score.entitiesByType, g.type, 'fn');
    score.errors.push(`entity FN ${g.type} "${g.name}"`);
  }

  const ids = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const matchedRel = new Set<number>();
  for (const r of pred.relations) {
    const src = ids(r.source).map((id) => goldOf.get(id));
    const tgt = ids(r.target).map((id) => goldOf.get(id));
    const hit = gold.relations.findIndex((g) => {
      if (g.type !== r.type) return false;
      const gs = ids(g.source);
      const gt = ids(g.target);
      const forward = src.some((s) => s && gs.includes(s)) && tgt.some((t) => t && gt.includes(t));
      const backward = src.some((s) => s && gt.includes(s)) && tgt.some((t) => t && gs.includes(t));
      return forward || (SYMMETRIC_RELATION_TYPES.has(r.type) && backward);
    });
    if (hit < 0) {
      score.relations.fp++;
      bump(score.relationsByType, r.type, 'fp');
      const name = (id: string | string[]) =>
        ids(id)
          .map((i) => pred.entities.find((e) => e.id === i)?.name ?? i)
          .join('|');
      score.errors.push(`relation FP ${r.type} ${name(r.source)} -> ${name(r.target)}`);
    } else if (!matchedRel.has(hit)) {
      matchedRel.add(hit);
      score.relations.tp++;
      bump(score.relationsByType, r.type, 'tp');
    }
  }
  gold.relations.forEach((g, i) => {
    if (matchedRel.has(i) || g.optional) return;
    score.relations.fn++;
    bump(score.relationsByType, g.type, 'fn');
    const name = (id: string | string[]) =>
      ids(id)
        .map((x) => goldById.get(x)?.name ?? x)
        .join('|');
    score.errors.push(`relation FN ${g.type} ${name(g.source)} -> ${name(g.target)}`);
  });
  return score;
}

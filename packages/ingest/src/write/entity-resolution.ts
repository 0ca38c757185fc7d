// Cross-article entity resolution: which graph node each entity of a new article is. The rules
// are few and explainable, and each decision is kept (as `resolvedBy`) on the MENTIONS edge:
//  - bodies (unions, parties, organisations, factions) are one node when a name or alias of one
//    equals a name or alias of the other, after SPEC §3 normalisation ("NUT" = "National Union
//    of Teachers"); a faction is further scoped by the union it organises in ("Broad Left" in the
//    NUT is not "Broad Left" in Unison);
//  - people are one node when their full names are equal ignoring case, accents, hyphens and
//    honorifics ("Martin Powell-Davies" = "Martin Powell Davies"); never by surname alone, so
//    two people who share a surname stay apart, and a surname-only person stays in its article;
//  - elections are one node per union, post and year.
import { type ArticleGraph, type EntityType, type GraphEntity, normaliseName } from '@caucus/graph';
import { articleFamilies, PersonIndex, unionTies } from './namesakes.ts';

export interface KnownNode {
  key: string;
  type: EntityType;
  nameKeys: string[];
  scope: string | null;
}

/** Names of existing body nodes, by type and normalised name, for alias matching. */
export class AliasIndex {
  private readonly byName = new Map<string, KnownNode[]>();

  constructor(nodes: KnownNode[] = []) {
    for (const node of nodes) this.add(node);
  }

  add(node: KnownNode): void {
    for (const name of node.nameKeys) {
      const slot = `${node.type}|${name}`;
      const list = this.byName.get(slot) ?? [];
      if (!list.some((n) => n.key === node.key)) list.push(node);
      this.byName.set(slot, list);
    }
  }

  find(type: EntityType, names: string[], scope: string | null): { node: KnownNode; via: string } | null {
    for (const name of names) {
      const hit = (this.byName.get(`${type}|${name}`) ?? []).find(
        (n) => n.scope === scope || n.scope === null || scope === null,
      );
      if (hit) return { node: hit, via: name };
    }
    return null;
  }
}

export interface Resolved {
  key: string;
  type: EntityType;
  name: string;
  nameKeys: string[];
  scope: string | null;
  resolvedBy: string;
}

const slug = (s: string) => normaliseName(s.replace(/-/g, ' ')).replace(/ /g, '-');

export function entityNameKeys(e: GraphEntity): string[] {
  return [
    ...new Set(
      [e.name, ...(e.aliases ?? [])].map((n) => normaliseName(n.replace(/-/g, ' '))).filter(Boolean),
    ),
  ];
}

function normalisePost(post: unknown): string {
  return slug(
    String(post ?? '')
      .replace(/\b(national|election|elections|of)\b/gi, ' ')
      .replace(/presidency|presidential/gi, 'president'),
  );
}

/** Resolves every entity of one article graph to a graph key; updates the index as it goes. */
export function resolveArticleEntities(
  graph: ArticleGraph,
  index: AliasIndex,
  articleId: string,
  people: PersonIndex = new PersonIndex(),
): Map<string, Resolved> {
  const out = new Map<string, Resolved>();
  const order: EntityType[] = ['Union', 'Party', 'Organisation', 'Place', 'Faction', 'Election', 'Person'];
  const unionOfFaction = new Map<string, string>();
  for (const r of graph.relations) {
    if (r.type === 'ACTIVE_IN' && typeof r.source === 'string' && typeof r.target === 'string')
      unionOfFaction.set(r.source, r.target);
  }
  let ties: Map<string, Set<string>> | undefined;
  for (const type of order) {
    for (const e of graph.entities.filter((x) => x.type === type)) {
      const nameKeys = entityNameKeys(e);
      let resolved: Resolved;
      if (type === 'Person') {
        const words = normaliseName(e.name.replace(/-/g, ' ')).split(' ');
        if (words.length >= 2 && !ties) {
          const keyOf = (id: string) => out.get(id)?.key;
          articleFamilies(graph, keyOf, people.families);
          ties = unionTies(graph, keyOf);
        }
        const person =
          words.length >= 2 ? people.resolve(`person:${slug(e.name)}`, ties?.get(e.id) ?? new Set()) : null;
        resolved = person
          ? {
              key: person.key,
              type,
              name: e.name,
              nameKeys,
              scope: null,
              resolvedBy: person.namesakeOf ? `namesake:${person.namesakeOf}` : 'full-name',
            }
          : {
              key: `person:${slug(e.name)}@${articleId}`,
              type,
              name: e.name,
              nameKeys,
              scope: null,
              resolvedBy: 'surname-only:kept-in-article',
            };
      } else if (type === 'Election') {
        const p = e.properties ?? {};
        const union = graph.entities.find(
          (u) => u.type === 'Union' && entityNameKeys(u).includes(normaliseName(String(p.union ?? ''))),
        );
        const unionKey = union
          ? (out.get(union.id)?.key ?? `union:${slug(String(p.union))}`)
          : `union:${slug(String(p.union ?? 'unknown'))}`;
        resolved = {
          key: `election:${unionKey.replace(/^union:/, '')}:${normalisePost(p.post)}:${p.year ?? 'unknown'}`,
          type,
          name: e.name,
          nameKeys,
          scope: null,
          resolvedBy: 'union-post-year',
        };
      } else {
        const unionId = type === 'Faction' ? unionOfFaction.get(e.id) : undefined;
        const scope = unionId ? (out.get(unionId)?.key ?? null) : null;
        const hit = index.find(type, nameKeys, scope);
        resolved = hit
          ? {
              key: hit.node.key,
              type,
              name: e.name,
              nameKeys,
              scope: hit.node.scope ?? scope,
              resolvedBy: `alias:${hit.via}`,
            }
          : {
              key: `${type.toLowerCase()}:${slug(e.name)}${scope ? `@${scope.replace(/^union:/, '')}` : ''}`,
              type,
              name: e.name,
              nameKeys,
              scope,
              resolvedBy: 'new-name',
            };
        index.add({ key: resolved.key, type, nameKeys, scope: resolved.scope });
      }
      out.set(e.id, resolved);
    }
  }
  return out;
}

// A synthetic overview shaped like the union world, for the viewer's readability at a given
// number of entities: unions with factions, elections with their candidates (the union's
// people), endorsements from the union's factions and from parties, memberships and offices.
// In the viewer's wire shape after decoding (graphology's serialised format).

export interface SyntheticOverview {
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export function syntheticOverview(entities: number, seed = 5): SyntheticOverview {
  let s = seed;
  const rnd = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const nodes: SyntheticOverview['nodes'] = [];
  const edges: SyntheticOverview['edges'] = [];
  const node = (key: string, type: string, extra: Record<string, unknown> = {}) => {
    nodes.push({ key, attributes: { label: key.split(':')[1], type, articleCount: 1, ...extra } });
    return key;
  };
  const edge = (source: string, target: string, type: string, year: number) => {
    const weight = 1 + Math.floor(rnd() * rnd() * 30);
    const first = `${year - Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    edges.push({
      key: `e${edges.length}`,
      source,
      target,
      attributes: { type, weight, firstDate: first, lastDate: `${year}-06-01` },
    });
  };
  const parties = Array.from({ length: 8 }, (_v, i) => node(`party:Party ${i + 1}`, 'Party'));
  // Per union: 3 factions, 30 elections, 66 people: 100 entities.
  const unions = Math.max(1, Math.round((entities - parties.length) / 100));
  for (let u = 0; u < unions; u++) {
    const union = node(`union:Union ${u + 1}`, 'Union');
    const factions = [1, 2, 3].map((f) => node(`faction:U${u + 1} Faction ${f}`, 'Faction'));
    for (const f of factions) edge(f, union, 'ACTIVE_IN', 2025);
    const people = Array.from({ length: 66 }, (_v, i) => node(`person:U${u + 1} Person ${i + 1}`, 'Person'));
    for (const p of people) {
      if (rnd() < 0.5) edge(p, pick(parties), 'MEMBER_OF', 2020);
      if (rnd() < 0.6) edge(p, pick(factions), 'MEMBER_OF', 2020);
      if (rnd() < 0.3) edge(p, union, 'HOLDS_POSITION', 2022);
    }
    for (let e = 0; e < 30; e++) {
      const year = 2026 - Math.ceil((e + 1) / 3);
      const election = node(`election:U${u + 1} election ${e + 1}`, 'Election', { year });
      edge(election, union, 'ELECTION_OF', year);
      const candidates = new Set(Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(people)));
      let first = true;
      for (const c of candidates) {
        edge(c, election, first ? 'ELECTED_IN' : 'CANDIDATE_IN', year);
        first = false;
        if (rnd() < 0.7) edge(pick(factions), c, 'ENDORSED', year);
        if (rnd() < 0.2) edge(pick(parties), c, 'ENDORSED', year);
      }
    }
  }
  return { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges };
}

// The ontology of the extraction contract (SPEC.md §1), owned once and shared by ingest, api and viewer.

export const ENTITY_TYPES = [
  'Person',
  'Faction',
  'Union',
  'Party',
  'Election',
  'Organisation',
  'Place',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Place is allowed in output but not scored (SPEC §1). */
export const SCORED_ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'Place');

export const RELATION_TYPES = [
  'ENDORSED',
  'MEMBER_OF',
  'HOLDS_POSITION',
  'CANDIDATE_IN',
  'ELECTED_IN',
  'RAN_AGAINST',
  'DEFEATED',
  'ALLIED_WITH',
  'OPPOSES',
  'ACTIVE_IN',
  'PART_OF',
  'MERGED_INTO',
  'ELECTION_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Symmetric relations match in either direction and are stored once, source key < target key. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(['RAN_AGAINST', 'ALLIED_WITH']);

/** Which entity types each relation may join (SPEC §1, "from → to"). */
export const RELATION_SIGNATURES: Record<
  RelationType,
  { from: readonly EntityType[]; to: readonly EntityType[] }
> = {
  ENDORSED: { from: ['Faction', 'Party', 'Union', 'Organisation', 'Person'], to: ['Person'] },
  MEMBER_OF: { from: ['Person'], to: ['Party', 'Faction', 'Union', 'Organisation'] },
  HOLDS_POSITION: { from: ['Person'], to: ['Union', 'Faction', 'Party', 'Organisation'] },
  CANDIDATE_IN: { from: ['Person'], to: ['Election'] },
  ELECTED_IN: { from: ['Person'], to: ['Election'] },
  RAN_AGAINST: { from: ['Person'], to: ['Person'] },
  DEFEATED: { from: ['Person'], to: ['Person'] },
  ALLIED_WITH: { from: ['Person', 'Faction', 'Party'], to: ['Person', 'Faction', 'Party'] },
  OPPOSES: { from: ['Faction', 'Party', 'Person'], to: ['Faction', 'Party', 'Person'] },
  ACTIVE_IN: { from: ['Faction', 'Party'], to: ['Union'] },
  PART_OF: { from: ['Union'], to: ['Union'] },
  MERGED_INTO: { from: ['Union'], to: ['Union'] },
  ELECTION_OF: { from: ['Election'], to: ['Union'] },
};

export function fitsSignature(type: RelationType, from: EntityType, to: EntityType): boolean {
  const sig = RELATION_SIGNATURES[type];
  return sig.from.includes(from) && sig.to.includes(to);
}

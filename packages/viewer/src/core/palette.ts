// Colours by entity type and relation type; one place so the legend and the graph agree.

export const ENTITY_COLORS: Record<string, string> = {
  Person: '#2f5bd3',
  Faction: '#d2452f',
  Union: '#1f8a5b',
  Party: '#8e44ad',
  Election: '#d99a00',
  Organisation: '#5b6478',
  Place: '#9aa3b5',
};

export const RELATION_COLORS: Record<string, string> = {
  ENDORSED: '#d2452f',
  MEMBER_OF: '#8e44ad',
  HOLDS_POSITION: '#1f8a5b',
  CANDIDATE_IN: '#d99a00',
  ELECTED_IN: '#b87400',
  RAN_AGAINST: '#e07b91',
  DEFEATED: '#a3324b',
  ALLIED_WITH: '#3aa0a8',
  OPPOSES: '#555555',
  ACTIVE_IN: '#7fb08f',
  PART_OF: '#8fb3d9',
  MERGED_INTO: '#4a78b5',
  ELECTION_OF: '#c8b27a',
};

/** Symmetric relations are drawn without arrows. */
export const UNDIRECTED = new Set(['RAN_AGAINST', 'ALLIED_WITH']);

export const colorOf = (type: string) => ENTITY_COLORS[type] ?? '#888888';
export const relationColor = (type: string) => RELATION_COLORS[type] ?? '#aaaaaa';

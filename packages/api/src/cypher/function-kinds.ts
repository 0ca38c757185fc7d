// How Cypher's built-in functions relate the size of their value to that of their arguments.

/** Aggregates and functions whose value is one number. */
export const AGGREGATES_SMALL = new Set([
  'count',
  'sum',
  'avg',
  'stdev',
  'stdevp',
  'percentilecont',
  'percentiledisc',
]);
/** Functions whose value is no bigger than one of their arguments. */
export const SHRINKING = new Set([
  'min',
  'max',
  'coalesce',
  'tostring',
  'toupper',
  'tolower',
  'trim',
  'ltrim',
  'rtrim',
  'btrim',
  'substring',
  'left',
  'right',
  'reverse',
  'tail',
  'tostringlist',
  'tointegerlist',
  'tofloatlist',
  'tobooleanlist',
  'normalize',
]);
export const ELEMENT_OF_FIRST = new Set(['head', 'last']);
/** Functions over the graph itself: their values are bounded by what is stored. */
export const FROM_GRAPH = new Set([
  'nodes',
  'relationships',
  'labels',
  'keys',
  'properties',
  'startnode',
  'endnode',
  'type',
]);

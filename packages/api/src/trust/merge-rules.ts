// The rules that make several names one entity, in words, with how far each is to be trusted.
// In-article rules come from the extractor (a mention's `via`); cross-article rules from
// resolution (`resolvedBy` on MENTIONS); `curation:*` from a person who corrected the graph.

interface Rule {
  label: string;
  confidence: number;
}

const IN_ARTICLE: Record<string, Rule> = {
  name: { label: 'the name itself', confidence: 1 },
  alias: { label: 'an alias the article gives', confidence: 0.9 },
  acronym: { label: 'an acronym the article defines', confidence: 0.9 },
  'knowledge-base-alias': { label: 'a known alias of the body', confidence: 0.9 },
  'short-name': { label: 'a short reference to a full name in the same article', confidence: 0.7 },
  'union-prefixed-name': { label: 'the same faction with and without its union prefix', confidence: 0.8 },
  'short-body-name': { label: 'a shorter name of a body named in full in the same article', confidence: 0.7 },
};

export function inArticleRule(via: string): Rule {
  return IN_ARTICLE[via] ?? { label: via, confidence: 0.6 };
}

/** How an article's mention was tied to the graph node. */
export function crossArticleRule(resolvedBy: string, nodeScope: string | null): Rule {
  if (resolvedBy === 'full-name') return { label: 'same full name', confidence: 0.85 };
  if (resolvedBy === 'new-name') return { label: 'first named here', confidence: 1 };
  if (resolvedBy === 'union-post-year') return { label: 'same union, post and year', confidence: 0.9 };
  if (resolvedBy.startsWith('surname-only'))
    return { label: 'surname only: kept to its article', confidence: 1 };
  if (resolvedBy.startsWith('namesake:'))
    return { label: 'same name as another person with different union ties: kept apart', confidence: 0.6 };
  if (resolvedBy.startsWith('curation:'))
    return { label: `corrected by hand (${resolvedBy.slice('curation:'.length)})`, confidence: 1 };
  if (resolvedBy.startsWith('alias:')) {
    const via = resolvedBy.slice('alias:'.length);
    // A bare acronym ("swp", "nut") is the weakest shared name: many bodies share short letters.
    const acronym = !via.includes(' ') && via.length <= 6;
    if (nodeScope) return { label: `scoped faction: "${via}" in the same union`, confidence: 0.8 };
    return acronym
      ? { label: `acronym expansion: "${via}"`, confidence: 0.65 }
      : { label: `shared name or alias: "${via}"`, confidence: 0.85 };
  }
  return { label: resolvedBy, confidence: 0.5 };
}

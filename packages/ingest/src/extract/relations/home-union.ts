// The union an article is about: what "the union" and bare office titles refer to.
import type { EntityDraft, EntityRegistry } from '../entities/entity-registry.ts';
import type { SentenceTemplate } from './sentence-template.ts';

const BRANCH_NAME = /\b(?:Local|Lodge|Branch|Chapter)\s+\d+|\b(?:branch|local|lodge|chapter)$/i;

export function findHomeUnion(registry: EntityRegistry, templates: SentenceTemplate[]): EntityDraft | null {
  // A union that has sections is the whole of which the others are parts.
  for (const tpl of templates) {
    const parent = /⟦U\d+⟧\s+sections?\s+of\s+(?:the\s+)?⟦U(\d+)⟧/i.exec(tpl.template);
    if (parent) return tpl.mentions[Number(parent[1])]?.entity ?? null;
  }
  const unions = registry.entities.filter((e) => e.type === 'Union');
  const named = (e: EntityDraft) => e.mentions.filter((m) => m.via !== 'pronoun').length;
  // "Teamsters Local 731" is a part: the whole union is home when the article names it too.
  const part = (e: EntityDraft) => (BRANCH_NAME.test(e.name) && unions.length > 1 ? 1 : 0);
  return (
    unions.sort(
      (a, b) =>
        part(a) - part(b) || named(b) - named(a) || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    )[0] ?? null
  );
}

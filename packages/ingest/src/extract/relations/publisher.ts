// Who "we" are: the party, faction or union whose article this is, read off its source line
// ("The Socialist (Socialist Party)", "SIPTU Fightback (struggle.ws)") and the knowledge base.
import { type EntityType, normaliseName } from '@caucus/graph';
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { KnowledgeBase } from '../entities/knowledge-base.ts';

const SPEAKERS = new Set(['Party', 'Faction', 'Union']);

export function findPublisher(
  source: string | null,
  entities: EntityDraft[],
  kb: KnowledgeBase,
): EntityDraft | null {
  if (!source) return null;
  const main = source.replace(/\(.*$/, '').trim();
  const inBrackets =
    /\(([^)]*)\)/
      .exec(source)?.[1]
      ?.split(',')
      .map((s) => s.trim()) ?? [];
  const owner = kb.bodies.get(normaliseName(main))?.owner;
  const names = [...(owner ? [owner] : []), ...inBrackets, main].map(normaliseName).filter(Boolean);
  for (const name of names) {
    const found = entities.find(
      (e) => SPEAKERS.has(e.type) && [e.name, ...e.aliases].some((n) => normaliseName(n) === name),
    );
    if (found) return found;
  }
  return null;
}

/**
 * The publisher a source line names ("The Socialist (Socialist Party)", "Toronto Star (via …)")
 * and, where the knowledge base or the brackets say so, the party or faction whose organ it is.
 */
export function describePublisher(
  source: string | null,
  kb: KnowledgeBase,
): { name: string; owner?: { name: string; type: EntityType } } | undefined {
  if (!source) return undefined;
  const name = source.replace(/\(.*$/, '').trim();
  if (!name) return undefined;
  const known = kb.bodies.get(normaliseName(name));
  const ownerName = known?.owner ?? /\(([^),]*)/.exec(source)?.[1]?.trim();
  // A party's or faction's own site ("UCU Left", "Socialist Alternative") is its own organ.
  const self = known && (known.type === 'Party' || known.type === 'Faction') ? known : undefined;
  const owner = ownerName ? kb.bodies.get(normaliseName(ownerName)) : self;
  const partisan = owner && (owner.type === 'Party' || owner.type === 'Faction') ? owner : undefined;
  return {
    name: known?.name ?? name,
    ...(partisan ? { owner: { name: partisan.name, type: partisan.type } } : {}),
  };
}

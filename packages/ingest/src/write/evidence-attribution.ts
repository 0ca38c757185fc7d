// Who says so: each piece of evidence names its article's publisher, the party or faction whose
// organ that publisher is, and whether the claim is partisan — the publisher's owner, or the
// sentence's speaker, being one end of the relation (an actor speaking about itself), or the
// outlet being a party's or faction's own. The voice is what counts as one independent source.
import { type ArticleGraph, normaliseName } from '@caucus/graph';
import type { Resolved } from './entity-resolution.ts';

export type Partisan = 'outlet-about-itself' | 'outlet' | 'speaker-about-itself';

export interface EvidenceAttribution {
  publisher: string | null;
  publisherOwner: string | null;
  /** The one source this piece counts as: the owner, else the publisher, else its own article. */
  voice: string;
  partisan: Partisan | null;
}

export function articleAttribution(graph: ArticleGraph, resolved: Map<string, Resolved>, articleId: string) {
  const publisher = graph.meta?.publisher?.name ?? graph.meta?.source ?? null;
  const owner = graph.meta?.publisher?.owner ?? null;
  // The owner as a node of this article, when the article names it.
  const ownerEntity = owner
    ? graph.entities.find(
        (e) =>
          e.type === owner.type &&
          [e.name, ...e.aliases].some((n) => normaliseName(n) === normaliseName(owner.name)),
      )
    : undefined;
  const ownerKey = ownerEntity ? resolved.get(ownerEntity.id)?.key : undefined;
  const voice = owner?.name ?? publisher ?? `article ${articleId}`;
  /**
   * A party or faction that speaks about a relation of its own is partisan. A person named as the
   * speaker is not counted: "said Jo Bloggs, branch secretary" is the reporter's apposition.
   */
  return (
    source: string,
    target: string,
    speaker: { key: string; type: string } | undefined,
  ): EvidenceAttribution => {
    const ends = [source, target];
    const speakerKey =
      speaker && (speaker.type === 'Party' || speaker.type === 'Faction') ? speaker.key : undefined;
    const partisan: Partisan | null =
      ownerKey && ends.includes(ownerKey)
        ? 'outlet-about-itself'
        : owner
          ? 'outlet'
          : speakerKey && ends.includes(speakerKey)
            ? 'speaker-about-itself'
            : null;
    return { publisher, publisherOwner: owner?.name ?? null, voice, partisan };
  };
}

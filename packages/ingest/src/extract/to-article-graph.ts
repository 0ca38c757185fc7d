// Drafts → the contract's JSON shape: stable ids in order of first mention, relations checked
// against the ontology, one relation per (type, source, target) carrying all its evidence.
import {
  type ArticleGraph,
  type ArticleMeta,
  type Evidence,
  fitsSignature,
  type GraphEntity,
  type GraphRelation,
  SYMMETRIC_RELATION_TYPES,
} from '@caucus/graph';
import type { Article } from '../read/read-article.ts';
import type { EntityDraft } from './entities/entity-registry.ts';
import type { RelationDraft } from './relations/relation-draft.ts';

function firstAt(e: EntityDraft): number {
  return Math.min(...e.mentions.map((m) => m.start));
}

export interface Attribution {
  /** Who speaks in each sentence that says so, by sentence index. */
  speakers: Map<number, EntityDraft>;
  publisher?: ArticleMeta['publisher'];
}

export function toArticleGraph(
  article: Article,
  drafts: EntityDraft[],
  relations: RelationDraft[],
  attribution: Attribution = { speakers: new Map() },
): ArticleGraph {
  const entities = drafts
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => firstAt(a) - firstAt(b) || a.key.localeCompare(b.key));
  const ids = new Map<EntityDraft, string>(entities.map((e, i) => [e, `e${i + 1}`]));

  const graphEntities: GraphEntity[] = entities.map((e) => {
    const entity: GraphEntity = {
      id: ids.get(e) as string,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases].filter((a) => a !== e.name).sort(),
      key: e.key,
      method: e.method,
      confidence: e.confidence,
      mentions: e.mentions
        .filter((m) => m.via !== 'pronoun')
        .sort((a, b) => a.start - b.start)
        .map((m) => ({ start: m.start, end: m.end, text: m.text, via: m.via })),
    } as GraphEntity;
    if (e.properties) entity.properties = e.properties;
    return entity;
  });

  const ended = relations.filter((r) => r.ended);
  const endedKeys = new Set(ended.map((r) => `${r.type}|${r.source.key}|${r.target.key}`));
  // What the article says has ended is not also a current tie of that article.
  const current = relations.filter(
    (r) => !r.ended && !endedKeys.has(`${r.type}|${r.source.key}|${r.target.key}`),
  );
  const graphRelations = mergeRelations(current, ids, attribution.speakers);
  const endedRelations = mergeRelations(ended, ids, attribution.speakers);

  return {
    article: article.fileName,
    meta: {
      id: article.id,
      title: article.title ?? '',
      date: article.date,
      source: article.source,
      path: article.path,
      ...(attribution.publisher ? { publisher: attribution.publisher } : {}),
    },
    entities: graphEntities,
    relations: graphRelations,
    ...(endedRelations.length > 0 ? { endedRelations } : {}),
  };
}

/** One relation per (type, source, target), carrying every piece of its evidence, in text order. */
function mergeRelations(
  relations: RelationDraft[],
  ids: Map<EntityDraft, string>,
  speakers: Map<number, EntityDraft>,
): GraphRelation[] {
  const merged = new Map<string, GraphRelation & { evidence: Evidence[]; at: number }>();
  for (const r of relations) {
    if (!ids.has(r.source) || !ids.has(r.target) || r.source === r.target) continue;
    if (!fitsSignature(r.type, r.source.type, r.target.type)) continue;
    let [source, target] = [ids.get(r.source) as string, ids.get(r.target) as string];
    if (SYMMETRIC_RELATION_TYPES.has(r.type) && Number(source.slice(1)) > Number(target.slice(1)))
      [source, target] = [target, source];
    const key = `${r.type}|${source}|${target}`;
    const evidence: Evidence = {
      sentence: r.cue.sentence.text,
      sentenceStart: r.cue.sentence.start,
      sentenceEnd: r.cue.sentence.end,
      start: r.cue.start,
      end: r.cue.end,
      method: r.cue.method,
      confidence: r.cue.confidence,
    };
    const speaker = speakers.get(r.cue.sentence.index);
    const speakerId = speaker ? ids.get(speaker) : undefined;
    if (speaker && speakerId) evidence.speaker = { name: speaker.name, type: speaker.type, id: speakerId };
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, {
        type: r.type,
        source,
        target,
        ...(r.properties ? { properties: { ...r.properties } } : {}),
        evidence: [evidence],
        at: r.cue.start,
      });
      continue;
    }
    if (!existing.evidence.some((e) => e.start === evidence.start && e.method === evidence.method))
      existing.evidence.push(evidence);
    if (r.properties) existing.properties = { ...r.properties, ...existing.properties };
  }
  return [...merged.values()]
    .sort(
      (a, b) =>
        a.at - b.at ||
        a.type.localeCompare(b.type) ||
        String(a.source).localeCompare(String(b.source)) ||
        String(a.target).localeCompare(String(b.target)),
    )
    .map(({ at: _at, ...r }) => ({
      ...r,
      evidence: r.evidence.sort((x, y) => x.start - y.start || x.method.localeCompare(y.method)),
    }));
}

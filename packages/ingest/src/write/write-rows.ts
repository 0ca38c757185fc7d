// One batch of extracted articles → the flat rows the UNWIND queries write.
import {
  type ArticleGraph,
  type EntityType,
  type RelationType,
  SYMMETRIC_RELATION_TYPES,
} from '@caucus/graph';
import type { Article } from '../read/read-article.ts';
import type { Resolved } from './entity-resolution.ts';
import { articleAttribution } from './evidence-attribution.ts';
import { mentionProvenance } from './mention-provenance.ts';

export interface ArticleRow {
  id: string;
  props: {
    id: string;
    title: string | null;
    date: string | null;
    source: string | null;
    path: string;
    /** The page's URL for a fetched article, and every URL it (or a copy of it) was found at. */
    url: string | null;
    urls: string[];
    minhash: string | null;
    sha256: string;
    text: string;
    /** The publisher the source line names, and the party or faction whose organ it is. */
    publisher: string | null;
    publisherOwner: string | null;
    publisherOwnerType: string | null;
  };
}

export interface EntityRow {
  key: string;
  name: string;
  scope: string | null;
  properties: Record<string, string | number | boolean>;
}

export interface MentionRow {
  articleId: string;
  key: string;
  count: number;
  names: string[];
  /** Flat [start, end, start, end, …] offsets into the article text. */
  spans: number[];
  /** Normalised names, the keys cross-article resolution matches on. */
  nameKeys: string[];
  resolvedBy: string;
  method: string;
  confidence: number;
  /** Why these names are this entity: one JSON object per surface name (name, rule, sentence). */
  provenance: string[];
}

export interface RelationRow {
  source: string;
  target: string;
  articleId: string;
  articleDate: string | null;
  /** One JSON object per piece of evidence: article, sentence, offsets, method, confidence. */
  evidence: string[];
  /** Per piece of evidence: the source it counts as, and whether that source is partisan. */
  voices: string[];
  partisan: boolean[];
  confidence: number;
  properties: Record<string, string | number | boolean>;
}

export interface WriteRows {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
}

export interface ExtractedArticle {
  article: Article;
  graph: ArticleGraph;
  resolved: Map<string, Resolved>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildWriteRows(batch: ExtractedArticle[]): WriteRows {
  const rows: WriteRows = { articles: [], entities: new Map(), mentions: [], relations: new Map() };
  const seenEntities = new Set<string>();
  for (const { article, graph, resolved } of batch) {
    rows.articles.push({
      id: article.id,
      props: {
        id: article.id,
        title: article.title,
        date: article.date,
        source: article.source,
        path: article.path,
        url: article.url ?? null,
        urls: article.urls ?? [article.path],
        minhash: article.minhash ?? null,
        sha256: article.sha256,
        text: article.text,
        publisher: graph.meta?.publisher?.name ?? null,
        publisherOwner: graph.meta?.publisher?.owner?.name ?? null,
        publisherOwnerType: graph.meta?.publisher?.owner?.type ?? null,
      },
    });
    const mentionByKey = new Map<string, MentionRow>();
    const provenance = mentionProvenance(article.text);
    for (const e of graph.entities) {
      const r = resolved.get(e.id);
      if (!r) continue;
      if (!seenEntities.has(r.key)) {
        seenEntities.add(r.key);
        push(rows.entities, r.type, {
          key: r.key,
          name: r.name,
          scope: r.scope,
          properties: e.properties ?? {},
        });
      }
      // Two local entities may resolve to one node: their mentions add up.
      const m = mentionByKey.get(r.key) ?? {
        articleId: article.id,
        key: r.key,
        count: 0,
        names: [],
        spans: [],
        nameKeys: [],
        resolvedBy: r.resolvedBy,
        method: e.method ?? 'unknown',
        confidence: e.confidence ?? 0.5,
        provenance: [],
      };
      for (const mention of e.mentions ?? []) {
        m.count++;
        m.spans.push(mention.start, mention.end);
      }
      for (const name of [e.name, ...e.aliases]) if (!m.names.includes(name)) m.names.push(name);
      for (const key of r.nameKeys) if (!m.nameKeys.includes(key)) m.nameKeys.push(key);
      m.count = Math.max(m.count, 1);
      m.provenance.push(...provenance.of(e, m.provenance));
      mentionByKey.set(r.key, m);
    }
    rows.mentions.push(...mentionByKey.values());

    const attribute = articleAttribution(graph, resolved, article.id);
    const ended = (graph.endedRelations ?? []).map((r) => ({
      ...r,
      properties: { ...r.properties, ended: true },
    }));
    for (const rel of [...graph.relations, ...ended]) {
      if (typeof rel.source !== 'string' || typeof rel.target !== 'string') continue;
      let source = resolved.get(rel.source)?.key;
      let target = resolved.get(rel.target)?.key;
      if (!source || !target || source === target) continue;
      if (SYMMETRIC_RELATION_TYPES.has(rel.type) && source > target) [source, target] = [target, source];
      // `ended` marks what one article said ("who left the SWP"), so it rides on that article's
      // evidence, not on the edge that every article's evidence shares.
      const { ended, ...properties } = rel.properties ?? {};
      const voices: string[] = [];
      const partisan: boolean[] = [];
      const evidence = (rel.evidence ?? []).map((ev) => {
        // The speaker is named by its graph key, like every other endpoint.
        const speakerKey = ev.speaker ? resolved.get(ev.speaker.id)?.key : undefined;
        const speaker = ev.speaker && speakerKey ? { ...ev.speaker, id: speakerKey } : undefined;
        const who = attribute(
          source,
          target,
          speakerKey && ev.speaker ? { key: speakerKey, type: ev.speaker.type } : undefined,
        );
        voices.push(who.voice);
        partisan.push(who.partisan !== null);
        return JSON.stringify({
          articleId: article.id,
          ...ev,
          speaker,
          publisher: who.publisher,
          publisherOwner: who.publisherOwner,
          ...(who.partisan ? { partisan: who.partisan } : {}),
          ...(ended === true ? { ended: true } : {}),
        });
      });
      push(rows.relations, rel.type, {
        source,
        target,
        articleId: article.id,
        articleDate: article.date,
        evidence,
        voices,
        partisan,
        confidence: Math.max(0, ...(rel.evidence ?? []).map((ev) => ev.confidence)),
        properties,
      });
    }
  }
  return rows;
}

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
  /** What this batch's articles call it, its name keys, and how many of them mention it. */
  names: string[];
  nameKeys: string[];
  articles: number;
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

/** What one article says of one edge: stored as one :Evidence node. */
export interface EdgeArticle {
  article: string;
  /** The article's date, '' when it has none. */
  date: string;
  /** One JSON object per piece of evidence, with its voice and whether that is partisan. */
  pieces: string[];
  voices: string[];
  partisan: boolean[];
}

/**
 * One edge's facts from all the batch's articles, in article order, with the tally of voices they
 * add: an edge cited by many articles of a batch is updated once, not once per article.
 */
export interface EdgeRow {
  source: string;
  target: string;
  articles: EdgeArticle[];
  /** The batch's dated articles' dates, and its number of pieces. */
  dates: string[];
  pieceCount: number;
  /** Distinct voices in first-seen order, with their pieces and whether all of those are partisan. */
  voiceNames: string[];
  voiceCounts: number[];
  voiceAllPartisan: boolean[];
  confidence: number;
  properties: Record<string, string | number | boolean>;
}

export interface WriteRows {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relations: Map<RelationType, EdgeRow[]>;
}

export interface ExtractedArticle {
  article: Article;
  graph: ArticleGraph;
  resolved: Map<string, Resolved>;
}

/** "LANAC" gives way to its expansion: a longer name wins unless it is all capitals. */
export const moreComplete = (name: string, than: string) =>
  name.length > than.length && name !== name.toUpperCase();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildWriteRows(batch: ExtractedArticle[]): WriteRows {
  const rows: WriteRows = { articles: [], entities: new Map(), mentions: [], relations: new Map() };
  const entityByKey = new Map<string, EntityRow>();
  const relations = new Map<RelationType, RelationRow[]>();
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
      const known = entityByKey.get(r.key);
      // The rule the writer applies to the stored name, applied across the batch's articles.
      if (known && moreComplete(r.name, known.name)) known.name = r.name;
      if (!known) {
        const row: EntityRow = {
          key: r.key,
          name: r.name,
          scope: r.scope,
          properties: e.properties ?? {},
          names: [],
          nameKeys: [],
          articles: 0,
        };
        entityByKey.set(r.key, row);
        push(rows.entities, r.type, row);
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
    for (const m of mentionByKey.values()) {
      const entity = entityByKey.get(m.key) as EntityRow;
      entity.articles++;
      for (const name of m.names) if (!entity.names.includes(name)) entity.names.push(name);
      for (const key of m.nameKeys) if (!entity.nameKeys.includes(key)) entity.nameKeys.push(key);
    }

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
      push(relations, rel.type, {
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
  for (const [type, list] of relations) rows.relations.set(type, groupByEdge(list));
  return rows;
}

const emptyEdge = (source: string, target: string): EdgeRow => ({
  source,
  target,
  articles: [],
  dates: [],
  pieceCount: 0,
  voiceNames: [],
  voiceCounts: [],
  voiceAllPartisan: [],
  confidence: 0,
  properties: {},
});

/** Rows of one relation type merged per (source, target), keeping article order. */
export function groupByEdge(list: RelationRow[]): EdgeRow[] {
  const byEdge = new Map<string, EdgeRow>();
  for (const row of list) {
    const id = `${row.source}\u0000${row.target}`;
    const edge = byEdge.get(id) ?? emptyEdge(row.source, row.target);
    byEdge.set(id, edge);
    // One article may state one edge twice (two sentences): one :Evidence node holds both.
    let cited = edge.articles.at(-1);
    if (cited?.article !== row.articleId) {
      cited = { article: row.articleId, date: row.articleDate ?? '', pieces: [], voices: [], partisan: [] };
      edge.articles.push(cited);
      if (cited.date) edge.dates.push(cited.date);
    }
    cited.pieces.push(...row.evidence);
    cited.voices.push(...row.voices);
    cited.partisan.push(...row.partisan);
    edge.pieceCount += row.evidence.length;
    row.voices.forEach((voice, i) => {
      const at = edge.voiceNames.indexOf(voice);
      const partisan = row.partisan[i] === true;
      if (at < 0) {
        edge.voiceNames.push(voice);
        edge.voiceCounts.push(1);
        edge.voiceAllPartisan.push(partisan);
      } else {
        edge.voiceCounts[at] = (edge.voiceCounts[at] ?? 0) + 1;
        edge.voiceAllPartisan[at] = edge.voiceAllPartisan[at] === true && partisan;
      }
    });
    edge.confidence = Math.max(edge.confidence, row.confidence);
    Object.assign(edge.properties, row.properties);
  }
  return [...byEdge.values()];
}

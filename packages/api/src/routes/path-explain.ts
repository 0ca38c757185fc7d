// Paths as entity summaries and edges with evidence, and edges explained in plain words.
import type { Record as Neo4jRecord, Path } from 'neo4j-driver';
import { type ArticleMeta, parseEvidence } from '../evidence.ts';
import type { EntitySummary } from '../schemas.ts';
import { type Attribution, attributionOf } from '../trust/attribution.ts';

/** How each relation reads in a sentence: "A endorsed B". */
export const PHRASES: Record<string, string> = {
  ENDORSED: 'endorsed',
  MEMBER_OF: 'is a member of',
  HOLDS_POSITION: 'holds office in',
  CANDIDATE_IN: 'stood in',
  ELECTED_IN: 'was elected in',
  RAN_AGAINST: 'ran against',
  DEFEATED: 'defeated',
  ALLIED_WITH: 'is allied with',
  OPPOSES: 'opposes',
  ACTIVE_IN: 'organises in',
  PART_OF: 'is a section of',
  MERGED_INTO: 'merged into',
  ELECTION_OF: 'is an election of',
};

export function summary(props: Record<string, unknown>): EntitySummary {
  return {
    key: String(props.key),
    type: String(props.type),
    name: String(props.name),
    aliases: (props.aliases as string[]) ?? [],
    articleCount: Number(props.articleCount ?? 0),
  };
}

export interface ExplainedPath {
  nodes: EntitySummary[];
  edges: {
    type: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
    evidence: ReturnType<typeof parseEvidence>;
    attribution: Attribution;
  }[];
  sentence: string;
}

/** "Broadly Speaking endorsed Amanda Martin; Amanda Martin holds office in NEU." */
export function explainPath(path: Path, articles: ArticleMeta[]): ExplainedPath {
  const nodes = [summary(path.start.properties)];
  const edges: ExplainedPath['edges'] = [];
  const clauses: string[] = [];
  for (const seg of path.segments) {
    nodes.push(summary(seg.end.properties));
    const r = seg.relationship;
    const forward = r.startNodeElementId === seg.start.elementId;
    const [from, to] = forward ? [seg.start, seg.end] : [seg.end, seg.start];
    const {
      evidence,
      evidenceArticleIds: _e,
      evidenceVoices,
      evidencePartisan,
      articleIds,
      ...properties
    } = r.properties as Record<string, unknown>;
    edges.push({
      type: r.type,
      source: String(from.properties.key),
      target: String(to.properties.key),
      properties,
      evidence: parseEvidence(evidence, articles),
      attribution: attributionOf(evidenceVoices, evidencePartisan, articleIds),
    });
    const title = r.type === 'HOLDS_POSITION' && properties.title ? ` (as ${properties.title})` : '';
    clauses.push(
      `${from.properties.name} ${PHRASES[r.type] ?? r.type.toLowerCase()} ${to.properties.name}${title}`,
    );
  }
  return { nodes, edges, sentence: `${clauses.join('; ')}.` };
}

export function articlesOf(record: Neo4jRecord): ArticleMeta[] {
  return (record.has('articles') ? record.get('articles') : []) as ArticleMeta[];
}

// Graph values → graphology's serialised format, which the viewer imports as is.
import { type RelationType, SYMMETRIC_RELATION_TYPES } from '@caucus/graph';
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toJson } from './to-json.ts';

export interface SerializedNode {
  key: string;
  attributes: Record<string, unknown>;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected?: boolean;
  attributes: Record<string, unknown>;
}

export interface SerializedGraph {
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  attributes: Record<string, unknown>;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** Node keys are entity keys (stable across runs); other nodes fall back to their element id. */
const nodeKey = (n: Node) => String(n.properties.key ?? n.properties.id ?? n.elementId);

export class GraphCollector {
  private readonly nodes = new Map<string, SerializedNode>();
  private readonly edges = new Map<string, SerializedEdge>();
  private readonly keyByElementId = new Map<string, string>();

  addNode(n: Node): string {
    const key = nodeKey(n);
    this.keyByElementId.set(n.elementId, key);
    if (!this.nodes.has(key)) {
      const props = toJson(n.properties) as Record<string, unknown>;
      delete props.text;
      delete props.nameKeys;
      delete props.aliasText;
      this.nodes.set(key, {
        key,
        attributes: { ...props, label: props.name ?? props.title ?? key, type: props.type ?? n.labels[0] },
      });
    }
    return key;
  }

  addRelationship(r: Relationship): void {
    const source = this.keyByElementId.get(r.startNodeElementId);
    const target = this.keyByElementId.get(r.endNodeElementId);
    if (!source || !target || this.edges.has(r.elementId)) return;
    const props = toJson(r.properties) as Record<string, unknown>;
    // The voice tally and the evidence bookkeeping are the store's, not attributes to draw.
    for (const key of ['id', 'evidenceSeq', 'voices', 'voicePieces', 'voicePartisan']) delete props[key];
    this.edges.set(r.elementId, {
      key: r.elementId,
      source,
      target,
      ...(SYMMETRIC_RELATION_TYPES.has(r.type as RelationType) ? { undirected: true } : {}),
      attributes: { ...props, type: r.type, label: r.type },
    });
  }

  /** An edge read as a summary (ends by entity key); both ends must have been added. */
  addEdgeSummary(e: { id: string; type: string; source: string; target: string; properties: object }): void {
    if (!this.nodes.has(e.source) || !this.nodes.has(e.target) || this.edges.has(e.id)) return;
    this.edges.set(e.id, {
      key: e.id,
      source: e.source,
      target: e.target,
      ...(SYMMETRIC_RELATION_TYPES.has(e.type as RelationType) ? { undirected: true } : {}),
      attributes: { ...e.properties, type: e.type, label: e.type },
    });
  }

  /** Adds every node, relationship and path found anywhere in a value. */
  collect(value: unknown): void {
    if (isNode(value)) this.addNode(value);
    else if (isRelationship(value)) this.pending.push(value);
    else if (isPath(value)) {
      this.addNode(value.start);
      for (const s of value.segments) {
        this.addNode(s.end);
        this.addRelationship(s.relationship);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) this.collect(v);
    } else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value)) this.collect(v);
    }
  }

  private readonly pending: Relationship[] = [];

  get nodeCount(): number {
    return this.nodes.size;
  }

  toSerialized(attributes: Record<string, unknown> = {}): SerializedGraph {
    // Relationships whose end nodes arrived later in the rows are placed now.
    for (const r of this.pending.splice(0)) this.addRelationship(r);
    return {
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      attributes,
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
  }
}

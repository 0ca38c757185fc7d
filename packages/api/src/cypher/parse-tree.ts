// User Cypher as a parse tree, read with Neo4j's own Cypher grammar (@neo4j-cypher/language-support).
// Its public view of the tree names each rule node by its grammar rule and each token by its
// text; a node with children is a rule, a leaf is a token.
import { getDebugTree, type SimpleTree } from '@neo4j-cypher/language-support';

export interface CypherNode {
  /** The grammar rule (e.g. `reduceExpression`), or null for a token. */
  rule: string | null;
  /** A token's text; '' for rules. */
  token: string;
  kids: CypherNode[];
}

/** Rules that may match nothing; such a rule shows up as a leaf named after it. */
const MAYBE_EMPTY: Record<string, string> = { functionName: 'namespace', procedureName: 'namespace' };

function convert(tree: SimpleTree, parent = ''): CypherNode {
  const kids = tree.children ?? [];
  if (kids.length === 0) {
    if (MAYBE_EMPTY[parent] === tree.name) return { rule: tree.name, token: '', kids: [] };
    return { rule: null, token: tree.name, kids: [] };
  }
  return { rule: tree.name, token: '', kids: kids.map((k) => convert(k, tree.name)) };
}

/** The parse tree of every statement in the query; throws RangeError on absurd nesting. */
export function parseCypher(query: string): CypherNode {
  return convert(getDebugTree(query));
}

export function ruleKids(node: CypherNode): CypherNode[] {
  return node.kids.filter((k) => k.rule !== null);
}

export function firstRule(node: CypherNode, rule: string): CypherNode | undefined {
  return node.kids.find((k) => k.rule === rule);
}

export function tokens(node: CypherNode): string[] {
  if (node.rule === null) return [node.token];
  return node.kids.flatMap(tokens);
}

/** The construct as the user would recognise it, shortened for an error message. */
export function sourceText(node: CypherNode, max = 90): string {
  const text = tokens(node)
    .join(' ')
    .replace(/\s+([),.\]}])/g, '$1')
    .replace(/\$ /g, '$')
    .replace(/([([{.])\s+/g, '$1')
    .replace(/(\w) \(/g, '$1(')
    .replace(/\s+,/g, ',')
    .replace(/([<-]) (?=[->[])|(\]) (?=[->])/g, '$1$2');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A function, procedure or variable name: the identifier tokens under the node, joined. */
export function nameOf(node: CypherNode): string {
  return tokens(node).join('').replace(/`/g, '');
}

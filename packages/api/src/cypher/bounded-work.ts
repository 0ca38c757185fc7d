// Proves, before a user query runs, that none of its expressions can build a huge value or loop
// for long. Neo4j checks its timeout and memory limits between rows, not inside one expression,
// so `reduce(s = 'x', i IN range(1, 40) | s + s)` would fill the heap before either acts.
// Every expression gets an upper bound on the size of its value and on its work (elements
// visited or copied); a query over the limits is refused with the construct that breaks them.
import { CypherRefusedError } from './cypher-guard.ts';
import { AGGREGATES_SMALL, ELEMENT_OF_FIRST, FROM_GRAPH, SHRINKING } from './function-kinds.ts';
import { type CypherNode, nameOf, parseCypher, ruleKids, sourceText, tokens } from './parse-tree.ts';
import { MAX_HOPS, pathLengthProblem, quantifierProblem } from './path-bounds.ts';
import {
  type Bound,
  boundOfValue,
  DATA,
  DATA_COUNT,
  elementOf,
  iterations,
  join,
  list,
  ONE,
  plus,
  scalar,
  total,
} from './value-bounds.ts';

export const WORK_LIMITS = {
  /** Elements in one range(). */
  rangeSpan: 10_000,
  /** Elements or characters in one value built by an expression. */
  valueSize: 1_000_000,
  /** Elements visited or copied while evaluating one expression for one row. */
  work: 10_000_000,
  /** Upper bound of a variable-length relationship or quantified path. */
  maxHops: MAX_HOPS,
};

const MAX_ANALYSIS_STEPS = 200_000;

/** Copying a string or list is cheap per element next to evaluating an expression. */
const COPY_COST = 1 / 16;

interface Result {
  b: Bound;
  w: number;
}

class WorkAnalyzer {
  private readonly scopes: Map<string, Bound>[] = [new Map()];
  /** The bound of the last RETURN's first item: what a COLLECT { } subquery gathers. */
  private lastReturn: Bound = DATA;
  private steps = 0;

  constructor(private readonly params: Record<string, unknown>) {}

  private lookup(name: string): Bound {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const found = this.scopes[i]?.get(name);
      if (found) return found;
    }
    // Pattern, YIELD and unknown variables hold graph values.
    return DATA;
  }

  private bind(name: string, b: Bound): void {
    this.scopes[this.scopes.length - 1]?.set(name, b);
  }

  private withBinding<T>(name: string, b: Bound, run: () => T): T {
    this.scopes.push(new Map([[name, b]]));
    try {
      return run();
    } finally {
      this.scopes.pop();
    }
  }

  private refuse(node: CypherNode, why: string): never {
    throw new CypherRefusedError(`${sourceText(node)}: ${why}`);
  }

  private checked(node: CypherNode, r: Result): Result {
    const size = total(r.b);
    if (size > WORK_LIMITS.valueSize) {
      this.refuse(
        node,
        `this expression could build a value of ${approx(size)} elements or characters ` +
          `(the limit is ${approx(WORK_LIMITS.valueSize)}), which could exhaust the database's memory`,
      );
    }
    if (r.w > WORK_LIMITS.work) {
      this.refuse(
        node,
        `this expression could take ${approx(r.w)} steps in one evaluation (the limit is ` +
          `${approx(WORK_LIMITS.work)}); nested iterations multiply, and the timeout cannot stop one expression`,
      );
    }
    return r;
  }

  eval(node: CypherNode): Result {
    if (node.rule === null) return { b: ONE, w: 0 };
    // reduce() evaluates its step twice, so nested reduces could make the check itself slow.
    if (++this.steps > MAX_ANALYSIS_STEPS) {
      throw new CypherRefusedError('the query is too complex to check; split it into simpler queries');
    }
    const r = this.evalRule(node, node.rule);
    return this.checked(node, r);
  }

  private all(nodes: CypherNode[]): Result[] {
    return nodes.map((n) => this.eval(n));
  }

  private evalRule(node: CypherNode, rule: string): Result {
    switch (rule) {
      case 'withClause':
      case 'returnClause':
        return this.projection(node, rule === 'returnClause');
      case 'unwindClause':
        return this.unwind(node);
      case 'expression6':
        return this.additive(node);
      case 'expression2':
        return this.postfix(node);
      case 'stringLiteral':
        return { b: scalar(Math.max(0, (node.kids[0]?.token.length ?? 2) - 2)), w: 0 };
      case 'numberLiteral':
        return { b: ONE, w: 0 };
      case 'parameter':
        return { b: this.parameter(node), w: 0 };
      case 'variable':
        return { b: this.lookup(nameOf(node)), w: 0 };
      case 'listLiteral': {
        const items = this.all(ruleKids(node));
        return {
          b: list(
            items.length,
            items.reduce<Bound>((acc, r) => join(acc, r.b), scalar(0)),
          ),
          w: sum(items) + items.length,
        };
      }
      case 'map':
      case 'mapProjection': {
        const items = this.all(ruleKids(node));
        return { b: scalar(items.reduce((n, r) => n + total(r.b), 1)), w: sum(items) };
      }
      case 'caseExpression':
      case 'extendedCaseExpression':
      case 'caseAlternative':
      case 'extendedCaseAlternative': {
        const items = this.all(ruleKids(node));
        return { b: items.reduce<Bound>((acc, r) => join(acc, r.b), scalar(0)), w: sum(items) };
      }
      case 'listComprehension':
        return this.comprehension(node);
      case 'reduceExpression':
        return this.reduce(node);
      case 'listItemsPredicate':
        return this.quantified(node);
      case 'patternComprehension':
        return this.patternComprehension(node);
      case 'functionInvocation':
        return this.call(node);
      case 'existsExpression':
      case 'countExpression':
        this.subquery(node);
        return { b: ONE, w: DATA_COUNT };
      case 'collectExpression':
        return { b: list(DATA_COUNT, this.subquery(node)), w: DATA_COUNT };
      case 'nodePattern':
      case 'relationshipPattern':
      case 'pattern':
      case 'procedureResultItem':
        // Variables bound by a pattern or YIELD hold graph values.
        for (const k of node.kids) if (k.rule === 'variable') this.bind(nameOf(k), DATA);
        return this.generic(node);
      case 'pathLength':
      case 'quantifier': {
        const why =
          rule === 'pathLength'
            ? pathLengthProblem(tokens(node).join(''))
            : quantifierProblem(tokens(node).join(''));
        if (why) this.refuse(node, why);
        return { b: ONE, w: 0 };
      }
      default:
        return this.generic(node);
    }
  }

  /** Rules that only wrap one sub-rule pass its bound on; others (comparisons, AND…) are small. */
  private generic(node: CypherNode): Result {
    const kids = ruleKids(node);
    const items = this.all(kids);
    if (items.length === 1 && items[0]) return items[0];
    return { b: ONE, w: sum(items) };
  }

  private parameter(node: CypherNode): Bound {
    const name = nameOf(node).replace(/^\$/, '');
    return name in this.params ? boundOfValue(this.params[name]) : ONE;
  }

  private additive(node: CypherNode): Result {
    const items = this.all(ruleKids(node));
    if (items.length === 1 && items[0]) return items[0];
    const b = items.map((r) => r.b).reduce(plus);
    return { b, w: sum(items) + total(b) * COPY_COST };
  }

  private postfix(node: CypherNode): Result {
    const [base, ...fixes] = ruleKids(node);
    if (!base) return { b: ONE, w: 0 };
    let { b, w } = this.eval(base);
    for (const fix of fixes) {
      const inner = this.all(ruleKids(fix).filter((k) => k.rule === 'expression'));
      w += sum(inner);
      const isIndex = fix.kids.some((k) => k.token === '[') && !fix.kids.some((k) => k.token === '..');
      if (isIndex) b = elementOf(b);
      else if (b.kind === 'data') b = DATA;
    }
    return { b, w };
  }

  /** A comprehension's or quantifier's parts: the variable, the list, the WHERE and `|` parts. */
  private iterationParts(node: CypherNode): {
    variable: string;
    source: CypherNode | undefined;
    where: CypherNode | undefined;
    body: CypherNode | undefined;
  } {
    let variable = '';
    let source: CypherNode | undefined;
    let where: CypherNode | undefined;
    let body: CypherNode | undefined;
    let after = '';
    for (const k of node.kids) {
      if (k.rule === null) {
        after = k.token.toUpperCase();
        continue;
      }
      if (k.rule === 'variable' && !variable) variable = nameOf(k);
      else if (after === 'IN') source = k;
      else if (after === 'WHERE') where = k;
      else if (after === '|') body = k;
    }
    return { variable, source, where, body };
  }

  private comprehension(node: CypherNode): Result {
    const { variable, source, where, body } = this.iterationParts(node);
    const src = source ? this.eval(source) : { b: ONE, w: 0 };
    const n = iterations(src.b);
    return this.withBinding(variable, elementOf(src.b), () => {
      const cond = where ? this.eval(where) : { b: ONE, w: 0 };
      const out = body ? this.eval(body) : { b: elementOf(src.b), w: 0 };
      return { b: list(n, out.b), w: src.w + n * (1 + cond.w + out.w) };
    });
  }

  private quantified(node: CypherNode): Result {
    const { variable, source, where } = this.iterationParts(node);
    const src = source ? this.eval(source) : { b: ONE, w: 0 };
    const n = iterations(src.b);
    return this.withBinding(variable, elementOf(src.b), () => {
      const cond = where ? this.eval(where) : { b: ONE, w: 0 };
      return { b: ONE, w: src.w + n * (1 + cond.w) };
    });
  }

  private reduce(node: CypherNode): Result {
    const [accVar, initNode, itemVar, sourceNode, stepNode] = ruleKids(node);
    if (!accVar || !initNode || !itemVar || !sourceNode || !stepNode) return this.generic(node);
    const acc = nameOf(accVar);
    const init = this.eval(initNode);
    const src = this.eval(sourceNode);
    const n = iterations(src.b);
    const item = elementOf(src.b);
    // The step applied to a small and to a large accumulator: how fast does the value grow?
    const asList = init.b.kind === 'list';
    const probe = (size: number): Bound =>
      asList ? list(size, init.b.kind === 'list' ? init.b.elem : ONE) : scalar(size);
    const step = (a: Bound): Result =>
      this.withBinding(acc, a, () => this.withBinding(nameOf(itemVar), item, () => this.eval(stepNode)));
    const LARGE = 1000;
    const small = step(probe(0));
    const large = step(probe(LARGE));
    const factor = (total(large.b) - total(small.b)) / (total(probe(LARGE)) - total(probe(0)));
    if (factor > 1.001 && n > 1) {
      this.refuse(
        node,
        `each step uses the accumulator ${acc} ${Math.round(factor)} times, so the value multiplies ` +
          `${Math.round(factor)}-fold at each of ${approx(n)} steps; add to ${acc} once per step`,
      );
    }
    const b =
      init.b.kind === 'list'
        ? list(
            init.b.count + n * (small.b.kind === 'list' ? small.b.count : 1),
            join(init.b.elem, elementOf(small.b)),
          )
        : scalar(total(init.b) + n * total(small.b));
    return { b, w: init.w + src.w + n * (1 + small.w + total(b) * COPY_COST) };
  }

  private patternComprehension(node: CypherNode): Result {
    const items = this.all(ruleKids(node));
    const body = items[items.length - 1] ?? { b: ONE, w: 0 };
    return { b: list(DATA_COUNT, body.b), w: DATA_COUNT * (1 + sum(items)) };
  }

  private call(node: CypherNode): Result {
    const nameNode = ruleKids(node)[0];
    const name = nameNode ? nameOf(nameNode).toLowerCase() : '';
    const argNodes = ruleKids(node).filter((k) => k.rule === 'functionArgument');
    const args = this.all(argNodes);
    const w = sum(args);
    const first = args[0]?.b ?? ONE;
    if (name === 'range') {
      const b = this.range(node, argNodes);
      return { b, w: w + total(b) };
    }
    if (name === 'collect') return { b: list(DATA_COUNT, first), w: w + DATA_COUNT };
    if (AGGREGATES_SMALL.has(name) || name === 'size' || name === 'length') return { b: ONE, w };
    if (SHRINKING.has(name)) return { b: args.reduce<Bound>((acc, r) => join(acc, r.b), scalar(0)), w };
    if (ELEMENT_OF_FIRST.has(name)) return { b: elementOf(first), w };
    if (FROM_GRAPH.has(name)) return { b: DATA, w };
    if (name === 'split') return { b: list(Math.max(1, total(first)), first), w: w + total(first) };
    if (name === 'replace') {
      // Every character of the text may be replaced by the whole replacement.
      const by = total(args[2]?.b ?? ONE);
      const b = scalar(total(first) * Math.max(1, by));
      return { b, w: w + total(b) * COPY_COST };
    }
    if (name === 'tocharlist' || name === 'characters') return { b: list(total(first), ONE), w };
    const b = args.length === 0 ? ONE : scalar(args.reduce((n, r) => n + total(r.b), 0));
    return { b, w };
  }

  private range(node: CypherNode, argNodes: CypherNode[]): Bound {
    const values = argNodes.map((a) => integerArgument(a, this.params));
    if (values.length < 2 || values.some((v) => v === null)) {
      this.refuse(
        node,
        'range() needs integer bounds written in the query or passed as parameters (like range(1, 100)), so that its size is known before it runs',
      );
    }
    const [from, to, step = 1] = values as number[];
    if (step === 0) this.refuse(node, 'range() with a step of 0 never ends');
    const span = Math.max(0, Math.floor(((to as number) - (from as number)) / step) + 1);
    if (span > WORK_LIMITS.rangeSpan) {
      this.refuse(
        node,
        `range() would build ${approx(span)} elements in one value; at most ${approx(WORK_LIMITS.rangeSpan)} are allowed`,
      );
    }
    return list(span, ONE);
  }

  private projection(node: CypherNode, isReturn: boolean): Result {
    const body = node.kids.find((k) => k.rule === 'returnBody');
    const items = body?.kids.find((k) => k.rule === 'returnItems');
    const bindings: [string, Bound][] = [];
    let firstBound: Bound | undefined;
    for (const item of items?.kids ?? []) {
      if (item.rule !== 'returnItem') continue;
      const [expr, alias] = ruleKids(item);
      if (!expr) continue;
      const r = this.eval(expr);
      firstBound ??= r.b;
      const name = alias ? nameOf(alias) : tokens(expr).join('');
      bindings.push([name, r.b]);
    }
    // ORDER BY, SKIP, LIMIT and WHERE are checked like any expression.
    for (const k of ruleKids(node)) {
      if (k === body) {
        for (const rest of ruleKids(k)) if (rest !== items) this.eval(rest);
      } else this.eval(k);
    }
    for (const [name, b] of bindings) this.bind(name, b);
    if (isReturn && firstBound) this.lastReturn = firstBound;
    return { b: ONE, w: 0 };
  }

  private unwind(node: CypherNode): Result {
    const [expr, variable] = ruleKids(node);
    if (expr) {
      const r = this.eval(expr);
      // UNWIND makes rows, which the timeout does stop; only the list itself must be bounded.
      if (variable) this.bind(nameOf(variable), elementOf(r.b));
    }
    return { b: ONE, w: 0 };
  }

  private subquery(node: CypherNode): Bound {
    const saved = this.lastReturn;
    this.scopes.push(new Map());
    try {
      for (const k of ruleKids(node)) this.eval(k);
      return this.lastReturn;
    } finally {
      this.scopes.pop();
      this.lastReturn = saved;
    }
  }
}

/** The integer a range() argument spells out (`5`, `-3`) or passes as a parameter, or null. */
function integerArgument(arg: CypherNode, params: Record<string, unknown>): number | null {
  const text = tokens(arg).join('');
  if (/^-?\d{1,15}$/.test(text)) return Number(text);
  const param = /^\$(\w+)$/.exec(text)?.[1];
  const value = param === undefined ? undefined : params[param];
  return Number.isSafeInteger(value) ? (value as number) : null;
}

function sum(items: Result[]): number {
  return items.reduce((n, r) => n + r.w, 0);
}

function approx(n: number): string {
  if (!Number.isFinite(n)) return 'unboundedly many';
  if (n < 1e6) return Math.round(n).toLocaleString('en-GB');
  return n.toExponential(1).replace('e+', 'e');
}

/** Throws CypherRefusedError when the query could build unbounded values or loop for long. */
export function checkBoundedWork(query: string, params: Record<string, unknown>): void {
  let tree: CypherNode;
  try {
    tree = parseCypher(query);
  } catch (err) {
    if (err instanceof RangeError) throw new CypherRefusedError('the query is nested too deeply to check');
    throw err;
  }
  new WorkAnalyzer(params).eval(tree);
}

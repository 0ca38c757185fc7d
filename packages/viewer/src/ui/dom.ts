// A tiny element builder: text is always set as text, never parsed as HTML.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | ((e: Event) => void)>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function')
      node.addEventListener(key.replace(/^on/, '').toLowerCase(), value as EventListener);
    else if (value === true) node.setAttribute(key, '');
    else if (value !== false && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/**
 * A sentence with the words that carried a fact marked: the cue [start, end) (offsets relative to
 * the sentence) and every occurrence of the given names.
 */
export function markedSentence(
  sentence: string,
  start: number,
  end: number,
  names: string[] = [],
): HTMLElement {
  const ranges: [number, number][] = [[Math.max(0, start), Math.min(end, sentence.length)]];
  for (const name of names.filter((n) => n.length > 1)) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length))
      ranges.push([at, at + name.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = el('span', {});
  let cursor = 0;
  for (const [s, e] of ranges) {
    if (s < cursor || e <= s) continue;
    out.append(sentence.slice(cursor, s), el('mark', {}, sentence.slice(s, e)));
    cursor = e;
  }
  out.append(sentence.slice(cursor));
  return out;
}

// "Who says so?" for one relation, in a line: how many sources, how many independent, and a
// warning when every source is a party or faction speaking (its own paper, or about itself).
import type { Attribution } from '../../api-client.ts';
import { el } from '../dom.ts';

export function attributionBadge(a: Attribution | undefined): HTMLElement | null {
  if (!a || a.sources === 0) return null;
  const names = a.voices.map((v) => `${v.name}${v.partisan ? ' (partisan)' : ''}`).join(', ');
  const text = a.allPartisan
    ? `⚠ only partisan sources: ${a.voices.map((v) => v.name).join(', ')}`
    : `${a.sources} source${a.sources === 1 ? '' : 's'}, ${a.independentSources} independent`;
  return el(
    'span',
    { class: `attribution${a.allPartisan ? ' partisan' : ''}`, title: `Who says so: ${names}` },
    text,
  );
}

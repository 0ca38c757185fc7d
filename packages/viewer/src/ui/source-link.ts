// A link to the page an article was fetched from: opens in a new tab, and tells the page nothing
// about the viewer (noopener, noreferrer). Only http(s) URLs become links.
import { el } from './dom.ts';

export function sourceLink(url: string | null | undefined, label: string): HTMLElement | string {
  if (!url || !/^https?:\/\//i.test(url)) return label;
  return el(
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-url', title: url },
    label,
  );
}

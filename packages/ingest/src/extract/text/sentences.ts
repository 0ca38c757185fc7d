// Sentence splitting with the platform's Unicode segmenter, mended where it splits after a title
// abbreviation ("Dr. Khan") and split where it misses a paragraph break.

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Titles, company suffixes and initials ("James P. Hoffa") end in a full stop that ends no sentence.
const ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Cllr|St|Rev|Sr|Jr|No|Nos|Gen|Sec|Dept|Govt|Gov|Sen|Rep|Capt|Lt|Col|Mt|Ft|Co|Corp|Bros|Ltd|Inc|Assn|Univ|vs|etc|i\.e|e\.g)|(?:^|[\s("'])\p{Lu})\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  // Paragraphs first: a line break always ends a sentence (headings, bullet lines).
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(p[0])) {
      const start = p.index + seg.index;
      const end = start + seg.segment.length;
      if (pending && ABBREVIATION_END.test(text.slice(pending.start, pending.end))) pending.end = end;
      else {
        if (pending) pieces.push(pending);
        pending = { start, end };
      }
    }
    if (pending) pieces.push(pending);
  }
  const sentences: Sentence[] = [];
  for (const piece of joinListItems(text, pieces)) {
    let { start, end } = piece;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  }
  return sentences;
}

/** "1. Len McCluskey, 829 nominations", "• Fire Brigades Union": a line that is one item of a list. */
const MARKED_ITEM = /^\s*(?:\d{1,2}[.)]|[•*▪◦–—-])\s+\S.{0,250}$/;
/** An unmarked item is a short name, not a sentence and not a vote-table row ("Jo Bloggs 12,345"). */
const BARE_ITEM = /^(?!.*\d\d)[^.!?:]{2,80}$/;

/**
 * A line ending in a colon and the list lines under it are read as one sentence, so that
 * "Four people received nominations to become candidates:" is said of every name listed.
 */
function joinListItems(
  text: string,
  pieces: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const head = pieces[i] as { start: number; end: number };
    const lineEnd = text.indexOf('\n', head.start);
    const headEnd = lineEnd < 0 ? text.length : lineEnd;
    let end = head.end;
    let items = 0;
    if (/:\s*$/.test(text.slice(head.start, headEnd)) && /^\s*$/.test(text.slice(head.end, headEnd))) {
      // Item lines follow, at most one blank line apart.
      const next = /(\n[ \t]*){1,2}\n?([^\n]+)/y;
      next.lastIndex = headEnd;
      for (
        let m = next.exec(text);
        m && /^(?:\n[ \t]*){1,2}$/.test(m[0].slice(0, m[0].length - (m[2] ?? '').length));
        m = next.exec(text)
      ) {
        const item = (m[2] ?? '').trim();
        if (!MARKED_ITEM.test(item) && !BARE_ITEM.test(item)) break;
        end = (m.index ?? 0) + m[0].length;
        items++;
      }
    }
    if (items >= 2) {
      out.push({ start: head.start, end });
      while (i + 1 < pieces.length && (pieces[i + 1] as { start: number }).start < end) i++;
    } else out.push(head);
  }
  return out;
}

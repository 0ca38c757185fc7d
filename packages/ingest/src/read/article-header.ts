// Title, date and source from the forms articles arrive in:
//  - a plain header of `title …`, `date YYYY-MM-DD`, `source …` lines;
//  - `date YYYY-MM-DD` at the very start of the text, followed by the text itself;
//  - a first-line title followed by a `Submitted by AWL on 12 April, 2014 - 3:48` line.

export interface ArticleHeader {
  title: string | null;
  /** The title was given apart from the text (a header line), not read off its first line. */
  titleApart: boolean;
  date: string | null;
  source: string | null;
  /** The text with the header removed. */
  body: string;
}

/** Month names, lower-case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `2014-04-12`, `12 April 2014`, `12 April, 2014`, `April 12, 2014`. */
export function parseDate(value: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})\b/.exec(value);
  if (dmy) {
    const month = (MONTHS as readonly string[]).indexOf((dmy[2] ?? '').toLowerCase()) + 1;
    if (month) return isoDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = /\b([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(value);
  if (mdy) {
    const month = (MONTHS as readonly string[]).indexOf((mdy[1] ?? '').toLowerCase()) + 1;
    if (month) return isoDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return null;
}

const HEADER_LINE = /^(title|date|source|publisher|author|url)\s*:?\s+(.+)$/i;
const SUBMITTED_BY = /^submitted by (.+?) on (.+)$/i;

export function parseArticleHeader(text: string): ArticleHeader {
  const header: ArticleHeader = { title: null, titleApart: false, date: null, source: null, body: text };
  let lines = text.split('\n');

  // A leading run of `key value` lines.
  let consumed = 0;
  for (const line of lines) {
    const match = HEADER_LINE.exec(line.trim());
    if (!match) break;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'date') {
      // `date 2017-11-01 Two candidates…`: the date, then the text itself on the same line.
      const inline = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(value);
      header.date = parseDate(value);
      if (inline && consumed === 0 && !/^\s*$/.test(inline[2] ?? '')) {
        lines[consumed] = inline[2] ?? '';
        break;
      }
    } else if (key === 'title') {
      header.title = value;
      header.titleApart = true;
    } else if (key === 'source' || key === 'publisher') header.source = value;
    consumed++;
  }
  lines = lines.slice(consumed);

  // `Title\n\nSubmitted by X on DATE`
  const firstLines = lines
    .map((l, i) => ({ l: l.trim(), i }))
    .filter((x) => x.l !== '')
    .slice(0, 2);
  const submitted = firstLines[1] ? SUBMITTED_BY.exec(firstLines[1].l) : null;
  if (firstLines[0] && firstLines[1] && submitted) {
    if (!header.title) {
      header.title = firstLines[0].l;
      header.titleApart = true;
    }
    header.source ??= (submitted[1] ?? '').trim();
    header.date ??= parseDate(submitted[2] ?? '');
    lines = lines.slice(firstLines[1].i + 1);
  }
  // Lone `date …`, `source …` or `Published …` lines among the first few (under a heading, say).
  const early = lines
    .map((l, i) => ({ l: l.trim(), i }))
    .filter((x) => x.l !== '')
    .slice(0, 5);
  const dropped = new Set<number>();
  for (const x of early) {
    if (!header.date && /^(?:date|published|posted|updated)\s*:?\s+\S/i.test(x.l) && parseDate(x.l)) {
      header.date = parseDate(x.l);
      dropped.add(x.i);
    } else if (!header.source && /^(?:source|publisher)\s*:?\s+\S/i.test(x.l) && x.l.length < 80) {
      header.source = x.l.replace(/^(?:source|publisher)\s*:?\s+/i, '');
      dropped.add(x.i);
    }
  }
  lines = lines.filter((_, i) => !dropped.has(i));
  header.body = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!header.title) {
    const first = header.body.split('\n')[0]?.trim() ?? '';
    header.title = first.length > 120 ? `${first.slice(0, 117)}...` : first || null;
  }
  return header;
}

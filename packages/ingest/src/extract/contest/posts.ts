// The posts unions and parties elect, as the words reporting uses for them, and the canonical
// name each takes in an Election's name ("Unite General Secretary election 2021").

interface PostForm {
  /** Canonical post, or a function of the matched words for posts that carry a number. */
  post: string | ((surface: string) => string);
  /** Regular-expression source, matched case-insensitively. */
  words: string;
  /** Several people are elected to it (an executive): no single winner, no head-to-head. */
  multiSeat?: boolean;
}

const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

// Longest first: "deputy general secretary" before "general secretary", "vice president" before "president".
const FORMS: PostForm[] = [
  { post: 'Deputy General Secretary', words: 'deputy\\s+general\\s+secretary(?:ship)?|dgs' },
  { post: 'Assistant General Secretary', words: 'assistant\\s+general\\s+secretary(?:ship)?|ags' },
  { post: 'General Secretary', words: 'general\\s+secretary(?:ship)?|gen(?:eral)?\\.?\\s+sec\\b' },
  { post: 'General President', words: 'general\\s+presiden(?:t|cy)' },
  { post: 'Secretary-Treasurer', words: 'secretary[- ]treasurer' },
  { post: 'Financial Secretary', words: 'financial\\s+secretary' },
  { post: 'Recording Secretary', words: 'recording\\s+secretary' },
  { post: 'Assistant National Secretary', words: 'assistant\\s+national\\s+secretary' },
  { post: 'National Secretary', words: 'national\\s+secretary' },
  {
    // "Eastern Vice President": a regional vice-presidency is a contest of its own.
    post: (s) => {
      const region = /^(eastern|western|central|southern|northern|canadian|regional)\s/i.exec(s)?.[1];
      if (region) return `${titleCase(region)} Vice-President`;
      return /junior/i.test(s)
        ? 'Junior Vice-President'
        : /senior/i.test(s)
          ? 'Senior Vice-President'
          : 'Vice-President';
    },
    words:
      '(?:(?:junior|senior|first|international|national|executive|eastern|western|central|southern|northern|canadian|regional)\\s+)?vice[- ]?presiden(?:t|ts|cy|tial)|(?:general\\s+|executive\\s+)?vp',
  },
  { post: 'Deputy President', words: 'deputy\\s+presiden(?:t|cy)' },
  { post: 'President', words: '(?:national\\s+|international\\s+)?presiden(?:t|cy|tial)' },
  { post: 'Treasurer', words: '(?:national\\s+)?treasurer' },
  {
    post: (s) => titleCase(s.replace(/^regional\s+/i, 'Region ')),
    words: '(?:region(?:al)?\\s+(?:\\d+[a-z]?\\s+)?director)',
  },
  {
    // "NEC" is the National Executive Council: one body with "the national executive".
    post: (s) =>
      /national\s+executive\s+council/i.test(s)
        ? 'National Executive'
        : /council/i.test(s)
          ? 'Executive Council'
          : /board/i.test(s)
            ? 'Executive Board'
            : 'National Executive',
    words:
      '(?:national\\s+|international\\s+)?executive(?:\\s+(?:committee|council|board))?|nec|national\\s+executive\\s+council',
    multiSeat: true,
  },
  { post: 'General Council', words: 'general\\s+council', multiSeat: true },
  { post: 'Trustee', words: '(?:international\\s+)?trustees?', multiSeat: true },
  { post: 'Leader', words: 'leader(?:ship)?' },
];

/** Regular-expression source for any post (no capture groups). */
export const POST_SOURCE = `(?:${FORMS.map((f) => f.words).join('|')})`;

const compiled = FORMS.map((f) => ({ ...f, re: new RegExp(`^(?:${f.words})$`, 'i') }));

/** The canonical post of the words, e.g. "presidency" → "President", "NEC" → "National Executive". */
export function canonicalPost(surface: string): string | null {
  const words = surface.trim().replace(/\s+/g, ' ');
  for (const f of compiled) {
    if (!f.re.test(words)) continue;
    return typeof f.post === 'string' ? f.post : f.post(words);
  }
  return null;
}

export function isMultiSeatPost(post: string): boolean {
  return /executive|council|board|committee|trustee/i.test(post);
}

const normPost = (p: string) =>
  p
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\bnational\s+/g, '');

/** Two posts are one contest's when equal, or when one names the other more fully. */
export function samePost(a: string, b: string): boolean {
  return normPost(a) === normPost(b) || refines(a, b) || refines(b, a);
}

/** "General President" is the fuller name of "President" (but "Vice-President" is another post). */
export function refines(specific: string, general: string): boolean {
  const s = normPost(specific);
  const g = normPost(general);
  return s !== g && s.endsWith(` ${g}`) && /^(?:general|international)\s/.test(s) && !/vice/.test(s);
}

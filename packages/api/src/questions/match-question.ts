// A question's words → a template and the raw text of each slot; or the nearest templates.
import { type QuestionTemplate, TEMPLATES, typesOfWho } from './templates.ts';

export interface MatchedQuestion {
  template: QuestionTemplate;
  /** Slot → its words; a pair slot holds the words of both, split later. */
  texts: Record<string, string>;
  pair: string | null;
  year: string | null;
  since: string | null;
  types: string[] | null;
}

/** Curly quotes straightened, spaces collapsed, the question mark and polite openings dropped. */
export function normaliseQuestion(question: string): string {
  return question
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!\s]+$/, '')
    .replace(
      /^(?:please,? |tell me,? |can you tell me,? |could you tell me,? |show me,? |i(?:'d| would) like to know,? )/i,
      '',
    )
    .trim();
}

export function matchQuestion(question: string): MatchedQuestion | null {
  const text = normaliseQuestion(question);
  for (const template of TEMPLATES) {
    for (const pattern of template.patterns) {
      const groups = pattern.exec(text)?.groups;
      if (!groups) continue;
      const texts: Record<string, string> = {};
      for (const slot of Object.keys(template.slots)) if (groups[slot]) texts[slot] = groups[slot].trim();
      return {
        template,
        texts,
        pair: groups.pair?.trim() ?? null,
        year: groups.year ?? null,
        since: groups.since ?? null,
        types: typesOfWho(groups.who),
      };
    }
  }
  return null;
}

/** Words that carry no meaning for matching. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'to',
  'for',
  'is',
  'was',
  'are',
  'were',
  'did',
  'do',
  'does',
]);
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .filter((w) => w && !STOP_WORDS.has(w)),
  );

/** Templates ranked by the words they share with the question (keywords and examples). */
export function nearestTemplates(question: string, n = 3): QuestionTemplate[] {
  const q = words(question);
  const score = (t: QuestionTemplate) => {
    const keys = new Set(t.keywords);
    const forms = words([t.form, ...t.examples].join(' '));
    let s = 0;
    for (const w of q) s += (keys.has(w) ? 2 : 0) + (forms.has(w) ? 1 : 0);
    return s;
  };
  return TEMPLATES.map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .map((x) => x.t);
}

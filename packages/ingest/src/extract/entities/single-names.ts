// One-word names: a surname or first name of someone named in full elsewhere, a person known only
// by a surname ("Hoffa fired O'Brien", "Mulgrew received 38,591 votes"), or by a first name.
import { normaliseName } from '@caucus/graph';
import { isAcronym } from '../text/tokens.ts';
import type { TypedChunk } from './chunk-types.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { COMMON_WORDS, DESCRIPTORS, MONTHS_AND_DAYS, POST_WORDS } from './vocabulary.ts';

/** The generic last word of a body's name, which the article may drop: "Unity (Caucus)". */
export const GENERIC_BODY_WORDS = new Set([
  'caucus',
  'slate',
  'group',
  'faction',
  'team',
  'network',
  'campaign',
  'alliance',
  'ticket',
]);

/** Verbs and nouns said of people, right after the name. */
const PERSON_AFTER =
  /^(?:'s\s+(?:campaign|supporters|rival|rivals|challenger|opponent|opponents|pick|victory|defeat|win|reign|leadership|term|successor|predecessor|retirement|re-election|reelection|election|allies|ally|camp|team|running\s+mate|deputy|record|candidacy|bid|vote|votes|lead|share|tenure|administration)\b|\s*,\s*(?:\d{2},\s*)?(?:who|the|a|an)\s+(?:[^,.;]{0,40}?\s)?(?:candidate|nominee|challenger|incumbent|president|secretary|leader|member|chair|convenor|official|activist|director|head|organiser|officer|associate)\b|\s+(?:said|says|told|added|argued|claimed|wrote|won|wins|lost|loses|stood|stands|fired|retired|retiring|resigned|selected|beat|defeated|ousted|beaten|congratulated|thanked|polled|received|got|finished|came|trailed|led|leads|promised|vowed|insisted|denied|replaced|succeeded|addressed|is\s+standing|is\s+running|was\s+elected|was\s+re-elected|has\s+been\s+(?:re-)?elected|associate|loyalist|supporters?)\b)/i;
/** Words before the name that take a person. */
const PERSON_BEFORE =
  /\b(?:lost\s+to|losing\s+to|beat|beating|defeated|defeating|ousted|unseated|replaced|replacing|succeed|succeeds|succeeded|succeeding|under|nod\s+from|endorsed|congratulated|against|versus|vs\.?|challenger|rival|opponent|incumbent|outgoing|retiring|former)\s+$/i;

function isPlainName(word: string, kb: KnowledgeBase): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'-]+$/u.test(word) &&
    // "MOREs": the plural of an acronym.
    !/^\p{Lu}{2,}s$/u.test(word) &&
    !isAcronym(word) &&
    !COMMON_WORDS.has(lower) &&
    !DESCRIPTORS.has(lower) &&
    !MONTHS_AND_DAYS.has(lower) &&
    !POST_WORDS.has(lower) &&
    !kb.places.has(normaliseName(word)) &&
    !kb.bodies.has(normaliseName(word))
  );
}

/** Retypes one-word chunks that name people. */
export function typeSingleNames(chunks: TypedChunk[], text: string, kb: KnowledgeBase): TypedChunk[] {
  const parts = new Set<string>();
  for (const c of chunks) {
    if (c.type !== 'Person' || c.tokens.length < 2) continue;
    for (const t of c.tokens) if (t.text.length > 1) parts.add(normaliseName(t.text));
  }
  // Every place a one-word name occurs, so cues anywhere in the article count.
  const occurrences = new Map<string, TypedChunk[]>();
  for (const c of chunks) {
    if (c.tokens.length !== 1) continue;
    const key = normaliseName(c.text);
    occurrences.set(key, [...(occurrences.get(key) ?? []), c]);
  }
  const isBody = (c: TypedChunk) => ['Union', 'Party', 'Faction', 'Organisation'].includes(c.type);
  const strongBody = (c: TypedChunk) =>
    isBody(c) && (c.typedBy === 'knowledge-base' || c.typedBy.startsWith('acronym'));
  const singles = chunks.filter((c) => c.tokens.length === 1);
  const bodyTyped = new Set(singles.filter(strongBody).map((c) => normaliseName(c.text)));
  // Typed as a body by its own words or a list somewhere: no person cue elsewhere overrides that.
  const anyBody = new Set(
    singles
      .filter((c) => isBody(c) && !/^context:(?:slate|caucus|ticket|faction|group)/.test(c.typedBy))
      .map((c) => normaliseName(c.text)),
  );
  // "Unity" for "Unity Caucus", "Solidarity" for "Solidarity Caucus": a body by its first word.
  const bodyShortNames = new Map<string, TypedChunk>();
  for (const c of chunks) {
    if (!isBody(c) || c.tokens.length !== 2) continue;
    const [head, generic] = c.tokens.map((t) => t.text.toLowerCase());
    if (head && generic && GENERIC_BODY_WORDS.has(generic)) bodyShortNames.set(head, c);
  }
  return chunks.map((c) => {
    if (c.tokens.length !== 1) return c;
    const key = normaliseName(c.text);
    const body = bodyShortNames.get(c.text.toLowerCase());
    if (body && c.typedBy !== 'knowledge-base')
      return { ...c, type: body.type, typedBy: 'short-body-name', confidence: 0.7 };
    if (bodyTyped.has(key) || c.typedBy === 'knowledge-base' || c.typedBy.startsWith('acronym')) return c;
    if (parts.has(key) && c.type !== 'Place')
      return { ...c, type: 'Person', typedBy: 'short-name', confidence: 0.8 };
    const slateWord = /^context:(?:slate|ticket|campaign)/.test(c.typedBy);
    if ((c.type !== 'Unknown' && !slateWord) || !isPlainName(c.text, kb) || anyBody.has(key)) return c;
    const cued = (occurrences.get(key) ?? []).some((o) => {
      const after = text.slice(o.end, o.end + 70);
      const before = text.slice(Math.max(0, o.start - 30), o.start);
      return PERSON_AFTER.test(after) || PERSON_BEFORE.test(before) || o.honorific !== null;
    });
    if (cued) return { ...c, type: 'Person', typedBy: 'context:single-name', confidence: 0.6 };
    // A first name alone, mid-sentence: "having Arthur and Mike join them".
    const sentenceStart = /(?:^|[.!?:"]\s+|\n)$/.test(text.slice(Math.max(0, c.start - 3), c.start));
    if (kb.givenNames.has(key) && !sentenceStart)
      return { ...c, type: 'Person', typedBy: 'given-name-only', confidence: 0.5 };
    return c;
  });
}

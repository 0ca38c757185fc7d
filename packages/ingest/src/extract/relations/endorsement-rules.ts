// Who backs whom: verbs ("Unite has backed X"), passives ("X is supported by Y"), nouns ("X won
// the backing of Y", "support from A, B and C", "Y's candidate X"), slates ("the slate is led by
// A and B"), and "we" in the article of a party or faction. Backing a slate or faction is an
// alliance with it; backing a person is an endorsement.
import type { EntityDraft } from '../entities/entity-registry.ts';
import { deniedBefore, peopleAfter, subjectBefore } from './arguments.ts';
import type { RuleContext } from './rule-context.ts';

const re = (source: string) => new RegExp(source, 'gi');
const BACKERS = 'FUYOP';

function byIndex(ctx: RuleContext, indexes: number[]): EntityDraft[] {
  return indexes.map((i) => ctx.entity(i)).filter((e): e is EntityDraft => e !== undefined);
}

/** "⟦P1⟧'s rival": the only person an earlier sentence set against ⟦P1⟧. */
function rivalOf(ctx: RuleContext, after: string): EntityDraft | undefined {
  const m = /^(?:the\s+)?⟦P(\d+)⟧'s\s+(?:[a-z-]+\s+)?(?:rival|opponent|challenger)\b/.exec(after);
  const person = m ? ctx.entity(m[1]) : undefined;
  if (!person) return undefined;
  const rivals = new Set(
    ctx.out.relations
      .filter((r) => r.type === 'RAN_AGAINST' && (r.source === person || r.target === person))
      .map((r) => (r.source === person ? r.target : r.source)),
  );
  return rivals.size === 1 ? [...rivals][0] : undefined;
}

/** The subject of a backing verb: a body or person, or the publisher for "we". */
function backerBefore(ctx: RuleContext, at: number): EntityDraft[] {
  const head = ctx.text.slice(0, at);
  // "'I am endorsing X,' said Hoffa": the speaker of a quotation is its "I" (and an organisation's "we").
  const speaker = ctx.speaker;
  if (
    speaker?.type === 'Person' &&
    /(?:^|["“‘\s])I(?:'m|'ve|'ll|\s+am|\s+will|\s+have)?\s+(?:[a-z]+\s+){0,3}$/.test(head)
  )
    return [speaker];
  if (/\b(?:we|we're|we've|we'll|we\s+are|we\s+will)\b[^.;⟦]{0,40}$/i.test(head)) {
    if (speaker && speaker.type !== 'Person') return [speaker];
    if (ctx.publisher) return [ctx.publisher];
  }
  // "The national leadership of Unite has also given its support": the body the leadership is of.
  const of =
    /\b(?:leadership|executive|members|membership|branch|branches|conference|delegates|council|committee|wing|section|sections|leaders)\s+of\s+(?:the\s+)?⟦([FUY])(\d+)⟧[^.;⟦]{0,40}$/i.exec(
      head,
    );
  if (of) return byIndex(ctx, [Number(of[2])]);
  return byIndex(ctx, subjectBefore(ctx.text, at, BACKERS));
}

/** Backing people is ENDORSED; backing a slate or faction is ALLIED_WITH. */
function back(
  ctx: RuleContext,
  backers: EntityDraft[],
  backed: EntityDraft[],
  m: RegExpMatchArray,
  method: string,
  confidence: number,
): void {
  for (const target of backed) {
    for (const source of backers) {
      if (source === target) continue;
      if (target.type === 'Person') {
        ctx.relation('ENDORSED', source, target, m, method, confidence);
        if (source.type !== 'Person') ctx.mark('candidate', target, m, method, confidence - 0.1);
      } else if (target.type === 'Faction' || target.type === 'Party')
        ctx.relation('ALLIED_WITH', source, target, m, method, confidence - 0.1);
    }
  }
}

const VERB =
  '(?:backed|backs|back|backing|endorsed|endorses|endorse|endorsing|supports|supported|support|supporting|nominated|nominates|nominate|nominating|sponsored|sponsors|recommended|recommends|selected|selects|picked|picks|chose|chosen|anointed|handpicked|hand-picked|tapped|championed|champions|threw\\s+(?:its|their|his|her)\\s+(?:full\\s+)?(?:weight|support)\\s+behind|throwing\\s+(?:its|their|his|her)\\s+(?:full\\s+)?(?:weight|support)\\s+behind|came\\s+out\\s+(?:for|in\\s+support\\s+of)|campaigned\\s+for|campaigning\\s+for|(?:gave|given|give|gives|giving|lent|lend|lends|offered|pledged|declared)\\s+(?:its|their|his|her)?\\s*(?:full\\s+|unanimous\\s+|formal\\s+|overwhelming\\s+)?(?:support|backing|endorsement)\\s+(?:to|for))';

/** "Unite has formally nominated X", "we're backing X", "Hoffa selected X to head a slate". */
function activeBacking(ctx: RuleContext): void {
  const aux =
    '(?:has\\s+|have\\s+|had\\s+|is\\s+|are\\s+|was\\s+|were\\s+|will\\s+be\\s+|to\\s+|voted\\s+to\\s+|opted\\s+to\\s+|decided\\s+to\\s+|agreed\\s+to\\s+|chose\\s+to\\s+|also\\s+|now\\s+|formally\\s+|unanimously\\s+|overwhelmingly\\s+|officially\\s+|publicly\\s+)*';
  for (const m of ctx.text.matchAll(
    re(`\\b${aux}${VERB}\\s+(?:the\\s+(?:candidacy|campaign|re-?election|election|bid)\\s+of\\s+)?`),
  )) {
    const at = m.index ?? 0;
    const before = ctx.text.slice(Math.max(0, at - 20), at);
    // Passives ("is backed by") and nouns ("the support of") have rules of their own.
    if (/^by\b/.test(ctx.text.slice(at + m[0].length, at + m[0].length + 4))) continue;
    if (/\b(?:been|being|be)\s+$/i.test(before) || /^(?:is|was|were|are)\s+\S+ed\s+by/i.test(m[0])) continue;
    if (deniedBefore(ctx.text, at) || /\bnot\b/i.test(m[0])) continue;
    // "had the backing of", "support from": nouns, read by the noun rules.
    if (
      /\b(?:the|a|an|its|their|his|her|of|with|full|much)\s+$/i.test(before) &&
      /^(?:backing|support|supporting|backs|back)\b/i.test(m[0].trim())
    )
      continue;
    if (/^(?:backing|support|supporting)\s+(?:of|from|for)\b/i.test(ctx.text.slice(at).trim())) continue;
    const backed = byIndex(ctx, peopleAfter(ctx.text, at + m[0].length, 'PFY', 90).indexes);
    if (backed.length === 0) {
      // "decision to back Mr Burnham's rival": the one person the article has set against him.
      const rival = rivalOf(ctx, ctx.text.slice(at + m[0].length));
      if (rival) back(ctx, backerBefore(ctx, at), [rival], m, 'backed-rival', 0.65);
      continue;
    }
    back(ctx, backerBefore(ctx, at), backed, m, 'active-backing', 0.85);
  }
}

/** "X is being backed by A, B and C", "X, who has been endorsed by Y", "X was given a boost by Y". */
function passiveBacking(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:backed|endorsed|supported|nominated|sponsored|chosen|selected|picked|championed|favoured|favored)\\s+by\\s+',
    ),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const backed = byIndex(ctx, subjectBefore(ctx.text, at, 'PFUYO')).filter((e) => e.type === 'Person');
    const backers = byIndex(ctx, peopleAfter(ctx.text, at + m[0].length, BACKERS, 60).indexes);
    back(ctx, backers, backed, m, 'passive-backing', 0.85);
  }
  // "all other nominees, supported by the Socialist View campaign": the backed are not named.
}

const BACKING_NOUN = '(?:support|backing|endorsement|endorsements|nomination|nominations|nod|blessing|vote)';

/** "X has the backing of Y", "support from A, B and C", "Y's nomination", "Y's support for X". */
function nounBacking(ctx: RuleContext): void {
  const get =
    '(?:has|had|have|with|won|wins|win|winning|secured|secure|secures|securing|received|receive|receives|receiving|gained|gains|gain|enjoys|enjoyed|got|gets|getting|earned|clinched|benefitted\\s+from|benefited\\s+from|attracted|picked\\s+up|comes\\s+on\\s+top\\s+of)';
  for (const m of ctx.text.matchAll(
    re(
      `\\b${get}\\s+(?:the\\s+)?(?:full\\s+|formal\\s+|official\\s+|unanimous\\s+|overwhelming\\s+|strong\\s+|crucial\\s+)?${BACKING_NOUN}\\s+(?:of|from)\\s+`,
    ),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const backed = byIndex(ctx, subjectBefore(ctx.text, at, 'PFUYO')).filter((e) => e.type === 'Person');
    const backers = byIndex(ctx, peopleAfter(ctx.text, at + m[0].length, BACKERS, 70).indexes);
    back(ctx, backers, backed, m, 'noun-backing', 0.8);
  }
  // "to receive GMB's nomination", "won the LU nomination", "secure the Left Unity nomination".
  for (const m of ctx.text.matchAll(
    re(
      `\\b${get}\\s+(?:the\\s+)?⟦([FUY])(\\d+)⟧(?:'s)?\\s+(?:full\\s+|formal\\s+|official\\s+)?${BACKING_NOUN}\\b`,
    ),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const backed = byIndex(ctx, subjectBefore(ctx.text, at, 'PFUYO')).filter((e) => e.type === 'Person');
    back(ctx, byIndex(ctx, [Number(m[2])]), backed, m, 'noun-backing', 0.8);
  }
  // "… which comes on top of support from the Community Union, Musicians Union and USDAW".
  for (const m of ctx.text.matchAll(re(`\\b(?:support|backing|endorsements?|nominations?)\\s+from\\s+`))) {
    const at = m.index ?? 0;
    if (
      deniedBefore(ctx.text, at) ||
      /\b(?:has|had|have|with|won|secured|received|gained|got|earned)\s+(?:the\s+)?\S*\s*$/i.test(
        ctx.text.slice(Math.max(0, at - 25), at),
      )
    )
      continue;
    const backed = byIndex(ctx, subjectBefore(ctx.text, at, 'P'));
    const backers = byIndex(ctx, peopleAfter(ctx.text, at + m[0].length, BACKERS, 60).indexes);
    back(ctx, backers, backed.slice(-1), m, 'support-from', 0.7);
  }
  // "Y's support for X", "Y's endorsement of X".
  for (const m of ctx.text.matchAll(
    re(`⟦([FUYOP])(\\d+)⟧'s\\s+(?:[a-z]+\\s+)?${BACKING_NOUN}\\s+(?:for|of)\\s+`),
  )) {
    const backed = byIndex(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'PFY', 40).indexes);
    back(ctx, byIndex(ctx, [Number(m[2])]), backed, m, 'possessive-backing', 0.8);
  }
}

/** "Y's candidate X", "X, the Y candidate", "X is the candidate of Y", "its candidate, X", "Y-backed X". */
function candidateOf(ctx: RuleContext): void {
  const noun = '(?:candidates?|nominees?|picks?|choices?|standard-bearer|preferred\\s+candidates?|slate)';
  for (const m of ctx.text.matchAll(
    re(`⟦([FUYP])(\\d+)⟧'s\\s+(?:[a-z-]+\\s+){0,2}?${noun}\\b[^⟦.;]{0,30}?`),
  )) {
    const backed = byIndex(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'P', 45).indexes);
    back(ctx, byIndex(ctx, [Number(m[2])]), backed, m, 'possessive-candidate', 0.8);
  }
  for (const m of ctx.text.matchAll(
    re(
      `⟦P(\\d+)⟧(?:,[^,;⟦]{0,90},)?,?\\s+(?:(?:is|was|as|will\\s+be|became|becomes)\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:official\\s+|joint\\s+|sole\\s+|preferred\\s+)?(?:candidate|nominee|choice|pick)\\s+(?:of|for|from)\\s+(?:the\\s+)?⟦([FYU])(\\d+)⟧`,
    ),
  )) {
    if (/\bnot\b/.test(m[0])) continue;
    back(ctx, byIndex(ctx, [Number(m[3])]), byIndex(ctx, [Number(m[1])]), m, 'candidate-of', 0.85);
  }
  for (const m of ctx.text.matchAll(
    re(
      `⟦P(\\d+)⟧,\\s+(?:the\\s+|a\\s+|an\\s+)(?:[a-z-]+\\s+)?⟦([FYU])(\\d+)⟧(?:'s)?\\s+(?:[a-z-]+\\s+)?(?:candidate|nominee|choice|pick)\\b`,
    ),
  )) {
    back(ctx, byIndex(ctx, [Number(m[3])]), byIndex(ctx, [Number(m[1])]), m, 'apposition-candidate', 0.85);
  }
  // "its presidential candidate, Amy Murphy": the body the clause or the sentence before was about.
  for (const m of ctx.text.matchAll(
    re(
      `\\b(?:its|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:candidates?|nominees?)(?:\\s+for\\s+[a-z -]{1,40}?)?,?\\s+`,
    ),
  )) {
    const at = m.index ?? 0;
    const bodies = byIndex(ctx, subjectBefore(ctx.text, at, 'FUY'));
    const earlier = [...ctx.text.slice(0, at).matchAll(/⟦([FUY])(\d+)⟧/g)].pop();
    const backer =
      bodies[bodies.length - 1] ??
      (earlier ? ctx.entity(earlier[2]) : undefined) ??
      ctx.previousSubject ??
      undefined;
    if (!backer) continue;
    const backed = byIndex(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 20).indexes);
    back(ctx, [backer], backed, m, 'its-candidate', 0.75);
  }
  for (const m of ctx.text.matchAll(re(`⟦([FUY])(\\d+)⟧-(?:backed|endorsed|supported|nominated)\\s+`))) {
    const backed = byIndex(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'P', 30).indexes);
    back(ctx, byIndex(ctx, [Number(m[2])]), backed, m, 'hyphen-backed', 0.85);
  }
}

/** "X, who is running as part of the Members United slate", "X ran on the Teamsters United slate", "the slate is led by A and B". */
function slates(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `\\b(?:as\\s+part\\s+of|part\\s+of|on|at\\s+the\\s+top\\s+of|heading|heads|headed|leading|leads|led|joined|joins|member\\s+of|members\\s+of)\\s+(?:the|a|an|his|her|their)\\s+⟦F(\\d+)⟧(?:\\s+(?:slate|ticket|team|list))?`,
    ),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const slate = ctx.entity(m[1]);
    if (!slate) continue;
    const slateWord = /slate|ticket|team|list/i.test(`${slate.name} ${[...slate.aliases].join(' ')} ${m[0]}`);
    if (!slateWord && !/\bas\s+part\s+of|\bon\s+the\b/i.test(m[0])) continue;
    const people = byIndex(ctx, subjectBefore(ctx.text, at, 'PFUYO')).filter((e) => e.type === 'Person');
    back(ctx, [slate], people, m, 'on-slate', 0.8);
  }
  // "The slate is led by Sean O'Brien and Fred Zuckerman": a slate's leaders stand together.
  for (const m of ctx.text.matchAll(
    re('⟦F(\\d+)⟧(?:\\s+(?:slate|ticket|team))?\\s+(?:is|was|are|were)\\s+(?:led|headed|fronted)\\s+by\\s+'),
  )) {
    const slate = ctx.entity(m[1]);
    const leaders = byIndex(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'P', 20).indexes);
    if (!slate) continue;
    back(ctx, [slate], leaders, m, 'slate-led-by', 0.85);
    leaders.forEach((a, i) => {
      for (const b of leaders.slice(i + 1)) ctx.relation('ALLIED_WITH', a, b, m, 'slate-led-by', 0.8);
    });
  }
}

/** "Chuck Browning, a member of the Curry slate": on someone's slate is to stand with them. */
function personsSlate(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '⟦P(\\d+)⟧,?\\s+(?:a|an)\\s+(?:member|part)\\s+of\\s+(?:the|a)\\s+⟦P(\\d+)⟧\\s+(?:slate|ticket|team)\\b',
    ),
  )) {
    ctx.relation('ALLIED_WITH', ctx.entity(m[1]), ctx.entity(m[2]), m, 'on-persons-slate', 0.7);
  }
}

/** "Jane Smith (SWP)": a party in brackets is membership (elsewhere); a faction in brackets, its backing. */
function bracketed(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re('⟦P(\\d+)⟧\\s+\\(\\s*⟦F(\\d+)⟧\\s*\\)'))) {
    back(ctx, byIndex(ctx, [Number(m[2])]), byIndex(ctx, [Number(m[1])]), m, 'bracketed-faction', 0.7);
  }
}

export const ENDORSEMENT_RULES = [
  activeBacking,
  passiveBacking,
  nounBacking,
  candidateOf,
  slates,
  personsSlate,
  bracketed,
];

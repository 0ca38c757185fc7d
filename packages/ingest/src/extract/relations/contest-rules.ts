// Who backs whom and who stood, won, lost or ran against whom.
import { CLAUSE_END, LIST, P } from './patterns.ts';
import type { RuleContext } from './rule-context.ts';

const re = (source: string) => new RegExp(source, 'gi');
const BACKED = '(?:backed|endorsed|supported|nominated|sponsored)';
const QUALIFIED_BY =
  /\b(?:members|activists|supporters|teachers|workers|people|many|some|those|sections?|parts?|wings?)\s+(?:[\w-]+\s+)?(?:of|on|in|from|within|across)\s+(?:the\s+)?$/i;

/** Bodies in a "by …" phrase, except those only qualifying its head ("members on the NUT's left"). */
function endorsers(ctx: RuleContext, clause: string): ReturnType<RuleContext['entities']> {
  const out: ReturnType<RuleContext['entities']> = [];
  for (const m of clause.matchAll(/⟦[FUYOP](\d+)⟧/g)) {
    if (QUALIFIED_BY.test(clause.slice(0, m.index ?? 0))) continue;
    const e = ctx.heads(clause.slice(m.index ?? 0), 'FUYOP')[0];
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

/** "X is being backed by … groups, including A, B and C", "X … who has been endorsed by Y". */
function passiveEndorsement(ctx: RuleContext): void {
  const trigger = `\\b(?:${BACKED}\\s+by|(?:with|won|secured|received|gained|enjoys|enjoyed|has|had|have|got)\\s+the\\s+(?:support|backing|endorsement)\\s+of|(?:support|backing)\\s+from)\\b`;
  for (const m of ctx.text.matchAll(re(trigger))) {
    const at = m.index ?? 0;
    if (ctx.negated(at)) continue;
    const people = [...ctx.text.slice(0, at).matchAll(/⟦P(\d+)⟧/g)];
    const subjectIndex = people[people.length - 1]?.[1];
    if (subjectIndex === undefined) continue;
    // The subject must not sit inside an earlier "by …" list of the same clause.
    const between = ctx.text.slice(ctx.text.lastIndexOf(`⟦P${subjectIndex}⟧`), at);
    if (CLAUSE_END.test(between.replace(/,[^,]{0,80},/, ''))) continue;
    const clause = ctx.text.slice(at + m[0].length).split(CLAUSE_END)[0] ?? '';
    const subject = ctx.entity(subjectIndex);
    const backers = endorsers(ctx, clause);
    for (const source of backers) ctx.relation('ENDORSED', source, subject, m, 'passive-endorsement', 0.85);
    if (backers.some((b) => b.type !== 'Person'))
      ctx.mark('candidate', subject, m, 'passive-endorsement', 0.7);
  }
}

/** "Unite Left has backed Jane Smith", "X is the candidate of the United Left", "its candidate, X". */
function activeEndorsement(ctx: RuleContext): void {
  const verb =
    '(?:has\\s+|have\\s+|had\\s+|is\\s+|are\\s+|was\\s+|were\\s+)?(?:also\\s+|now\\s+|formally\\s+)?(?:backed|backs|back|backing|endorsed|endorses|endorse|endorsing|supports|supported|supporting|nominated|nominates|nominating)';
  const active = `⟦([FUYOP])(\\d+)⟧\\s+${verb}\\s+(?:the\\s+)?(?:candidacy\\s+of\\s+|(?:[\\w-]+\\s+)?candidates?\\s+)?${LIST('P')}`;
  for (const m of ctx.text.matchAll(re(active))) {
    if (ctx.negated(m.index ?? 0) || /\bnot\b/.test(m[0])) continue;
    const source = ctx.entity(m[2]);
    for (const person of ctx.entities(m[3] ?? '', 'P')) {
      ctx.relation('ENDORSED', source, person, m, 'active-endorsement', 0.85);
      if (m[1] !== 'P') ctx.mark('candidate', person, m, 'active-endorsement', 0.7);
    }
  }
  const candidateOf = `${P}(?:,[^,]{0,80},)?\\s+(?:is|was|as|will\\s+be|became)\\s+(?:the\\s+|a\\s+)?(?:official\\s+|joint\\s+)?candidate\\s+(?:of|for)\\s+(?:the\\s+)?⟦([FYU])(\\d+)⟧`;
  for (const m of ctx.text.matchAll(re(candidateOf))) {
    if (/\bnot\b/.test(m[0])) continue;
    ctx.relation('ENDORSED', ctx.entity(m[3]), ctx.entity(m[1]), m, 'candidate-of', 0.85);
    ctx.mark('candidate', ctx.entity(m[1]), m, 'candidate-of', 0.85);
  }
  // "Its candidate for president, Sadia Rahman, …": the body the previous sentence was about.
  for (const m of ctx.text.matchAll(
    re(`\\b(?:its|their)\\s+(?:official\\s+)?candidates?(?:\\s+for\\s+[a-z -]{1,40}?)?,?\\s+${LIST('P')}`),
  )) {
    const backer = ctx.previousSubject;
    if (!backer) continue;
    for (const person of ctx.entities(m[1] ?? '', 'P')) {
      ctx.relation('ENDORSED', backer, person, m, 'possessive-candidate', 0.7);
      ctx.mark('candidate', person, m, 'possessive-candidate', 0.7);
    }
  }
  for (const m of ctx.text.matchAll(
    re(`${P}[^.;]{0,40}?\\b(?:on|in)\\s+the\\s+⟦([FYU])(\\d+)⟧\\s+(?:slate|ticket|list)`),
  )) {
    ctx.relation('ENDORSED', ctx.entity(m[3]), ctx.entity(m[1]), m, 'slate-of', 0.75);
    ctx.mark('candidate', ctx.entity(m[1]), m, 'slate-of', 0.75);
  }
}

const ELECTED =
  '(?:re-elected|elected|returned|won|wins|retained|retains|held|topped\\s+the\\s+poll|defeated|beat|ousted|unseated)';

/** "X was re-elected in Inner London", "X and Y were elected", "Liam won in a three-way contest". */
function elected(ctx: RuleContext): void {
  const subject = `${LIST('P')}(?:\\s+(?:of|from)\\s+(?:the\\s+)?⟦[FUYO]\\d+⟧|\\s+\\(⟦[FY]\\d+⟧\\))?(?:,[^,]{0,80},|,\\s*who)?\\s+`;
  const aux =
    '(?:was\\s+|were\\s+|has\\s+been\\s+|have\\s+been\\s+|had\\s+been\\s+|is\\s+|got\\s+|being\\s+)?(?:[a-z]+ly\\s+)?';
  for (const m of ctx.text.matchAll(re(`${subject}${aux}(${ELECTED})\\b`))) {
    if (/\bnot\b|\bnever\b|\bfailed\b/i.test(m[0]) || ctx.negated(m.index ?? 0)) continue;
    const verb = (m[2] ?? '').toLowerCase();
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    const seat =
      /^(?:\s+[^\s.;,]+){0,6}?\s+(?:for|in|to\s+represent)\s+(?:the\s+)?((?:⟦L\d+⟧(?:\s+and\s+|,\s*)?)+)/i.exec(
        after,
      );
    const properties: Record<string, string | boolean> = {};
    if (seat && ctx.entities(seat[1] ?? '', 'L').length > 0) {
      const seatStart =
        (m.index ?? 0) + m[0].length + (seat.index ?? 0) + seat[0].length - (seat[1]?.length ?? 0);
      const seatText = (seat[1] ?? '').trimEnd().replace(/(,|\s+and)$/, '');
      const from = ctx.tpl.toSource(seatStart) - ctx.tpl.sentence.start;
      const to = ctx.tpl.toSource(seatStart + seatText.length) - ctx.tpl.sentence.start;
      properties.seat = ctx.tpl.sentence.text.slice(from, to);
    }
    if (/^re-elected|^returned|^retain|^held/.test(verb)) properties.reelected = true;
    const winners = ctx.entities(m[1] ?? '', 'P');
    for (const person of winners)
      ctx.mark('elected', person, m, `elected:${verb.split(' ')[0]}`, 0.8, { properties });
    // "X defeated Y", "X beat Y": the loser is named right after the verb.
    const loser = /^(defeated|beat|ousted|unseated)$/.test(verb)
      ? /^\s+(?:the\s+)?(?:\S+\s+){0,3}?⟦P(\d+)⟧/.exec(after)
      : null;
    if (loser) {
      // "beat two rivals: A, the …, and B": the list goes on past appositions (which may name
      // places or bodies, but not people).
      const LIST_GOES_ON = /^(?:,(?:[^,.;⟦]|⟦[A-OQ-Z]\d+⟧){0,80})?,?\s+(?:and\s+)?⟦P(\d+)⟧/;
      const losers = [loser[1]];
      let rest = after.slice(loser[0].length);
      for (let more = LIST_GOES_ON.exec(rest); more; more = LIST_GOES_ON.exec(rest)) {
        losers.push(more[1]);
        rest = rest.slice(more[0].length);
      }
      for (const index of losers) {
        for (const w of winners) ctx.relation('DEFEATED', w, ctx.entity(index), m, 'defeated', 0.8);
        for (const w of winners) ctx.relation('RAN_AGAINST', w, ctx.entity(index), m, 'defeated', 0.8);
        ctx.mark('candidate', ctx.entity(index), m, 'defeated', 0.8);
      }
    }
  }
  for (const m of ctx.text.matchAll(
    re(`${P}\\s+(?:was|were)\\s+(?:narrowly\\s+|heavily\\s+)?(?:defeated|beaten)\\s+by\\s+${P}`),
  )) {
    ctx.relation('DEFEATED', ctx.entity(m[2]), ctx.entity(m[1]), m, 'defeated-by', 0.8);
    ctx.relation('RAN_AGAINST', ctx.entity(m[2]), ctx.entity(m[1]), m, 'defeated-by', 0.8);
    ctx.mark('elected', ctx.entity(m[2]), m, 'defeated-by', 0.75);
    ctx.mark('candidate', ctx.entity(m[1]), m, 'defeated-by', 0.8);
  }
  for (const m of ctx.text.matchAll(re(`${P}\\s+lost\\s+(?:out\\s+)?to\\s+${P}`))) {
    ctx.relation('DEFEATED', ctx.entity(m[2]), ctx.entity(m[1]), m, 'lost-to', 0.8);
    ctx.relation('RAN_AGAINST', ctx.entity(m[2]), ctx.entity(m[1]), m, 'lost-to', 0.8);
    ctx.mark('elected', ctx.entity(m[2]), m, 'lost-to', 0.75);
    ctx.mark('candidate', ctx.entity(m[1]), m, 'lost-to', 0.8);
  }
}

/** "X … was being challenged by a slate made up of A and B", "seeing off a challenge from Y". */
function challenged(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`${P}[^.;]*?\\b(?:challenged|opposed|contested)\\s+by\\b`))) {
    if (ctx.negated((m.index ?? 0) + m[0].length - 15)) continue;
    const incumbent = ctx.entity(m[1]);
    const tail = ctx.text.slice((m.index ?? 0) + m[0].length).split(CLAUSE_END)[0] ?? '';
    const rivals = ctx.entities(tail, 'P');
    for (const rival of rivals) ctx.relation('RAN_AGAINST', incumbent, rival, m, 'challenged-by', 0.8);
    if (rivals.length > 0) ctx.mark('candidate', incumbent, m, 'challenged-by', 0.8);
    for (const rival of rivals) ctx.mark('candidate', rival, m, 'challenged-by', 0.8);
    if (/\bslate\b|\bticket\b|\bjoint\b/i.test(tail)) {
      for (let i = 0; i < rivals.length; i++)
        for (let j = i + 1; j < rivals.length; j++)
          ctx.relation('ALLIED_WITH', rivals[i], rivals[j], m, 'slate', 0.6);
    }
  }
  const seeOff =
    '(see(?:ing|s)?\\s+off|saw\\s+off|fend(?:ing|ed|s)?\\s+off|fought\\s+off|beat(?:ing)?\\s+off|fac(?:es|ed|ing))?';
  for (const m of ctx.text.matchAll(
    re(`${P}[^.;⟦]*?\\b${seeOff}\\s*(?:a|the)\\s+(?:[a-z-]+\\s+)?challenge\\s+from\\s+${LIST('P')}`),
  )) {
    const incumbent = ctx.entity(m[1]);
    for (const rival of ctx.entities(m[3] ?? '', 'P')) {
      ctx.relation('RAN_AGAINST', incumbent, rival, m, 'challenge-from', 0.8);
      if (m[2] && !/^fac/i.test(m[2]))
        ctx.relation('DEFEATED', incumbent, rival, m, 'saw-off-challenge', 0.7);
      ctx.mark('candidate', rival, m, 'challenge-from', 0.8);
    }
    ctx.mark('candidate', incumbent, m, 'challenge-from', 0.8);
  }
  for (const m of ctx.text.matchAll(
    re(`${P}\\s+(?:is\\s+|was\\s+)?(?:standing|running|stood|ran|campaigning)\\s+against\\s+${LIST('P')}`),
  )) {
    for (const rival of ctx.entities(m[2] ?? '', 'P')) {
      ctx.relation('RAN_AGAINST', ctx.entity(m[1]), rival, m, 'standing-against', 0.8);
      ctx.mark('candidate', rival, m, 'standing-against', 0.8);
    }
    ctx.mark('candidate', ctx.entity(m[1]), m, 'standing-against', 0.8);
  }
  for (const m of ctx.text.matchAll(
    re(`${P}\\s+(?:faces|will\\s+face|faced|takes\\s+on|took\\s+on|versus|vs\\.?|v\\.?)\\s+${P}`),
  )) {
    ctx.relation('RAN_AGAINST', ctx.entity(m[1]), ctx.entity(m[2]), m, 'faces', 0.7);
    ctx.mark('candidate', ctx.entity(m[1]), m, 'faces', 0.7);
    ctx.mark('candidate', ctx.entity(m[2]), m, 'faces', 0.7);
  }
}

/** "X is standing for", "candidates A and B", "sitting candidate Alex Kenny", "The third candidate, X". */
function standing(ctx: RuleContext): void {
  // "X received 12,345 votes", "X polled 41%", "X came second".
  const votes = `${P}(?:\\s+\\(⟦[FY]\\d+⟧\\))?\\s+(?:received|polled|got|secured|won|took|gained)\\s+(?:just\\s+|only\\s+|some\\s+)?[\\d,.]+\\s*(?:votes|per\\s+cent|percent|%)|${P}(?:\\s+\\(⟦[FY]\\d+⟧\\))?\\s+came\\s+(?:a\\s+)?(?:close\\s+)?(?:second|third|fourth|last)`;
  for (const m of ctx.text.matchAll(re(votes)))
    ctx.mark('candidate', ctx.entity(m[1] ?? m[2]), m, 'votes-received', 0.75);
  const isStanding = `${LIST('P')}(?:,[^,]{0,80},)?\\s+(?:is|was|are|were|will\\s+be)\\s+(?:also\\s+)?(?:standing|running|a\\s+candidate|the\\s+candidate|candidates|contesting|seeking)`;
  for (const m of ctx.text.matchAll(re(isStanding))) {
    if (/\bnot\b/.test(m[0])) continue;
    for (const person of ctx.entities(m[1] ?? '', 'P')) ctx.mark('candidate', person, m, 'is-standing', 0.8);
  }
  for (const m of ctx.text.matchAll(
    re(`\\b(?:candidates?|challengers?|incumbent|nominees?)(?:\\s+(?:were|are|is))?,?\\s+${LIST('P')}`),
  )) {
    for (const person of ctx.entities(m[1] ?? '', 'P'))
      ctx.mark('candidate', person, m, 'named-candidate', 0.75);
  }
  for (const m of ctx.text.matchAll(re(`${LIST('P')}\\s+(?:stood|ran|stands|runs)\\s+(?:for|in|as)\\b`))) {
    for (const person of ctx.entities(m[1] ?? '', 'P')) ctx.mark('candidate', person, m, 'stood-for', 0.75);
  }
}

export const CONTEST_RULES = [passiveEndorsement, activeEndorsement, elected, challenged, standing];

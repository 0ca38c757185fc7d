// Who stood: trigger words with their argument roles (subject before, people after), lists,
// colon lists, vote lines and tables, head-to-head phrasing, and candidacies that were withdrawn.
import { canonicalPost } from '../contest/posts.ts';
import { deniedBefore, peopleAfter, subjectBefore } from './arguments.ts';
import { entities, POST, re } from './contest-rule-helpers.ts';
import type { RuleContext } from './rule-context.ts';

/** "X is standing", "X ran for UAW president in 2018", "Carolann challenges again". */
function standing(ctx: RuleContext): void {
  const verb =
    '(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|to\\s+be|will|to|would)?\\s*(?:also\\s+|now\\s+|again\\s+|once\\s+again\\s+|not\\s+)?' +
    '(?:(?:standing|running|stood|ran|run|stand|stands|runs)\\s+(?=for\\b|in\\b|as\\b|against\\b|again\\b|on\\s+(?:the|a|an|his|her|their)\\b|to\\s+(?:be|become|lead|replace|succeed)\\b|unopposed\\b|for\\s+re-?election)|(?:contesting|competing|vying|campaigning|challenging|challenges|challenged|seeking\\s+(?:re-?)?election|sought\\s+(?:re-?)?election|seeks\\s+(?:re-?)?election)\\b|(?:entered|enters|entering|joined|joins)\\s+the\\s+(?:field|race|contest|fray)\\b|(?:announced|declared|launched|confirmed)\\s+(?:his|her|their)\\s+(?:candidacy|candidature|bid)\\b|(?:seeks|seeking|sought)\\s+(?=(?:the|a)\\s+[^.;⟦]{0,30}?\\b(?:slot|post|position|job|seat|role|nomination)\\b))';
  for (const m of ctx.text.matchAll(re(`\\b${verb}`))) {
    const at = m.index ?? 0;
    if (/\bnot\b/i.test(m[0]) || deniedBefore(ctx.text, at)) continue;
    const subject = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    for (const person of subject) ctx.mark('candidate', person, m, 'standing', 0.8);
  }
  // "He is running against four challengers: A, …; B, …; and C", "X is standing against Y".
  for (const m of ctx.text.matchAll(
    re('\\b(?:running|standing|stood|ran|run|stand|campaigning|competing)\\s+against\\b'),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const subject = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const rivals = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 90).indexes);
    for (const rival of rivals) {
      ctx.mark('candidate', rival, m, 'standing-against', 0.8);
      for (const s of subject) ctx.relation('RAN_AGAINST', s, rival, m, 'standing-against', 0.8);
    }
  }
}

/** "the candidates are A, B and C", "candidate X", "X, the Unity Caucus candidate", "her rival Y". */
function namedCandidates(ctx: RuleContext): void {
  const noun =
    '\\b(?:candidates?|challengers?|contenders?|hopefuls?|nominees?|runners?[- ]up|opponents?|rivals?)\\b(?:\\s+(?:were|are|is|was|will\\s+be|include|included|including|being))?\\s*:?';
  for (const m of ctx.text.matchAll(re(noun))) {
    const at = m.index ?? 0;
    const before = ctx.text.slice(Math.max(0, at - 30), at);
    if (
      /\b(?:no|any|other|every|each|not)\s+(?:\S+\s+)?$/i.test(before) &&
      !/\bother\s+(?:two|three|four|\d)\s+$/i.test(before)
    )
      continue;
    const found = peopleAfter(ctx.text, at + m[0].length, 'P', 70);
    const people = entities(ctx, found.indexes);
    // "2013's runner up, Jerry Hicks": the contest of that year.
    const year = /\b((?:19|20)\d\d)'s\s+$/.exec(before)?.[1];
    const contest = year ? ctx.contestAt(at, null, Number(year)) : undefined;
    for (const person of people)
      ctx.mark('candidate', person, m, 'named-candidate', 0.75, contest ? { contest } : {});
    // "X's rival Y", "his challenger Y": both stood, against each other.
    const owner = /(?:⟦P(\d+)⟧'s|\b(?:his|her))\s+(?:[a-z-]+\s+){0,2}$/i.exec(before);
    if (owner && /rival|challenger|opponent/i.test(m[0])) {
      const other =
        owner[1] !== undefined ? ctx.entity(owner[1]) : ctx.entity(subjectBefore(ctx.text, at, 'P').at(-1));
      if (other?.type === 'Person') {
        ctx.mark('candidate', other, m, 'rival-of', 0.7);
        for (const person of people) ctx.relation('RAN_AGAINST', other, person, m, 'rival-of', 0.75);
      }
    }
  }
  // "X, the Unity Caucus candidate", "Dermot Myrie the candidate of the MORE caucus", "he would be a candidate".
  for (const m of ctx.text.matchAll(
    re(
      `⟦P(\\d+)⟧(?:,|\\s+(?:is|was|will\\s+be|would\\s+be|has\\s+been|had\\s+been|became|becomes|remains))?\\s+(?:the|a|an|his|her|their)\\s+(?:[^,.;]{0,40}?\\s)?(?:candidate|nominee|challenger|contender)\\b`,
    ),
  )) {
    ctx.mark('candidate', ctx.entity(m[1]), m, 'apposition-candidate', 0.8);
  }
  // "presidential candidate Barbara Wilson", "general secretary candidate X".
  for (const m of ctx.text.matchAll(re(`\\b(${POST})(?:ial)?\\s+(?:candidates?|hopefuls?|nominees?)\\s+`))) {
    const post = canonicalPost((m[1] ?? '').replace(/ial$/i, ''));
    const people = entities(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'P', 10).indexes);
    for (const person of people)
      ctx.mark('candidate', person, m, 'post-candidate', 0.8, { contest: ctx.contestAt(m.index ?? 0, post) });
  }
  // "incumbent X": the one whose post is contested.
  for (const m of ctx.text.matchAll(re('\\bincumbent\\s+'))) {
    const people = entities(ctx, peopleAfter(ctx.text, (m.index ?? 0) + m[0].length, 'P', 40).indexes);
    for (const person of people.slice(0, 1)) ctx.mark('incumbent', person, m, 'incumbent', 0.7);
  }
}

/** "X received 12,345 votes", "X polled 41%", "X came second", "X with a lead of 41% to Y's 35%". */
function votes(ctx: RuleContext): void {
  const hasVotes = /\bvotes?\b|per\s*cent|%/i.test(ctx.text);
  const amount = `(?:just\\s+|only\\s+|some\\s+|almost\\s+|nearly\\s+|about\\s+|around\\s+|roughly\\s+|over\\s+|more\\s+than\\s+|approximately\\s+)?([\\d][\\d,.]*)\\s*(${hasVotes ? '(?:votes|per\\s*cent|percent|%)?' : '(?:votes|per\\s*cent|percent|%)'})`;
  const subject = `⟦P(\\d+)⟧(?:\\s+\\(⟦[FYU]\\d+⟧\\))?(?:,[^,]{0,70},)?`;
  for (const m of ctx.text.matchAll(
    re(
      `${subject}\\s+(?:received|polled|got|gets|secured|won|took|gained|garnered|scored|obtained|had|attracted|picked\\s+up)\\s+${amount}(?![\\d,.]*\\s*(?:members|workers|branches|seats|ballots))`,
    ),
  )) {
    const value = Number((m[2] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    ctx.mark('candidate', ctx.entity(m[1]), m, 'votes-received', 0.8, { votes: value });
  }
  for (const m of ctx.text.matchAll(
    re(
      `${subject}\\s+(?:came|finished|was|ended\\s+up|placed)\\s+(?:a\\s+)?(?:close\\s+|distant\\s+|strong\\s+)?(second|third|fourth|fifth|last|runner-up|runner\\s+up)`,
    ),
  )) {
    ctx.mark('candidate', ctx.entity(m[1]), m, 'placed', 0.8);
    ctx.mark('lost', ctx.entity(m[1]), m, 'placed', 0.75);
  }
  // "Fain with a lead of 41% to Curry's roughly 35%", "polled 7,259 votes to Mr Wrack's 12,883".
  for (const m of ctx.text.matchAll(
    re(`\\bto\\s+⟦P(\\d+)⟧'s\\s+(?:roughly\\s+|about\\s+|approximately\\s+)?[\\d][\\d,.]*`),
  )) {
    const rival = ctx.entity(m[1]);
    ctx.mark('candidate', rival, m, 'votes-compared', 0.75);
    for (const s of entities(ctx, subjectBefore(ctx.text, m.index ?? 0, 'P'))) {
      ctx.mark('candidate', s, m, 'votes-compared', 0.75);
      ctx.relation('RAN_AGAINST', s, rival, m, 'votes-compared', 0.75);
    }
  }
  // "X was ahead of Y", "X trailed Y", "X holds a 645 vote lead", "X clung to a narrow lead".
  for (const m of ctx.text.matchAll(
    re('\\b(?:was|is|were|are)?\\s*(?:ahead\\s+of|behind|trailing|trailed|leading|led)\\s+'),
  )) {
    const at = m.index ?? 0;
    const subject = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const others = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 40).indexes);
    if (subject.length === 0 || others.length === 0) continue;
    for (const s of subject) ctx.mark('candidate', s, m, 'ahead-of', 0.75);
    for (const o of others) {
      ctx.mark('candidate', o, m, 'ahead-of', 0.75);
      for (const s of subject) ctx.relation('RAN_AGAINST', s, o, m, 'ahead-of', 0.75);
    }
  }
  for (const m of ctx.text.matchAll(
    re(
      `⟦P(\\d+)⟧\\s+(?:holds|held|had|has|clung\\s+to|kept|keeps|opened|built)\\s+(?:a|an|the)\\s+(?:narrow\\s+|slim\\s+|wide\\s+|commanding\\s+)?(?:[\\d,]+[- ]vote\\s+)?(?:lead|advantage|margin)`,
    ),
  )) {
    ctx.mark('candidate', ctx.entity(m[1]), m, 'holds-lead', 0.75);
  }
}

/** "X faces Y", "a runoff between A and B", "X … challenged by Y", "It's A vs B". */
function headToHead(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:faces|will\\s+face|faced|facing|takes\\s+on|took\\s+on|taking\\s+on|versus|vs\\.?|v\\.?|up\\s+against)\\s+',
    ),
  )) {
    const at = m.index ?? 0;
    const subject = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const others = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 50).indexes);
    if (subject.length === 0 || others.length === 0) continue;
    for (const s of subject) ctx.mark('candidate', s, m, 'faces', 0.7);
    for (const o of others) {
      ctx.mark('candidate', o, m, 'faces', 0.7);
      for (const s of subject) ctx.relation('RAN_AGAINST', s, o, m, 'faces', 0.7);
    }
  }
  // "the runoff election between longtime bureaucrat A and incumbent UAW President B".
  for (const m of ctx.text.matchAll(re('\\b(?:between|pitting)\\s+'))) {
    const at = m.index ?? 0;
    const inContest = ctx.contests?.inSentence(ctx.tpl.sentence.index).length ?? 0;
    if (
      !inContest &&
      !/\b(?:race|contest|election|ballot|run-?off|vote|battle|fight)\s+$/i.test(ctx.text.slice(0, at))
    )
      continue;
    const people = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 50).indexes);
    if (people.length < 2) continue;
    people.forEach((a, i) => {
      ctx.mark('candidate', a, m, 'contest-between', 0.8);
      for (const b of people.slice(i + 1)) ctx.relation('RAN_AGAINST', a, b, m, 'contest-between', 0.8);
    });
  }
  // "came together to challenge WTU President George Parker", "X challenged Y": both stand.
  for (const m of ctx.text.matchAll(
    re('\\b(?:challenge|challenges|challenged|challenging)\\s+(?!by\\b|for\\b)'),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    // Only titles and names between the verb and the person: "challenged ballots …, gave X" is not.
    const gap = /^([^⟦]*?|⟦[UFYO]\d+⟧(?:'s)?\s+[^⟦]*?)⟦P\d+⟧/.exec(ctx.text.slice(at + m[0].length))?.[1];
    if (
      gap === undefined ||
      !/^(?:(?:the|a|an|incumbent|sitting|current|then)\s+|[A-Z][\w'’.-]*\s+|⟦[UFYO]\d+⟧(?:'s)?\s+)*$/.test(
        gap,
      )
    )
      continue;
    const challenged = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 40).indexes);
    if (challenged.length === 0) continue;
    const challengers = entities(ctx, subjectBefore(ctx.text, at, 'P'));
    for (const c of challenged) {
      ctx.mark('candidate', c, m, 'challenged', 0.75);
      for (const s of challengers) {
        ctx.mark('candidate', s, m, 'challenged', 0.75);
        ctx.relation('RAN_AGAINST', s, c, m, 'challenged', 0.75);
      }
    }
  }
  for (const m of ctx.text.matchAll(re('\\b(?:challenged|opposed|contested)\\s+by\\s+'))) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    const incumbents = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const rivals = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 70).indexes);
    // "challenged by a slate made up of A and B": the slate's members stand together.
    if (/^(?:a|the)\s+(?:joint\s+)?(?:slate|ticket|team)\b/i.test(ctx.text.slice(at + m[0].length)))
      rivals.forEach((a, i) => {
        for (const b of rivals.slice(i + 1)) ctx.relation('ALLIED_WITH', a, b, m, 'slate', 0.65);
      });
    for (const r of rivals) {
      ctx.mark('candidate', r, m, 'challenged-by', 0.8);
      for (const i of incumbents) {
        ctx.mark('candidate', i, m, 'challenged-by', 0.8);
        ctx.relation('RAN_AGAINST', i, r, m, 'challenged-by', 0.8);
      }
    }
  }
  for (const m of ctx.text.matchAll(re('\\b(?:a|the)\\s+(?:[a-z-]+\\s+)?challenge\\s+from\\s+'))) {
    const at = m.index ?? 0;
    const incumbents = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const rivals = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 40).indexes);
    for (const r of rivals) {
      ctx.mark('candidate', r, m, 'challenge-from', 0.75);
      for (const i of incumbents) {
        ctx.mark('candidate', i, m, 'challenge-from', 0.75);
        ctx.relation('RAN_AGAINST', i, r, m, 'challenge-from', 0.75);
      }
    }
  }
}

/**
 * A vote table, where the figures are the only statement of who stood and who won:
 * "Jane Smith (United Left) 12,345", "Ian Allinson: 17,143 (13%)". One person a line.
 */
function voteTable(ctx: RuleContext): void {
  const m =
    /^\s*⟦P(\d+)⟧(?:\s*\(⟦([FYU])(\d+)⟧\))?\s*[:\-–]?\s*(\d{1,3}(?:,\s?\d{3})+|\d+)(?:\s*votes)?(?:\s*[(,]?\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent)\)?)?\s*\.?\s*$/i.exec(
      ctx.text,
    );
  if (!m) return;
  const person = ctx.entity(m[1]);
  const votes = Number((m[4] ?? '').replace(/[,\s]/g, ''));
  if (!person || !Number.isFinite(votes)) return;
  ctx.mark('candidate', person, m, 'vote-table', 0.75, { votes });
  if (m[2] === 'F') ctx.relation('ENDORSED', ctx.entity(m[3]), person, m, 'vote-table-slate', 0.7);
  if (m[2] === 'Y') ctx.relation('MEMBER_OF', person, ctx.entity(m[3]), m, 'vote-table-party', 0.7);
}

/**
 * Figures listed in one sentence: "Mulgrew (Unity), 39,176; Lee (MORE), 10,743; Portelos, 1,456".
 * Two or more names each with a count of three or more digits (ages are not votes) or a share.
 */
function figureList(ctx: RuleContext): void {
  const item =
    /⟦P(\d+)⟧(?:\s*\((?:⟦([FYU])(\d+)⟧|[^)⟦]{1,40})\))?\s*[,:–-]?\s*(\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s*(?:%|per\s*cent))(?:\s*votes)?(?=\s*(?:;|,|\.|$|\(|\band\b))/gi;
  const items = [...ctx.text.matchAll(item)];
  if (items.length < 2) return;
  for (const m of items) {
    const person = ctx.entity(m[1]);
    const votes = Number((m[4] ?? '').replace(/[,\s]|%|per\s*cent/gi, ''));
    ctx.mark('candidate', person, m, 'figure-list', 0.75, /%|cent/i.test(m[4] ?? '') ? {} : { votes });
    if (m[2] === 'F') ctx.relation('ENDORSED', ctx.entity(m[3]), person, m, 'figure-list-slate', 0.7);
    if (m[2] === 'Y') ctx.relation('MEMBER_OF', person, ctx.entity(m[3]), m, 'figure-list-party', 0.7);
  }
}

/** "President: Paul Moist - acclaimed", "Trustee: Mark Goodwin (elected)": a post and who took it. */
function postLabel(ctx: RuleContext): void {
  const m = new RegExp(
    `^\\s*(${POST})\\s*:\\s*⟦P(\\d+)⟧\\s*(?:[-–—,(]\\s*(acclaimed|elected|re-?elected|unopposed|returned\\s+unopposed|elected\\s+unopposed))?`,
    'i',
  ).exec(ctx.text);
  if (!m) return;
  const person = ctx.entity(m[2]);
  const contest = ctx.contestAt(0, canonicalPost(m[1] ?? ''));
  ctx.mark('candidate', person, m, 'post-label', 0.75, { contest });
  if (m[3]) ctx.mark('elected', person, m, 'post-label', 0.75, { contest });
}

/** "X withdrew", "X pulled out of the race": a candidacy that ended. */
function withdrew(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:withdrew|withdrawn|withdraws|pulled\\s+out|pulls\\s+out|dropped\\s+out|drops\\s+out|stood\\s+down|stands\\s+down|stepped\\s+aside|quit\\s+the\\s+race|bowed\\s+out)\\b',
    ),
  )) {
    for (const person of entities(ctx, subjectBefore(ctx.text, m.index ?? 0, 'PFUYO')))
      ctx.mark('withdrew', person, m, 'withdrew', 0.8);
  }
}

export const CANDIDACY_RULES = [
  standing,
  namedCandidates,
  votes,
  voteTable,
  figureList,
  postLabel,
  headToHead,
  withdrew,
];

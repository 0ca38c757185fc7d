// Who won and who lost: "X was re-elected", "Unifor elects X", "A beat B and C", "B lost to A",
// "making A the new vice president", lists of winners; each with the seat the text gives.
import { canonicalPost } from '../contest/posts.ts';
import { deniedBefore, peopleAfter, subjectBefore } from './arguments.ts';
import { entities, hypothetical, POST, re } from './contest-rule-helpers.ts';
import type { RuleContext } from './rule-context.ts';

/** "was re-elected in Inner London", "won in Derbyshire and Nottinghamshire": the seat, as the text names it. */
function seatAfter(ctx: RuleContext, from: number): string | null {
  const after = ctx.text.slice(from);
  const seat =
    /^(?:\s+[^\s.;,]+){0,6}?\s+(?:for|in|to\s+represent)\s+(?:the\s+)?((?:⟦L\d+⟧(?:\s+and\s+|,\s*)?)+)/i.exec(
      after,
    );
  if (!seat || ctx.entities(seat[1] ?? '', 'L').length === 0) return null;
  const seatStart = from + (seat.index ?? 0) + seat[0].length - (seat[1]?.length ?? 0);
  const seatText = (seat[1] ?? '').trimEnd().replace(/(,|\s+and)$/, '');
  const start = ctx.tpl.toSource(seatStart) - ctx.tpl.sentence.start;
  const end = ctx.tpl.toSource(seatStart + seatText.length) - ctx.tpl.sentence.start;
  return ctx.tpl.sentence.text.slice(start, end);
}

const WIN_OBJECT =
  '(?:the\\s+(?:election|vote|race|ballot|contest|poll|run-?off|seat|post|presidency|leadership)|by\\s|with\\s|a\\s+(?:[\\w,-]+\\s+)?(?:majority|landslide|victory|second|third|fourth|fifth|new|seat|place)\\b|(?:\\d+\\s+)?seats?\\b|comfortably|easily|convincingly|narrowly|handsomely|outright|re-?election|another\\s+term|a\\s+(?:second|third|fourth)\\s+term|office|in\\s+(?:a|the)\\b|against\\b|[,.;]|$)';

/** "X was re-elected", "X won the vote", "Unifor elects X", "X retains the presidency". */
function elected(ctx: RuleContext): void {
  const aux =
    '(?:was\\s+|were\\s+|has\\s+been\\s+|have\\s+been|had\\s+been\\s+|is\\s+|are\\s+|got\\s+|being\\s+|been\\s+)?(?:(?:[a-z]+ly|again|also|duly|finally|formally)\\s+)?';
  const verbs = `(?:(re-?elected|elected|returned|retains|retained|retain|holds\\s+on\\s+to|held\\s+on\\s+to|topped\\s+the\\s+poll|romped\\s+home|triumphed|emerged\\s+victorious|declared\\s+(?:the\\s+)?winner|swept\\s+to\\s+victory)\\b|(won|wins|win)\\s+(?=${WIN_OBJECT}))`;
  for (const m of ctx.text.matchAll(re(`${aux}${verbs}`))) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at)) continue;
    // "Mulgrew will be re-elected tomorrow": a forecast says who stands, not who won.
    if (hypothetical(ctx, at)) {
      for (const person of entities(ctx, subjectBefore(ctx.text, at, 'PFUYO')))
        ctx.mark('candidate', person, m, 'forecast', 0.65);
      continue;
    }
    const verb = (m[1] ?? m[2] ?? '').toLowerCase();
    // "was elected president of the organization": the subject is the one elected.
    const winners = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    // "Unifor elects Lana Payne", "members voted to re-elect X": the one after the verb.
    const reelected = /^re-?elect|^retain|^held|^holds|^returned/.test(verb) || /\bre-?elect/i.test(m[0]);
    const properties: Record<string, string | boolean> = reelected ? { reelected: true } : {};
    const seat = seatAfter(ctx, at + m[0].length);
    if (seat) properties.seat = seat;
    for (const person of winners)
      ctx.mark('elected', person, m, `elected:${verb.split(/\s/)[0]}`, 0.8, { properties });
  }
  for (const m of ctx.text.matchAll(
    re('\\b(?:elects?|elected|electing|re-?elect(?:s|ed)?|installs?|installed|chose|choose|chooses)\\s+'),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at) || hypothetical(ctx, at)) continue;
    const before = ctx.text.slice(Math.max(0, at - 25), at);
    if (/\b(?:was|were|been|being|is|are|be)\s+(?:\S+\s+)?$/i.test(before)) continue;
    const people = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 8).indexes);
    const properties: Record<string, boolean> = /re-?elect/i.test(m[0]) ? { reelected: true } : {};
    for (const person of people) ctx.mark('elected', person, m, 'elects', 0.8, { properties });
  }
  // "The election of Dave Ward as General Secretary".
  for (const m of ctx.text.matchAll(re(`\\belection\\s+of\\s+⟦P(\\d+)⟧\\s+as\\s+`))) {
    if (!deniedBefore(ctx.text, m.index ?? 0))
      ctx.mark('elected', ctx.entity(m[1]), m, 'election-of-as', 0.8);
  }
  // "making A the new vice president, B the incoming financial secretary", "with A as president
  // and B as vice president": each named to a post of the contest the sentence is about.
  const namedToPost = re(
    `⟦P(\\d+)⟧,?\\s+(?:as\\s+)?(?:the\\s+)?(?:new|incoming|latest|next|first|elected)?\\s*(${POST})\\b`,
  );
  const named: RegExpMatchArray[] = [];
  if (/\b(?:elect|re-?elect|elected|making|made|won|victory|swept)\b/i.test(ctx.text)) {
    for (const m of ctx.text.matchAll(namedToPost)) {
      const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
      if (!/(?:making|with|,|and|;)\s*$/i.test(before)) continue;
      const post = canonicalPost(m[2] ?? '');
      const frame = ctx.contestAt(m.index ?? 0);
      if (!post || !frame || !ctx.contests) continue;
      const contest = ctx.contests.ensure(frame.union, post, frame.year, 'named-to-post', {
        sentence: ctx.tpl.sentence.index,
        start: ctx.tpl.toSource(m.index ?? 0),
        end: ctx.tpl.toSource((m.index ?? 0) + m[0].length),
        text: ctx.surface(m[0]),
      });
      ctx.mark('elected', ctx.entity(m[1]), m, 'named-to-post', 0.75, { contest });
      named.push(m);
    }
    // "re-elect the Caucus of Rank-and-File Educators leadership, making A …, B … and C …": the
    // slate's people, backed by it and standing together.
    const slate = /⟦F(\d+)⟧\s+(?:leadership|slate|team|ticket|list)\b/i.exec(ctx.text);
    const people = named.map((m) => ctx.entity(m[1])).filter((e) => e?.type === 'Person');
    if (slate && people.length > 0 && (slate.index ?? 0) < (named[0]?.index ?? 0)) {
      for (const person of people)
        ctx.relation('ENDORSED', ctx.entity(slate[1]), person, slate, 'slate-named-to-posts', 0.75);
      people.forEach((a, i) => {
        for (const b of people.slice(i + 1))
          ctx.relation('ALLIED_WITH', a, b, slate, 'slate-named-to-posts', 0.7);
      });
    }
  }
}

const BEAT_VERBS =
  '(?:beat|beats|beating|defeated|defeats|defeating|ousted|ousts|ousting|unseated|unseats|unseating|toppled|topples|trounced|routed|crushed|pipped|edged\\s+out|edging\\s+out|beat\\s+out|beating\\s+out|saw\\s+off|sees\\s+off|seeing\\s+off|see\\s+off|fought\\s+off|fending\\s+off|fended\\s+off|held\\s+off|holding\\s+off|won\\s+against|victory\\s+over|win\\s+over|triumphed\\s+over|overcame)';

/** "Payne beat A, as well as the president of ⟦U2⟧, B", "saw off a challenge from X". */
function defeated(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(`\\b${BEAT_VERBS}\\s+(?:(?:a|the)\\s+(?:[a-z-]+\\s+)?challenges?\\s+from\\s+)?`),
  )) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at) || hypothetical(ctx, at)) continue;
    const before = ctx.text.slice(Math.max(0, at - 20), at);
    // "was defeated", "been beaten", "beaten by": the passive is the loser's rule.
    if (
      /\b(?:was|were|been|being|be|is|are|get|got)\s+$/i.test(before) ||
      /^\s*by\b/i.test(ctx.text.slice(at + m[0].length - 1))
    )
      continue;
    const winners = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const losers = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 70).indexes);
    // "defeated a Broad Left sitting member", "beating out Dias's pick": a win over someone unnamed.
    const described =
      /^(?:(?:a|an|the|his|her|their|⟦P\d+⟧'s)\s+)(?:[^.;,]{0,40}?\s)?(?:member|incumbent|candidate|rival|challenger|opponent|official|secretary|president|pick|nominee|leader|choice)s?\b/i;
    if (winners.length > 0 && losers.length === 0 && described.test(ctx.text.slice(at + m[0].length)))
      for (const w of winners) {
        const seat = seatAfter(ctx, at + m[0].length);
        ctx.mark('elected', w, m, 'defeated-someone', 0.75, seat ? { properties: { seat } } : {});
      }
    if (winners.length === 0 || losers.length === 0) continue;
    const seat = seatAfter(ctx, at + m[0].length);
    for (const w of winners) ctx.mark('elected', w, m, 'defeated', 0.8, seat ? { properties: { seat } } : {});
    for (const l of losers) {
      ctx.mark('candidate', l, m, 'defeated', 0.8);
      ctx.mark('lost', l, m, 'defeated', 0.8);
      for (const w of winners) {
        ctx.relation('DEFEATED', w, l, m, 'defeated', 0.8);
        ctx.relation('RAN_AGAINST', w, l, m, 'defeated', 0.8);
      }
    }
  }
}

/** "Hayes beaten in CWU election", "X was ousted … and replaced by Y", "X lost to Y", "losing to Y". */
function lost(ctx: RuleContext): void {
  const passive =
    '(?:was\\s+|were\\s+|has\\s+been\\s+|had\\s+been\\s+|been\\s+|is\\s+|being\\s+)?(?:(?:narrowly|heavily|comfortably|soundly|decisively|easily)\\s+)?(?:defeated|beaten|ousted|unseated|toppled|eliminated|knocked\\s+out|trounced|routed)\\b';
  for (const m of ctx.text.matchAll(re(passive))) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at) || hypothetical(ctx, at)) continue;
    const losers = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    if (losers.length === 0) continue;
    for (const l of losers) {
      ctx.mark('candidate', l, m, 'lost', 0.8);
      ctx.mark('lost', l, m, 'lost', 0.8);
    }
    // "… by X", "… and replaced by his leftwing challenger Matt Wrack".
    const after = ctx.text.slice(at + m[0].length);
    const by = /^(?:[^.;⟦]|⟦[LUOY]\d+⟧(?:'s)?){0,70}?\bby\s+/i.exec(after);
    if (!by) continue;
    const winners = entities(
      ctx,
      peopleAfter(ctx.text, at + m[0].length + by.index + by[0].length, 'P', 60).indexes,
    );
    for (const w of winners) {
      ctx.mark('elected', w, m, 'defeated-by', 0.8);
      for (const l of losers) {
        ctx.relation('DEFEATED', w, l, m, 'defeated-by', 0.8);
        ctx.relation('RAN_AGAINST', w, l, m, 'defeated-by', 0.8);
      }
    }
  }
  for (const m of ctx.text.matchAll(re('\\b(?:lost|loses|lose|losing)\\s+(?:out\\s+)?to\\s+'))) {
    const at = m.index ?? 0;
    if (deniedBefore(ctx.text, at) || hypothetical(ctx, at)) continue;
    const losers = entities(ctx, subjectBefore(ctx.text, at, 'PFUYO'));
    const winners = entities(ctx, peopleAfter(ctx.text, at + m[0].length, 'P', 30).indexes);
    if (losers.length === 0 || winners.length === 0) continue;
    for (const w of winners) {
      ctx.mark('elected', w, m, 'lost-to', 0.8);
      for (const l of losers) {
        ctx.mark('candidate', l, m, 'lost-to', 0.8);
        ctx.mark('lost', l, m, 'lost-to', 0.8);
        ctx.relation('DEFEATED', w, l, m, 'lost-to', 0.8);
        ctx.relation('RAN_AGAINST', w, l, m, 'lost-to', 0.8);
      }
    }
  }
  // "X failed to retain his position", "X lost his seat": a candidate who lost.
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:failed\\s+to\\s+(?:retain|hold|keep|win|regain)|lost\\s+(?:his|her|their)\\s+(?:seat|position|post|job))\\b',
    ),
  )) {
    for (const l of entities(ctx, subjectBefore(ctx.text, m.index ?? 0, 'PFUYO'))) {
      ctx.mark('candidate', l, m, 'failed-to-retain', 0.75);
      ctx.mark('lost', l, m, 'failed-to-retain', 0.75);
    }
  }
}

/** "Socialist Party members elected: A (president), B, C": a list of winners, a post in brackets. */
function electedList(ctx: RuleContext): void {
  const head =
    /\b(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:elected|re-?elected|returned|winners?|successful\s+candidates?)\s*:\s*/i.exec(
      ctx.text,
    );
  if (!head) return;
  const from = (head.index ?? 0) + head[0].length;
  const people = peopleAfter(ctx.text, from, 'P', 10).indexes;
  const members = /⟦([FY])(\d+)⟧\s+(?:members|supporters|candidates)\s*$/i.exec(
    ctx.text.slice(0, head.index ?? 0),
  );
  for (const index of people) {
    const person = ctx.entity(index);
    if (person?.type !== 'Person') continue;
    const after = ctx.text.slice(ctx.text.indexOf(`⟦P${index}⟧`) + `⟦P${index}⟧`.length);
    const bracket = new RegExp(`^\\s*\\((${POST})\\)`, 'i').exec(after);
    const post = bracket ? canonicalPost(bracket[1] ?? '') : null;
    // A post in brackets is that post's contest; the rest of a list of winners are an executive's.
    const frame = ctx.contestAt(head.index ?? 0);
    const where = {
      sentence: ctx.tpl.sentence.index,
      start: ctx.tpl.toSource(head.index ?? 0),
      end: ctx.tpl.toSource(from),
      text: ctx.surface(head[0]).trim(),
    };
    const contest =
      frame && ctx.contests && (post || people.length > 1)
        ? ctx.contests.ensure(frame.union, post ?? 'National Executive', frame.year, 'elected-list', where)
        : frame;
    ctx.mark('elected', person, head, 'elected-list', 0.75, { contest });
    if (members) ctx.relation('MEMBER_OF', person, ctx.entity(members[2]), head, 'elected-list-members', 0.7);
  }
}

export const RESULT_RULES = [elected, electedList, defeated, lost];

// Who stood, won, lost, or ran against whom: trigger words with their argument roles (subject
// before, people after), in active, passive and noun forms, with lists and colon lists.
import { canonicalPost, POST_SOURCE } from '../contest/posts.ts';
import { deniedBefore, peopleAfter, subjectBefore } from './arguments.ts';
import type { RuleContext } from './rule-context.ts';

const re = (source: string) => new RegExp(source, 'gi');
const entities = (ctx: RuleContext, indexes: number[]) =>
  indexes.map((i) => ctx.entity(i)).filter((e): e is NonNullable<typeof e> => e?.type === 'Person');
/** Modal or conditional words before a result make it hypothetical: "John predicted X would beat Y". */
const hypothetical = (ctx: RuleContext, at: number) =>
  /\b(?:would|could|might|may|should|if|unless|predicted|expects?|expected|hopes?|hoped|likely\s+to|bid\s+to|attempt\s+to|trying\s+to|tried\s+to|set\s+to)\s+(?:\S+\s+){0,2}$/i.test(
    ctx.text.slice(Math.max(0, at - 40), at),
  );
const POST = `(?:${POST_SOURCE})`;

/** "X is standing", "X ran for UAW president in 2018", "Carolann challenges again". */
function standing(ctx: RuleContext): void {
  const verb =
    '(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|to\\s+be|will|to|would)?\\s*(?:also\\s+|now\\s+|again\\s+|once\\s+again\\s+|not\\s+)?' +
    '(?:(?:standing|running|stood|ran|run|stand|stands|runs)\\s+(?=for\\b|in\\b|as\\b|against\\b|again\\b|on\\s+(?:the|a|an|his|her|their)\\b|to\\s+(?:be|become|lead|replace|succeed)\\b|unopposed\\b|for\\s+re-?election)|(?:contesting|competing|vying|campaigning|challenging|challenges|challenged|seeking\\s+(?:re-?)?election|sought\\s+(?:re-?)?election|seeks\\s+(?:re-?)?election)\\b)';
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
  // "X, the Unity Caucus candidate", "Dermot Myrie the candidate of the MORE caucus".
  for (const m of ctx.text.matchAll(
    re(
      `⟦P(\\d+)⟧,?\\s+(?:the|a|an|his|her|their)\\s+(?:[^,.;]{0,40}?\\s)?(?:candidate|nominee|challenger|contender)\\b`,
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
    if (deniedBefore(ctx.text, at) || hypothetical(ctx, at)) continue;
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
    /^\s*⟦P(\d+)⟧(?:\s*\(⟦([FYU])(\d+)⟧\))?\s*[:\-–]?\s*([\d][\d,]*)(?:\s*votes)?(?:\s*[(,]?\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent)\)?)?\s*\.?\s*$/i.exec(
      ctx.text,
    );
  if (!m) return;
  const person = ctx.entity(m[1]);
  const votes = Number((m[4] ?? '').replace(/,/g, ''));
  if (!person || !Number.isFinite(votes)) return;
  ctx.mark('candidate', person, m, 'vote-table', 0.75, { votes });
  if (m[2] === 'F') ctx.relation('ENDORSED', ctx.entity(m[3]), person, m, 'vote-table-slate', 0.7);
  if (m[2] === 'Y') ctx.relation('MEMBER_OF', person, ctx.entity(m[3]), m, 'vote-table-party', 0.7);
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

export const CONTEST_RULES = [
  standing,
  namedCandidates,
  votes,
  voteTable,
  elected,
  electedList,
  defeated,
  lost,
  headToHead,
  withdrew,
];

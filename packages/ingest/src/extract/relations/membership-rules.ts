// Who belongs to what and who holds which office: pre-modifiers, apposition, copulas, "X of the Y".

import type { EntityDraft } from '../entities/entity-registry.ts';
import { BODY, LIST, MEMBERSHIP, OFFICE, P, PARTY_OFFICE, singularTitle, TITLE } from './patterns.ts';
import type { RuleContext } from './rule-context.ts';

const re = (source: string) => new RegExp(source, 'gi');
/** An office held once: "the victimised former convenor", "ex-president". No relation for an ended tie. */
const ENDED_TITLE = /\b(?:former|ex|late|then|one-time|erstwhile|previous|retired)\b/i;

/** "LANAC convenor Martin Powell Davies", "SWP member Jess Edwards", "STA candidate Jo Bloggs". */
function preModifier(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `${BODY}(?:'s)?\\s+(?:${TITLE}|${MEMBERSHIP}|(candidates?))(?:\\s+and\\s+(?:former\\s+)?(?:⟦[LUOY]\\d+⟧\\s+)?(?:[a-z-]+\\s+)?(?:MP|councillor|member|leader|chair|secretary|president|officer))?\\s+${LIST('P')}`,
    ),
  )) {
    if (ctx.negated(m.index ?? 0)) continue;
    if (/\bformer\s+$/i.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue;
    const body = ctx.entity(m[2]);
    for (const person of ctx.entities(m[6] ?? '', 'P')) {
      if (m[3]) {
        const title = singularTitle(m[3]);
        ctx.relation('HOLDS_POSITION', person, body, m, 'premodifier-title', 0.85, { title });
        // An MP or councillor "for" a party belongs to it.
        if (PARTY_OFFICE.test(title) && body?.type === 'Party')
          ctx.relation('MEMBER_OF', person, body, m, 'party-office', 0.85);
      } else if (m[4]) ctx.relation('MEMBER_OF', person, body, m, 'premodifier-member', 0.85);
      else {
        ctx.relation('ENDORSED', body, person, m, 'premodifier-candidate', 0.8);
        ctx.mark('candidate', person, m, 'premodifier-candidate', 0.8);
      }
    }
  }
}

/** ", a Socialist Party member,", ", Nottinghamshire Division Secretary and a Workers' Liberty member,". */
function apposition(ctx: RuleContext): void {
  // ", a Socialist Party member," and " - currently executive member for Southern division and a …".
  for (const m of ctx.text.matchAll(re(`${P}(?:,|\\s+-)\\s+([^,;]+?)(?=,|;|\\s+-\\s|\\.|$)`))) {
    const person = ctx.entity(m[1]);
    const segment = m[2] ?? '';
    const at = (m.index ?? 0) + m[0].length - segment.length;
    if (/^(?:who|which|where|when|and|but|while|as|said|says)\b/i.test(segment)) continue;
    for (const rawPart of segment.split(/\s+and\s+(?=(?:a|an|the)\s)/i)) {
      const part = rawPart.replace(
        /^(?:(?:himself|herself|themselves|also|now|still|once|currently|presently)\s+)+/i,
        '',
      );
      const sub = { ...m, index: at } as RegExpMatchArray;
      let found = false;
      const member =
        new RegExp(
          `^(?:(?:a|an)\\s+)?(?:(?:long-?standing|leading|prominent|veteran)\\s+)?${BODY}\\s+${MEMBERSHIP}\\b`,
          'i',
        ).exec(part) ??
        new RegExp(
          `^(?:(?:a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:member|supporter)\\s+of\\s+(?:the\\s+)?${BODY}`,
          'i',
        ).exec(part);
      if (member) {
        ctx.relation('MEMBER_OF', person, ctx.entity(member[2]), sub, 'apposition-member', 0.85);
        found = true;
      }
      const titleOfBody = new RegExp(
        `^(?:the\\s+|a\\s+|an\\s+)?(?:(?:[\\w'-]+|⟦[OUL]\\d+⟧)\\s+){0,3}?${TITLE}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?${BODY}`,
        'i',
      ).exec(part);
      const bodyTitle = new RegExp(`^(?:the\\s+)?${BODY}(?:'s)?\\s+${TITLE}\\b`, 'i').exec(part);
      const [title, body] = titleOfBody
        ? [titleOfBody[1], titleOfBody[3]]
        : bodyTitle
          ? [bodyTitle[3], bodyTitle[2]]
          : [];
      if (title && body && !ENDED_TITLE.test(part.slice(0, part.indexOf(title) + title.length))) {
        ctx.relation('HOLDS_POSITION', person, ctx.entity(body), sub, 'apposition-title', 0.8, {
          title: singularTitle(title),
        });
        found = true;
      }
      const candidate = new RegExp(`^(?:the\\s+|a\\s+)?${BODY}(?:'s)?\\s+candidate\\b`, 'i').exec(part);
      if (candidate) {
        ctx.relation('ENDORSED', ctx.entity(candidate[2]), person, sub, 'apposition-candidate', 0.8);
        ctx.mark('candidate', person, sub, 'apposition-candidate', 0.8);
        found = true;
      }
      // An office with no body named ("Nottinghamshire Division Secretary", "the union's general
      // secretary", "a regional organiser") is an office in the union the article is about.
      if (found || !ctx.homeUnion) continue;
      const capitalised =
        /^(?:the\s+)?((?:(?:[A-Z][\w'-]*|⟦L\d+⟧)\s+){0,3}(?:Secretary|President|Vice-President|Chair|Convenor|Convener|Treasurer|Organiser|Officer|Rep))\b/.exec(
          part,
        );
      const lower = new RegExp(
        `^(?:the\\s+union's\\s+|its\\s+|the\\s+(?=(?:sitting|current|outgoing|incumbent|acting|serving)\\s)|(?:a|an)\\s+|(?=${OFFICE}))((?:[\\w⟦⟧'-]+\\s+){0,3}?${TITLE})(?!\\s+(?:of|for|at)\\s+(?:the\\s+)?⟦[FUYO])`,
      ).exec(part);
      const office =
        (capitalised?.[1] ? ctx.surface(capitalised[1]) : undefined) ??
        (lower?.[1]
          ? singularTitle(ctx.surface(lower[1])).replace(
              /^(\S+)/,
              (w) => ctx.surface(lower[1] ?? '').split(' ')[0] ?? w,
            )
          : null);
      if (office && !office.includes('⟦') && !ENDED_TITLE.test(office)) {
        ctx.relation('HOLDS_POSITION', person, ctx.homeUnion, sub, 'apposition-office', 0.6, {
          title: office,
        });
      }
    }
  }
}

/** "Jane Smith (SWP)": a party in brackets is membership (a faction in brackets is backing). */
function bracketed(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`${P}\\s+\\(\\s*⟦Y(\\d+)⟧\\s*\\)`))) {
    ctx.relation('MEMBER_OF', ctx.entity(m[1]), ctx.entity(m[2]), m, 'bracketed-party', 0.75);
  }
}

/** "Jane Nellist of the Socialist Party". */
function ofTheBody(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`${P}\\s+(?:of|from)\\s+(?:the\\s+)?${BODY}`))) {
    if (m[2] === 'O') continue;
    ctx.relation('MEMBER_OF', ctx.entity(m[1]), ctx.entity(m[3]), m, 'of-the-body', 0.7);
  }
}

/** "X is a member of Y", "X is a primary teacher and executive member for the union". */
function copula(ctx: RuleContext): void {
  const subject = `${P}(?:,[^,]{0,60},)?\\s+(?:is|was|has\\s+been|had\\s+been|became|remains|who\\s+is|who\\s+was)\\s+(?:also\\s+|still\\s+)?`;
  for (const m of ctx.text.matchAll(
    re(
      `${subject}(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:member|supporter)\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}${BODY}`,
    ),
  )) {
    if (ctx.negated(m.index ?? 0) || /\bnot\b|\bnever\b/.test(m[0])) continue;
    ctx.relation('MEMBER_OF', ctx.entity(m[1]), ctx.entity(m[3]), m, 'copula-member', 0.85);
  }
  // "X is a Labour Party member", "X was a long-standing SWP activist".
  for (const m of ctx.text.matchAll(
    re(`${subject}(?:a\\s+|an\\s+)?(?:[a-z-]+\\s+){0,2}${BODY}\\s+(?:member|supporter|activist)\\b`),
  )) {
    if (ctx.negated(m.index ?? 0) || /\bnot\b|\bnever\b|\bformer\b|\bex-/.test(m[0])) continue;
    ctx.relation('MEMBER_OF', ctx.entity(m[1]), ctx.entity(m[3]), m, 'copula-member', 0.85);
  }
  for (const m of ctx.text.matchAll(
    re(`${subject}(?:[^.;⟦]{0,60}?\\s)?${TITLE}\\s+(?:of|for|at|in|on)\\s+(?:the\\s+)?(?:${BODY}|(union))`),
  )) {
    // "is standing for president of the union" is a candidacy, not an office held.
    if (/\bnot\b|\bnever\b|\b(?:standing|running|candidate|bid|seeking|seeks|campaigning)\b/.test(m[0]))
      continue;
    const body = m[5] ? ctx.homeUnion : ctx.entity(m[4]);
    ctx.relation('HOLDS_POSITION', ctx.entity(m[1]), body ?? undefined, m, 'copula-title', 0.8, {
      title: singularTitle(m[2] ?? ''),
    });
  }
}

/** "[joint general secretaries] Kevin Courtney and Mary Bousted", "general secretary Jo Grady". */
function titleBeforeNames(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`(?:\\[|\\()?\\b${TITLE}(?:\\]|\\))?\\s+${LIST('P')}`))) {
    const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0);
    if (/⟧(?:'s)?\s*$/.test(before)) continue; // "LANAC convenor X" is the pre-modifier rule's
    // "former leader X" held the post once; "assistant to the president X" is someone else's.
    if (
      /\b(?:former|ex|then|late|one-time|erstwhile)\s+$|\bformer\s+/i.test(before.slice(-12)) ||
      /\bformer\b/i.test(m[1] ?? '')
    )
      continue;
    if (/\b(?:to|of|for)\s+(?:the\s+)?$/i.test(before)) continue;
    const title = singularTitle(m[1] ?? '');
    if (/^(member|supporter|activist)s?$/.test(title) || PARTY_OFFICE.test(title) || !ctx.homeUnion) continue;
    for (const person of ctx.entities(m[2] ?? '', 'P')) {
      ctx.relation('HOLDS_POSITION', person, ctx.homeUnion, m, 'title-before-name', 0.7, { title });
    }
  }
}

/** "X, who chairs the union's Wales region", "X leads the Broad Left". */
function officeVerb(ctx: RuleContext): void {
  const nouns: Record<string, string> = {
    chairs: 'chair',
    convenes: 'convenor',
    leads: 'leader',
    heads: 'head',
    organises: 'organiser',
  };
  for (const m of ctx.text.matchAll(
    re(
      `${P}(?:,\\s*who)?\\s+(?:also\\s+|now\\s+)?(chairs|convenes|leads|heads|organises)\\s+(?:the\\s+)?([^,.;]{2,80})`,
    ),
  )) {
    const object = m[3] ?? '';
    const body = /^⟦([FUYO])(\d+)⟧/.exec(object);
    const target = body ? ctx.entity(body[2]) : /^(?:union's|its)\b/i.test(object) ? ctx.homeUnion : null;
    const noun = nouns[(m[2] ?? '').toLowerCase()] ?? 'officer';
    const title = body
      ? noun
      : `${noun} of the ${ctx.surface(object.replace(/^(?:union's|its)\s+/i, '')).trim()}`;
    ctx.relation('HOLDS_POSITION', ctx.entity(m[1]), target ?? undefined, m, 'office-verb', 0.7, { title });
  }
}

/** "her colleague Phil Clarke": the colleague shares the last-named person's party. */
function colleague(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`\\b(?:her|his|their)\\s+colleagues?\\s+${LIST('P')}`))) {
    const before = ctx.entities(ctx.text.slice(0, m.index ?? 0), 'P');
    const previous = before[before.length - 1];
    for (const person of ctx.entities(m[1] ?? '', 'P'))
      ctx.mark('colleague', person, m, 'colleague', 0.6, { other: previous });
  }
}

/** "the president of Windsor-based Unifor Local 444, Dave Cassidy", "Unite acting general secretary, X". */
function titleOfBodyThenName(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `\\b(?:the|its|their)\\s+(?:current\\s+|outgoing\\s+|incumbent\\s+|new\\s+)?${TITLE}\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:[A-Za-z-]+-based\\s+)?${BODY},\\s+${P}`,
    ),
  )) {
    if (/\bformer\b/i.test(m[0])) continue;
    ctx.relation('HOLDS_POSITION', ctx.entity(m[4]), ctx.entity(m[3]), m, 'title-of-body-name', 0.8, {
      title: singularTitle(m[1] ?? ''),
    });
  }
  // "The union's south-west regional secretary, Mr John McDonnell,": the union the article is about.
  for (const m of ctx.text.matchAll(
    re(
      `\\b(?:the\\s+)?union's\\s+(?:current\\s+|outgoing\\s+|new\\s+)?(?:[a-z]+-[a-z]+\\s+)?${TITLE},\\s+${P}`,
    ),
  )) {
    ctx.relation(
      'HOLDS_POSITION',
      ctx.entity(m[2]),
      ctx.homeUnion ?? undefined,
      m,
      'union-title-name',
      0.75,
      {
        title: singularTitle(m[1] ?? ''),
      },
    );
  }
  for (const m of ctx.text.matchAll(
    re(`${BODY}(?:'s)?\\s+(?:current\\s+|outgoing\\s+|new\\s+)?${TITLE},\\s+${P}`),
  )) {
    ctx.relation('HOLDS_POSITION', ctx.entity(m[4]), ctx.entity(m[2]), m, 'body-title-name', 0.8, {
      title: singularTitle(m[3] ?? ''),
    });
  }
}

/** "her own Waterford branch", "his local, Local 89": the person's own branch or union. */
function ownBranch(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re('\\b(?:her|his)\\s+(?:own\\s+)?(?:home\\s+)?⟦U(\\d+)⟧'))) {
    const people = ctx.entities(ctx.text.slice(0, m.index ?? 0), 'P');
    const owner = people[people.length - 1];
    ctx.relation('MEMBER_OF', owner, ctx.entity(m[1]), m, 'own-branch', 0.7);
  }
}

/**
 * "X, who left the Socialist Party last year", "X quit Labour", "a former SWP member, X": the tie
 * ended. Recorded as ended, so the graph shows the change, never as a current membership.
 */
function endedTies(ctx: RuleContext): void {
  const leave =
    '(?:left|quit|quits|leaves|resigned\\s+from|resigns\\s+from|was\\s+expelled\\s+from|were\\s+expelled\\s+from|has\\s+left|had\\s+left|broke\\s+with|split\\s+from|defected\\s+from|walked\\s+out\\s+of)';
  for (const m of ctx.text.matchAll(
    re(`${P}(?:,\\s*who)?\\s+(?:has\\s+|had\\s+)?${leave}\\s+(?:the\\s+)?${BODY}`),
  )) {
    if (ctx.negated(m.index ?? 0)) continue;
    endTie(ctx, ctx.entity(m[1]), ctx.entity(m[3]), m);
  }
  for (const m of ctx.text.matchAll(
    re(`\\b(?:a\\s+)?former\\s+${BODY}\\s+(?:member|supporter|activist)s?,?\\s+${P}`),
  )) {
    endTie(ctx, ctx.entity(m[3]), ctx.entity(m[2]), m);
  }
  for (const m of ctx.text.matchAll(
    re(`${P},\\s+(?:a\\s+)?former\\s+(?:member|supporter)\\s+of\\s+(?:the\\s+)?${BODY}`),
  )) {
    endTie(ctx, ctx.entity(m[1]), ctx.entity(m[3]), m);
  }
}

function endTie(
  ctx: RuleContext,
  person: EntityDraft | undefined,
  body: EntityDraft | undefined,
  m: RegExpMatchArray,
): void {
  if (person?.type !== 'Person' || !body || body.type === 'Organisation') return;
  ctx.relation('MEMBER_OF', person, body, m, 'tie-ended', 0.75);
  const last = ctx.out.relations[ctx.out.relations.length - 1];
  if (last) last.ended = true;
}

export const MEMBERSHIP_RULES = [
  endedTies,
  titleOfBodyThenName,
  ownBranch,
  bracketed,
  preModifier,
  apposition,
  ofTheBody,
  copula,
  titleBeforeNames,
  officeVerb,
  colleague,
];

// How unions and factions relate: mergers, sections, rivalries, alliances, where factions organise.
import { peopleAfter, subjectBefore } from './arguments.ts';
import { LIST } from './patterns.ts';
import type { RuleContext } from './rule-context.ts';

const re = (source: string) => new RegExp(source, 'gi');

/** "following the merger of the NUT and ATL", "ATL and NUT merged to form the NEU". */
function merger(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(re(`\\bmerg(?:er|ing)\\s+(?:of|between)\\s+(?:the\\s+)?${LIST('U')}`))) {
    const parts = ctx.entities(m[1] ?? '', 'U');
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    const before = ctx.text.slice(0, m.index ?? 0);
    const formed =
      /^[^.;]*?\b(?:to\s+form|to\s+create|forming|creating|into)\s+(?:the\s+)?⟦U(\d+)⟧/i.exec(after)?.[1] ??
      /⟦U(\d+)⟧[^.;⟦]*?\b(?:came\s+into\s+being|was\s+formed|was\s+created|was\s+founded|was\s+born|formed|launched)\b[^.;]*$/i.exec(
        before,
      )?.[1];
    const result = ctx.entity(formed);
    for (const part of parts)
      if (part !== result) ctx.relation('MERGED_INTO', part, result, m, 'merger-of', 0.85);
  }
  for (const m of ctx.text.matchAll(
    re(
      `${LIST('U')}\\s+(?:have\\s+|had\\s+|will\\s+)?merged?\\s+(?:with\\s+(?:the\\s+)?${LIST('U')}\\s+)?(?:to\\s+form|to\\s+create|into|forming|creating)\\s+(?:the\\s+)?⟦U(\\d+)⟧`,
    ),
  )) {
    const result = ctx.entity(m[3]);
    for (const part of [...ctx.entities(m[1] ?? '', 'U'), ...ctx.entities(m[2] ?? '', 'U')]) {
      ctx.relation('MERGED_INTO', part, result, m, 'merged-to-form', 0.85);
    }
  }
}

/** "the NUT section of the NEU", "organised into NUT and ATL sections". */
function sections(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(`⟦U(\\d+)⟧\\s+section\\s+(?:of|in|within)\\s+(?:the\\s+)?⟦U(\\d+)⟧`),
  )) {
    ctx.relation('PART_OF', ctx.entity(m[1]), ctx.entity(m[2]), m, 'section-of', 0.9);
  }
  for (const m of ctx.text.matchAll(re(`${LIST('U')}\\s*"?\\s*sections?\\b(?!\\s+of)`))) {
    for (const section of ctx.entities(m[1] ?? '', 'U'))
      ctx.mark('section', section, m, 'named-section', 0.7);
  }
}

/** "a group which was set up to counter … factions", "X, rivals of Y", "X opposes Y". */
function opposition(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `⟦([FYP])(\\d+)⟧[^.;⟦]*?\\b(?:set\\s+up(?:\\s+[^.;⟦]{0,30}?)?\\s+to\\s+(?:counter|oppose|challenge|fight|rival)|opposes|opposed\\s+to|rivals?\\s+(?:of|to)|against)\\s+(?:the\\s+)?(?:(?:the\\s+)?influence\\s+of\\s+(?:the\\s+)?)?${LIST('FY')}`,
    ),
  )) {
    if (ctx.negated(m.index ?? 0)) continue;
    for (const target of ctx.entities(m[3] ?? '', 'FY'))
      ctx.relation('OPPOSES', ctx.entity(m[2]), target, m, 'opposes', 0.65);
  }
}

/** "Teamsters United criticized Hoffa", "the SWP attacked the Broad Left": a group set against another or a person. */
function criticism(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:criticized|criticised|criticizes|criticises|attacked|attacks|condemned|condemns|denounced|denounces|slammed|slams|blasted|blasts|opposed|opposes|campaigned\\s+against|campaigns\\s+against|is\\s+at\\s+war\\s+with|at\\s+war\\s+with)\\s+',
    ),
  )) {
    const at = m.index ?? 0;
    if (ctx.negated(at)) continue;
    const subject = subjectBefore(ctx.text, at, 'PFYUO')
      .map((i) => ctx.entity(i))
      .filter((e) => e?.type === 'Faction' || e?.type === 'Party');
    const targets = peopleAfter(ctx.text, at + m[0].length, 'PFY', 30).indexes.map((i) => ctx.entity(i));
    for (const s of subject) for (const t of targets) ctx.relation('OPPOSES', s, t, m, 'criticised', 0.6);
  }
}

/** "A and B have formed an alliance", "standing on a joint slate with". */
function alliance(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `${LIST('FYP')}\\s+(?:have\\s+|has\\s+|had\\s+)?(?:formed|form|joined|agreed|are\\s+part\\s+of|stood\\s+on|standing\\s+on)\\s+(?:an?\\s+|the\\s+)?(?:joint\\s+|common\\s+|united\\s+|electoral\\s+)?(?:alliance|slate|ticket|pact|coalition)`,
    ),
  )) {
    const members = ctx.entities(m[1] ?? '', 'FYP');
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        ctx.relation('ALLIED_WITH', members[i], members[j], m, 'alliance', 0.7);
  }
  for (const m of ctx.text.matchAll(
    re(
      `⟦([FYP])(\\d+)⟧[^.;]{0,80}?\\b(?:joint\\s+slate|alliance|allied|pact)\\s+with\\s+(?:the\\s+)?((?:[^.;,⟦]*?⟦[FYP]\\d+⟧)+)`,
    ),
  )) {
    for (const other of ctx.heads(m[3] ?? '', 'FYP'))
      ctx.relation('ALLIED_WITH', ctx.entity(m[2]), other, m, 'allied-with', 0.7);
  }
}

/** "LANAC has established itself as a major force in the NUT", "factions within the NUT". */
function activeIn(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      `⟦([FY])(\\d+)⟧(?:\\s+members|[^.;⟦]{0,80}?)\\s+(?:in|within|inside|across|on)\\s+(?:the\\s+)?⟦U(\\d+)⟧`,
    ),
  )) {
    ctx.mark('explicit-active-in', ctx.entity(m[2]), m, 'organises-in', 0.7, { other: ctx.entity(m[3]) });
  }
}

/** "Sean and Fred joined forces and worked with TDU", "A teamed up with B": people and groups acting together. */
function actingTogether(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:joined\\s+forces|teamed\\s+up|joined\\s+hands|formed\\s+a\\s+(?:joint\\s+)?(?:slate|ticket|alliance|pact))\\b',
    ),
  )) {
    const at = m.index ?? 0;
    if (ctx.negated(at)) continue;
    const together = ctx.entities(ctx.text.slice(0, at).split(/[.;]/).pop() ?? '', 'PFY').slice(-3);
    const subject = subjectBefore(ctx.text, at, 'PFY')
      .map((i) => ctx.entity(i))
      .filter((e) => e !== undefined);
    const group =
      subject.length >= 2 ? subject : together.length >= 2 && subject.length === 0 ? together : subject;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        ctx.relation('ALLIED_WITH', group[i], group[j], m, 'joined-forces', 0.75);
  }
  for (const m of ctx.text.matchAll(
    re(
      '\\b(?:worked|working|works|teamed\\s+up|joined\\s+forces|allied|campaigned|campaigning|stood|standing|ran|running)\\s+(?:closely\\s+)?(?:with|alongside)\\s+',
    ),
  )) {
    const at = m.index ?? 0;
    if (ctx.negated(at)) continue;
    const subject = subjectBefore(ctx.text, at, 'PFYUO')
      .map((i) => ctx.entity(i))
      .filter((e) => e && e.type !== 'Union' && e.type !== 'Organisation');
    const others = peopleAfter(ctx.text, at + m[0].length, 'PFY', 40).indexes.map((i) => ctx.entity(i));
    for (const s of subject) for (const o of others) ctx.relation('ALLIED_WITH', s, o, m, 'worked-with', 0.7);
  }
}

export const STRUCTURE_RULES = [merger, sections, opposition, criticism, alliance, activeIn, actingTogether];

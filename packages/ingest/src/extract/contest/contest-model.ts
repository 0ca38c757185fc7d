// The article's contests: each (union, post, year) the text names, as an Election entity, and for
// every sentence the contest it is talking about. A headline or lead states the contest once;
// later sentences say only "the ballot" or "her rival", and attach to it here.
import { normaliseName } from '@caucus/graph';
import type { EntityDraft, EntityRegistry } from '../entities/entity-registry.ts';
import type { SentenceTemplate } from '../relations/sentence-template.ts';
import { sameClause } from '../text/clauses.ts';
import { type ElectionMention, findElectionMentions } from './election-mentions.ts';
import { canonicalPost, isMultiSeatPost, POST_SOURCE, refines, samePost } from './posts.ts';

export interface Contest {
  election: EntityDraft;
  union: EntityDraft;
  post: string;
  year: number | null;
  multiSeat: boolean;
  mentions: ElectionMention[];
  /** A contest of an earlier year than the article's, mentioned in passing. */
  past: boolean;
}

/** The short name a union goes by in this article: the acronym or short form the text uses. */
export function unionShortName(union: EntityDraft): string {
  const used = [...new Set(union.mentions.filter((m) => m.via !== 'pronoun').map((m) => m.text))];
  const acronym = used.find((a) => /^[A-Z][A-Za-z&]{1,7}$/.test(a) && a === a.toUpperCase());
  if (acronym) return acronym;
  const named = [...union.aliases, union.name].find((a) => /^[A-Z][A-Z&]{1,7}$/.test(a));
  if (named) return named;
  // The shortest form the article uses ("Usdaw", "Unifor", "Teamsters").
  return used.sort((a, b) => a.length - b.length)[0] ?? union.name;
}

export interface ContestInput {
  registry: EntityRegistry;
  templates: SentenceTemplate[];
  articleYear: number | null;
  homeUnion: EntityDraft | null;
}

export class ContestModel {
  readonly contests: Contest[] = [];
  /** The contest the article is about (headline, lead, or the first named). */
  readonly main: Contest | null;
  private readonly bySentence = new Map<number, Contest[]>();
  private readonly frame: (Contest | null)[] = [];

  constructor(private readonly input: ContestInput) {
    const mentions = findElectionMentions(input.templates, input.articleYear).filter(
      // "Leadership" means something only of a union or party the phrase names.
      (m) => m.post !== 'Leader' || m.unionExplicit,
    );
    this.yearOf = defaultYears(mentions, input);
    // Contests with a post first, so a bare "the CWU election" can join one of them.
    for (const m of mentions) if (m.post !== null) this.add(m, m.post);
    for (const m of mentions) if (m.post === null) this.addBare(m);
    this.main =
      [...this.contests].sort((a, b) => Number(a.past) - Number(b.past) || firstAt(a) - firstAt(b))[0] ??
      null;
    this.buildFrames();
  }

  /** The year a contest of a union is held when its phrase gives none. */
  private readonly yearOf: (union: EntityDraft | null) => number | null;

  private resolveYear(m: ElectionMention, union: EntityDraft | null): number | null {
    return m.year ?? this.yearOf(union);
  }

  /** "The CWU election", "the vote", "2013's election": a contest named without its post. */
  private addBare(m: ElectionMention): void {
    const union = m.union ?? this.input.homeUnion;
    if (!union) return;
    // A post someone in the sentence holds or seeks: "… between Fain and incumbent UAW President Ray Curry".
    const tpl = this.input.templates[m.sentence];
    const postWord = tpl ? new RegExp(`\\b(${POST_SOURCE})\\b`, 'i').exec(tpl.template) : null;
    const post = postWord ? canonicalPost(postWord[1] ?? '') : null;
    if (post && post !== 'Leader') {
      this.add({ ...m, union }, post);
      return;
    }
    const year = this.resolveYear(m, union);
    const ofUnion = this.contests.filter((c) => c.union === union).sort((a, b) => firstAt(a) - firstAt(b));
    // An executive's seats are not what "the election" means when no single post is named.
    const single = ofUnion.filter((c) => !c.multiSeat);
    const joinable = single.find((c) => c.year === year);
    const first = single.find((c) => !c.past) ?? single[0];
    if (joinable) this.attach(joinable, m);
    else if (first && m.year !== null) this.add({ ...m, union }, first.post);
    else if (!first) this.add({ ...m, union }, '');
  }

  /** Adds or extends the contest a mention names. */
  add(m: ElectionMention, post: string): Contest | null {
    const named = m.union && m.union.type === 'Union' ? m.union : (m.union ?? this.input.homeUnion);
    // A local named earlier in the sentence does not hold "the national president" contest its union does.
    const union = named && !m.unionExplicit ? this.wholeUnion(named) : named;
    if (!union) return null;
    const resolvedPost = post === 'Leader' && union.type === 'Union' ? this.leaderPost(union) : post;
    const year = this.resolveYear(m, union);
    // A phrase that names no union ("the contest to elect a vice president") joins the contest
    // of that post and year the article has already named, whatever its union.
    let contest = this.contests.find(
      (c) => (c.union === union || m.union === null) && samePost(c.post, resolvedPost) && c.year === year,
    );
    if (!contest) contest = this.create(union, resolvedPost, year, m.pattern);
    else if (refines(resolvedPost, contest.post)) this.rename(contest, resolvedPost);
    this.attach(contest, m);
    return contest;
  }

  /** A contest a rule infers ("making A the new vice president"), named where the rule read it. */
  ensure(
    union: EntityDraft,
    post: string,
    year: number | null,
    method: string,
    where: { sentence: number; start: number; end: number; text: string },
  ): Contest {
    const contest =
      this.contests.find((c) => c.union === union && samePost(c.post, post) && c.year === year) ??
      this.create(union, post, year, method);
    this.attach(contest, {
      ...where,
      tplStart: -1,
      tplEnd: -1,
      pattern: method,
      union,
      unionExplicit: true,
      post,
      year,
      event: true,
      earlier: false,
    });
    return contest;
  }

  private create(union: EntityDraft, post: string, year: number | null, method: string): Contest {
    const short = unionShortName(union);
    const name = `${short} ${post ? `${post} ` : ''}election${year ? ` ${year}` : ''}`.replace(/\s+/g, ' ');
    const key = `election:${normaliseName(union.key)}-${normaliseName(post || 'any')}-${year ?? 'unknown'}`;
    const election = this.input.registry.upsert(key, 'Election', name, `pattern:${method}`, 0.8);
    election.properties = { union: short, post, ...(year ? { year } : {}) };
    const articleYear = this.input.articleYear ?? this.yearOf(union);
    const contest: Contest = {
      election,
      union,
      post,
      year,
      multiSeat: isMultiSeatPost(post),
      mentions: [],
      past: year !== null && articleYear !== null && year < articleYear,
    };
    this.contests.push(contest);
    return contest;
  }

  /** The contest is named more fully later ("President", then "General President"). */
  private rename(contest: Contest, post: string): void {
    contest.post = post;
    const short = unionShortName(contest.union);
    const { election } = contest;
    election.aliases.add(election.name);
    election.name = `${short} ${post} election${contest.year ? ` ${contest.year}` : ''}`;
    election.properties = { ...election.properties, post };
  }

  private attach(contest: Contest, m: ElectionMention): void {
    contest.mentions.push(m);
    this.input.registry.addMention(
      contest.election,
      { start: m.start, end: m.end, sentence: m.sentence, text: m.text },
      `pattern:${m.pattern}`,
    );
    this.bySentence.set(m.sentence, [...(this.bySentence.get(m.sentence) ?? []), contest]);
  }

  /** The union a branch or local is part of, when the article names it. */
  private wholeUnion(union: EntityDraft): EntityDraft {
    if (union.sectionOf === undefined) return union;
    const parentName = normaliseName(union.sectionOf);
    const parent = parentName
      ? this.input.registry.entities.find(
          (e) =>
            e !== union &&
            e.type === 'Union' &&
            [e.name, ...e.aliases].some((n) => normaliseName(n) === parentName),
        )
      : this.input.homeUnion;
    return parent && parent !== union ? parent : union;
  }

  /** "Leadership" of a union is its top post as the article names it, else general secretary. */
  private leaderPost(union: EntityDraft): string {
    const named = this.contests.find((c) => c.union === union && /general secretary|president/i.test(c.post));
    return named?.post ?? 'General Secretary';
  }

  /** Each sentence's contest: its own, else the one talked about before (past contests do not carry on). */
  private buildFrames(): void {
    let current: Contest | null = this.main;
    for (const tpl of this.input.templates) {
      // A contest of an earlier year, named in passing, is not the frame of its sentence.
      const here = this.bySentence.get(tpl.sentence.index)?.find((c) => !c.past) ?? null;
      this.frame[tpl.sentence.index] = here ?? current;
      if (here && !here.past) current = here;
    }
  }

  /** Contests named in a sentence, in order. */
  inSentence(sentence: number): Contest[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /**
   * The contest a fact at `offset` of a sentence belongs to: one named in the sentence (the
   * nearest before the offset, else the first after), else one of the post the fact names, else
   * the sentence's frame.
   */
  at(sentence: number, offset: number, post?: string | null, year?: number | null): Contest | null {
    if (year !== undefined && year !== null) {
      const ofYear = this.contests.filter((c) => c.year === year);
      const match = ofYear.find((c) => post && samePost(c.post, post)) ?? ofYear[0];
      if (match) return match;
    }
    const own = this.inSentence(sentence);
    if (own.length > 0) {
      const ofPost = post ? own.find((c) => samePost(c.post, post)) : undefined;
      if (ofPost) return ofPost;
      const mentions = own.flatMap((c) =>
        c.mentions.filter((m) => m.sentence === sentence).map((m) => ({ c, m })),
      );
      // An earlier year's contest named before the fact counts only within its own clause:
      // "Cole, who first won the post in 2017, is standing again" stands now.
      const text = this.input.templates[sentence]?.sentence;
      const clauseOf = (m: ElectionMention) =>
        !text || sameClause(text.text, m.end - text.start, offset - text.start);
      // The contest named in the very phrase ("will run as Trustee") comes first, then the last one
      // named before the fact, else one named later in the sentence, unless that is an earlier
      // year's in passing.
      const phrase = mentions.find((x) => x.m.start >= offset && x.m.start - offset < 12);
      if (phrase) return phrase.c;
      const before = mentions.filter((x) => x.m.start <= offset && (!x.c.past || clauseOf(x.m))).pop();
      if (before) return before.c;
      const near = mentions.find((x) => x.m.start >= offset && x.m.start - offset < 30);
      if (near) return near.c;
      const after = mentions.find((x) => !x.c.past);
      if (after) return after.c;
      return this.frame[sentence] ?? this.main;
    }
    if (post) {
      const ofPost = this.contests.filter((c) => samePost(c.post, post) && !c.past);
      if (ofPost.length === 1) return ofPost[0] ?? null;
    }
    return this.frame[sentence] ?? this.main;
  }

  /** The election entities with the union each belongs to. */
  elections(): Map<EntityDraft, EntityDraft> {
    return new Map(this.contests.map((c) => [c.election, c.union]));
  }

  contestOf(election: EntityDraft): Contest | undefined {
    return this.contests.find((c) => c.election === election);
  }
}

function firstAt(c: Contest): number {
  return Math.min(...c.mentions.map((m) => m.start), Number.POSITIVE_INFINITY);
}

/**
 * The year of the contest an article reports, where a phrase gives none: a later year the
 * article names for the union's elections ("next year's PCS elections", "2017's election"),
 * else the article's date, else the latest full date in its text ("completed on November 18, 2016").
 */
function defaultYears(
  mentions: ElectionMention[],
  input: ContestInput,
): (union: EntityDraft | null) => number | null {
  const textDate =
    input.articleYear ?? latestDateYear(input.templates.map((t) => t.sentence.text).join('\n'));
  const named = new Map<EntityDraft | null, number>();
  for (const m of mentions) {
    if (m.year === null || m.earlier || m.event) continue;
    if (textDate !== null && m.year < textDate) continue;
    const union = m.union ?? input.homeUnion;
    named.set(union, Math.max(named.get(union) ?? m.year, m.year));
  }
  return (union) => named.get(union) ?? named.get(input.homeUnion) ?? textDate;
}

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

function latestDateYear(text: string): number | null {
  const years = [
    ...text.matchAll(new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi')),
    ...text.matchAll(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'gi')),
  ].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

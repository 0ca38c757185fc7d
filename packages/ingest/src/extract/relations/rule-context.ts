// The helpers every sentence rule uses: entity lookup by placeholder, negation, and emitting.
import type { RelationType } from '@caucus/graph';
import type { Contest, ContestModel } from '../contest/contest-model.ts';
import type { EntityDraft } from '../entities/entity-registry.ts';
import { sameClause } from '../text/clauses.ts';
import type { Cue, EntityMark, MarkKind, RelationDraft, RuleOutput } from './relation-draft.ts';
import { placeholderIndexes, type SentenceTemplate } from './sentence-template.ts';

export class RuleContext {
  constructor(
    readonly tpl: SentenceTemplate,
    readonly out: RuleOutput,
    /** "the union" and bare titles refer to this union. */
    readonly homeUnion: EntityDraft | null,
    /** The body the previous sentence was about, for "its"/"their". */
    readonly previousSubject: EntityDraft | null = null,
    /** The article's contests, to place candidacies and results. */
    readonly contests: ContestModel | null = null,
    /** Who "we" are in the article: its publisher, when that is a party, faction or union. */
    readonly publisher: EntityDraft | null = null,
    /** Who speaks in this sentence ("… ," said X): the "I" of a quotation. */
    readonly speaker: EntityDraft | null = null,
  ) {}

  /**
   * The contest a fact at this template offset belongs to. A sentence that names no contest but
   * an earlier year ("Fred led the slate in 2016, narrowly losing to Hoffa") is about that year's
   * contest for the same post.
   */
  contestAt(at: number, post?: string | null, year?: number | null): Contest | null {
    const contests = this.contests;
    if (!contests) return null;
    const sentence = this.tpl.sentence.index;
    const found = contests.at(sentence, this.tpl.toSource(at), post, year);
    if (year !== undefined && year !== null && found?.year !== year && found)
      return this.pastContest(found, year, at);
    if (!found || contests.inSentence(sentence).length > 0 || year) return found;
    // "a network formed in 2019" dates the network, not a contest.
    const said =
      /(?<!\b(?:formed|founded|set\s+up|established|launched|created|born|joined|started|began)\s+)\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/]\d)/.exec(
        this.text,
      );
    // The year dates the fact only within its clause: "Cole, who won in 2017, is standing again";
    // a year that opens the sentence ("In 2001, the first time X ran, she won") dates all of it.
    const opening = /^\s*(?:["“']\s*)?(?:in|during|back\s+in|by)\s+((?:19|20)\d\d)\s*,/i.exec(this.text);
    const saidYear = opening
      ? Number(opening[1])
      : said && sameClause(this.text, said.index ?? 0, at)
        ? Number(said[1])
        : null;
    if (saidYear === null || saidYear === found.year || (found.year !== null && saidYear > found.year))
      return found;
    return this.pastContest(found, saidYear, said?.index ?? at);
  }

  private pastContest(frame: Contest, year: number, at: number): Contest | null {
    if (!this.contests) return frame;
    const word = /\d{4}/.exec(this.text.slice(at))?.[0] ?? String(year);
    const offset = this.text.indexOf(word, at);
    const start = this.tpl.toSource(Math.max(0, offset));
    return this.contests.ensure(frame.union, frame.post, year, 'contest-of-year', {
      sentence: this.tpl.sentence.index,
      start,
      end: start + word.length,
      text: word,
    });
  }

  get text(): string {
    return this.tpl.template;
  }

  entity(index: string | number | undefined): EntityDraft | undefined {
    return index === undefined ? undefined : this.tpl.mentions[Number(index)]?.entity;
  }

  /**
   * Entities named as heads of a phrase: a body that only pre-modifies a person ("Labour MP Ruth
   * Ashby", "Independent Left activist Moira Kelly") gives way to the person.
   */
  heads(piece: string, letters = 'PFUYO'): EntityDraft[] {
    const out: EntityDraft[] = [];
    for (const m of piece.matchAll(new RegExp(`⟦([${letters}])(\\d+)⟧`, 'g'))) {
      const rest = piece.slice((m.index ?? 0) + m[0].length);
      if (m[1] !== 'P' && /^(?:'s)?\s+(?:(?!and\b|or\b|by\b|with\b)[a-z-]+\s+){1,3}⟦P\d+⟧/i.test(rest))
        continue;
      const e = this.entity(m[2]);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  }

  /** A piece of template with its placeholders turned back into the words of the article. */
  surface(piece: string): string {
    return piece.replace(/⟦[A-Z](\d+)⟧/g, (_, i: string) => this.tpl.mentions[Number(i)]?.text ?? '');
  }

  entities(piece: string, letters?: string): EntityDraft[] {
    const seen = new Set<EntityDraft>();
    for (const i of placeholderIndexes(piece, letters)) {
      const e = this.entity(i);
      if (e) seen.add(e);
    }
    return [...seen];
  }

  cue(at: number, length: number, method: string, confidence: number): Cue {
    return {
      sentence: this.tpl.sentence,
      start: this.tpl.toSource(at),
      end: this.tpl.toSource(at + length),
      method: `pattern:${method}`,
      confidence,
    };
  }

  /** True when the words just before `at` deny what follows ("is not backed by", "denied being"). */
  negated(at: number): boolean {
    return /\b(not|never|no longer|denied|denies|deny|denying|refused|refuses)\b(?:\s+\S+){0,3}\s*$/i.test(
      this.text.slice(Math.max(0, at - 40), at),
    );
  }

  relation(
    type: RelationType,
    source: EntityDraft | undefined,
    target: EntityDraft | undefined,
    match: RegExpMatchArray,
    method: string,
    confidence: number,
    properties?: Record<string, string | number | boolean>,
  ): void {
    if (!source || !target || source === target) return;
    const at = match.index ?? 0;
    const draft: RelationDraft = {
      type,
      source,
      target,
      cue: this.cue(at, match[0].length, method, confidence),
    };
    if (properties) draft.properties = properties;
    this.out.relations.push(draft);
  }

  mark(
    kind: MarkKind,
    entity: EntityDraft | undefined,
    match: RegExpMatchArray,
    method: string,
    confidence: number,
    extra: {
      other?: EntityDraft;
      properties?: Record<string, string | number | boolean>;
      contest?: Contest | null;
      votes?: number;
    } = {},
  ): void {
    if (!entity) return;
    const at = match.index ?? 0;
    // One person's facts in one sentence belong to one contest ("2013's runner up, Hicks, who got 79,819").
    // An earlier year's contest the sentence placed the person in holds for their other facts there.
    const earlier = this.out.marks.find(
      (m) => m.entity === entity && m.cue.sentence === this.tpl.sentence && m.contest?.past,
    );
    const contest = extra.contest !== undefined ? extra.contest : (earlier?.contest ?? this.contestAt(at));
    const mark: EntityMark = {
      kind,
      entity,
      cue: this.cue(at, match[0].length, method, confidence),
      ...extra,
      contest,
    };
    this.out.marks.push(mark);
  }
}

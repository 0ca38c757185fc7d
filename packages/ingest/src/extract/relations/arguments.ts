// Who a trigger word is said of, read off the sentence template: the subject before it (past
// appositions and relative clauses), the people after it (past descriptors, through lists).

/** Where a clause about one subject ends, for looking forward from a trigger. */
const CLAUSE_BREAK =
  /;|\.\s|\.$|\s+but\s|\s+while\s|\s+whereas\s|\s+although\s|,\s*(?:who|which|where|when)\s/i;

/** Words that may stand between a verb and its object: "beat former assistant to the president X". */
const DESCRIPTOR_TOKEN = /^(?:[a-z][\w'’-]*|[A-Z][a-z][\w'’-]*|⟦[LUOFY]\d+⟧(?:'s)?|\d[\d,.]*%?|[()"-]|,)$/;

/** Lower-case words, places and bodies, numbers: "former assistant to the president", "the ⟦L1⟧'s biggest union,". */
function isDescriptorRun(gap: string): boolean {
  const tokens = gap
    .replace(/([(),"])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
  // A comma may only be followed by more lower-case description.
  // "rival, saying branch chair X": a comma and a verb start a new clause.
  return tokens.every(
    (t, i) =>
      DESCRIPTOR_TOKEN.test(t) &&
      (t !== ',' ||
        tokens[i + 1] === undefined ||
        (/^[a-z]/.test(tokens[i + 1] ?? '') && !/ing$/.test(tokens[i + 1] ?? ''))),
  );
}
/** Nouns a prepositional phrase qualifies: in "factions on the left of the union" the union backs nobody. */
const QUALIFIED_HEADS =
  /\b(?:members|activists|supporters|teachers|workers|people|factions|groups|sections|section|parts|wings|wing|left|right|branches|officials|delegates|many|some|those|candidates|leaders|opponents|critics|rivals)\s+(?:[a-z-]+\s+)?(?:of|on|in|from|within|across|at|inside)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

/** After a name: it owns or qualifies the noun that follows ("X's pick", "the X campaign"). */
const OWNS_NEXT = /^(?:'s\b|\s+(?:campaign|slate|team|camp|supporters|allies|ticket)\b)/;

export interface Found {
  indexes: number[];
  /** Template offset just past the last person found. */
  end: number;
}

/**
 * The people a trigger ending at `from` is about: the first person placeholder after it (past
 * determiners and descriptors), then each one the list goes on to ("A, B and C", "A, as well as
 * the president of ⟦U2⟧, C", "A; B; and C" after a colon).
 */
export function peopleAfter(template: string, from: number, letters = 'P', maxGap = 80): Found {
  const rest = template.slice(from);
  const clause = rest.split(CLAUSE_BREAK)[0] ?? '';
  const colonList =
    /^[^⟦]{0,40}:/.test(clause) ||
    /^\s*:/.test(rest) ||
    /:\s*$/.test(template.slice(Math.max(0, from - 3), from));
  // A colon list runs to the end of the sentence, across its semicolons.
  let scope = colonList ? rest : clause;
  let offset = 0;
  // "a number of the union's far-left groups, including A, B and C": the list is what counts.
  const including = /^[^⟦]{0,80}?\b(?:including|such\s+as|namely|notably|among\s+them)\s+/i.exec(scope);
  if (including) {
    offset = including[0].length;
    scope = scope.slice(offset);
  }
  const placeholder = new RegExp(`⟦([${letters}])(\\d+)⟧`, 'g');
  const first = placeholder.exec(scope);
  if (!first || (first.index ?? 0) > maxGap) return { indexes: [], end: from };
  // "beating out Dias's pick", "the Curry campaign": the name qualifies the object; it is not the object.
  const ownsNext = (letter: string | undefined, at: number) =>
    /^'s\b/.test(scope.slice(at)) || (letter === 'P' && OWNS_NEXT.test(scope.slice(at)));
  if (ownsNext(first[1], (first.index ?? 0) + first[0].length)) return { indexes: [], end: from };
  const gap = scope
    .slice(0, first.index)
    .replace(/^[^⟦]{0,40}:/, '')
    .replace(/^[;\s]+/, '');
  if (!isDescriptorRun(gap)) return { indexes: [], end: from };
  // "factions on the left of the union", "members of ⟦U1⟧": the name qualifies another noun.
  if (QUALIFIED_HEADS.test(gap)) return { indexes: [], end: from };
  // "defeated a sitting member in ⟦L1⟧, and ⟦P2⟧ was re-elected": a new clause, not an object.
  if (/\b(?:and|or|but|then)\s/i.test(gap.replace(/rank[- ]and[- ]file/gi, '')))
    return { indexes: [], end: from };
  let head = first;
  // "Labour MP Ruth Ashby": a body before an office and a name only qualifies the person.
  const premodified = new RegExp(`^(?:'s)?\\s+(?:[A-Za-z-]+\\s+){1,3}?⟦([${letters}])(\\d+)⟧`).exec(
    scope.slice((first.index ?? 0) + first[0].length),
  );
  if (
    first[1] !== 'P' &&
    premodified?.[1] === 'P' &&
    letters.includes('P') &&
    /\b(?:MP|MEP|MSP|councillor|leader|secretary|president|chair|member|activist|official|organiser|convenor)\b/i.test(
      premodified[0],
    )
  ) {
    head = {
      ...premodified,
      index:
        (first.index ?? 0) +
        first[0].length +
        premodified[0].length -
        premodified[0].replace(/^[\s\S]*?(?=⟦[A-Z]\d+⟧$)/, '').length,
    } as RegExpExecArray;
  }
  const indexes = [Number(head[2])];
  let cursor = (head.index ?? 0) + head[0].replace(/^[\s\S]*?(?=⟦[A-Z]\d+⟧$)/, '').length;
  // The list goes on after an apposition of the last item: ", a London-based official, and B".
  // After "and", "as well as", ";": any descriptors; after a bare comma only a determiner's
  // ("A, the president of ⟦U2⟧, B"), so that "Rahman, beat Burke" does not read as a list.
  const descriptors = `(?:[a-z][\\w'’-]*\\s+|[A-Z][a-z][\\w'’-]*\\s+(?=[^⟦]{0,30}⟦)|⟦[LUOFY]\\d+⟧(?:'s)?,?\\s+){0,8}?`;
  const more = new RegExp(
    `^(?:\\s+(?:group|faction|caucus|slate|campaign|network|party|union|branch|groups))?(?:,(?!\\s*(?:the\\s+)?⟦[${letters}])(?:[^;⟦]|⟦[LUOFY]\\d+⟧){0,150}?(?=,|;|\\s+and\\s|\\s+or\\s)|\\s+\\([^)]{0,40}\\)|\\s+(?:in|at|for|on|from)\\s+[^,;⟦]{0,40}?(?=\\s+and\\s|,))?\\s*(?:(?:;|,?\\s+and|,?\\s+or|,?\\s+as\\s+well\\s+as|,?\\s+plus|,?\\s+along\\s+with)\\s+(?:and\\s+)?((?:(?:the|a|an|his|her|their|its)\\s+)?${descriptors})|,\\s+((?:(?:the|a|an|his|her|their|its)\\s+${descriptors})?))⟦([${letters}])(\\d+)⟧`,
  );
  for (let m = more.exec(scope.slice(cursor)); m; m = more.exec(scope.slice(cursor))) {
    cursor += (m.index ?? 0) + m[0].length;
    if (ownsNext(m[3], cursor)) break;
    indexes.push(Number(m[4]));
  }
  return { indexes: [...new Set(indexes)], end: from + offset + cursor };
}

/** True when the placeholder at `at` sits inside a prepositional phrase ("of ⟦U1⟧", "to ⟦P2⟧"). */
function inPrepositionalPhrase(template: string, at: number): boolean {
  return /\b(?:of|from|to|by|with|for|against|at|in|on|under|over|behind|alongside|than)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
    template.slice(Math.max(0, at - 20), at),
  );
}

/**
 * The subject of a trigger at `at`: the last person before it in its clause that is not inside a
 * prepositional phrase or a possessive, with coordinated subjects ("A and B were elected").
 */
export function subjectBefore(template: string, at: number, letters = 'P'): number[] {
  // A trigger matched with its leading space ends the head without one: "… blogger who| seeks".
  const head = template.slice(0, at).replace(/(\S)$/, '$1 ');
  // A subordinate clause starts a new subject: "to succeed Ed Miliband after his branch opted to …".
  const starts = [
    ...head.matchAll(
      /;|\.\s|\s+but\s|\s+while\s|\s+whereas\s|\s+although\s|\s+(?:after|before|because|since|unless|though|once)\s+(?![^⟦]{0,15}⟦)/gi,
    ),
  ];
  const clauseStart =
    starts.length > 0
      ? (starts[starts.length - 1]?.index ?? 0) + (starts[starts.length - 1]?.[0].length ?? 0)
      : 0;
  const clause = head.slice(clauseStart);
  // "X, an official in ⟦O1⟧ who is running", "⟦F1⟧ (UAWD), a group which is backing": the relative
  // clause is said of the name before its pronoun, whatever phrase that name sits in.
  const relative = /^(.*⟦([A-Z])(\d+)⟧[^⟦]*?)(?:,\s*|\s+)(?:who|which|that)\s+(?:[a-z]+\s+){0,3}$/.exec(
    clause,
  );
  // "⟦F1⟧, which promotes a socialist agenda within ⟦U2⟧ and backed": the relative clause's second verb.
  const secondVerb =
    /^(.*⟦([A-Z])(\d+)⟧[^⟦]*?)(?:,\s*|\s+)(?:who|which)\s+(?![^;]*\b(?:who|which)\b)[^;]*\s+and\s+(?:also\s+)?$/.exec(
      clause,
    );
  const antecedentClause = relative ?? secondVerb;
  if (antecedentClause) {
    // "former ⟦U1⟧ members which also backed": the members are not the union.
    const before = [
      ...(antecedentClause[1] ?? '').matchAll(
        new RegExp(
          `⟦([${letters}])(\\d+)⟧(?!'s|\\s+(?:members|activists|supporters|delegates|officials|reps)\\b)`,
          'g',
        ),
      ),
    ];
    const person = letters.includes('P') ? before.filter((m) => m[1] === 'P').pop() : undefined;
    const head = person ?? before.pop();
    if (head) return [Number(head[2])];
  }
  // "The president of ⟦U1⟧, ⟦P2⟧, is standing": the name set off by commas is the subject.
  const named = new RegExp(`,\\s*⟦([${letters}])(\\d+)⟧,\\s*(?:[a-z]+\\s+){0,3}$`).exec(clause);
  if (named) return [Number(named[2])];
  // "⟦P0⟧, ⟦L1⟧ Division Secretary and a ⟦Y2⟧ member, was elected": past the apposition.
  const apposed = new RegExp(
    `⟦([${letters}])(\\d+)⟧,(?![^,;]*\\b(?:who|which)\\b)[^,;]{2,120},\\s*(?:[a-z]+\\s+){0,3}$`,
  ).exec(clause);
  if (apposed) return [Number(apposed[2])];
  // "⟦P0⟧ has been elected …, succeeding ⟦P1⟧ and beating ⟦P2⟧": a participle after a comma is
  // said of the clause's subject.
  if (
    /^\s*\w+ing\b/.test(template.slice(at)) &&
    /,\s*(?:(?:also\s+)?\w+ing\b[^;,]*?\s+and\s+)?$/.test(head) &&
    !/\b(?:who|which)\b/.test(clause)
  ) {
    const opening = new RegExp(`^\\s*(?:the\\s+)?⟦([${letters}])(\\d+)⟧(?!'s)`).exec(clause);
    if (opening) return [Number(opening[2])];
  }
  // "⟦P0⟧ is a ⟦Y1⟧ member and was backed by": a second predicate shares the clause's subject.
  if (
    /\s+and\s+(?:also\s+)?(?:was|is|were|are|has\s+been|have\s+been|had\s+been|will\s+be|has|had)\s+(?:also\s+)?(?:being\s+)?$/i.test(
      clause,
    )
  ) {
    const opening = new RegExp(`^\\s*(?:the\\s+)?⟦([${letters}])(\\d+)⟧(?!'s)`).exec(clause);
    if (opening) return [Number(opening[2])];
  }
  // "RMT activists back X": a union's activists are not the union; a faction's members are the faction.
  const candidates = [
    ...clause.matchAll(
      new RegExp(
        `⟦([${letters}])(\\d+)⟧('s)?(?=(\\s+(?:activists|members|supporters|delegates|officials|branches|reps)\\b)?)`,
        'g',
      ),
    ),
  ]
    .filter((m) => !m[3] && !inPrepositionalPhrase(clause, m.index ?? 0) && !(m[1] === 'U' && m[4]))
    // "⟦P0⟧ (⟦F1⟧) defeated": the ticket in brackets is said of the name before it.
    .filter(
      (m) => !(/⟧\s*\(\s*$/.test(clause.slice(0, m.index)) && /^⟦[A-Z]\d+⟧\s*\)/.test(clause.slice(m.index))),
    );
  const last = candidates[candidates.length - 1];
  if (!last) return [];
  const out = [Number(last[2])];
  // Coordinated: "⟦P1⟧ and ⟦P2⟧ were elected", "⟦P1⟧, ⟦P2⟧ and ⟦P3⟧".
  let before = clause.slice(0, last.index ?? 0);
  for (let m = new RegExp(`⟦([${letters}])(\\d+)⟧\\s*(?:,|,?\\s+and|,?\\s+or|&)\\s*$`).exec(before); m; ) {
    out.unshift(Number(m[2]));
    before = before.slice(0, m.index);
    m = new RegExp(`⟦([${letters}])(\\d+)⟧\\s*(?:,|,?\\s+and|,?\\s+or|&)\\s*$`).exec(before);
  }
  return out;
}

/** True when the words before `at` deny, hedge or end what follows. */
export function deniedBefore(template: string, at: number): boolean {
  return /\b(?:not|never|no longer|didn't|doesn't|don't|won't|wouldn't|hasn't|haven't|isn't|wasn't|weren't|failed\s+to|refused\s+to|declined\s+to|denied|denies|deny|denying|refused|refuses|unable\s+to|could\s+not|cannot|can't)\b(?:\s+\S+){0,3}\s*$/i.test(
    template.slice(Math.max(0, at - 45), at),
  );
}

// Decides, from the dates of the evidence, which patterns are changes of allegiance. Each side of
// a flag must be stated in the text and dated; a later side must come from a later article (a
// later year where a contest is involved). Nothing is inferred from a tie not being mentioned.
import type { EvidenceItem } from '../evidence.ts';
import type { ChangeRows } from '../queries/changes.ts';
import { isInContest, scopeOf, yearOf } from '../races/contest-evidence.ts';
import type { ChangeFlag, ChangeSide, ElectionRef } from './change-flag.ts';

const dateOf = (p: EvidenceItem) => p.article?.date ?? null;
const dated = (pieces: EvidenceItem[]) =>
  pieces.filter((p) => dateOf(p)).sort((a, b) => String(dateOf(a)).localeCompare(String(dateOf(b))));
const earliest = (pieces: EvidenceItem[]) => dated(pieces).map(dateOf)[0] ?? null;
const yearLabel = (date: string | null) => (date ? date.slice(0, 4) : 'undated');

/** One side of a flag; its date is that of its earliest dated evidence unless given. */
function sideOf(
  entity: ChangeSide['entity'],
  relation: string,
  said: string,
  evidence: EvidenceItem[],
  at: { date?: string | null; election?: ElectionRef } = {},
): ChangeSide {
  const date = at.date === undefined ? earliest(evidence) : at.date;
  return { entity, relation, said, date, election: at.election ?? null, evidence };
}

/** When a contest happened: its earliest dated evidence, else its year. */
function contestDate(election: ElectionRef, pieces: EvidenceItem[]): string | null {
  return earliest(pieces) ?? (election.year ? String(election.year) : null);
}

function stoodAgainstOwnParty(rows: ChangeRows['memberAgainst']): ChangeFlag[] {
  return rows.flatMap(({ member, side, rival, election, membership, backing, own, theirs }) => {
    const scope = scopeOf(election.year, [...own, ...theirs]);
    const stand = backing.filter((p) => isInContest(p, scope));
    const when = contestDate(election, [...stand, ...own, ...theirs]);
    // Membership stated in an earlier article than the contest's.
    const before = dated(membership).filter(
      (p) => !p.ended && !scope.articleIds.has(p.articleId) && when !== null && String(dateOf(p)) < when,
    );
    if (!stand.length || !before.length) return [];
    return [
      {
        id: `stood-against-own-party:${member.key}:${side.key}:${election.key}:${rival.key}`,
        type: 'stood-against-own-party' as const,
        subject: member,
        summary: `${member.name}, a member of ${side.name} (${yearLabel(earliest(before))}), stood against its candidate ${rival.name} in ${election.name}.`,
        before: sideOf(side, 'MEMBER_OF', `member of ${side.name}`, before),
        after: sideOf(
          rival,
          'RAN_AGAINST',
          `stood against ${rival.name}, backed by ${side.name}`,
          [...dated(stand), ...dated(own)],
          { date: when, election },
        ),
        entities: [member.key, side.key, rival.key, election.key],
      },
    ];
  });
}

function endorsedFormerOpponent(
  rival: ChangeRows['backedRival'],
  opposed: ChangeRows['opposedThenEndorsed'],
): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  for (const { backer, candidate, rival: other, election, opposing, endorsing, contest } of rival) {
    const scope = scopeOf(election.year, contest);
    const against = opposing.filter((p) => isInContest(p, scope));
    // Backing both rivals in that contest is no change.
    if (!against.length || endorsing.some((p) => isInContest(p, scope))) continue;
    const year = election.year ?? yearOf(earliest(against));
    const later = dated(endorsing).filter((p) => year !== null && (yearOf(dateOf(p)) ?? 0) > year);
    if (!later.length) continue;
    flags.push({
      id: `endorsed-former-opponent:${backer.key}:${candidate.key}:${election.key}:${other.key}`,
      type: 'endorsed-former-opponent',
      subject: backer,
      summary: `${backer.name} backed ${other.name} against ${candidate.name} in ${election.name}, then endorsed ${candidate.name} (${yearLabel(earliest(later))}).`,
      before: sideOf(other, 'ENDORSED', `backed ${other.name} against ${candidate.name}`, dated(against), {
        date: contestDate(election, against),
        election,
      }),
      after: sideOf(candidate, 'ENDORSED', `endorsed ${candidate.name}`, later),
      entities: [backer.key, candidate.key, other.key, election.key],
    });
  }
  for (const { backer, candidate, opposing, endorsing } of opposed) {
    const first = dated(opposing)[0];
    const later = dated(endorsing).filter(
      (p) => first && p.articleId !== first.articleId && String(dateOf(p)) > String(dateOf(first)),
    );
    if (!first || !later.length) continue;
    flags.push({
      id: `endorsed-former-opponent:${backer.key}:${candidate.key}:opposed`,
      type: 'endorsed-former-opponent',
      subject: backer,
      summary: `${backer.name} opposed ${candidate.name} (${yearLabel(dateOf(first))}), then endorsed them (${yearLabel(earliest(later))}).`,
      before: sideOf(candidate, 'OPPOSES', `opposed ${candidate.name}`, dated(opposing), {
        date: dateOf(first),
      }),
      after: sideOf(candidate, 'ENDORSED', `endorsed ${candidate.name}`, later),
      entities: [backer.key, candidate.key],
    });
  }
  return flags;
}

function backersChanged(rows: ChangeRows['twoBackers']): ChangeFlag[] {
  return rows.flatMap(({ candidate, earlier, later, first, second }) => {
    const a = dated(first);
    const b = dated(second);
    const [lastOfA, firstOfB] = [a[a.length - 1], b[0]];
    if (!lastOfA || !firstOfB) return [];
    const lastA = yearOf(dateOf(lastOfA));
    const firstB = yearOf(dateOf(firstOfB));
    // Only when every dated backing by one comes before every dated backing by the other.
    if (lastA === null || firstB === null || lastA >= firstB) return [];
    return [
      {
        id: `backers-changed:${candidate.key}:${earlier.key}:${later.key}`,
        type: 'backers-changed' as const,
        subject: candidate,
        summary: `${candidate.name} was backed by ${earlier.name} in ${lastA} and by ${later.name} in ${firstB}.`,
        before: sideOf(earlier, 'ENDORSED', `backed by ${earlier.name}`, a),
        after: sideOf(later, 'ENDORSED', `backed by ${later.name}`, b),
        entities: [candidate.key, earlier.key, later.key],
      },
    ];
  });
}

const TIE_WORDS: Record<string, string> = {
  MEMBER_OF: 'member of',
  HOLDS_POSITION: 'office in',
  ALLIED_WITH: 'allied with',
  ENDORSED: 'backing',
  ACTIVE_IN: 'active in',
};

function tiesEnded(rows: ChangeRows['endedTies']): ChangeFlag[] {
  return rows.flatMap(({ subject, other, relation, tie }) => {
    const ended = dated(tie.filter((p) => p.ended));
    const when = earliest(ended);
    if (!when) return [];
    const stated = dated(tie.filter((p) => !p.ended && String(dateOf(p)) <= when));
    const before = stated.length ? stated : ended;
    const words = TIE_WORDS[relation] ?? relation.replace(/_/g, ' ').toLowerCase();
    return [
      {
        id: `tie-ended:${subject.key}:${relation}:${other.key}`,
        type: 'tie-ended' as const,
        subject,
        summary: `${subject.name}: ${words} ${other.name} in ${yearLabel(earliest(before))}; reported as ended in ${yearLabel(when)}.`,
        before: sideOf(other, relation, `${words} ${other.name}`, before),
        after: sideOf(other, relation, `no longer ${words} ${other.name}`, ended, { date: when }),
        entities: [subject.key, other.key],
      },
    ];
  });
}

export function detectChanges(rows: ChangeRows): ChangeFlag[] {
  const flags = [
    ...stoodAgainstOwnParty(rows.memberAgainst),
    ...endorsedFormerOpponent(rows.backedRival, rows.opposedThenEndorsed),
    ...backersChanged(rows.twoBackers),
    ...tiesEnded(rows.endedTies),
  ];
  const unique = new Map(flags.map((f) => [f.id, f]));
  return [...unique.values()].sort(
    (a, b) => String(a.after.date).localeCompare(String(b.after.date)) || a.id.localeCompare(b.id),
  );
}

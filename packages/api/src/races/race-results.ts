// Each candidate's result and how it is known: stated (elected in the text, withdrew in the text,
// defeated by a rival of the same contest), or inferred for a single-seat post that one rival won.
// Where the text reports no outcome the result stays null: no result is guessed.
import type { EvidenceItem } from '../evidence.ts';
import type { RaceResult } from './race-types.ts';

export interface ResultInput {
  key: string;
  name: string;
  elected: EvidenceItem[];
  withdrew: EvidenceItem | null;
  /** Pieces saying a rival in this contest beat them, by rival name. */
  defeatedBy: { name: string; evidence: EvidenceItem[] }[];
}

export interface ResultOutput {
  result: RaceResult | null;
  resultBasis: string | null;
  resultEvidence: EvidenceItem[];
}

const SINGLE_SEAT =
  /\b(?:secretary|president|presidency|chair|chairperson|leader|treasurer|convenor|director)\b/i;
const MANY_SEATS =
  /\b(?:executive|committee|council|nec|board|delegates?|officers|members|seats?|trustees)\b/i;

/** A post one person holds ("General Secretary", "Vice-President"), not a body ("National Executive"). */
export function isSingleSeatPost(post: string | null): boolean {
  return !!post && SINGLE_SEAT.test(post) && !MANY_SEATS.test(post);
}

export function decideResults(
  candidates: ResultInput[],
  post: string | null,
  hasSeats: boolean,
): Map<string, ResultOutput> {
  const out = new Map<string, ResultOutput>();
  const winners = candidates.filter((c) => c.elected.length > 0);
  const soleWinner = winners.length === 1 && isSingleSeatPost(post) && !hasSeats ? winners[0] : undefined;
  for (const c of candidates) {
    const defeat = c.defeatedBy.find((d) => d.evidence.length > 0);
    if (c.elected.length)
      out.set(c.key, { result: 'elected', resultBasis: 'stated', resultEvidence: c.elected });
    else if (c.withdrew)
      out.set(c.key, { result: 'withdrew', resultBasis: 'stated', resultEvidence: [c.withdrew] });
    else if (defeat)
      out.set(c.key, {
        result: 'defeated',
        resultBasis: `defeated by ${defeat.name}`,
        resultEvidence: defeat.evidence,
      });
    else if (soleWinner)
      out.set(c.key, {
        result: 'defeated',
        resultBasis: `single-seat post won by ${soleWinner.name}`,
        resultEvidence: soleWinner.elected,
      });
    else out.set(c.key, { result: null, resultBasis: null, resultEvidence: [] });
  }
  return out;
}

// Regular-expression pieces shared by the sentence rules. Placeholders look like ⟦P3⟧.

export const P = '⟦P(\\d+)⟧';
export const BODY = '⟦([FUYO])(\\d+)⟧';
/** A list of placeholders: "⟦F1⟧, ⟦F2⟧ and ⟦F3⟧". */
export const LIST = (letters: string) =>
  `((?:⟦[${letters}]\\d+⟧(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+(?:the\\s+)?|\\s+or\\s+)?(?:the\\s+)?)+)`;

export const OFFICE =
  '(?:(?:national\\s+|deputy\\s+|assistant\\s+|associate\\s+|joint\\s+|acting\\s+|interim\\s+|branch\\s+|division(?:al)?\\s+|district\\s+|regional\\s+|region\\s+\\d+[a-z]?\\s+|local\\s+|area\\s+|county\\s+|international\\s+|administrative\\s+|executive\\s+|business\\s+|labou?r\\s+|shop\\s+|senior\\s+|junior\\s+|chief\\s+|first\\s+|vice\\s+|financial\\s+|recording\\s+|corresponding\\s+|political\\s+|industrial\\s+|education\\s+|health\\s+|shadow\\s+|lay\\s+|full-time\\s+|elected\\s+)*' +
  '(?:executive\\s+(?:committee\\s+|council\\s+|board\\s+)?members?|nec\\s+members?|committee\\s+members?|council\\s+members?|board\\s+members?|general\\s+secretar(?:y|ies)|secretary-treasurers?|secretar(?:y|ies)|presidents?|vice[- ]presidents?|chairs?|chairpersons?|chairman|chairwoman|convenors?|conveners?|treasurers?|trustees?|organisers?|organizers?|officers?|officials?|stewards?|reps?|representatives?|leaders?|spokes(?:person|man|woman)|founders?|coordinators?|co-ordinators?|directors?|heads?|professors?|lecturers?|reporters?|correspondents?|editors?|supervisors?|ministers?|mps?|meps?|msps?|councillors?))';
export const TITLE = `(${OFFICE})`;

export const MEMBERSHIP = '(members?|supporters?|activists?)';

/** Offices in the plural name one person each: "joint general secretaries" → "joint general secretary". */
export function singularTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/secretaries$/, 'secretary')
    .replace(
      /(president|chair|chairperson|convenor|convener|treasurer|organiser|organizer|officer|official|steward|rep|representative|leader|founder|coordinator|director|head|professor|lecturer|reporter|editor|member)s$/,
      '$1',
    );
}

/** Where a clause about one subject ends. */
export const CLAUSE_END =
  /(?:,\s*while\b|;|\.\s|\.$|,\s*but\b|\s+-\s+(?:a|an|the)\b|\s+which\b|,\s*who\b|,\s*whereas\b|\s+while\b)/i;

/** Offices won at public elections: holding one for a party means belonging to it. */
export const PARTY_OFFICE = /^(MP|MEP|MSP|councillor)$/i;

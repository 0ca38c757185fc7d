import { MONTHS } from '../../read/article-header.ts';

// Closed word lists the rules share: what heads a body's name, what is a title, what is no name.

/** The last word of a body's name (or the word before "of"/"for") says what it is. */
export const HEAD_TYPES: Record<string, 'Union' | 'Faction' | 'Party' | 'Organisation'> = {
  union: 'Union',
  unions: 'Union',
  association: 'Union',
  federation: 'Union',
  guild: 'Union',
  confederation: 'Union',
  caucus: 'Faction',
  left: 'Faction',
  campaign: 'Faction',
  network: 'Faction',
  alliance: 'Faction',
  group: 'Faction',
  forum: 'Faction',
  slate: 'Faction',
  tendency: 'Faction',
  platform: 'Faction',
  grassroots: 'Faction',
  unity: 'Faction',
  broad: 'Faction',
  'rank-and-file': 'Faction',
  file: 'Faction',
  party: 'Party',
  department: 'Organisation',
  ministry: 'Organisation',
  council: 'Organisation',
  office: 'Organisation',
  agency: 'Organisation',
  authority: 'Organisation',
  trust: 'Organisation',
  college: 'Organisation',
  university: 'Organisation',
  school: 'Organisation',
  academy: 'Organisation',
  commission: 'Organisation',
  board: 'Organisation',
  government: 'Organisation',
  institute: 'Organisation',
  foundation: 'Organisation',
  ltd: 'Organisation',
  plc: 'Organisation',
  services: 'Organisation',
  hospital: 'Organisation',
  newspaper: 'Organisation',
};

/** Words that connect the parts of one name: "Association of Teachers", "Campaign for a … Union". */
export const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'a',
  'de',
  'la',
  'van',
  'von',
  'der',
  'in',
]);

export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'cllr',
  'councillor',
  'lord',
  'lady',
  'baroness',
  'rev',
  'comrade',
]);

/** Office words; a run of capitalised words ending in one is a title, not a body. */
export const TITLE_HEADS = new Set([
  'secretary',
  'president',
  'vice-president',
  'chair',
  'chairperson',
  'chairman',
  'chairwoman',
  'convenor',
  'convener',
  'treasurer',
  'organiser',
  'organizer',
  'officer',
  'steward',
  'rep',
  'representative',
  'leader',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'director',
  'coordinator',
  'co-ordinator',
  'founder',
  'editor',
  'mp',
  'mep',
  'msp',
]);

/** Words that name a post or body inside a union, split off a union's name ("NUT Executive"). */
export const POST_WORDS = new Set([
  'executive',
  'national',
  'committee',
  'conference',
  'council',
  'general',
  'secretary',
  'president',
  'vice-president',
  'vice',
  'deputy',
  'assistant',
  'junior',
  'senior',
  'section',
  'sections',
  'nec',
  'annual',
  'special',
  'branch',
  'region',
  'regional',
  'district',
  'division',
  'members',
  'member',
  'elections',
  'election',
  'ballot',
  'treasurer',
]);

export const MONTHS_AND_DAYS = new Set<string>([
  ...MONTHS,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'easter',
  'christmas',
  'spring',
  'summer',
  'autumn',
  'winter',
]);

/** Words that open sentences but never begin a name: dropped from a sentence-initial run. */
export const SENTENCE_STARTERS = new Set(
  `a an the this that these those there here it its he she his her they their them we our you your i my me
  and or but if when while where which who whom whose what why how as at by for from in into of on onto to with within without
  after before during since until following having being despite although though however meanwhile moreover also
  yet so then thus still even only just not no yes all any some many most more much few several each every both either neither
  one two three four five six seven eight nine ten first second third last next other another such same own
  speaking asked asking according said says told added adding writing reporting sometimes today yesterday tomorrow
  now later earlier recently indeed overall instead perhaps again once`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised in headings or at the start of a sentence, but not names on their own. */
export const COMMON_WORDS = new Set([
  ...SENTENCE_STARTERS,
  ...`big new old great high low good bad key main results result ballots ballot candidates candidate members member
  teachers teacher union unions elections election executive national general left right far hard soft vote votes voting
  turnout statement campaign campaigns head heads chief deputy joint acting former current sitting outgoing incoming
  socialist socialists labour conservative liberal green independent moderate moderates radical`
    .split(/\s+/)
    .filter(Boolean),
]);

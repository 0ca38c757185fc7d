import { MONTHS } from '../../read/article-header.ts';

// Closed word lists the rules share: what heads a body's name, what is a title, what is no name.

/** The last word of a body's name (or the word before "of"/"for") says what it is. */
export const HEAD_TYPES: Record<string, 'Union' | 'Faction' | 'Party' | 'Organisation'> = {
  union: 'Union',
  unions: 'Union',
  workers: 'Union',
  teamsters: 'Union',
  brotherhood: 'Union',
  local: 'Union',
  lodge: 'Union',
  branch: 'Union',
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
  team: 'Faction',
  ticket: 'Faction',
  caucuses: 'Faction',
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
  corp: 'Organisation',
  corporation: 'Organisation',
  inc: 'Organisation',
  incorporated: 'Organisation',
  nv: 'Organisation',
  llc: 'Organisation',
  co: 'Organisation',
  company: 'Organisation',
  holdings: 'Organisation',
  bank: 'Organisation',
  motors: 'Organisation',
  trucks: 'Organisation',
  airways: 'Organisation',
  airlines: 'Organisation',
  railways: 'Organisation',
  report: 'Organisation',
  times: 'Organisation',
  news: 'Organisation',
  herald: 'Organisation',
  journal: 'Organisation',
  gazette: 'Organisation',
  magazine: 'Organisation',
  website: 'Organisation',
  blog: 'Organisation',
  press: 'Organisation',
  tribune: 'Organisation',
  court: 'Organisation',
  tribunal: 'Organisation',
};

/** Heads that make a weak claim: context ("X, a group backing Y") may say otherwise. */
export const WEAK_HEADS = new Set([
  'union-prefixed',
  'workers',
  'teamsters',
  'group',
  'unity',
  'left',
  'broad',
  'campaign',
  'alliance',
  'network',
  'forum',
  'platform',
  'grassroots',
]);

/** Heads of names of events, laws and documents: not entities of the ontology. */
export const NON_ENTITY_HEADS = new Set([
  'convention',
  'conference',
  'congress',
  'summit',
  'rally',
  'meeting',
  'hustings',
  'act',
  'bill',
  'decree',
  'agreement',
  'accord',
  'award',
  'day',
  'week',
  'month',
  'year',
  'strike',
  'dispute',
  'ballot',
  'election',
  'elections',
  'results',
  'result',
  'statement',
  'motion',
  'policy',
  'rules',
  'constitution',
  'manifesto',
  'budget',
  'review',
  'inquiry',
  'investigation',
  'scheme',
  'fund',
  'pension',
  'pay',
  'deal',
  'contract',
  'plan',
]);

/** A street or district suffix makes a place: "Parnell Square", "Melrose Avenue". */
export const PLACE_SUFFIXES = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'square',
  'lane',
  'terrace',
  'crescent',
  'drive',
  'boulevard',
  'place',
  'hills',
  'heights',
  'park',
  'gardens',
  'quay',
  'county',
  'township',
  'city',
]);

/** Words for people of a nation or region: "Canadian Teamsters members" is not a name of its own. */
export const DEMONYMS = new Set(
  `american americans british canadian canadians irish australian australians english welsh scottish
  european french german italian spanish indian chinese japanese mexican`
    .split(/\s+/)
    .filter(Boolean),
);

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
  'secretary-treasurer',
  'vice-chair',
  'chairperson',
  'reporter',
  'correspondent',
  'writer',
  'columnist',
  'journalist',
  'professor',
  'lecturer',
  'analyst',
  'official',
  'manager',
  'delegate',
  'commissioner',
  'minister',
  'governor',
  'senator',
  'mayor',
  'trustee',
  'head',
]);

/** Words that qualify an office word and belong to the title: "Vice President", "Business Reporter". */
export const TITLE_MODIFIERS = new Set([
  'vice',
  'deputy',
  'assistant',
  'associate',
  'general',
  'national',
  'international',
  'executive',
  'regional',
  'financial',
  'recording',
  'corresponding',
  'business',
  'senior',
  'junior',
  'chief',
  'first',
  'second',
  'acting',
  'interim',
  'joint',
  'district',
  'division',
  'divisional',
  'branch',
  'area',
  'shop',
  'lay',
  'founding',
  'former',
  'outgoing',
  'incoming',
  'incumbent',
  'current',
  'shadow',
  'prime',
]);

/**
 * Words that describe a person rather than name one. At the front of a run of capitals they are
 * dropped: "Leftwinger Matt Wrack", "Incumbent Ray Curry", "Former leader Jerry Dias".
 */
export const DESCRIPTORS = new Set(
  `leftwinger left-winger rightwinger right-winger leftwing left-wing rightwing right-wing hard-left
  incumbent challenger challengers candidate candidates rival rivals veteran veterans activist activists
  former outgoing incoming current sitting acting interim longtime long-time longstanding long-standing
  fellow socialist socialists militant militants moderate moderates radical radicals firebrand
  firefighter firefighters teacher teachers nurse nurses lecturer lecturers worker workers driver drivers
  member members delegate delegates supporter supporters campaigner campaigners organiser organizer
  comrade comrades colleague colleagues union unionist unionists trade labour labor tory tories
  ex retired retiring late young new newly veteran elected re-elected unsuccessful successful
  businessman businesswoman billionaire millionaire lawyer barrister solicitor academic professor
  economist historian author writer journalist reporter columnist editor blogger broadcaster
  readers reader voters voter delegates critics sources officials official staff employees
  mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

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
  'board',
  'international',
  'officers',
  'officer',
  'leadership',
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
  now later earlier recently indeed overall instead perhaps again once
  under alongside against among amongst amid amidst across behind beyond beside besides between through
  throughout toward towards upon via unlike like including excluding regarding concerning per plus except
  outside inside around about above below near off over past round till up down along beneath
  already always never often soon nonetheless nevertheless furthermore additionally likewise similarly
  sadly fortunately unfortunately crucially importantly notably clearly obviously surely certainly
  interestingly ironically initially previously subsequently currently eventually finally ultimately
  originally separately together elsewhere nationally locally anyway hence therefore accordingly
  consequently otherwise rather almost nearly roughly approximately whether unless because whereas nor
  whom whatever whoever wherever whenever given backed supported elected re-elected defeated beaten
  congratulating welcoming responding commenting backing supporting standing running voting counting
  unofficial official early late full final initial preliminary provisional
  last-minute meanwhile incidentally admittedly arguably apparently reportedly allegedly hopefully
  thankfully worse better best worst biggest smallest largest greatest highest lowest
  dear hello thanks congratulations vote elect support back join stop defend fight build save`
    .split(/\s+/)
    .filter(Boolean),
);

/** Function words: at a sentence's start they are never part of a name, whatever follows ("When Unity Caucus won"). */
export const FUNCTION_STARTERS = new Set(
  `when while where which who whom whose what why how as at by for from in into of on onto to with within without
  after before during since until following despite although though however meanwhile moreover also yet so then thus
  still even only just not under alongside against among amid across behind beyond beside besides between through
  throughout toward towards upon via unlike like including regarding concerning except outside inside around about
  above below near over past because whereas unless whether if and or but nor once`
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

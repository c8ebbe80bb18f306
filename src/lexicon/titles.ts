/**
 * Titles, roles and honorifics that stand before or beside a person's name in news copy.
 * Written for newsdigest from the usage of English-language news agencies.
 */

/** Words that name an office or job: "Secretary", "spokesman", "envoy". Lower case. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop',
  'rev', 'reverend', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'sultan', 'emir', 'crown',
  'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'speaker', 'ambassador', 'envoy', 'diplomat', 'consul', 'attorney',
  'judge', 'justice', 'magistrate', 'prosecutor', 'general', 'gen', 'lt', 'col', 'colonel', 'major',
  'captain', 'capt', 'admiral', 'adm', 'commander', 'sergeant', 'sgt', 'lieutenant', 'marshal',
  'chief', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo',
  'founder', 'co-founder', 'executive', 'officer', 'manager', 'head', 'boss', 'coach', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'deputy', 'assistant', 'associate', 'acting', 'former', 'professor', 'prof', 'analyst',
  'economist', 'expert', 'fellow', 'researcher', 'scientist', 'adviser', 'advisor', 'counselor',
  'commissioner', 'inspector', 'superintendent', 'sheriff', 'detective', 'officer', 'councillor',
  'councilman', 'councilwoman', 'candidate', 'nominee', 'whip', 'chief executive', 'president-elect',
  'correspondent', 'editor', 'reporter', 'columnist', 'author', 'actor', 'actress', 'singer',
  'director-general', 'secretary-general', 'republican', 'democrat', 'champion', 'medallist',
  'medalist', 'winner', 'runner-up', 'titleholder', 'veteran', 'rookie', 'forward', 'winger',
  'treasurer', 'novelist', 'writer', 'poet', 'artist', 'playwright', 'producer', 'composer', 'musician',
  'rapper', 'comedian', 'presenter', 'dj', 'broadcaster', 'journalist', 'photographer', 'designer',
  'architect', 'lawyer', 'surgeon', 'doctor', 'pastor', 'priest', 'businessman', 'businesswoman',
  'entrepreneur', 'billionaire', 'tycoon', 'activist', 'campaigner', 'historian', 'commentator', 'songwriter', 'member', 'mp', 'mep', 'skipper', 'captain',
  // Occupations that news copy sets before a name like a title ("nurse Ada Lind", "Physician Ben Hale").
  'nurse', 'midwife', 'paramedic', 'physician', 'pharmacist', 'dentist', 'teacher', 'headteacher',
  'engineer', 'pilot', 'firefighter', 'student', 'volunteer', 'consultant', 'comptroller', 'ombudsman',
  'registrar', 'provost', 'chaplain', 'coroner', 'trustee', 'principal', 'headmaster', 'headmistress', 'moderator',
  'strategist', 'forecaster', 'pollster', 'physicist', 'chemist', 'astronomer', 'statistician',
  'demographer', 'mathematician', 'technician', 'veterinarian', 'psychiatrist', 'therapist', 'curator',
  'filmmaker', 'policymaker', 'photojournalist',
]);

/** Endings of occupation words: "hydrologist", "epidemiologist", "criminologist". */
export const OCCUPATION_SUFFIXES: readonly string[] = ['ologist'];

/** Family words that introduce a person as a title does ("his widow Ada Lind", "children Ines"). */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'children', 'child',
  'brother', 'brothers', 'sister', 'sisters', 'mother', 'father', 'parents', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'partner', 'fiancee',
  'fiance', 'girlfriend', 'boyfriend', 'stepson', 'stepdaughter',
]);

/** Honorifics: kept out of both the name and the role. Lower case, without the full stop. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mx', 'messrs', 'madam', 'mme', 'm',
]);

/**
 * Portfolio words that complete a title ("Secretary of State", "Minister for Foreign Affairs",
 * "Defense Secretary"). Lower case.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'treasury', 'commerce', 'justice', 'health',
  'interior', 'energy', 'education', 'agriculture', 'labor', 'labour', 'transportation', 'transport',
  'homeland', 'security', 'finance', 'trade', 'economy', 'home', 'office', 'environment', 'culture',
  'war', 'veterans', 'housing', 'industry', 'development', 'national', 'international', 'public',
  'general', 'staff', 'joint', 'chiefs', 'armed', 'forces', 'army', 'navy', 'air', 'force', 'exchequer',
  'attorney', 'solicitor', 'information', 'communications', 'intelligence', 'police', 'house',
  'senate', 'political', 'majority', 'minority', 'opposition', 'party', 'shadow', 'cabinet', 'central', 'bank',
  'federal', 'reserve', 'supreme', 'court', 'high', 'commission', 'council', 'united', 'nations',
  'european', 'african', 'asian', 'arab', 'western', 'eastern', 'northern', 'southern', 'global',
  'economics', 'economic', 'sport', 'sports', 'arts', 'media', 'tourism', 'fisheries', 'immigration',
  'employment', 'pensions', 'welfare', 'planning', 'science', 'technology', 'research', 'family', 'women',
  'youth', 'consumer', 'competition', 'investment', 'privatisation', 'privatization', 'oil', 'mines',
  'mining', 'petroleum', 'water', 'rural', 'urban', 'local', 'regional', 'constitutional', 'prisons',
  'commons', 'lords',
  // Party words before a title: "Conservative MP", "Democratic Senator".
  'conservative', 'liberal', 'democratic', 'socialist',
]);

/** Titles held in a firm rather than a government ("Halvor Energy Chairman"). Lower case. */
export const FIRM_TITLES: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'cfo', 'coo', 'president', 'director', 'founder', 'co-founder',
  'boss', 'owner', 'executive', 'manager', 'partner',
]);

/** Titles that are also adjectives, which open firms' names before an everyday word ("General Mills"). Lower case; written for newsdigest. */
export const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(['general']);

/** Generational suffixes that end a name but are never a name alone. Lower case, no full stop. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

/** Letters after a person's name that are no part of it: "Ada Lind MP", "Tom Reyes QC". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mla', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd']);

/**
 * Head nouns of unnamed sources ("a senior official", "experts", "a person familiar with the
 * matter"). Written for newsdigest from general knowledge of news attribution style.
 */
export const ANONYMOUS_SOURCE_NOUNS = [
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'analyst', 'analysts',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives',
  'person', 'people', 'persons', 'individual', 'individuals', 'diplomat', 'diplomats', 'aide', 'aides',
  'observer', 'observers', 'critic', 'critics', 'opponent', 'opponents', 'supporter', 'supporters',
  'minister', 'ministers', 'resident', 'residents', 'witness', 'witnesses', 'police', 'authorities',
  'investigator', 'investigators', 'prosecutor', 'prosecutors', 'lawmaker', 'lawmakers',
  'legislator', 'legislators', 'economist', 'economists', 'scientist', 'scientists', 'researcher',
  'researchers', 'doctor', 'doctors', 'insider', 'insiders', 'negotiator', 'negotiators',
  'delegate', 'delegates', 'activist', 'activists', 'member', 'members', 'employee', 'employees',
  'staff', 'staffer', 'staffers', 'leader', 'leaders', 'campaigner', 'campaigners', 'protester',
  'protesters', 'organizer', 'organizers', 'organiser', 'organisers', 'executive', 'executives',
  'military', 'commander', 'commanders', 'worker', 'workers', 'rescuers', 'paramedics', 'medics',
  'survivors', 'relatives', 'neighbours', 'neighbors', 'friends', 'colleagues', 'voters', 'fans',
  'scholars', 'academics', 'commentators', 'pundits', 'advocates', 'groups', 'agencies', 'studies',
  'polls', 'surveys', 'reports', 'spokesmen', 'counterpart', 'counterparts', 'envoy',
];

/** People whose quoted questions are not claims: the press asking. */
export const QUESTIONER_NOUNS = [
  'reporter', 'reporters', 'journalist', 'journalists', 'interviewer', 'moderator', 'questioner',
  'correspondent', 'correspondents', 'anchor', 'host',
];

/** Determiners and quantifiers that mark a description as unnamed ("a", "some", "two"). */
export const UNNAMED_DETERMINERS = [
  'a', 'an', 'some', 'several', 'many', 'most', 'other', 'another', 'one', 'two', 'three', 'four',
  'few', 'various', 'numerous', 'those',
];

/** Things that speak for whoever issued them ("X issued a statement saying ..."). */
export const DOCUMENT_NOUNS = [
  'statement', 'statements', 'report', 'letter', 'release', 'memo', 'post', 'tweet', 'interview',
  'email', 'message', 'note', 'filing', 'ruling', 'complaint', 'communique', 'announcement',
  'video', 'speech', 'op-ed', 'column', 'editorial', 'blog', 'count', 'tally', 'analysis', 'study', 'survey',
  'estimate', 'audit', 'review', 'summary', 'poll', 'records', 'documents', 'data', 'article', 'story',
];

/** Plural and mass nouns of research that report what they found ("other studies have shown"). */
export const RESEARCH_NOUNS = [
  'studies', 'polls', 'surveys', 'reports', 'analyses', 'findings', 'research', 'figures', 'statistics',
  'audits', 'reviews', 'records', 'documents', 'data', 'numbers', 'estimates', 'tests', 'investigations',
  'averages', 'results', 'forecasts', 'projections', 'tallies',
];

/**
 * Opinion research whose figures a sentence reports with "in" ("In the latest poll, Lund leads by
 * 4 points", "Lund took 6 percent in a new survey"). Written for newsdigest.
 */
export const POLL_NOUNS = ['poll', 'polls', 'survey', 'surveys'];

/** Nouns that refer back to an organisation already named ("the firm said", "the ministry added"). */
export const BODY_NOUNS = [
  'firm', 'company', 'group', 'bank', 'ministry', 'agency', 'government', 'department', 'organisation',
  'organization', 'party', 'campaign', 'network', 'newspaper', 'paper', 'court', 'committee', 'council',
  'union', 'club', 'team', 'board', 'regulator', 'administration', 'consultancy', 'charity', 'institute',
  'university', 'broadcaster', 'airline', 'carmaker', 'retailer', 'insurer', 'lender', 'manufacturer',
];

/**
 * Body nouns that usually stand in the body's own name ("Ministry of Health", "Supreme Court"):
 * "the ministry" refers back only to a body so named, while "the firm" may be any company.
 */
export const NAMING_BODY_NOUNS = [
  'ministry', 'bank', 'court', 'committee', 'council', 'union', 'university', 'institute', 'department',
];

/**
 * Words around a number that show it is not a figure: months (dates), clock words (times of
 * day) and reference nouns (page, section and similar numbering). Written for newsdigest from
 * general English usage.
 */
export const MONTHS: string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
];

/** After a number: a time of day ("6pm", "10 a.m.", "0800 GMT", "five o'clock"), as lexemes. */
export const CLOCK_WORDS: string[] = [
  'am', 'pm', 'a . m', 'p . m', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt', 'et', 'pt',
  "o'clock", 'hrs', 'hours gmt', 'local time', 'in the morning', 'in the afternoon', 'in the evening', 'at night',
];

/** Before a number: the number names an item rather than counting ("page 12", "No. 10"). */
export const REFERENCE_WORDS: string[] = [
  'page', 'pages', 'section', 'sections', 'chapter', 'article', 'articles', 'clause', 'paragraph',
  'no', 'nos', 'number', 'numbers', 'route', 'flight', 'room', 'platform', 'exit', 'gate', 'item', 'rule',
  'line', 'level', 'grade', 'grades', 'category', 'episode', 'season', 'volume', 'vol', 'tier', 'phase',
  'part', 'act', 'row', 'seat', 'lane', 'highway', 'interstate', 'bus', 'channel', 'model',
  'week', 'day', 'stage', 'round', 'term', 'unit', 'ward', 'district', 'precinct',
  'figure', 'table', 'appendix', 'annex', 'amendment', 'resolution', 'protocol', 'version',
];

/** Street words ending an address after a house number ("10 Downing Street", "1600 Pennsylvania Avenue"). */
export const STREET_WORDS: string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'drive', 'place',
  'square', 'terrace', 'crescent', 'highway', 'parkway',
];

/** Ordinal suffixes glued to digits: "4th", "21st". */
export const ORDINAL_SUFFIXES: string[] = ['st', 'nd', 'rd', 'th'];

/** Words before "half" or "quarter" that make it a part of a match or a year, not a share. */
export const PERIOD_OPENERS: string[] = [
  'the', 'first', 'second', 'third', 'fourth', 'last', 'final', 'each', 'every', 'other', 'this',
  'that', 'latter', 'former', 'next', 'previous', 'opening', 'closing', 'same', 'past', 'current',
];

/** Words that end the noun phrase a number counts: "4.7 million households last year". */
export const COUNT_BREAKERS: string[] = [
  'last', 'next', 'this', 'past', 'previous', 'same', 'other', 'each', 'every', 'such', 'own',
];

/** Before a bare spelled number, these make it a pronoun-like reference: "the two were close to a deal". */
export const REFERRING_DETERMINERS: string[] = ['the', 'these', 'those', 'both'];

/** After a fraction, these make it a share of a group: "half of", "a third of the", "half their". */
export const SHARE_OPENERS: string[] = [
  'of', 'the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'my',
];

/** Before a bare number, these make it a rank or a round of a contest: "the top five", "the last 32". */
export const RANK_OPENERS: string[] = ['top', 'last', 'final', 'bottom'];

/** After a bare number, these make it a place in a ranking: "slipped to eight in the world". */
export const RANKING_PLACES: string[] = [
  'in the world', 'in the rankings', 'in the world rankings', 'in the standings', 'in the table',
  'in the charts', 'in the league',
];

/** A person and a form of "be" before a bare number make it an age: "she's 17", "he was 40", "Smith, who is 28,". */
export const PERSON_BEING: string[] = [
  "i'm", "he's", "she's", 'i am', 'he is', 'she is', 'i was', 'he was', 'she was', "you're", 'you are',
  'we were', 'they were', 'who is', 'who was', "who's",
];

/** Verbs before "from X to Y" that make it a range, not a change: "fines ranged from $5 to $50". */
export const RANGE_VERBS: string[] = ['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'anywhere', 'run', 'runs'];

/** Verbs of reaching an age: "as the governor turns 60". */
export const AGE_VERBS: string[] = ['turns', 'turned', 'turning', 'turn'];

/** Second halves of a hyphenated size that name no unit: in "a 40-strong crowd" the crowd is counted. Written for newsdigest. */
export const SIZE_COMPOUNDS: string[] = ['strong'];

/** Nouns that count people or animals without a plural ending: "200 staff and temporary workers" are two counts. Written for newsdigest. */
export const UNMARKED_PLURALS: string[] = ['staff', 'personnel', 'police', 'crew', 'cattle', 'sheep', 'fish', 'deer', 'people', 'aircraft', 'youth', 'livestock', 'poultry', 'clergy'];

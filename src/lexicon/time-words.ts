/**
 * Words of time that sit between a source and its verb ("Mr Howard last week said", "Smith on
 * Tuesday told"). Written for newsdigest from general English.
 */
export const TIME_NOUNS = [
  'today', 'yesterday', 'tonight', 'tomorrow', 'week', 'weekend', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'earlier', 'later', 'recently',
];

/** Words that open a time phrase before a time noun ("last week", "on Monday", "this year"). */
export const TIME_OPENERS = ['last', 'this', 'next', 'on', 'earlier', 'late', 'early'];

/** Spans of time that can "show" growth but report nothing ("the first quarter showed ..."). */
export const PERIOD_NOUNS = ['quarter', 'quarters', 'year', 'years', 'month', 'months', 'week', 'weeks', 'half', 'period', 'season', 'day', 'days'];

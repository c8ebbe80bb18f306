/**
 * English number words, scale words and their newsroom abbreviations, fractions and vague
 * magnitudes. Written for newsdigest from general English usage and news style guides.
 */

/** Cardinal words below twenty, and the tens. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, nought: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words ("three million") or glued abbreviations ("$2.47bn", "£740m"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, crore: 1e7,
};

/** Abbreviated scales; "m" and "k" only count when glued to digits or after a currency. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
};

/** Denominators of fractions ("two thirds", "a quarter"), singular and plural. */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
  thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6, billionth: 1e9,
  billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
};

/** Ordinals of one and two, which are no fraction words alone ("first", "seconds"). */
export const UNIT_ORDINALS: Record<string, number> = { first: 1, firsts: 1, second: 2, seconds: 2 };

/** Group nouns that multiply: "a dozen eggs", "three dozen". */
export const GROUP_WORDS: Record<string, number> = { dozen: 12, dozens: 12, score: 20, pair: 2, couple: 2 };

/**
 * Vague magnitudes read as an approximate magnitude ("thousands of workers" -> 1000): the plural
 * of a round number or group keeps that number, so "dozens" reads 12 and "scores" 20, as
 * "thousands" reads 1000; "a handful" reads 3. Each is followed by "of".
 */
export const VAGUE_MAGNITUDES: Record<string, number> = {
  'a handful': 3, 'a couple': 2, dozens: 12, scores: 20,
  tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Words before a number that make it approximate or a bound. Longest phrases are tried first. */
export const APPROXIMATORS: string[] = [
  'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'an estimated',
  'estimated', 'more than', 'less than', 'fewer than', 'greater than', 'larger than', 'smaller than',
  'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as', 'as little as', 'over',
  'under', 'above', 'below', 'close to', 'just over', 'just under', 'well over', 'nearly',
  'no more than', 'no less than', 'no fewer than', 'not more than', 'not less than', 'upwards of',
  'upward of', 'north of', 'just shy of', 'shy of', 'getting on for',
  'in excess of', 'near', 'a near', 'a nearly', 'an almost', 'surpass', 'exceeding', 'exceeds',
];

/** Ordinal words: a number with one of these after a hyphen is an ordinal ("twenty-first"). */
export const ORDINAL_WORDS: string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth',
  'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth', 'millionth',
  'firsts', 'seconds', 'thirds', 'twentieths',
];

/** Unicode vulgar fraction characters. */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5,
  '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** The number-and-unit core of a figure, read from the lexemes of one paragraph. */
import type { Pos } from '../model/document.js';
import { NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { MEASURE_UNITS, TIME_UNITS } from '../lexicon/measure-units.js';
import { SHARE_OPENERS } from '../lexicon/figure-context.js';
import type { Lexeme } from './figures-lex.js';
import { readNumber, type NumberRead } from './figures-number.js';
import { ageAfter, currencyAfter, currencyBefore, measureAfter, percentAfter, type UnitRead } from './figures-units.js';
import { countedAfter } from './figures-counted.js';

const ordinalWords = new Set(ORDINAL_WORDS);
const shareOpeners = new Set(SHARE_OPENERS);
/** Words that may open a number besides number words: "a dozen", "half a million", "minus five". */
export const NUMBER_OPENERS = new Set(['a', 'an', 'half', 'quarter', 'minus', 'negative', '-', '−']);

/** Everything known while reading one paragraph (or the headline). */
export interface Region {
  text: string;
  lx: Lexeme[];
  posOf: (l: Lexeme) => Pos | undefined;
  /** The tagger's lemma differs from the word: "troops", "men" (not "field", "aircraft"). */
  isPlural: (l: Lexeme) => boolean;
  startsSentence: (l: Lexeme) => boolean;
  /** Most words are capitalised, as in many headlines: capitals say nothing of names there. */
  titleCase: boolean;
}

/** A number with its unit, before modifiers, ranges and counted nouns: lexemes [start, end). */
export interface Core {
  start: number;
  end: number;
  number: NumberRead;
  value: number;
  unit: UnitRead | null;
  /** A hyphenated unit noun ("a 40-year career", "a six-member team"). */
  compound: string | null;
}

/**
 * The number at j with the unit around it: a currency before ("$", "US$", "EUR") or after
 * ("dollars", "%", "km", "years old"), or a hyphenated unit noun ("52-year-old", "nine-mile").
 */
export function coreAt(r: Region, j: number, money: boolean): Core | null {
  const { lx } = r;
  if (!lx[j]) return null;
  const before = currencyBefore(lx, j);
  const n = readNumber(lx, before ? before.end : j, { money: money || !!before });
  if (!n || !startsNumber(lx[before ? before.end : j])) return null;
  let unit: UnitRead | null = before;
  let compound: string | null = null;
  let k = n.end;
  if (before) {
    // "$ 25 dollars": the currency repeated after the amount.
    const repeated = currencyAfter(lx, k, true);
    if (repeated?.unit === before.unit) k = repeated.end;
  } else {
    const hyphen = hyphenUnit(r, k, n.scaled);
    if (hyphen) {
      unit = hyphen.unit;
      compound = hyphen.compound;
      k = hyphen.end;
    } else {
      unit = percentAfter(lx, k) ?? currencyAfter(lx, k, n.scaled) ?? ageAfter(lx, k) ?? measureAfter(lx, k);
      if (unit) k = unit.end;
    }
  }
  let value = n.value * (unit?.scale ?? 1);
  // Cents after whole dollars ("eleven dollars and twenty cents"), inches after feet.
  const whole = Number.isInteger(n.value) && !n.scaled;
  const tail = whole && ((unit?.kind === 'money' && unit.unit.length === 3) || unit?.unit === 'feet') ? smallerUnitAfter(lx, k, unit.unit === 'feet', n.spelled) : null;
  if (tail) { value += tail.value; k = tail.end; }
  // "a quarter of a percentage point", "half a mile": a fraction of a unit.
  const article = lx[k]?.lower === 'of' ? k + 1 : k;
  if (!before && !unit && n.fraction && (lx[article]?.lower === 'a' || lx[article]?.lower === 'an')) {
    const fractionOf = percentAfter(lx, article + 1) ?? measureAfter(lx, article + 1) ?? currencyAfter(lx, article + 1, false);
    if (fractionOf) { unit = fractionOf; k = fractionOf.end; }
  }
  // "a third of voters", "half the board", "half the mayor's meetings": a share, as a fraction.
  const share = shareOpeners.has(lx[k]?.lower ?? '') || (n.value < 1 && !!countedAfter(lx, k, r.posOf) && ['half', 'quarter'].includes(lx[n.end - 1].lower));
  if (!before && !unit && n.fraction && share) unit = { end: k, unit: 'share', kind: 'share' };
  return { start: j, end: k, number: n, value, unit, compound };
}

/**
 * The smaller unit after a whole one: "eleven dollars and twenty cents", "15 dollars and
 * 50", "12 $ 40 cent", "6 ft 1 in". Returns its value in the larger unit.
 */
function smallerUnitAfter(lx: Lexeme[], k: number, feet: boolean, spelled: boolean): { value: number; end: number } | null {
  const and = lx[k]?.lower === 'and' ? 1 : 0;
  const n = readNumber(lx, k + and);
  if (!n || n.fraction || n.value >= (feet ? 12 : 100)) return null;
  const name = lx[n.end]?.lower ?? '';
  if (feet) return name === 'in' || name === 'inches' ? { value: n.value / 12, end: n.end + 1 } : null;
  const named = name === 'cents' || name === 'cent';
  // Without "and" or "cents", only a spelled amount runs on: "eleven dollars twenty".
  if (!named && !and && !(n.spelled && spelled)) return null;
  return { value: n.value / 100, end: named ? n.end + 1 : n.end };
}

/** The last part of a hyphenated age: "52-year-old", "18-year-olds", "the 24-year-old's album". */
const OLD_WORDS = new Set(['old', 'olds', "old's"]);

/** Words that join numbers inside a hyphenated phrase ("9-to-6", "3-and-a-half", "one-in-five"). */
const JOINING_WORDS = new Set(['to', 'and', 'or', 'in', 'of', 'by', 'for', 'a', 'an', 'the', 'out']);

const startsNumber = (l: Lexeme | undefined): boolean =>
  !!l && (l.kind === 'digits' || NUMBER_WORDS[l.lower] !== undefined || NUMBER_OPENERS.has(l.lower) || SCALE_WORDS[l.lower] !== undefined || VULGAR_FRACTIONS[l.text] !== undefined);

/** "square-foot", "cubic-metre": a two-word unit hyphenated inside a compound ("a 5,000-square-foot store"). */
function hyphenedMeasure(lx: Lexeme[], k: number): UnitRead | null {
  const [first, dash, second] = [lx[k], lx[k + 1], lx[k + 2]];
  if (first?.kind !== 'word' || dash?.text !== '-' || !dash.glued || second?.kind !== 'word' || !second.glued) return null;
  const unit = MEASURE_UNITS[`${first.lower} ${second.lower}`];
  return unit ? { end: k + 3, unit, kind: 'measure' } : null;
}

/** "52-year-old" (an age), "billion-dollar", "nine-mile", "40-year", "4,500-word", "five - member": a unit glued by a hyphen. */
function hyphenUnit(r: Region, k: number, scaled: boolean): { unit: UnitRead | null; compound: string | null; end: number } | null {
  const { lx } = r;
  const dash = lx[k];
  const word = lx[k + 1];
  if (dash?.text !== '-' || word?.kind !== 'word' || NUMBER_WORDS[word.lower] !== undefined || ordinalWords.has(word.lower)) return null;
  const time = TIME_UNITS[word.lower];
  if (time && lx[k + 2]?.text === '-' && OLD_WORDS.has(lx[k + 3]?.lower ?? '')) return { unit: { end: k + 4, unit: time, kind: 'age' }, compound: null, end: k + 4 };
  // "a billion-dollar deal", "a 20-euro note" (a "10-pound bag" is a weight).
  const money = currencyAfter(lx, k + 1, scaled);
  if (money?.kind === 'money' && !money.scale) return { unit: money, compound: null, end: money.end };
  // "a seven-percentage-point lead", "a 10-percent stake": a percentage.
  if (word.lower === 'percent' || (word.lower === 'percentage' && lx[k + 2]?.text === '-' && /^points?$/.test(lx[k + 3]?.lower ?? ''))) {
    const end = word.lower === 'percent' ? k + 2 : k + 4;
    return { unit: { end, unit: 'percent', kind: 'percent' }, compound: null, end };
  }
  const measure = measureAfter(lx, k + 1) ?? hyphenedMeasure(lx, k + 1);
  if (measure) return { unit: { ...measure, kind: 'measure' }, compound: word.text, end: measure.end };
  // "a 9-to-6 vote", "a 3-and-a-half-hour wait": a function word joins numbers, it is no unit.
  if (JOINING_WORDS.has(word.lower)) return null;
  if (!dash.glued && r.posOf(word) !== 'NOUN') return null;
  return { unit: null, compound: word.text, end: k + 2 };
}


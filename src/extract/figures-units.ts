import { AMBIGUOUS_CURRENCY_NAMES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, MINOR_UNITS, SCALED_CODE_PREFIX } from '../lexicon/currencies.js';
import { MEASURE_UNITS, PERCENT_WORDS, RATE_PHRASES, TIME_UNITS } from '../lexicon/measure-units.js';
import { keyOf, matchPhrase, type Lexeme } from './figures-lex.js';

/** A unit read next to a number: lexemes [start, end) and what it makes of the figure. */
export interface UnitRead {
  end: number;
  unit: string;
  /** A share ("half of", "one in five") is a fraction of a group, as a count of that group. */
  kind: 'money' | 'percent' | 'share' | 'measure' | 'age';
  /** Multiplier carried by the unit itself ("MUSD" is a million dollars). */
  scale?: number;
}

const currencyNames = new Map(Object.entries(CURRENCY_NAMES));
const percentWords = new Set(PERCENT_WORDS);
const measureUnits = new Map(Object.entries(MEASURE_UNITS));
const ratePhrases = new Set(RATE_PHRASES);
/** After "a year", these make it a time ago, not a rate: "£5m a year earlier". */
const TIME_SHIFTS = new Set(['earlier', 'ago', 'before', 'later', 'previously']);

/** "$", "US$", "C $", "HK$", "usd$", "USD", "EUR" before an amount. */
export function currencyBefore(lx: Lexeme[], i: number): UnitRead | null {
  const a = lx[i];
  if (!a) return null;
  // "A$" only glued: "a $5bn deal" is an article before dollars.
  if (a.kind === 'word' && lx[i + 1]?.text === '$' && CURRENCY_SYMBOLS[`${a.lower}$`] && (lx[i + 1].glued || a.lower !== 'a')) {
    return { end: i + 2, unit: CURRENCY_SYMBOLS[`${a.lower}$`], kind: 'money' };
  }
  if (CURRENCY_SYMBOLS[a.lower]) return { end: i + 1, unit: CURRENCY_SYMBOLS[a.lower], kind: 'money' };
  const code = CURRENCY_CODES[a.lower] ?? (a.lower === 'dollar' ? 'USD' : undefined);
  // A code before digits: "USD 17.8 million", "EUR 340", "USD240" (not "try 5").
  if (code && lx[i + 1]?.kind === 'digits' && (a.text === a.text.toUpperCase() || a.lower === 'dollar' || a.lower === 'rmb' || a.lower === 'usd')) {
    return { end: i + 1, unit: code, kind: 'money' };
  }
  return null;
}

/** "dollars", "US dollars", "euros", "yen", "MUSD", "cents" after an amount. */
export function currencyAfter(lx: Lexeme[], i: number, scaled: boolean): UnitRead | null {
  const l = lx[i];
  if (!l) return null;
  const named = matchPhrase(lx, i, currencyNames, 3);
  if (named > 0) return { end: named, unit: CURRENCY_NAMES[keyOf(lx, i, named)], kind: 'money' };
  // "10 $", "10 €", "12 $ 40 cent" (but in "1 $10" the symbol belongs to the next amount).
  const centsNext = lx[i + 2]?.lower === 'cent' || lx[i + 2]?.lower === 'cents';
  if (CURRENCY_SYMBOLS[l.lower] && l.kind === 'symbol' && (lx[i + 1]?.kind !== 'digits' || centsNext)) return { end: i + 1, unit: CURRENCY_SYMBOLS[l.lower], kind: 'money' };
  if (CURRENCY_CODES[l.lower] && (l.text === l.text.toUpperCase() || l.lower === 'usd' || l.lower === 'rmb')) return { end: i + 1, unit: CURRENCY_CODES[l.lower], kind: 'money' };
  // "45 MUSD", "12.5 MGBP": a scale letter glued to a code.
  const prefix = SCALED_CODE_PREFIX[l.lower[0]];
  if (prefix && l.text.length === 4 && CURRENCY_CODES[l.lower.slice(1)]) return { end: i + 1, unit: CURRENCY_CODES[l.lower.slice(1)], kind: 'money', scale: prefix };
  // "pounds" is money after a scale word, before "sterling" or before a conversion ("5,000 pounds
  // ($6,300)"); otherwise a weight.
  if (AMBIGUOUS_CURRENCY_NAMES[l.lower] && (scaled || isMoneyConversion(lx, i + 1))) return { end: i + 1, unit: AMBIGUOUS_CURRENCY_NAMES[l.lower], kind: 'money' };
  if (MINOR_UNITS[l.lower] && (l.lower !== 'p' || l.glued)) return { end: i + 1, unit: MINOR_UNITS[l.lower], kind: 'money' };
  return null;
}

/** "($6,300)", "(about $6,300)", "(US$ 6,300)": an amount in another currency, in brackets. */
function isMoneyConversion(lx: Lexeme[], i: number): boolean {
  if (lx[i]?.text !== '(') return false;
  const next = ['about', 'around', 'roughly', 'some'].includes(lx[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return currencyBefore(lx, next) !== null;
}

/** "%", "per cent", "percent", "percentage points". */
export function percentAfter(lx: Lexeme[], i: number): UnitRead | null {
  const end = matchPhrase(lx, i, percentWords, 2);
  if (end < 0) return null;
  // "pc" only glued ("5pc"); "per cent of" keeps "of" for the counted thing.
  if (lx[i].lower === 'pc' && !lx[i].glued) return null;
  const last = lx[end - 1].lower === 'of' ? end - 1 : end;
  return { end: last, unit: 'percent', kind: 'percent' };
}

/** A unit of measure or a duration: "620 miles", "75ml", "240 km2", "two weeks", "24 degrees C". */
export function measureAfter(lx: Lexeme[], i: number): UnitRead | null {
  const l = lx[i];
  if (!l) return null;
  // "km2", "m2": a unit glued to a power (before "km" alone, which the glued "2" would reject).
  if (l.kind === 'word' && lx[i + 1]?.kind === 'digits' && lx[i + 1].glued && measureUnits.has(`${l.lower}${lx[i + 1].text}`)) {
    return { end: i + 2, unit: MEASURE_UNITS[`${l.lower}${lx[i + 1].text}`], kind: 'measure' };
  }
  let end = matchPhrase(lx, i, measureUnits, 3);
  let unit: string | undefined;
  if (end > 0) {
    // One-letter units ("l", "g") only glued to the digits: "100t", "48m".
    // A capital letter is a name or a prefix ("5G", "10M"), except "L" for litres.
    if (end === i + 1 && l.text.length === 1 && ((!l.glued && l.text !== '°') || /^[A-KM-Z]$/.test(l.text))) return null;
    unit = MEASURE_UNITS[keyOf(lx, i, end)];
  } else if ((l.text === 'm' && (l.glued || lx[i + 1]?.lower === 'x' || !lx[i + 1])) || (l.text === 't' && l.glued)) {
    unit = l.text === 'm' ? 'metres' : 'tonnes';
    end = i + 1;
  } else if (TIME_UNITS[l.lower]) {
    unit = TIME_UNITS[l.lower];
    end = i + 1;
  }
  // Letters or digits glued after the unit make it a code ("58112K904"), not a measure.
  if (!unit || (lx[end]?.glued && lx[end].kind !== 'symbol')) return null;
  return { end, unit, kind: 'measure' };
}

/** "years old", "months of age": an age after the number. */
export function ageAfter(lx: Lexeme[], i: number): UnitRead | null {
  const unit = TIME_UNITS[lx[i]?.lower ?? ''];
  if (!unit) return null;
  // "20 years old", "18 to 24 year olds"
  if (lx[i + 1]?.lower === 'old' || lx[i + 1]?.lower === 'olds') return { end: i + 2, unit, kind: 'age' };
  // "a 20 year-old student", "25 year-olds"
  if (lx[i + 1]?.text === '-' && lx[i + 1].glued && (lx[i + 2]?.lower === 'old' || lx[i + 2]?.lower === 'olds')) return { end: i + 3, unit, kind: 'age' };
  if (lx[i + 1]?.lower === 'of' && lx[i + 2]?.lower === 'age') return { end: i + 3, unit, kind: 'age' };
  return null;
}

/** "a day", "per share", "a year" after a figure: kept in its text (not "a year earlier"). */
export function rateAfter(lx: Lexeme[], i: number): number {
  const end = matchPhrase(lx, i, ratePhrases, 2);
  return end > 0 && TIME_SHIFTS.has(lx[end]?.lower ?? '') ? -1 : end;
}

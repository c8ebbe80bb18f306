import { FRACTION_WORDS, GROUP_WORDS, NUMBER_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, UNIT_ORDINALS, VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { lex, type Lexeme } from './figures-lex.js';
import { currencyAfter } from './figures-units.js';
import { DISTANCE_EVENT_NOUNS } from '../lexicon/measure-units.js';

const distanceEventNouns = new Set(DISTANCE_EVENT_NOUNS);

/** A number read from lexemes [start, end). */
export interface NumberRead {
  end: number;
  value: number;
  /** Written (at least partly) in words. */
  spelled: boolean;
  /** Ends in a fraction word ("two thirds", "half"). */
  fraction: boolean;
  /** Carries a scale word or abbreviation ("3 million", "600m"). */
  scaled: boolean;
}

export interface ReadOptions {
  /** A currency precedes: a glued "m" is "million" ("£740m"), not metres. */
  money?: boolean;
}

const digitValue = (t: string): number => Number(t.replace(/[,\s]/g, ''));
const wordValue = (l: Lexeme | undefined): number | undefined => (l?.kind === 'word' ? NUMBER_WORDS[l.lower] : undefined);
const isUnit = (v: number | undefined): v is number => v !== undefined && v >= 1 && v <= 9;

/** "twenty-five", "seventy - two": a tens word, a hyphen and a unit word. */
function compoundWord(lx: Lexeme[], i: number): { value: number; end: number } | null {
  const tens = wordValue(lx[i]);
  if (tens === undefined) return null;
  const unit = wordValue(lx[i + 2]);
  if (tens >= 20 && tens % 10 === 0 && lx[i + 1]?.text === '-' && isUnit(unit)) return { value: tens + unit, end: i + 3 };
  return { value: tens, end: i + 1 };
}

/** Scale word or abbreviation at i ("million", "bn", glued "k"), with its multiplier. */
function scaleAt(lx: Lexeme[], i: number, options: ReadOptions): number | undefined {
  const l = lx[i];
  if (!l || l.kind !== 'word') return undefined;
  if (SCALE_WORDS[l.lower] !== undefined) return SCALE_WORDS[l.lower];
  const abbreviation = SCALE_ABBREVIATIONS[l.lower];
  if (abbreviation === undefined) return undefined;
  const gluedToDigits = l.glued && lx[i - 1]?.kind === 'digits';
  // A lone "m" is metres unless money is counted; "b" and "k" must be glued to the digits.
  // "215m euros": a currency after the "m" makes it millions.
  if (l.lower === 'm') return options.money || currencyAfter(lx, i + 1, true)?.kind === 'money' || (gluedToDigits && countsManyAfter(lx, i + 1)) ? abbreviation : undefined;
  if (l.lower === 'b' || l.lower === 'k') return gluedToDigits || options.money ? abbreviation : undefined;
  return abbreviation;
}

/** Lower-case words a counted phrase may hold before its plural head ("4.5m public sector workers"). */
const MAX_MODIFIERS = 3;

/**
 * A plural noun follows within a few lower-case words, as after millions ("50m passengers",
 * "4.5m public sector workers", "18m people"), not after a race distance ("the 400m hurdles").
 */
function countsManyAfter(lx: Lexeme[], i: number): boolean {
  for (let k = i; k <= i + MAX_MODIFIERS; k++) {
    const l = lx[k];
    // Short words ("and", "his", "was") and possessives are no part of a counted phrase.
    if (!l || l.kind !== 'word' || !/^\p{Ll}/u.test(l.text) || l.text.length < 4 || l.lower.includes("'")) return false;
    if (l.lower === 'people' || /[^su']s$/.test(l.lower)) return !distanceEventNouns.has(l.lower);
  }
  return false;
}

/**
 * "two quarters" in running text are periods of a year; as a fraction, "quarter" comes before
 * "of", a scale word or an article, or ends the phrase ("three quarters of", "a quarter million").
 */
function isPeriodQuarter(lx: Lexeme[], j: number): boolean {
  if (lx[j].lower !== 'quarter' && lx[j].lower !== 'quarters') return false;
  const next = lx[j + 1];
  return !!next && next.kind === 'word' && next.lower !== 'of' && next.lower !== 'a' && next.lower !== 'an' && SCALE_WORDS[next.lower] === undefined;
}

/**
 * "twenty-firsts", "forty sevenths", "twenty-second": a tens word and a unit ordinal read as one
 * denominator (a space is enough only before a fraction word: "thirty seconds" is time).
 */
function compoundDenominator(lx: Lexeme[], i: number): { value: number; plural: boolean; end: number } | null {
  const tens = wordValue(lx[i]);
  if (tens === undefined || tens < 20 || tens % 10 !== 0) return null;
  const hyphen = lx[i + 1]?.text === '-' ? 1 : 0;
  const word = lx[i + 1 + hyphen]?.lower ?? '';
  const unit = FRACTION_WORDS[word] ?? (hyphen ? UNIT_ORDINALS[word] : undefined);
  if (unit === undefined || unit >= 10 || word === 'half' || word === 'halves' || word.startsWith('quarter')) return null;
  return { value: tens + unit, plural: word.endsWith('s'), end: i + 2 + hyphen };
}

/** Past a hyphen glued on both sides ("and-a-half"), else i itself. */
const afterHyphen = (lx: Lexeme[], i: number): number => (lx[i]?.text === '-' && lx[i].glued && lx[i + 1]?.glued ? i + 1 : i);

/** "half-hourly", "quarter-final", "half-brother": a fraction word inside a hyphenated word is no number. */
function isFractionCompound(lx: Lexeme[], j: number): boolean {
  const next = lx[j + 2];
  return FRACTION_WORDS[lx[j].lower] !== undefined && lx[j + 1]?.text === '-' && lx[j + 1].glued && !!next?.glued &&
    next.kind === 'word' && NUMBER_WORDS[next.lower] === undefined && SCALE_WORDS[next.lower] === undefined && next.lower !== 'a';
}

/** "2 1/4": a proper fraction in digits after a whole number. */
function mixedFraction(lx: Lexeme[], j: number): { value: number; end: number } | null {
  const [a, slash, b] = [lx[j], lx[j + 1], lx[j + 2]];
  // The slash glued on both sides ("1/4") or spaced on both (" 1 / 4 " in tokenised copy).
  if (a?.kind !== 'digits' || a.glued || slash?.text !== '/' || b?.kind !== 'digits' || slash.glued !== b.glued) return null;
  const value = digitValue(a.text) / digitValue(b.text);
  return value < 1 ? { value, end: j + 3 } : null;
}

/** "point nought seven": spelled decimals after "point". */
function decimalsAt(lx: Lexeme[], i: number): { digits: string; end: number } {
  let digits = '';
  let j = i;
  while (j < lx.length && lx[j].kind === 'word' && (NUMBER_WORDS[lx[j].lower] ?? 10) < 10) digits += String(NUMBER_WORDS[lx[j++].lower]);
  return { digits, end: j };
}

/**
 * Read the longest number starting at lexeme i: digits, words or both ("4.7 million",
 * "three hundred and forty", "two and a half", "a dozen", "two thirds", "$2.47bn" from "2.47").
 * Returns null when no number starts there. Linear in the length of the number read.
 */
export function readNumber(lx: Lexeme[], i: number, options: ReadOptions = {}): NumberRead | null {
  let j = i;
  let sign = 1;
  if ((lx[j]?.text === '-' || lx[j]?.text === '−') && lx[j + 1]?.kind === 'digits' && lx[j + 1].glued && !lx[j].glued) { sign = -1; j++; }
  // "46% a negative one" is an adjective and a pronoun, not minus one ("a negative 3% return" is minus 3).
  else if ((lx[j]?.lower === 'minus' || lx[j]?.lower === 'negative') && !(['a', 'an', 'the'].includes(lx[j - 1]?.lower ?? '') && lx[j + 1]?.lower === 'one')) { sign = -1; j++; }
  let total = 0;
  let current = 0;
  let lastScale = 1;
  let spelled = false;
  let fraction = false;
  let any = false;
  /** The value read before a joining "and" ("three hundred and ..."), or -1. */
  let andAt = -1;
  // A leading "a" counts as one only before a scale, "dozen" or a fraction word.
  if (lx[j]?.lower === 'a' || lx[j]?.lower === 'an') {
    const next = lx[j + 1]?.lower ?? '';
    if (SCALE_WORDS[next] === undefined && GROUP_WORDS[next] === undefined && (FRACTION_WORDS[next] === undefined || isFractionCompound(lx, j + 1))) return null;
    current = 1; j++; spelled = true;
  }
  const start = j;
  while (j < lx.length) {
    const l = lx[j];
    const slotFree = current % 100 === 0 || (current % 10 === 0 && current % 100 !== 0);
    if (l.kind === 'digits') {
      if (any && (current !== 0 || (lx[j - 1].kind === 'digits'))) break;
      current += digitValue(l.text);
      any = true; j++;
      const mixed = mixedFraction(lx, j);
      if (mixed) { current += mixed.value; fraction = true; j = mixed.end; }
      continue;
    }
    const vulgar = VULGAR_FRACTIONS[l.text];
    if (vulgar !== undefined && (!any || (l.glued && lx[j - 1].kind === 'digits'))) {
      current += vulgar; any = true; fraction = true; j++;
      continue;
    }
    // "five twenty-firsts", "one hundred forty sevenths": a tens word opens a compound denominator.
    const ordinal = any && !fraction && lx[j - 1].lower !== 'and' ? compoundDenominator(lx, j) : null;
    if (ordinal && (ordinal.plural || total + current === 1)) {
      current = (total + current) / ordinal.value; total = 0; lastScale = 1; spelled = true; fraction = true; j = ordinal.end;
      continue;
    }
    const small = compoundWord(lx, j);
    if (small && slotFree) {
      const fitsTens = small.value >= 10 ? current % 100 === 0 : current % 10 === 0;
      if (!fitsTens || (any && lx[j - 1]?.kind === 'digits')) break;
      current += small.value; any = true; spelled = true; j = small.end;
      continue;
    }
    // "three hundred", "a hundred", "415 hundred"
    if (l.lower === 'hundred' && (current < 100 || (current < 1000 && current % 100 !== 0 && lx[j - 1]?.kind === 'digits')) && (any || current === 1 || j === start)) { current = (current || 1) * 100; any = true; spelled = true; j++; continue; }
    const scale = scaleAt(lx, j, options);
    // "four lakh crore", "a thousand million": a larger scale right after a smaller one multiplies.
    if (scale !== undefined && lastScale > 1 && scale > lastScale && current === 0 && scaleAt(lx, j - 1, options) === lastScale) {
      total *= scale; lastScale = scale; j++;
      continue;
    }
    if (scale !== undefined && scale >= 1000 && (any || current === 1 || (j === start && l.text.length > 2)) && scale < (lastScale === 1 ? Infinity : lastScale)) {
      total += (current || 1) * scale; current = 0; lastScale = scale; any = true; fraction = false; spelled ||= l.text.length > 2; j++;
      continue;
    }
    if (isFractionCompound(lx, j)) break;
    if ((l.lower === 'half' || l.lower === 'quarter') && !any && current === 0 && j === start && !isPeriodQuarter(lx, j)) {
      // "half a dozen", "half a million", "half million", "quarter million"
      current = 1 / FRACTION_WORDS[l.lower]; any = true; spelled = true; fraction = true; j++;
      const grouped = GROUP_WORDS[lx[j + 1]?.lower ?? ''] !== undefined || (SCALE_WORDS[lx[j + 1]?.lower ?? ''] ?? 0) >= 1e6;
      if (lx[j]?.lower === 'a' && grouped) j++;
      continue;
    }
    // "one-eighth", "three - eighths", "two-and-a-half"
    if (l.text === '-' && any && (FRACTION_WORDS[lx[j + 1]?.lower ?? ''] !== undefined || (lx[j + 1]?.lower === 'and' && lx[j + 1].glued))) { j++; continue; }
    const denominator = FRACTION_WORDS[l.lower];
    if (denominator !== undefined && (any || current === 1) && !fraction && l.kind === 'word' && !isPeriodQuarter(lx, j)) {
      const numerator = total + current;
      total = 0; current = numerator / denominator; lastScale = 1; any = true; spelled = true; fraction = true; j++;
      continue;
    }
    const group = GROUP_WORDS[l.lower];
    if (group !== undefined && (l.lower === 'dozen' || l.lower === 'dozens') && (any || current === 1)) {
      // "three hundred and two dozen": the dozens are only what follows "and".
      if (andAt >= 0 && current > andAt) current = andAt + (current - andAt) * group;
      else { total = (total + (current || 1)) * group; current = 0; }
      any = true; spelled = true; fraction = false; j++;
      continue;
    }
    if (l.lower === 'point' && any && current % 1 === 0) {
      const d = decimalsAt(lx, j + 1);
      if (!d.digits) break;
      current += Number(`0.${d.digits}`); j = d.end;
      continue;
    }
    if (l.lower === 'and' && any) {
      const tail = fractionAfterAnd(lx, j + 1);
      if (tail) {
        // "two billion and three quarters million": a smaller scale after the fraction is its own.
        const own = scaleAt(lx, tail.end, options);
        const ownScale = own !== undefined && own < lastScale;
        current += tail.value * (ownScale ? own : lastScale); j = ownScale ? tail.end + 1 : tail.end;
        continue;
      }
      // "hundred and nine", "two thousand and two hundred": "and" only after a scale word.
      const previous = lx[j - 1].lower;
      if (wordValue(lx[j + 1]) === undefined || (previous !== 'hundred' && SCALE_WORDS[previous] === undefined)) break;
      andAt = current; j++;
      continue;
    }
    break;
  }
  const value = sign * (total + current);
  if (!any || !Number.isFinite(value)) return null;
  return { end: j, value, spelled, fraction, scaled: lastScale > 1 };
}

/** A fraction after "and" inside a number: "and a half", "and thirty-two hundredths" (one level, no recursion). */
function fractionAfterAnd(lx: Lexeme[], and: number): { value: number; end: number } | null {
  const i = afterHyphen(lx, and);
  const first = lx[i];
  const spelled = compoundWord(lx, i);
  const article = first?.lower === 'a' || first?.lower === 'an';
  const numerator = article ? 1 : first?.kind === 'digits' ? digitValue(first.text) : spelled?.value;
  const at = afterHyphen(lx, article || first?.kind === 'digits' ? i + 1 : spelled?.end ?? i + 1);
  const denominator = FRACTION_WORDS[lx[at]?.lower ?? ''];
  if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
  return { value: numerator / denominator, end: at + 1 };
}

/** The value of a phrase that is one number and nothing else ("three hundred and forty"), or null. */
export function parseNumber(phrase: string): number | null {
  const lx = lex(phrase, 0, phrase.length);
  const read = readNumber(lx, 0);
  return read && read.end === lx.length ? read.value : null;
}

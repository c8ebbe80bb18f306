import type { Pos } from '../model/document.js';
import { CLOCK_WORDS, MONTHS, ORDINAL_SUFFIXES, PERIOD_OPENERS, REFERENCE_WORDS, STREET_WORDS } from '../lexicon/figure-context.js';
import { ORDINAL_WORDS } from '../lexicon/number-words.js';
import { matchPhrase, type Lexeme } from './figures-lex.js';

const months = new Set(MONTHS);
const clockWords = new Set(CLOCK_WORDS);
const referenceWords = new Set(REFERENCE_WORDS);
const ordinalSuffixes = new Set(ORDINAL_SUFFIXES);
const periodOpeners = new Set(PERIOD_OPENERS);
const streetWords = new Set(STREET_WORDS);
const ordinalWords = new Set(ORDINAL_WORDS);
const isSeparator = (l: Lexeme | undefined): boolean => !!l?.glued && (l.text === '-' || l.text === '/');

const isDigits = (l: Lexeme | undefined): boolean => l?.kind === 'digits';

/** A bare four-digit number in the range of calendar years ("in 2006", "1997 sales"). */
export function isYear(l: Lexeme): boolean {
  if (l.kind !== 'digits' || !/^\d{4}$/.test(l.text)) return false;
  const v = Number(l.text);
  return v >= 1100 && v <= 2199;
}

/**
 * The number [i, end) belongs to a date, a time of day, an ordinal, a phone number or a code:
 * "May 4", "4 May", "4th", "twenty-first", "3/14/2022", "2003-07", "6pm", "10:30",
 * "+1-555-0142", "G7", "COVID-19".
 */
export function isDateTimeOrCode(lx: Lexeme[], i: number, end: number): boolean {
  const before = lx[i - 1];
  const after = lx[end];
  if (lx[i].kind === 'digits' && lx[i].glued && before?.kind === 'word') return true;
  if (lx[i].glued && before?.text === '-' && before.glued && lx[i - 2]?.kind === 'word') return true;
  if (after?.text === '-' && ordinalWords.has(lx[end + 1]?.lower ?? '')) return true;
  // Groups of digits joined by dashes or slashes: phone numbers, dates, codes.
  if (isSeparator(before) && isDigits(lx[i - 2]) && lx[i].glued) return true;
  if (isSeparator(after) && isDigits(lx[end + 1]) && lx[end + 1].glued && (isYear(lx[end - 1]) || isSeparator(lx[end + 2]))) return true;
  const monthBefore = before?.text === '.' ? lx[i - 2] : before;
  if (monthBefore && months.has(monthBefore.lower) && lx[i].kind === 'digits') return true;
  if (isGluedMonthDate(lx, i, end)) return true;
  // "a 401(k) plan", "section 501(c)": a code with a lettered part.
  if (after?.text === '(' && after.glued && /^\p{L}$/u.test(lx[end + 1]?.text ?? '') && lx[end + 2]?.text === ')') return true;
  if (after && months.has(after.lower) && lx[end - 1].kind === 'digits' && /^\d{1,2}$/.test(lx[end - 1].text)) return true;
  if (isDayOfSpan(lx, i, end) || isTally(lx, i, end)) return true;
  if (isDigitGroup(lx, i, end)) return true;
  // "in '94": a year cut to two digits.
  if (lx[i].glued && (before?.text === "'" || before?.text === '’') && /^\d\d$/.test(lx[i].text)) return true;
  // "the 1970's", "80's music": a decade.
  if (after?.glued && (after.text === "'" || after.text === '’') && lx[end + 1]?.lower === 's' && lx[end + 1].glued) return true;
  if (after?.glued && after.kind === 'word' && ordinalSuffixes.has(after.lower)) return true;
  if (after?.glued && (after.text === ':' || after.text === '/' || after.text === '.') && isDigits(lx[end + 1]) && lx[end + 1].glued) return true;
  if (before?.glued && before.text === ':' && isDigits(lx[i - 2])) return true;
  // "+44", "=5", "#2": a dialling code, a result or a rank.
  if (before?.text === '+' || before?.text === '=' || (before?.text === '#' && lx[i].glued) || (before?.text === '"' && lx[i - 2]?.text === '=')) return true;
  // Long unbroken digit runs are identifiers, not amounts.
  if (lx[i].kind === 'digits' && /^\d{10,}$/.test(lx[i].text)) return true;
  // "1.", "2)" opening a paragraph: a list marker.
  if (i === 0 && after?.glued && (after.text === '.' || after.text === ')') && lx[i].kind === 'digits' && lx[end + 1]?.kind !== 'digits') return true;
  // "1)", "2)": a list marker.
  if (after?.text === ')' && after.glued && before?.text !== '(' && lx[i].kind === 'digits') return true;
  return matchPhrase(lx, end, clockWords, 3) > 0;
}

/** Full month names (not the abbreviations that begin them), capitalised as they end a word run together with page furniture. */
const MONTH_ENDINGS = MONTHS.filter((m) => !MONTHS.some((o) => o !== m && o.startsWith(m))).map((m) => m[0].toUpperCase() + m.slice(1));

/** "...FeaturedFebruary 6, 2016": a day and a year after a word that ends in a month name (scraped page text). */
function isGluedMonthDate(lx: Lexeme[], i: number, end: number): boolean {
  const before = lx[i - 1];
  if (end !== i + 1 || !isDay(lx[i]) || before?.kind !== 'word' || lx[end]?.text !== ',' || !lx[end + 1] || !isYear(lx[end + 1])) return false;
  return MONTH_ENDINGS.some((m) => before.text.endsWith(m));
}

/** "a 9-to-6 vote", "won 3-to-1": either side of a tally joined by "-to-". */
function isTally(lx: Lexeme[], i: number, end: number): boolean {
  const joinedAfter = lx[end]?.text === '-' && lx[end + 1]?.lower === 'to' && lx[end + 2]?.text === '-' && isDigits(lx[end + 3]);
  const joinedBefore = lx[i - 1]?.text === '-' && lx[i - 2]?.lower === 'to' && lx[i - 3]?.text === '-' && isDigits(lx[i - 4]);
  return joinedAfter || joinedBefore;
}

const DAY_LINKS = new Set(['and', 'or', 'to', '-', '–', ',']);
/** How many days a list of days may run to before its month: "3, 10, 17 and 24 May". */
const MAX_DAYS = 6;
const isDay = (l: Lexeme | undefined): boolean => !!l && l.kind === 'digits' && /^\d{1,2}$/.test(l.text);
/** A month name, capitalised as in running text ("may" alone is a verb). */
const isMonth = (l: Lexeme | undefined): boolean => !!l && months.has(l.lower) && /^\p{Lu}/u.test(l.text);

/** One end of a span of days: "14 or 15 April", "from 3 to 7 August", "October 2 and 3". */
function isDayOfSpan(lx: Lexeme[], i: number, end: number): boolean {
  if (end !== i + 1 || !isDay(lx[i])) return false;
  return dayListEndsAt(lx, i, 1) || dayListEndsAt(lx, i, -1);
}

/** From day i, stepping by `dir` over "and 17", ", 20": a month ends the list (bounded walk). */
function dayListEndsAt(lx: Lexeme[], i: number, dir: 1 | -1): boolean {
  let k = i;
  for (let n = 0; n < MAX_DAYS; n++) {
    const link = lx[k + dir];
    if (!link || !DAY_LINKS.has(link.lower) || !isDay(lx[k + 2 * dir])) return false;
    k += 2 * dir;
    if (isMonth(lx[k + dir])) return true;
  }
  return false;
}

/** Groups of bare digits side by side, the first with a leading zero: a phone number ("0161 496 0734"). */
function isDigitGroup(lx: Lexeme[], i: number, end: number): boolean {
  if (end !== i + 1 || !isPlainDigits(lx[i])) return false;
  let first = i;
  while (first > i - MAX_GROUPS && isPlainDigits(lx[first - 1])) first--;
  const grouped = first < i || isPlainDigits(lx[i + 1]);
  // A long run with a leading zero is a code or a date written as digits ("050525").
  return (grouped && /^0\d+$/.test(lx[first].text)) || /^0\d{4,}$/.test(lx[i].text);
}

/** Phone numbers run to a few groups of digits. */
const MAX_GROUPS = 5;

const isPlainDigits = (l: Lexeme | undefined): boolean => !!l && l.kind === 'digits' && /^\d+$/.test(l.text);

/** How many capitalised words a street name may run to before its street word. */
const MAX_STREET_NAME = 3;

/** The digits before `end` are a house number: capitalised words and a street word follow ("10 Downing Street"). */
export function isHouseNumber(lx: Lexeme[], end: number): boolean {
  if (lx[end - 1]?.kind !== 'digits') return false;
  for (let k = end; k < end + MAX_STREET_NAME + 1; k++) {
    const l = lx[k];
    if (!l || l.kind !== 'word' || !/^\p{Lu}/u.test(l.text)) return false;
    if (k > end && streetWords.has(l.lower)) return true;
  }
  return false;
}

/** The number numbers an item: "page 12", "No. 10", "day five". */
export function isNumbering(lx: Lexeme[], i: number): boolean {
  const at = wordBeforeAt(lx, i);
  return at >= 0 && referenceWords.has(lx[at].lower);
}

/** The number follows a proper name mid-sentence: "Tupolev 154", "Apollo 11", "Nikkei 225". */
export function followsName(lx: Lexeme[], i: number, posOf: (l: Lexeme) => Pos | undefined, startsSentence: (l: Lexeme) => boolean, counts: boolean): boolean {
  const at = wordBeforeAt(lx, i);
  const word = at < 0 ? null : lx[at];
  if (!word || !/^\p{Lu}/u.test(word.text) || months.has(word.lower)) return false;
  // At a sentence start only a proper name (no owner) holds digits: "Shrek 2 took", "Robben 79." (not "Tough three-way fight").
  const opens = startsSentence(word);
  if (opens && (lx[i].kind !== 'digits' || /['’]s$/u.test(word.text) || /^['’]s$/.test(lx[at + 1]?.text ?? ''))) return false;
  if (posOf(word) === 'PROPN') return true;
  if (opens) return false;
  // "Anderson Cooper 360", "the Mini Cooper 1.6": the tagger may read the last word of a name as
  // a verb or noun; capitalised after a proper noun, it is still the name's (not an owner,
  // "Atlantic City's eight casinos", and not when the number counts something: "Palin Unleashed
  // 4 Words").
  const previous = lx[at - 1];
  return !counts && ['NOUN', 'VERB'].includes(posOf(word) ?? '') && !/['’]s$/u.test(word.text) && lx[at + 1]?.lower !== "'s" && lx[at + 1]?.lower !== '’s' &&
    previous?.kind === 'word' && /^\p{Lu}/u.test(previous.text) && posOf(previous) === 'PROPN';
}

/** Where the word before lexeme i is, across an abbreviation's dot ("No. 10"); -1 if none. */
function wordBeforeAt(lx: Lexeme[], i: number): number {
  const at = lx[i - 1]?.text === '.' ? i - 2 : i - 1;
  return lx[at]?.kind === 'word' ? at : -1;
}

/** Words between an ordinal and the period it counts: "the third straight quarter". */
const SEQUENCE_WORDS = new Set(['straight', 'consecutive', 'successive', 'running']);

/** "the second half", "this quarter", "half-time", "half time", "fly-half": a period or a part, not a share. */
export function isPeriodWord(lx: Lexeme[], i: number): boolean {
  const before = lx[i - 1];
  const after = lx[i + 1];
  // "a sixth straight quarter": a word of sequence may stand between the ordinal and the period.
  const opener = before?.text === '-' || SEQUENCE_WORDS.has(before?.lower ?? '') ? lx[i - 2] : before;
  // "fly-half", "scrum-half", "time-and-a-half": the last part of a hyphenated word.
  const compound = before?.text === '-' && before.glued && lx[i].glued && lx[i - 2]?.kind === 'word';
  return (opener !== undefined && (periodOpeners.has(opener.lower) || ordinalWords.has(opener.lower))) || (after?.text === '-' && after.glued) ||
    compound || (after?.lower === 'time' && lx[i].lower === 'half') || isNamedQuarter(lx, i);
}

/** "the March quarter", "the January-to-March quarter", "the year-earlier quarter": a quarter of a year named by what comes before. */
function isNamedQuarter(lx: Lexeme[], i: number): boolean {
  const before = lx[i - 1];
  if (lx[i].lower !== 'quarter' || !before || before.kind !== 'word') return false;
  const hyphenated = before.glued && lx[i - 2]?.text === '-' && lx[i - 2].glued && !['a', 'and'].includes(before.lower);
  return isMonth(before) || hyphenated;
}

/** Two small numbers joined by a dash with nothing counted after them: a score ("3-1", "1 – 0"). */
export function isScore(a: number, b: number): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && a <= 20 && b <= 20;
}

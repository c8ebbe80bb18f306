import type { Document, Token } from '../model/document.js';
import { Tokens } from '../model/tokens.js';
import type { Figure, FigureKind } from '../model/digest.js';
import type { Span } from '../model/span.js';
import { APPROXIMATORS, NUMBER_WORDS, SCALE_WORDS, VAGUE_MAGNITUDES, VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { MEASURE_UNITS, TIME_UNITS } from '../lexicon/measure-units.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS } from '../lexicon/currencies.js';
import { AGE_VERBS, PERSON_BEING, RANGE_VERBS, RANK_OPENERS, RANKING_PLACES, REFERRING_DETERMINERS, SIZE_COMPOUNDS } from '../lexicon/figure-context.js';
import { lex, matchPhrase, type Lexeme } from './figures-lex.js';
import { readNumber } from './figures-number.js';
import { currencyAfter, measureAfter, percentAfter, rateAfter } from './figures-units.js';
import { coreAt, NUMBER_OPENERS, type Core, type Region } from './figures-core.js';
import { countedAfter, type CountedRead } from './figures-counted.js';
import { followsName, isDateTimeOrCode, isHouseNumber, isNumbering, isPeriodWord, isScore, isYear } from './figures-context.js';

const approximators = new Set(APPROXIMATORS);
const vagueMagnitudes = new Map(Object.entries(VAGUE_MAGNITUDES));
const referringDeterminers = new Set(REFERRING_DETERMINERS);
const ageVerbs = new Set(AGE_VERBS);
const rankOpeners = new Set(RANK_OPENERS);
const rankingPlaces = new Set(RANKING_PLACES);
const personBeing = new Set(PERSON_BEING);
const RANGE_DASHES = new Set(['-', '–', '—', '~']);
const rangeVerbs = new Set(RANGE_VERBS);
const SIZE_COMPOUND_SET = new Set(SIZE_COMPOUNDS);

/** Lower-case lexemes a figure may start with besides digits: most words are skipped at once. */
const STARTERS = new Set([
  ...[...APPROXIMATORS, ...Object.keys(VAGUE_MAGNITUDES)].map((p) => p.split(' ')[0]),
  ...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...NUMBER_OPENERS, ...Object.keys(VULGAR_FRACTIONS),
  ...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(CURRENCY_CODES), 'dollar', 'between', 'from', 'aged', 'age', 'ages', 'the',
]);

/** What the scan produced at one position: a figure, or a span to step over (a date, a score). */
interface Step {
  end: number;
  figure: Figure | null;
}

/**
 * Counts, money, percentages, measures and ages, with value, unit and what is counted. Each body
 * paragraph is read whole, so a sentence split inside "4.20am" or "No. 5" does not cut a figure.
 */
export function findFigures(doc: Document): Figure[] {
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  const bodyTokens = tokenStartingAt(doc.tokens);
  const body = doc.paragraphs.flatMap((p) => figuresIn(doc.text, p, bodyTokens, sentenceStarts));
  const title = doc.title ? figuresIn(doc.text, doc.title, tokenStartingAt(Tokens.of(doc.text, doc.titleTokens)), new Set([doc.title.start]), true) : [];
  // A headline figure repeated in the body is listed once, from the body.
  const seen = new Set(body.map(figureKey));
  return [...title.filter((f) => !seen.has(figureKey(f))), ...body];
}

const figureKey = (f: Figure): string => `${f.value}|${f.unit ?? ''}`.toLowerCase();
/** Looks a token up by its start offset (a search, where a map would hold an entry per token). */
const tokenStartingAt = (tokens: Tokens) => (offset: number): Token | undefined => tokens.get(tokens.indexStartingAt(offset));

function figuresIn(text: string, span: Span, tokenAt: (offset: number) => Token | undefined, sentenceStarts: Set<number>, headline = false): Figure[] {
  const region: Region = {
    text,
    lx: lex(text, span.start, span.end),
    posOf: (l) => tokenAt(l.start)?.pos,
    isPlural: (l) => { const t = tokenAt(l.start); return !!t && t.lemma !== l.lower; },
    startsSentence: (l) => sentenceStarts.has(l.start),
    titleCase: false,
  };
  region.titleCase = headline && isTitleCase(region.lx);
  const out: Figure[] = [];
  let i = 0;
  while (i < region.lx.length) {
    const l = region.lx[i];
    const step = l.kind === 'digits' || STARTERS.has(l.lower) || (l.kind === 'word' && region.lx[i + 1]?.text === '$') ? figureAt(region, i) : null;
    if (!step) { i++; continue; }
    if (step.figure) out.push(step.figure);
    i = Math.max(step.end, i + 1);
  }
  return out;
}

/** A headline whose longer words after the first mostly start with a capital ("Three Killed In Village Blast"). */
function isTitleCase(lx: Lexeme[]): boolean {
  const long = lx.slice(1).filter((l) => l.kind === 'word' && l.text.length >= 4);
  return long.filter((l) => /^\p{Lu}/u.test(l.text)).length > long.length / 2;
}

function figureAt(r: Region, i: number): Step | null {
  const { lx } = r;
  const approx = matchPhrase(lx, i, approximators, 3);
  if (approx > 0) {
    const step = afterOpener(r, approx, i, { approximate: true, between: false });
    if (step) return step;
  }
  // "a multi-million pound deal": at least a million, roughly.
  if (SCALE_WORDS[lx[i].lower] !== undefined && lx[i - 1]?.text === '-' && lx[i].glued && lx[i - 2]?.lower === 'multi') {
    const step = afterOpener(r, i, i - 2, { approximate: true, between: false });
    if (step) return step;
  }
  const opener = lx[i].lower;
  if ((opener === 'between' || opener === 'from') && lx[i + 1]) {
    const step = afterOpener(r, i + 1, i, { approximate: false, between: true });
    if (step) return step;
  }
  return afterOpener(r, i, i, { approximate: false, between: false });
}

interface Opening {
  approximate: boolean;
  /** After "between" or "from": "and"/"to" joins a range. */
  between: boolean;
}

/** The figure starting at lexeme j, whose text starts at lexeme `from` (an approximator or "between"). */
function afterOpener(r: Region, j: number, from: number, opening: Opening): Step | null {
  return ageBefore(r, j, from, opening.approximate) ?? vagueAt(r, j, from) ?? numberFigure(r, j, from, opening);
}

/** "aged 71", "age 64", "the age of 64", "at the age of 64", "between the ages of 12 and 15", "those ages 18 to 29". */
function ageBefore(r: Region, j: number, from: number, approximate: boolean): Step | null {
  const { lx } = r;
  let k = j;
  if (lx[k]?.lower === 'the' && (lx[k + 1]?.lower === 'age' || lx[k + 1]?.lower === 'ages') && lx[k + 2]?.lower === 'of') k += 3;
  else if (lx[k]?.lower === 'aged' || lx[k]?.lower === 'age' || lx[k]?.lower === 'ages') k += 1;
  else return null;
  // "aged between 18 and 34"
  if (lx[k]?.lower === 'between' && lx[k - 1]?.lower === 'aged') k += 1;
  const n = readNumber(lx, k);
  if (!n || n.fraction) return null;
  // "aged 19 and 23", "aged 18 to 25": the youngest stands for the span.
  const link = lx[n.end]?.lower ?? '';
  const other = ['and', 'to', 'through', '-', '–'].includes(link) ? readNumber(lx, n.end + 1) : null;
  const end = other && !other.fraction && other.value > n.value ? other.end : n.end;
  // "ages 18 to 29" (no "of"): unless something else is counted ("for ages 10 times").
  if (lx[k - 1].lower === 'ages' && (countedAfter(lx, end, r.posOf) || measureAfter(lx, end))) return null;
  const rule = end === n.end ? 'figures.age' : 'figures.age.range';
  return { end, figure: makeFigure(r, from, end, { value: n.value, unit: 'years', kind: 'age', approximate, counted: null, rule }) };
}

/** "thousands of workers", "tens of thousands of people", "a handful of", "dozens of shops". */
function vagueAt(r: Region, j: number, from: number): Step | null {
  const { lx } = r;
  const end = matchPhrase(lx, j, vagueMagnitudes, 2);
  if (end < 0 || lx[end]?.lower !== 'of') return null;
  let value = VAGUE_MAGNITUDES[lx.slice(j, end).map((l) => l.lower).join(' ')];
  let k = end + 1;
  // "tens of thousands of", "hundreds of millions of"; "tens of millions" alone counts nothing named.
  const inner = VAGUE_MAGNITUDES[lx[k]?.lower ?? ''];
  if (inner !== undefined && inner >= 100) {
    value *= inner;
    if (lx[k + 1]?.lower !== 'of') {
      return { end: k + 1, figure: makeFigure(r, from, k + 1, { value, unit: null, kind: 'count', approximate: true, counted: null, rule: 'figures.vague' }) };
    }
    k += 2;
  }
  // "millions of dollars", "billions of euros": money.
  const money = currencyAfter(lx, k, true);
  if (money?.kind === 'money') {
    return { end: money.end, figure: makeFigure(r, from, money.end, { value, unit: money.unit, kind: 'money', approximate: true, counted: null, rule: 'figures.vague.money' }) };
  }
  const counted = countedAfter(lx, k, r.posOf);
  if (!counted) return null;
  const head = lx[counted.head].text;
  return {
    end: counted.end,
    figure: makeFigure(r, from, counted.end, { value, unit: head, kind: 'count', approximate: true, counted: spanText(r, counted.start, counted.end), rule: 'figures.vague' }),
  };
}

/** A number, its unit, an optional range and the thing counted. */
function numberFigure(r: Region, j: number, from: number, opening: Opening): Step | null {
  const { lx } = r;
  const first = coreAt(r, j, false);
  if (!first) return null;
  if (lx[j].lower === 'one' && first.number.end === j + 1 && lx[first.end]?.lower === 'of') return { end: first.end, figure: null };
  let core = first;
  let end = first.end;
  let ranged = false;
  const ratio = ratioAt(r, first, from, opening);
  if (ratio) return ratio;
  const link = lx[first.end];
  const year = !first.unit && first.number.end === first.start + 1 && isYear(lx[first.start]);
  if (link && isRangeLink(r, link, first, from, opening)) {
    const second = coreAt(r, first.end + 1, first.unit?.kind === 'money');
    // "six months to 30 June": the second number is a date, not the end of a range.
    const dated = (link.lower === 'to' || link.lower === 'through') && !!second && isDateTimeOrCode(lx, second.start, second.number.end);
    // "sales slipped from £3m in 2019 to £2m": a bare year does not open a range of money.
    const fromYear = year && (second?.unit?.kind === 'money' || second?.unit?.kind === 'percent');
    // "two thirds - 65% - of voters": a share restated, not the start of a range.
    const restated = first.number.fraction && first.value < 1;
    if (second && compatible(first, second) && !dated && !fromYear && !restated) {
      const dashed = RANGE_DASHES.has(link.text);
      const bare = !first.unit && !second.unit && !second.compound;
      // "3-1", "0-30" (a tennis game): scores, not ranges.
      const scored = first.value === 0 || isScore(first.value, second.value);
      // "Italy 17-28 Ireland", "Scotland 21-32 Wales": a result between two names.
      const betweenNames = isCapitalisedWord(lx[first.start - 1]) && isCapitalisedWord(lx[second.end]);
      if (dashed && bare && (first.value >= second.value || betweenNames || (scored && !countedAfter(lx, second.end, r.posOf)))) {
        return { end: second.end, figure: null };
      }
      // "deadlocked 4 to 4", "voted 7 to 2": a tally, not a range (without "from" or "between").
      if (link.lower === 'to' && bare && !opening.between && first.value >= second.value && !countedAfter(lx, second.end, r.posOf)) {
        return { end: second.end, figure: null };
      }
      // A range ascends: "51.3 percent to 44 percent" is a contest, two figures.
      if (first.value < second.value) {
        ranged = true;
        end = second.end;
        if (!first.unit && second.unit) core = { ...first, unit: second.unit, end: second.end };
        if (!first.number.scaled && second.number.scaled && first.value < second.number.value) core = { ...core, value: first.value * (second.value / second.number.value) };
      }
    }
  }
  // "won 52 to 38 percent", "rose 5 to 7 percent", "7, 8 or 10 percent": a bare number in a
  // list or contest that ends in a percentage is a percentage too.
  const listed = lx[first.start - 1]?.text === ',' && lx[first.start - 2]?.kind === 'digits';
  if (!ranged && !year && !first.unit && !first.compound && endsInPercent(r, first.end, listed)) {
    core = { ...first, unit: { unit: 'percent', kind: 'percent', end: first.end } };
  }
  if (rejected(r, first, core)) return { end, figure: null };
  // "up from €21m": "from" belongs to the text only when it opens a range.
  if (opening.between && !ranged) from = j;
  if (isBareAge(r, core, from)) {
    return { end, figure: makeFigure(r, from, end, { value: core.value, unit: 'years', kind: 'age', approximate: opening.approximate, counted: null, rule: 'figures.age.apposition' }) };
  }
  // "60 or so of them", "30 or so pastors", "killing 107 or more": approximate.
  if (isLooseBound(lx, end)) return finish(r, core, from, end + 2, true, ranged);
  return finish(r, core, from, end, opening.approximate, ranged);
}

/** Words after "or" that loosen a number into an estimate or a bound: "or so", "or more", "or fewer". */
const LOOSE_BOUNDS = new Set(['so', 'more', 'fewer', 'less']);

/** "or so", "or more" at lexeme k (not "or more than $42bn", another figure). */
const isLooseBound = (lx: Lexeme[], k: number): boolean =>
  lx[k]?.lower === 'or' && LOOSE_BOUNDS.has(lx[k + 1]?.lower ?? '') && lx[k + 2]?.lower !== 'than';

/**
 * What joins the two ends of a range: a dash, "through", "to" (unless it ends a change: "rose from $3 to
 * $5", but "ranged from 3 to 5"), "and" after "between", and "or" between a bare number and
 * one with a unit or a plural noun ("10 or 15 percent", "two or three days", "one or two goals").
 */
function isRangeLink(r: Region, link: Lexeme, first: Core, from: number, opening: Opening): boolean {
  // "grades three through eight", "ages 3 through 17".
  if (RANGE_DASHES.has(link.text) || link.lower === 'through') return true;
  if (link.lower === 'to') return !isChange(r, from) || (opening.between && rangeVerbs.has(r.lx[from - 1]?.lower ?? ''));
  if (link.lower === 'and') return opening.between;
  return link.lower === 'or' && !first.unit && !first.compound && hasUnitAfter(r, first.end + 1);
}

/** Links of a list or a contest of bare numbers: "52 to 38 percent", "7, 8, 10 percent". */
const LIST_LINKS = new Set(['to', ',', 'and', 'or']);
/** Numbers a list of bare numbers may run on for before its percentage. */
const LIST_LENGTH = 4;

/**
 * Does a chain of bare numbers starting after lexeme `end` close on a percentage? A comma alone
 * before the percentage is no list ("on June 3, 40 percent said") unless one came before
 * (`listed`: "7, 8, 10 percent").
 */
function endsInPercent(r: Region, end: number, listed: boolean): boolean {
  let k = end;
  for (let step = 0; step < LIST_LENGTH && LIST_LINKS.has(r.lx[k]?.lower ?? ''); step++) {
    const comma = r.lx[k].text === ',';
    const next = coreAt(r, r.lx[k + 1]?.lower === 'and' || r.lx[k + 1]?.lower === 'or' ? k + 2 : k + 1, false);
    if (!next) return false;
    if (next.unit) return next.unit.kind === 'percent' && !(comma && step === 0 && !listed);
    if (next.compound) return false;
    k = next.end;
  }
  return false;
}

/** The number at i carries a unit of its own, or counts a plural noun ("two or three goals"). */
function hasUnitAfter(r: Region, i: number): boolean {
  const core = coreAt(r, i, false);
  if (!core) return false;
  if (core.unit) return core.unit.kind !== 'share';
  const counted = countedAfter(r.lx, core.end, r.posOf);
  return !!counted && r.isPlural(r.lx[counted.head]);
}

/**
 * "one in five Americans", "two out of three voters" (shares) and "two out of
 * three", "one over three" (bare fractions): the first number divided by the second.
 */
function ratioAt(r: Region, first: Core, from: number, opening: Opening): Step | null {
  const { lx } = r;
  // "nine times out of ten": how often, a share of the times.
  const often = lx[first.end]?.lower === 'times' && lx[first.end + 1]?.lower === 'out' ? 1 : 0;
  const at = first.end + often;
  // "three-in-five voters": the same ratio, hyphenated.
  const hyphened = lx[at]?.text === '-' && lx[at + 1]?.lower === 'in' && lx[at + 2]?.text === '-';
  const link = hyphened ? 'in' : lx[at]?.lower;
  const outOf = link === 'out' && lx[at + 1]?.lower === 'of';
  if (first.unit || (link !== 'in' && link !== 'over' && !outOf)) return null;
  const second = coreAt(r, at + (hyphened ? 3 : outOf ? 2 : 1), false);
  if (!second || second.unit || second.value === 0 || second.value < first.value) return null;
  // In digits only "3 in 10", "1 in 100": "3 in 5 games" may be anything.
  if (link === 'in' && (second.value === first.value || (!first.number.spelled && !isPowerOfTen(second.value)))) return null;
  const value = first.value / second.value;
  const counted = countedAfter(lx, second.end, r.posOf);
  const share: Core = link === 'in' || (outOf && (counted || often))
    ? { ...second, value, unit: { end: second.end, unit: 'share', kind: 'share' }, compound: null }
    : { ...second, value, compound: null };
  return finish(r, share, from, second.end, opening.approximate, false);
}

/** A singular unit of time or measure ("month", "mile"). */
const isUnitWord = (word: string): boolean => TIME_UNITS[word] !== undefined || MEASURE_UNITS[word] !== undefined;

const isPowerOfTen = (v: number): boolean => v >= 10 && Number.isInteger(Math.log10(v));

/** "rose $1.50 to $85", "cut by 2% to 3%": after a verb or "by", "X to Y" is a change, not a range. */
function isChange(r: Region, from: number): boolean {
  const before = r.lx[from - 1];
  return !!before && (r.posOf(before) === 'VERB' || ['by', 'up', 'down'].includes(before.lower));
}

/**
 * "Smith, 47, said", "Jones, then 52." (a bare whole number set off after a name), "as the
 * governor turns 60" (after a verb of reaching an age) and "voters 65 and older": an age.
 */
function isBareAge(r: Region, core: Core, from: number): boolean {
  const { lx } = r;
  if (core.unit || core.compound || !Number.isInteger(core.value) || core.value < 1 || core.value >= 120) return false;
  // "when he was around 10,": an approximate age after a person being.
  if (isPersonBeing(lx, from) && (closesAge(lx[core.end]) || closesAgeInTime(lx, from, core.end)) && !countedAfter(lx, core.end, r.posOf)) return true;
  if (from !== core.start) return false;
  if (ageVerbs.has(lx[from - 1]?.lower ?? '') && !countedAfter(lx, core.end, r.posOf)) return true;
  const andOlder = (lx[core.end]?.lower === 'and' || lx[core.end]?.lower === 'or') && ['older', 'over'].includes(lx[core.end + 1]?.lower ?? '');
  if (andOlder && lx[from].kind === 'digits') return true;
  const comma = lx[from - 1]?.lower === 'then' ? from - 2 : from - 1;
  const name = lx[comma - 1];
  if (lx[comma]?.text !== ',' || !closesAge(lx[core.end]) || lx[from].kind !== 'digits' || name?.kind !== 'word') return false;
  if (r.posOf(name) === 'PROPN' && /^\p{Lu}/u.test(name.text)) return true;
  // "The veteran director, 68, won", "his eldest daughter, 34, has": a noun set off before its verb.
  const verb = lx[core.end + 1];
  return r.posOf(name) === 'NOUN' && lx[core.end].text === ',' && !!verb && (r.posOf(verb) === 'VERB' || r.posOf(verb) === 'AUX');
}

/** "she's 17,", "he was only 40.", "I'm 27 and": a person is a number of years. */
function isPersonBeing(lx: Lexeme[], from: number): boolean {
  const at = ['only', 'just', 'now', 'still', 'already'].includes(lx[from - 1]?.lower ?? '') ? from - 1 : from;
  const one = lx[at - 1]?.lower ?? '';
  const two = `${lx[at - 2]?.lower ?? ''} ${one}`;
  return personBeing.has(one) || personBeing.has(two);
}

/** How far a list of numbers may be walked back to the name that opens it ("Robben 45, 79, 88"). */
const MAX_LISTED = 8;

/** The first number of the comma list that ends at lexeme `at` (`at` itself when none comes before). */
function listHead(lx: Lexeme[], at: number): number {
  let head = at;
  for (let k = 0; k < MAX_LISTED && lx[head - 1]?.text === ',' && lx[head - 2]?.kind === 'digits'; k++) head -= 2;
  return head;
}

/** A list of numbers goes on or ends after lexeme i - 1: ", 79", ".", ";", ")" or nothing. */
function endsList(lx: Lexeme[], i: number): boolean {
  const next = lx[i];
  return !next || ['.', ';', ')'].includes(next.text) || (next.text === ',' && lx[i + 1]?.kind === 'digits');
}

/** After "he was 18", words of when or why that close an age: "he was 18 at the time", "she was six so". */
const AGE_TIME_CLOSERS = new Set(['at', 'in', 'so', 'because', 'but', 'then', 'or']);
/** "she was 40 at the halfway mark", "he was 3 in the race": a place in a contest, not an age. */
const CONTEST_PLACES = new Set(['race', 'standings', 'table', 'rankings', 'halfway', 'final', 'heat', 'polls', 'field', 'league', 'queue', 'line']);

/**
 * "he was 18 at the time", "I was 27 in 2010", "she was six so": one person's age closed by when or
 * why. Not a group ("they were 12 in all") nor a place in a contest ("she was 40 at the halfway mark").
 */
function closesAgeInTime(lx: Lexeme[], from: number, end: number): boolean {
  const group = ['we', 'they', 'you', 'were', 'are', "you're"];
  if ([1, 2, 3].some((k) => group.includes(lx[from - k]?.lower ?? ''))) return false;
  const word = lx[end]?.lower ?? '';
  if ((word === 'at' || word === 'in') && lx[end + 1]?.lower === 'the' && CONTEST_PLACES.has(lx[end + 2]?.lower ?? '')) return false;
  return AGE_TIME_CLOSERS.has(word);
}

/** What may close an age set off after a name: "Smith, 47, said", "with Jones, 52.", "Lee, 17 - who". */
const AGE_CLOSERS = new Set([',', '.', ';', ')', 'and', 'when', '-', '–', '—']);

/** A closer, but not a hyphen joined to the number ("he was one-in-a-million"). */
function closesAge(l: Lexeme | undefined): boolean {
  return !!l && AGE_CLOSERS.has(l.text) && !(l.text === '-' && l.glued);
}

const isCapitalisedWord = (l: Lexeme | undefined): boolean => !!l && l.kind === 'word' && /^\p{Lu}/u.test(l.text);

/** Both ends of a range read alike: same currency, or one of them bare. */
function compatible(a: Core, b: Core): boolean {
  if (!a.unit || !b.unit) return !a.compound && !(a.unit?.kind === 'age');
  return a.unit.unit === b.unit.unit;
}

/** Dates, years, times, names, codes and ordinal "a third attempt"s are not figures. */
function rejected(r: Region, first: Core, core: Core): boolean {
  const { lx } = r;
  const unit = core.unit;
  const at = first.start;
  const word = lx[at].lower;
  if ((word === 'half' || word === 'quarter') && (isPeriodWord(lx, at) || isModifiedPart(r, at))) return true;
  // "a month and a half", "an hour and a half": the rest of a measure whose "a" is no figure.
  if (first.value === 0.5 && lx[at - 1]?.lower === 'and' && isUnitWord(lx[at - 2]?.lower ?? '')) return true;
  if (isInTitle(r, at, first.number.end)) return true;
  // "6:00p.m.": minutes of a time of day, whatever letter follows.
  if (lx[at - 1]?.text === ':' && lx[at].glued && lx[at - 2]?.kind === 'digits') return true;
  // "$2.86 per thousand cubic feet", "12 deaths per 100,000 people": the base of a rate, not a quantity.
  if (lx[at - 1]?.lower === 'per') return true;
  if (unit?.kind === 'money' || unit?.kind === 'percent' || unit?.kind === 'share') return false;
  if (isSomeTime(r, first, core)) return true;
  if (isDateTimeOrCode(lx, at, first.number.end) || isHouseNumber(lx, first.number.end)) return true;
  const after = lx[first.number.end];
  if (!unit && !core.compound && after?.glued && after.kind === 'word') return true;
  // A year or a name stays one even before a duration ("2021 day three", "Apollo 9 days").
  const loose = !unit || TIME_UNITS[lx[unit.end - 1]?.lower ?? ''] !== undefined;
  if (loose && lx[at].kind === 'digits' && first.number.end === at + 1 && isYear(lx[at])) return true;
  if (loose && isNumbering(lx, at)) return true;
  const counted = countedAfter(lx, first.number.end, r.posOf);
  // "Tupolev 154", "the Karst 4 gas field", "a Formula 1 team", "Formula 1 teams" (a singular
  // noun after a name is labelled, not counted, and "1" never counts a plural; "one" spelled out
  // may still count: "gave Smith one vote").
  const countsMany = counted && ((first.value === 1 && first.number.spelled) || (r.isPlural(lx[counted.head]) && first.value !== 1));
  if (loose && !countsMany && followsName(lx, at, r.posOf, r.startsSentence, !!counted)) return true;
  // "Smith 45, 52": a further number listed after a name's number (goal minutes) is the name's too,
  // when the list goes on or ends there ("Of the Fortune 500, 45 are run by women" counts).
  const head = listHead(lx, at);
  if (!unit && !counted && head < at && endsList(lx, first.number.end) && followsName(lx, head, r.posOf, r.startsSentence, false)) return true;
  if (!unit && !core.compound && !countsMany && isItemNumber(r, at, counted)) return true;
  // "finished second in 7.82", "won in 30.26": a bare decimal after "in" is a time run, not a count.
  if (!unit && !core.compound && !counted && lx[at - 1]?.lower === 'in' && lx[at].kind === 'digits' && !Number.isInteger(first.value)) return true;
  // "the 320 Neo", "Formula 1 driver": a number before a proper name belongs to it.
  const next = lx[first.number.end];
  if (!unit && !core.compound && !counted && next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && r.posOf(next) === 'PROPN') return true;
  if (unit || core.compound) return false;
  // "the two were close to a deal": a spelled number standing for things named before.
  if (first.number.spelled && !counted && referringDeterminers.has(lx[at - 1]?.lower ?? '')) return true;
  // "the top five", "a top 10 player": a rank, unless it counts many ("the top 20 firms").
  if ((!counted || !r.isPlural(lx[counted.head]) || isChartRank(r, at)) && rankOpeners.has(lx[at - 1]?.lower ?? '')) return true;
  // "slipped to eight in the world", "risen to 120 in the rankings": a place in a ranking.
  if (!counted && matchPhrase(lx, first.number.end, rankingPlaces, 4) > 0) return true;
  // "zero tolerance", "zero hour": "zero" before a singular noun is an idiom, not a count.
  if (first.value === 0 && first.number.spelled && counted && !r.isPlural(lx[counted.head])) return true;
  // "a third attempt": an ordinal; "half" and "quarter" are never ordinals.
  return first.number.fraction && word !== 'half' && word !== 'quarter' && !!counted;
}

/**
 * "3 Jane Smith On Why ...", "7 “Best Picture” ...", a paragraph of "12" alone: one or two
 * digits opening a paragraph or a sentence before a capital (nothing counted) number an item of
 * a list (not "42,093" alone, a crowd).
 */
function isItemNumber(r: Region, at: number, counted: CountedRead | null): boolean {
  const { lx } = r;
  const next = lx[at + 1];
  if (r.titleCase || !/^\d{1,2}$/.test(lx[at].text) || (at !== 0 && !r.startsSentence(lx[at]))) return false;
  // "12 Democrats signed" counts; in "4 Mark Jones Explains Why" the capitals run on.
  const after = counted ? lx[counted.end] : undefined;
  if (counted && /[^s']s$/.test(lx[counted.head].text) && !(after?.kind === 'word' && /^\p{Lu}/u.test(after.text))) return false;
  if (next) return !next.glued && (/^\p{Lu}/u.test(next.text) || QUOTE_OPENERS.has(next.text));
  // Alone on its line, the item's title on the next one.
  return /^\s*\n\s*[\p{Lu}"“'‘]/u.test(r.text.slice(lx[at].end, lx[at].end + LINE_GAP));
}

/** Characters of blank lines read after an item number alone on its line. */
const LINE_GAP = 8;

const QUOTE_OPENERS = new Set(['"', '“', "'", '‘']);

/** Possessives before a part of a field or a team: "our own half", "in their half". */
const PART_OWNERS = new Set(['own', 'our', 'their', 'his', 'her', 'its', 'my', 'your']);

/** "our own half", "a Welsh half", "the bottom half": "half" heads a noun phrase of its own (not "shuttered half of"). */
function isModifiedPart(r: Region, at: number): boolean {
  const before = r.lx[at - 1];
  if (!before || before.kind !== 'word') return false;
  const modified = (r.posOf(before) === 'ADJ' || r.posOf(before) === 'PROPN') && ARTICLES.has(r.lx[at - 2]?.lower ?? '');
  return PART_OWNERS.has(before.lower) || modified;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Words before "one day" that make it a length of time: "in one day", "with one day to go". */
const DURATION_OPENERS = new Set([
  'in', 'for', 'within', 'only', 'just', 'than', 'of', 'by', 'over', 'after', 'about', 'around', 'nearly',
  'almost', 'least', 'to', 'per', 'with', 'under', 'barely', 'more', 'less', 'between', 'from',
  // Verbs that take a length of time: "served one year", "waited one day".
  'last', 'lasted', 'lasting', 'take', 'took', 'takes', 'spend', 'spent', 'serve', 'served', 'serving', 'wait', 'waited', 'stay', 'stayed',
]);

/** Words after "one day" that make it a length of time: "one day before", "one day a week". */
const DURATION_CLOSERS = new Set(['after', 'before', 'later', 'earlier', 'ago', 'left', 'until', 'a', 'per', 'of']);

/**
 * "One day you will", "hope one day to", "brilliant one minute, inept the next": "one" and a
 * unit of time naming some moment, not a length of time.
 */
function isSomeTime(r: Region, first: Core, core: Core): boolean {
  const { lx } = r;
  if (lx[first.start].lower !== 'one' || core.unit?.kind !== 'measure' || TIME_UNITS[lx[core.end - 1]?.lower ?? ''] === undefined || core.end !== first.start + 2) return false;
  const next = lx[core.end];
  if (next && (DURATION_CLOSERS.has(next.lower) || r.posOf(next) === 'NOUN')) return false;
  return !DURATION_OPENERS.has(lx[first.start - 1]?.lower ?? '');
}

/** "two US top 10 albums", "three top five hits": another number counts; "top 10" is a rank. */
function isChartRank(r: Region, at: number): boolean {
  const { lx } = r;
  const counter = (l: Lexeme | undefined): boolean => !!l && (l.kind === 'digits' || NUMBER_WORDS[l.lower] !== undefined);
  return counter(lx[at - 2]) || counter(lx[at - 3]);
}

/**
 * "the Big Ten", "the Group of Nine", "Million Pound Man", "the show 60 Minutes": a
 * capitalised number word, or unit word after the number, inside a sentence is part of a title.
 */
function isInTitle(r: Region, at: number, numberEnd: number): boolean {
  const { lx } = r;
  if (r.titleCase) return false;
  const word = lx[at];
  const numberWord = NUMBER_WORDS[word.lower] !== undefined || SCALE_WORDS[word.lower] !== undefined || word.lower === 'half';
  const before = lx[at - 1];
  if (numberWord && /^\p{Lu}/u.test(word.text) && !r.startsSentence(word) && (before?.kind === 'word' || before?.kind === 'digits')) return true;
  const unitWord = lx[numberEnd];
  return word.kind === 'digits' && !!unitWord && !unitWord.glued && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(unitWord.text) && isLowerCaseUnit(lx, numberEnd);
}

/** A unit usually written in lower case ("minutes", "cent"; not "Mbps"). */
function isLowerCaseUnit(lx: Lexeme[], i: number): boolean {
  // "50 Cent's label": the unit word without its possessive, read alone.
  const word = [{ ...lx[i], lower: lx[i].lower.replace(/'s$/, '') }];
  const money = currencyAfter(word, 0, true);
  if (money) return true;
  const measure = measureAfter(word, 0);
  return !!measure && measure.unit === measure.unit.toLowerCase();
}

/** Unit, counted noun, rate and text of a finished figure. */
function finish(r: Region, core: Core, from: number, end: number, approximate: boolean, ranged: boolean): Step {
  const { lx } = r;
  let textEnd = end;
  const unit = core.unit;
  let counted: string | null = null;
  if (unit?.kind === 'money' || unit?.kind === 'measure') {
    const rate = rateAfter(lx, textEnd);
    if (rate > 0) textEnd = rate;
  }
  let nounStart = textEnd;
  const measured = unit?.kind === 'measure' && !core.compound;
  if (unit?.kind === 'percent' || unit?.kind === 'share' || unit?.kind === 'money' || measured) {
    // "58% of voters", "$9 million in sales", "half the board", "1,800 tonnes of wheat"
    if (lx[nounStart]?.lower === 'of' || (!measured && lx[nounStart]?.lower === 'in')) nounStart++;
    else if (measured) nounStart = -1;
    if (lx[nounStart]?.lower === 'the') nounStart++;
  }
  // "the 24-year-old's album": what follows a possessive is owned, not counted.
  const possessive = /'s$/.test(lx[end - 1].lower);
  const noun = nounStart < 0 || possessive ? null : countedAfter(lx, nounStart, r.posOf) ?? (unit ? null : partOfGroup(r, nounStart));
  // A share ("half the board", "one in five", "cut by a quarter") is a percentage: 50, 20, 25 percent.
  const share = unit?.kind === 'share' || (!unit && !core.compound && !noun && isBareShare(r, core, from));
  const kind: FigureKind = unit && unit.kind !== 'share' ? unit.kind : share ? 'percent' : 'count';
  let unitName = share ? 'percent' : unit?.unit ?? core.compound;
  if (noun) {
    counted = spanText(r, noun.start, noun.end);
    if (!unit && (!core.compound || SIZE_COMPOUND_SET.has(core.compound.toLowerCase()))) unitName = lx[noun.head].text;
    if (!unit || unit.kind === 'age' || core.compound) textEnd = noun.end;
  }
  // "one" (or "a") counting a single thing is no figure: "one dealer said", "a one-way ticket".
  if (!unit && core.value === 1 && core.number.spelled) return { end, figure: null };
  // "five players or more", "a dozen songs or so": the bound may follow what is counted.
  if (noun && textEnd === noun.end && isLooseBound(lx, textEnd)) {
    textEnd += 2;
    approximate = true;
  }
  const rule = `figures.${unit?.kind ?? (share ? 'share' : kind)}${ranged ? '.range' : ''}`;
  return {
    end: textEnd,
    figure: makeFigure(r, from, textEnd, { value: share ? round(core.value * 100) : core.value, unit: unitName, kind, approximate, counted, rule }),
  };
}

/** Determiners of a whole that a count takes part of: "nine of their players", "two of the bills". */
const WHOLE_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'your', 'my']);

/** "nine of their foreign-based players": the plural after "of" and a determiner is what is counted (not "two of the 22"). */
function partOfGroup(r: Region, k: number): ReturnType<typeof countedAfter> {
  const { lx } = r;
  if (lx[k]?.lower !== 'of' || !WHOLE_DETERMINERS.has(lx[k + 1]?.lower ?? '')) return null;
  const noun = countedAfter(lx, k + 2, r.posOf);
  // "nine of the league's 18 clubs": an owner, then another number, is no group of nine.
  const owner = (i: number): boolean => /'s$/.test(lx[i]?.lower ?? '') || lx[i + 1]?.lower === "'s";
  return noun && r.isPlural(lx[noun.head]) && !owner(noun.head) ? noun : null;
}

/**
 * "fell by a third", "almost a third are interested" (before a verb), "More than half (54%)",
 * "two thirds - 64% -" (restated as a percentage): a fraction standing for part of a whole is a
 * share of it. A fraction on its own ("the result is ¾") stays a number, and "a third" may be an
 * ordinal ("added a third after the break").
 */
function isBareShare(r: Region, core: Core, from: number): boolean {
  if (!core.number.fraction || core.value >= 1) return false;
  const next = r.lx[core.end];
  const pos = next ? r.posOf(next) : undefined;
  return r.lx[from - 1]?.lower === 'by' || pos === 'VERB' || pos === 'AUX' || restatedAsPercent(r, core.end);
}

/** "(54%)", "- 64% -": a percentage in brackets or dashes right after. */
function restatedAsPercent(r: Region, k: number): boolean {
  if (!ASIDE_OPENERS.has(r.lx[k]?.lower ?? '')) return false;
  const n = readNumber(r.lx, k + 1);
  return !!n && !!percentAfter(r.lx, n.end);
}

const ASIDE_OPENERS = new Set(['(', '-', '–', '—']);

/** Percent from a fraction without binary noise (1/3 -> 33.333333333333336 -> 33.3333333333). */
function round(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

function spanText(r: Region, start: number, end: number): string {
  return r.text.slice(r.lx[start].start, r.lx[end - 1].end);
}

type FigureFields = Omit<Figure, 'text' | 'start' | 'end'>;

function makeFigure(r: Region, from: number, end: number, fields: FigureFields): Figure {
  const start = r.lx[from].start;
  const stop = r.lx[end - 1].end;
  return { text: r.text.slice(start, stop), start, end: stop, ...fields, value: fields.value === null ? null : withoutBinaryNoise(fields.value) };
}

/** "1.07" times a billion is 1070000000.0000001 in binary: fifteen significant digits are exact. */
function withoutBinaryNoise(n: number): number {
  return Number(n.toPrecision(15));
}

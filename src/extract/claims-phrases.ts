import type { Token, Tokens } from '../model/document.js';
import { TIME_NOUNS, TIME_OPENERS } from '../lexicon/time-words.js';

/** A run of tokens [first, last] (inclusive indices into Document.tokens). */
export interface TokenRun {
  first: number;
  last: number;
}

/** What a noun-phrase walk may not cross: sentence bounds and quoted tokens. */
export interface Bounds {
  tokens: Tokens;
  /** Index of the quote holding each token, or -1. */
  quoteOf: Int32Array;
  sentenceStart: number;
  sentenceEnd: number;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Prepositions that stay inside a source's description ("spokesman for the ministry"). */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'between', 'to']);
const RIGHT_PREPOSITIONS = new Set(['of', 'for', 'from']);

const TIME = new Set(TIME_NOUNS);
const TIME_OPENING = new Set(TIME_OPENERS);

const lower = (t: Token) => t.text.toLowerCase();

/** Dashes that set off an aside or hand a sentence over ("—", "–", and "--" typed for one). */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
export const isDash = (t: Token): boolean => DASHES.has(t.text);

/** Pronouns that open a relative clause ("an architect who said ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
export const isPossessive = (t: Token) => t.pos === 'PART' && /^['’]s$/i.test(t.text);
const isHead = (t: Token) => t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && PERSONAL_PRONOUNS.has(lower(t)));

/** Quantifiers that stand for the people counted ("some", "many", "most"); "all" and "both" float after a subject. */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'half']);
const isQuantity = (t: Token) => t.pos === 'NUM' || QUANTIFIERS.has(lower(t));
const WH_DETERMINERS = new Set(['what', 'which', 'whose', 'whatever']);
const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those']);
const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
/** "their lawyers": a possessive pronoun before a noun determines it as "the" would. */
export const isPossessiveDeterminer = (t: Token, next: Token | undefined) => POSSESSIVE_DETERMINERS.has(lower(t)) && next !== undefined && NOMINAL.has(next.pos);
const isDeterminer = (t: Token, next: Token | undefined) => t.pos === 'DET' || isPossessiveDeterminer(t, next);

/** A hyphen joining two words with no space ("labor-policy experts"). */
export function isInnerHyphen(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  return tokens.get(i).text === '-' && prev !== undefined && next !== undefined && prev.end === tokens.get(i).start && tokens.get(i).end === next.start;
}

export function isPersonalPronoun(t: Token): boolean {
  return t.pos === 'PRON' && PERSONAL_PRONOUNS.has(lower(t));
}

/** Quantifiers that may follow the subject they count ("the senators both said"). */
const FLOATED = new Set(['all', 'both', 'each', 'itself', 'himself', 'herself', 'themselves']);
const NAMES = new Set(['NOUN', 'PROPN', 'PRON']);
const NOMINAL_HEAD = new Set(['NOUN', 'PROPN']);

// Not "neither": "would neither confirm nor deny" says nothing.
const CORRELATIVES = new Set(['both', 'either']);

/** Skip adverbs and auxiliaries between a subject and its verb ("Lima also said", "has told"). */
export function skipLeftModifiers(b: Bounds, from: number): number {
  let i = from;
  let dated = false;
  while (i >= b.sentenceStart && b.quoteOf[i] < 0) {
    const t = b.tokens.get(i);
    const time = TIME.has(lower(t));
    // "Lee and Cho all said", "Lee (D-Ore.) and Cho (D-Ohio) all said", "the firm itself said": a quantifier or an intensive pronoun floated after the subject.
    const floated = FLOATED.has(lower(t)) && i > b.sentenceStart && (NAMES.has(b.tokens.get(i - 1).pos) || b.tokens.get(i - 1).pos === 'AUX' || b.tokens.get(i - 1).text === ')');
    // "who has both endorsed X and criticized Y": a correlative after an auxiliary or "who" opens joined verbs.
    const correlative = CORRELATIVES.has(lower(t)) && i > b.sentenceStart && (b.tokens.get(i - 1).pos === 'AUX' || RELATIVE_PRONOUNS.has(lower(b.tokens.get(i - 1))));
    if (t.pos === 'ADV' || t.pos === 'AUX' || lower(t) === 'not' || floated || correlative) i--;
    else if (time) i = i > b.sentenceStart && TIME_OPENING.has(lower(b.tokens.get(i - 1))) ? i - 2 : i - 1;
    // "A poll released Friday shows": a participle dated after the noun it describes.
    else if (dated && t.pos === 'VERB' && /ed$/i.test(t.text) && i > b.sentenceStart && NOMINAL_HEAD.has(b.tokens.get(i - 1).pos)) i--;
    else if (t.text === ')' && openingParenthesis(b, i) >= 0) i = openingParenthesis(b, i) - 1;
    else break;
    dated = time;
  }
  return i;
}

/** How far back a parenthesis ("Rep. Jane Doe (D-Wis.) said") may open. */
const MAX_PARENTHESIS_TOKENS = 8;

function openingParenthesis(b: Bounds, close: number): number {
  for (let i = close - 1; i >= Math.max(b.sentenceStart, close - MAX_PARENTHESIS_TOKENS); i--) if (b.tokens.get(i).text === '(') return i;
  return -1;
}

/** "Those close to him", "friends close to the mayor": people described by whom they are close to, ending at token `i`. */
function closeToSomeone(b: Bounds, i: number): TokenRun | null {
  const { tokens } = b;
  if (i - 3 < b.sentenceStart || lower(tokens.get(i - 1)) !== 'to' || lower(tokens.get(i - 2)) !== 'close' || !NAMES.has(tokens.get(i).pos)) return null;
  if (tokens.get(i - 3).pos === 'DET' || tokens.get(i - 3).pos === 'PRON') return { first: i - 3, last: i };
  const people = nounPhraseLeftOf(b, i - 3);
  return people ? { first: people.first, last: i } : null;
}

/** The noun phrase ending at token `from` (walking left): the subject of a following verb. */
export function nounPhraseLeftOf(b: Bounds, from: number): TokenRun | null {
  const { tokens } = b;
  let i = from;
  if (i < b.sentenceStart || b.quoteOf[i] >= 0) return null;
  const close = closeToSomeone(b, i);
  if (close) return close;
  if (isPersonalPronoun(tokens.get(i))) return { first: i, last: i };
  // "those surveyed say": a participle after "those" names the people it describes.
  if (i - 1 >= b.sentenceStart && lower(tokens.get(i - 1)) === 'those' && tokens.get(i).pos === 'VERB' && /ed$/i.test(tokens.get(i).text)) return { first: i - 1, last: i };
  // "Most of them said": a share of a group named by a pronoun.
  if (i - 2 >= b.sentenceStart && PARTITIVE_PRONOUNS.has(lower(tokens.get(i))) && lower(tokens.get(i - 1)) === 'of' && isQuantity(tokens.get(i - 2))) return { first: i - 2, last: i };
  let first = -1;
  while (i >= b.sentenceStart && b.quoteOf[i] < 0) {
    const t = tokens.get(i);
    const prev = tokens.get(i - 1);
    // "what local critics called": a question word opens the clause, it is not the subject's article.
    if (WH_DETERMINERS.has(lower(t))) break;
    // "42% say": a percent sign after its number names a share of people.
    const percent = t.text === '%' && prev !== undefined && prev.pos === 'NUM';
    if (NOMINAL.has(t.pos) || percent || isPossessive(t) || isInnerHyphen(tokens, i) || (i > b.sentenceStart && isInnerHyphen(tokens, i - 1))) first = i;
    else if (first >= 0 && modifyingParticiple(b, i)) first = i;
    else if (first >= 0 && isPersonalPronoun(t) && lower(tokens.get(i + 1)) === 'and') first = i;
    // "an analysis of newly released filings": a manner adverb before the participle opening the phrase.
    else if (first === i + 1 && t.pos === 'ADV' && /ly$/i.test(t.text) && tokens.get(first).pos === 'VERB') first = i;
    // "his top aide said": a possessive pronoun determines the phrase as an article does.
    else if (t.pos === 'DET' || (first === i + 1 && isPossessiveDeterminer(t, tokens.get(i + 1)))) {
      first = i;
      // "a person familiar with the talks between the ministry and the donors": the phrase goes on past "and".
      // "a person close to the campaign": "to" after "close" stays inside the description.
      const closeTo = lower(prev ?? t) === 'to' && i - 2 >= b.sentenceStart && lower(tokens.get(i - 2)) === 'close';
      const inner = prev !== undefined && i - 1 >= b.sentenceStart && ((prev.pos === 'ADP' && INNER_PREPOSITIONS.has(lower(prev))) || (prev.pos === 'CCONJ' && lower(prev) === 'and') || closeTo);
      if (!inner) break;
    } else if ((t.pos === 'ADP' && (INNER_PREPOSITIONS.has(lower(t)) || (lower(t) === 'to' && lower(prev ?? t) === 'close'))) || (t.pos === 'CCONJ' && lower(t) === 'and')) {
      // "he and Mr. Allen said": a personal pronoun may be joined before the name.
      if (first < 0 || i - 1 < b.sentenceStart || !(NOMINAL.has(prev.pos) || prev.pos === 'DET' || (lower(t) === 'and' && isPersonalPronoun(prev)))) break;
    } else break;
    i--;
  }
  return first >= 0 ? withHead(tokens, first, from) : null;
}

/** The noun phrase starting at token `from` (walking right): an inverted subject or a source. */
export function nounPhraseRightOf(b: Bounds, from: number): TokenRun | null {
  const { tokens } = b;
  if (from >= b.sentenceEnd || b.quoteOf[from] >= 0) return null;
  if (isPersonalPronoun(tokens.get(from))) return { first: from, last: from };
  let last = -1;
  for (let i = from; i < b.sentenceEnd && b.quoteOf[i] < 0; i++) {
    const t = tokens.get(i);
    const next = tokens.get(i + 1);
    const prev = tokens.get(i - 1);
    const continues = next !== undefined && i + 1 < b.sentenceEnd && (NOMINAL.has(next.pos) || isDeterminer(next, tokens.get(i + 2)));
    const startsAnother = last >= 0 && prev.pos !== 'ADP' && (isDeterminer(t, next) || (t.pos === 'ADJ' && prev.pos === 'PROPN' && !titleBeforeName(b, i)));
    if (startsAnother) break;
    if (NOMINAL.has(t.pos) || isDeterminer(t, next) || isPossessive(t) || isInnerHyphen(tokens, i)) last = i;
    // "the most recent data": an adverb grading the adjective after it stays inside the phrase.
    else if (t.pos === 'ADV' && last >= 0 && next !== undefined && i + 1 < b.sentenceEnd && next.pos === 'ADJ' && (prev.pos === 'DET' || prev.pos === 'ADJ')) continue;
    else if (t.pos === 'ADP' && last >= 0 && continues &&
      (RIGHT_PREPOSITIONS.has(lower(t)) || (lower(t) === 'with' && lower(prev) === 'familiar') || (lower(t) === 'to' && lower(prev) === 'close') || (lower(t) === 'to' && /^\p{Lu}/u.test(prev.text)))) continue;
    else if (t.pos === 'CCONJ' && lower(t) === 'and' && last >= 0 && continues && prev.pos === 'PROPN') continue;
    else break;
  }
  return last >= 0 ? withHead(tokens, from, last) : null;
}

/** "elected officials", "striking workers": a participle opening a noun phrase modifies it. */
function modifyingParticiple(b: Bounds, i: number): boolean {
  const t = b.tokens.get(i);
  const prev = b.tokens.get(i - 1);
  const opens = i === b.sentenceStart || ['PUNCT', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'ADV'].includes(prev.pos);
  return t.pos === 'VERB' && /(ed|ing)$/i.test(t.text) && opens && b.quoteOf[i - 1] < 0;
}

/** "Acme Corp senior analyst Jane Doe": adjectives and nouns from token `i` that end in a name. */
function titleBeforeName(b: Bounds, i: number): boolean {
  let k = i;
  while (k < b.sentenceEnd && b.quoteOf[k] < 0 && b.tokens.get(k).pos === 'ADJ') k++;
  if (k === i || k >= b.sentenceEnd || b.tokens.get(k).pos !== 'NOUN') return false;
  while (k < b.sentenceEnd && b.quoteOf[k] < 0 && b.tokens.get(k).pos === 'NOUN') k++;
  return k < b.sentenceEnd && b.quoteOf[k] < 0 && b.tokens.get(k).pos === 'PROPN';
}

/** Trim dangling prepositions and conjunctions; a phrase needs a noun or pronoun to name anyone. */
function withHead(tokens: Tokens, first: number, last: number): TokenRun | null {
  while (first <= last && (tokens.get(first).pos === 'ADP' || tokens.get(first).pos === 'CCONJ')) first++;
  // "42% say": the percent sign stays with its number.
  const percentAt = (k: number) => tokens.get(k).text === '%' && k > first && tokens.get(k - 1).pos === 'NUM';
  while (last >= first && !isHead(tokens.get(last)) && tokens.get(last).pos !== 'ADJ' && !isQuantity(tokens.get(last)) && !percentAt(last)) last--;
  for (let i = first; i <= last; i++) if (isHead(tokens.get(i))) return { first, last };
  // "Some said", "About 4 in 10 say", "the two said": a count of people stands for them.
  if (last >= first && (isQuantity(tokens.get(last)) || percentAt(last))) return { first, last };
  // "the firm/ADJ claims": a determiner and an adjective make a noun the tagger missed.
  return last > first && tokens.get(first).pos === 'DET' && tokens.get(last).pos === 'ADJ' ? { first, last } : null;
}

/** The subject opening a sentence ("And in 2010, Ana Lima slammed ..."), if any; `named` asks for a name. */
/** A month's name or its abbreviation, capitalised ("September", "Sept."). */
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December|(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)$/;

export function sentenceSubject(b: Bounds, named = true): TokenRun | null {
  const { tokens } = b;
  let i = b.sentenceStart;
  const opener = tokens.get(i).pos;
  const fronted = opener === 'ADP' || opener === 'SCONJ' || opener === 'ADV' || opener === 'CCONJ';
  if (fronted) {
    for (let k = i; k < Math.min(b.sentenceEnd, i + MAX_OPENING_TOKENS); k++) {
      if (b.quoteOf[k] >= 0 || tokens.get(k).pos === 'VERB' || tokens.get(k).pos === 'AUX') break;
      if (tokens.get(k).text === ',') { i = k + 1; break; }
    }
    // "On Tuesday the agency said", "On May 3 they announced", "In 2001 a panel found": a short date may open without a comma.
    const date = tokens.get(i + 1);
    const dayAfter = i + 2 < b.sentenceEnd && tokens.get(i + 2).pos === 'NUM';
    if (i === b.sentenceStart && opener === 'ADP' && date !== undefined && (TIME.has(lower(date)) || date.pos === 'NUM' || (MONTH.test(date.text) && dayAfter))) {
      const day = dayAfter ? i + 3 : i + 2;
      if (day < b.sentenceEnd && tokens.get(day).pos !== 'PUNCT') i = day;
    }
    // "On Thursday, however, Hale said": an adverb set off after the opening phrase.
    if (i > b.sentenceStart && i + 1 < b.sentenceEnd && tokens.get(i).pos === 'ADV' && tokens.get(i + 1).text === ',') i += 2;
  }
  // "Chastened by the polls, Reed revised ...": a participle's phrase may open the sentence too.
  if (fronted) return subjectAt(b, i, named) ?? subjectAfterLongOpening(b, i, named, false);
  return subjectAt(b, i, named) ?? (opensWithParticiple(b) ? subjectAfterLongOpening(b, i, named, true) : null);
}

/** The sentence opens with a participle ("Stung by the criticism, ...", "Facing a recall, ...", "Chastened/ADJ by ..."). */
function opensWithParticiple(b: Bounds): boolean {
  const t = b.tokens.get(b.sentenceStart);
  return (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text)) || (t.pos === 'ADJ' && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(t.text));
}

/** How far a long opening phrase may run ("At the gym, which the charity turned into a shelter, Jane Doe sat"). */
const MAX_LONG_OPENING_TOKENS = 30;

/**
 * A subject (named, when `named` asks) after the comma that closes a long opening phrase; with
 * `verbNext`, only one its verb follows ("Speaking in Salem, New Hampshire, Doe said": not "New Hampshire").
 */
function subjectAfterLongOpening(b: Bounds, from: number, named: boolean, verbNext: boolean): TokenRun | null {
  for (let k = from; k < Math.min(b.sentenceEnd, from + MAX_LONG_OPENING_TOKENS) && b.quoteOf[k] < 0; k++) {
    const subject = b.tokens.get(k).text === ',' ? subjectAt(b, k + 1, named) : null;
    const next = subject ? b.tokens.get(subject.last + 1) : undefined;
    if (subject && (!verbNext || (next !== undefined && ['VERB', 'AUX', 'ADV'].includes(next.pos)))) return subject;
  }
  return null;
}

function subjectAt(b: Bounds, from: number, named: boolean): TokenRun | null {
  const { tokens } = b;
  let i = from;
  while (i < b.sentenceEnd && (tokens.get(i).pos === 'CCONJ' || tokens.get(i).pos === 'ADV')) i++;
  const first = nounPhraseRightOf(b, i);
  // "The Ledger and the Harbor chain filed": a second phrase joined by "and" belongs to the subject.
  const joined = first && lower(tokens.get(first.last + 1) ?? tokens.get(first.last)) === 'and' ? nounPhraseRightOf(b, first.last + 2) : null;
  const subject = first && joined ? { first: first.first, last: joined.last } : first;
  if (!subject || (named && tokens.get(subject.last).pos !== 'PROPN')) return null;
  const next = tokens.get(subject.last + 1);
  const verbFollows = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.text === ',' || next.text === '(');
  return verbFollows ? subject : null;
}

/** How long an opening phrase before a sentence's subject may be ("At Friday's hearing,"). */
const MAX_OPENING_TOKENS = 8;

/** Past a time phrase starting at token `i` ("this week", "on Thursday", "yesterday"). */
export function skipTimePhrase(b: Bounds, i: number): number {
  let j = i + 1 < b.sentenceEnd && TIME_OPENING.has(lower(b.tokens.get(i))) && TIME.has(lower(b.tokens.get(i + 1))) ? i + 1 : i;
  // "Thursday night", "last Monday morning": time nouns in a row make one phrase.
  while (j < b.sentenceEnd && TIME.has(lower(b.tokens.get(j)))) j++;
  return j;
}

// How a run sits in its line: results tables, fixtures, datelines, titles of works.
import type { Token } from '../model/document.js';
import { isAllCaps, type Run } from './actors-runs.js';
import { TITLE_ONLY_WORK_NOUNS, WORK_NOUNS } from '../lexicon/non-actors.js';
import { COMPASS_WORDS } from '../lexicon/actor-context.js';

/** A stretch of tokens read as one unit: the headline or one sentence of the body. */
export interface Segment {
  tokens: Token[];
  headline: boolean;
  lead: boolean;
  /** Mostly upper case (a wire headline): only gazetteer names are trusted in it. */
  shouting: boolean;
  /** Capitalised Like A Headline: only gazetteer names and names the body confirms count. */
  titleCase: boolean;
  /**
   * A line of titles after a dash ("Drama - Night Ferry", "Best Film - Cold Harbour"): its runs may
   * straddle lost line breaks, so only a person named by a given name stands on its own.
   */
  listLine: boolean;
}

export interface Reader {
  text: string;
  segment: Segment;
}

/**
 * A name that opens a line of a results table and is followed by a number ("Ashford 4 Brinley 1",
 * "Calder Rovers 16 11 5 0 32 12 38"): a team.
 */
export function tableEntry(r: Reader, run: Run): boolean {
  const all = r.segment.tokens;
  const end = run.at + run.tokens.length;
  if (!all[end] || !/^\d{1,3}$/.test(all[end].text)) return false;
  const previous = all[run.at - 1];
  // "Ashford 2 (Hale 30th) Brinley 1": a score with its scorers in brackets after it, or before.
  const scoreLine = all[end + 1]?.text === '(' || previous?.text === ')';
  return scoreLine || startsLine(r.text, run.tokens[0].start) || (!!previous && /^\d{1,3}$/.test(previous.text));
}

const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/**
 * "Ashford v Brinley", "Ashford (4) v Brinley (9)": the two sides of a fixture; in "DENVER AT
 * TORONTO" only the visitors, since the name after "AT" is where the game is played.
 */
export function fixture(r: Reader, run: Run): boolean {
  const all = r.segment.tokens;
  const versus = (t: Token | undefined): boolean => !!t && VERSUS.has(t.text.toLowerCase());
  const end = run.at + run.tokens.length;
  // A league position in brackets may sit between the side and "v".
  const ranked = all[end]?.text === '(' && /^\d{1,2}$/.test(all[end + 1]?.text ?? '') && all[end + 2]?.text === ')';
  const after = all[ranked ? end + 3 : end];
  return versus(after) || (r.segment.shouting && after?.text === 'AT') || versus(all[run.at - 1]);
}

/** "OSLO 2019-03-04", "AUSTIN, Texas": an upper-case town opening a line, where the story was filed. */
export function datelinePlace(r: Reader, run: Run): boolean {
  const next = r.segment.tokens[run.at + run.tokens.length];
  if (!next || !run.tokens.every(isAllCaps) || !startsLine(r.text, run.tokens[0].start)) return false;
  return next.text === ',' || /^[—–-]$/.test(next.text) || /^\d{4}-\d{2}-\d{2}$/.test(next.text);
}

/** "(Hale 2nd, Brandt 89th)", "(Okoro 12, Lindqvist 55)": a player after a team's score. */
export function scorer(r: Reader, run: Run): boolean {
  const next = r.segment.tokens[run.at + run.tokens.length];
  const previous = r.segment.tokens[run.at - 1];
  return !!next && !!previous && /^\d{1,3}(st|nd|rd|th)?$/.test(next.text) && (previous.text === '(' || previous.text === ',');
}

function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** "R-TX", "D-N" of "D-N.Y." after a US politician's name: party and state, not a name. */
export const PARTY_STATE_TAG = /^[A-Z]-[A-Z][A-Za-z.]{0,13}$/;
export const spanText = (r: Reader, tokens: Token[]): string => r.text.slice(tokens[0].start, tokens[tokens.length - 1].end);

/**
 * "in The Harbour Keeper", "the film, A Quiet Year,": a capitalised article inside a sentence opens
 * the title of a work; so does a noun of works before the name ("the documentary Night Ferry").
 */
export function namedWork(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (!previous) return false;
  const workNoun = WORK_NOUNS.has(previous.text) || TITLE_ONLY_WORK_NOUNS.has(previous.text);
  if (workNoun && (previous.pos === 'NOUN' || workAdjective(tokens, at - 1))) return true;
  if (inListOfWorks(tokens, at)) return true;
  return ['The', 'A', 'An'].includes(previous.text) && at - 1 > 0 && !/^[“"‘(:]$/.test(tokens[at - 2].text);
}

/** Words before "single" that make it a count, not a record ("not a single Calder fan"). */
const COUNTING = new Set(['a', 'every', 'no', 'one', 'any', 'each']);

/**
 * "Elvis' single Jailhouse Rock", "hit musical Night Ferry": a noun of works the tagger took for an
 * adjective, unless it counts or says where ("western Calder").
 */
function workAdjective(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i].pos === 'ADJ' && !COMPASS_WORDS.has(tokens[i].text) && !(before && COUNTING.has(before.text.toLowerCase()));
}

/** Words that open a list of titles: "films including ...", "whose films include ...", "books such as ...", "albums: ...". */
const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'like', 'as', ':']);
/** Small words inside titles and lists of titles ("Gangs of the City, X and Y", "Schindler's List"). */
const TITLE_GLUE = new Set(['the', 'of', 'a', 'an', 'and', 'or', ',', "'s", '’s']);
/** How far back a list of titles is followed to its noun. */
const LIST_LOOKBACK = 24;

/**
 * "movies including Sweet Harbour, Night Ferry and Cold Rain": names in a list after a noun of works
 * are titles. After a comma alone ("his own play, Quiet Year, with ...") only the first name is.
 */
export function inListOfWorks(tokens: Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  let crossed = false;
  for (let i = at - 1; i > 0 && at - i <= LIST_LOOKBACK && tokens[i].sentence === sentence; i--) {
    const word = tokens[i].text.toLowerCase();
    const opener = LIST_OPENERS.has(word) || (word === ',' && !crossed);
    if (opener) {
      let j = i - 1;
      while (j >= 0 && /^(,|such|including|like|also)$/.test(tokens[j].text.toLowerCase())) j--;
      const noun = tokens[j];
      // "whose films include ...": the verb needs the works as its subject ("nominees for best film include" names people).
      const plural = !/^includ/.test(word) || /s$/i.test(noun?.text ?? '');
      if (noun && noun.pos === 'NOUN' && plural && isWorkNoun(noun.text.toLowerCase())) return true;
      // "Star Wars: The Phantom Menace": a colon may also part a title from its subtitle.
      if (word !== ',' && word !== ':') return false;
    }
    if (word === ',' || word === 'and' || word === 'or') crossed = true;
    else if (!/^\p{Lu}/u.test(tokens[i].text) && !TITLE_GLUE.has(word)) return false;
  }
  return false;
}

function isWorkNoun(word: string): boolean {
  return WORK_NOUNS.has(word) || WORK_NOUNS.has(word.replace(/s$/, '')) || word === 'play' || word === 'plays';
}

/** Words a title in title case leaves in lower case ("Songs of the Sea", "Rise and Fall"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from']);

/** Tokens a quoted title may run on for after the name it opens ("Better Days of Summer"). */
const QUOTED_TITLE_TAIL = 8;

/**
 * A title in quotation marks ("Night Ferry", a robot named "Silver Hope of Lagos") names a work
 * or a thing, not an actor: the quotation opens on the name and closes after title-case words.
 */
export function quotedWork(tokens: Token[], at: number, length: number): boolean {
  const open = tokens[at - 1]?.text;
  if (open !== '“' && open !== '"' && open !== '‘') return false;
  for (let i = at + length; i < tokens.length && i <= at + length + QUOTED_TITLE_TAIL; i++) {
    const text = tokens[i].text;
    if (/^[”"’]$/.test(text)) return true;
    if (/^[,.!?]$/.test(text)) return /^[”"’]$/.test(tokens[i + 1]?.text ?? '');
    if (!/^\p{Lu}/u.test(text) && !TITLE_SMALL_WORDS.has(text)) return false;
  }
  return false;
}

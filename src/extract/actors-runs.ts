import type { Token } from '../model/document.js';
import { NOT_NAMES, THING_ABBREVIATIONS } from '../lexicon/non-actors.js';
import { HONORIFICS, OCCUPATION_SUFFIXES, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/titles.js';
import { PLACE_OPENERS } from '../lexicon/countries.js';
import { FIRM_OPENERS, ORGANISATION_HEADS, ORGANISATION_INTRODUCERS } from '../lexicon/organisation-words.js';
import { lexicalEntry } from '../nlp/wink.js';
import { isEverydayWord } from './actors-common-words.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { NAME_JOINERS, NAME_PARTICLES, NUMBERED_NAME_WORDS } from '../lexicon/actor-context.js';

/** A run of capitalised tokens (with joiners such as "of" and particles such as "de") in one segment. */
export interface Run {
  tokens: Token[];
  /** Index in the segment of the first token. */
  at: number;
}

const FUNCTION_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'NUM', 'PUNCT', 'SYM', 'SPACE']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '…']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const bare = (t: Token): string => t.text.toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const isAllCaps = (t: Token): boolean => /^[\p{Lu}][\p{Lu}.&]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
/** "President", "Vice-President", "Secretary-General". */
export const isTitleWord = (t: Token): boolean => {
  const w = bare(t).replace(/^.*-/, '');
  const singular = /[^s]s$/.test(w) ? w.slice(0, -1) : w;
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(singular) || OCCUPATION_SUFFIXES.some((s) => singular.endsWith(s));
};
export const isHonorific = (t: Token): boolean => HONORIFICS.has(bare(t));
export const isOrganisationHead = (t: Token): boolean => {
  const w = bare(t);
  return ORGANISATION_HEADS.has(w) || ORGANISATION_HEADS.has(w.replace(/ies$/, 'y')) || ORGANISATION_HEADS.has(w.replace(/s$/, ''));
};
const glued = (a: Token, b: Token): boolean => a.end === b.start;

/** The first word of a sentence, or of a quotation or clause opened inside it. */
function startsClause(tokens: Token[], i: number): boolean {
  return i === 0 || OPENERS.has(tokens[i - 1].text);
}

/** Can this token belong to a name? Clause-initial words must be tagged proper nouns or titles. */
function nameLike(tokens: Token[], i: number, inRun: boolean): boolean {
  const t = tokens[i];
  if (!isCapitalised(t) || /^I(['’](m|ll|d|ve))?$/.test(t.text)) return false;
  if (!/\p{L}/u.test(t.text)) return false;
  // A month inside a name is a name ("Ada May"); other such words never are.
  if (NOT_NAMES.has(bare(t)) && !(inRun && t.pos === 'PROPN' && MONTHS.has(bare(t))) && !givenNameBeforeSurname(tokens, i)) return false;
  if (isAllCaps(t) && THING_ABBREVIATIONS.has(bare(t))) return false;
  if (FUNCTION_TAGS.has(t.pos) && !isAllCaps(t) && !isHonorific(t)) return false;
  if (startsClause(tokens, i) && t.pos !== 'PROPN' && !isTitleWord(t) && !isHonorific(t) && !opensPersonsName(tokens, i)) return false;
  // "Liberals Ada Lind and ...": an everyday word opening the sentence before a given name is no part of the name.
  if (startsClause(tokens, i) && !inRun && describesBeforeName(tokens, i)) return false;
  return true;
}

/** Words that open place names before a given name ("Santa Barbara", "San Antonio", "St Helena"), besides the place openers. */
const SAINTS_AND_ARTICLES = new Set(['san', 'santa', 'santo', 'sao', 'são', 'saint', 'st', 'los', 'las']);
/** Kin words that are religious titles before a name ("Father Michael Ryan", "Sister Mary Joseph", "Mother Teresa"). */
const RELIGIOUS_TITLES = new Set(['father', 'mother', 'sister', 'brother']);

/**
 * "Liberals Ada Lind", "Defiant Ben Hale", "Sprinter Ada Lind": an everyday plural, adjective or
 * word for a doer before a given name describes the person. Not a title, a given name, a place's
 * first word ("Santa Barbara") or a word that introduces a body ("Bookmaker Ben Hale" is a firm).
 */
function describesBeforeName(tokens: Token[], i: number): boolean {
  const [t, next, surname] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  // A surname must follow: "Little Richard" and "Tiny Tim" are whole names.
  if (!next || !isCapitalised(next) || !GIVEN_NAMES.has(bare(next)) || !surname || !isCapitalised(surname)) return false;
  const word = bare(t);
  if (!isEverydayWord(t.text) || isTitleWord(t) || isHonorific(t) || GIVEN_NAMES.has(word) || RELIGIOUS_TITLES.has(word)) return false;
  if (SAINTS_AND_ARTICLES.has(word) || PLACE_OPENERS.has(word) || FIRM_OPENERS.has(word) || ORGANISATION_INTRODUCERS.has(word)) return false;
  return /(?:[^s]s|er|or|ist)$/.test(word) || lexicalEntry(word)?.tag === 'ADJ';
}

/** "Jan Novak", "April Ryan": a given name that is also a month or its abbreviation, written in full before a surname (not "Jan. 5", "April Fools"). */
function givenNameBeforeSurname(tokens: Token[], i: number): boolean {
  const [t, surname] = [tokens[i], tokens[i + 1]];
  return GIVEN_NAMES.has(t.text.toLowerCase()) && !!surname && !glued(t, surname) && surname.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}+$/u.test(surname.text) && !NOT_NAMES.has(bare(surname)) && !isEverydayWord(surname.text);
}

/**
 * "Grant Dean, chairman of ...", "Tiger Woods, 29, said": a word the tagger took for a common one
 * opens a sentence before a surname; it opens the name when it is a given name before no everyday
 * word, or when an age follows the two words.
 */
function opensPersonsName(tokens: Token[], i: number): boolean {
  const [surname, after] = [tokens[i + 1], tokens[i + 2]];
  if (!surname || surname.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(surname.text) || (after && isCapitalised(after))) return false;
  const aged = after?.text === ',' && /^\d{2}$/.test(tokens[i + 3]?.text ?? '') && tokens[i + 4]?.text === ',';
  // "Rose Garden": after a given name, an everyday word makes a place or a thing, not a surname.
  return aged || (GIVEN_NAMES.has(bare(tokens[i])) && !isEverydayWord(surname.text));
}

/** Does a joiner at `i` continue the run: "Secretary of State", "Center for ... and ... Studies"? */
function joins(run: Token[], institutional: boolean, tokens: Token[], i: number): boolean {
  const word = bare(tokens[i]);
  // Particles may chain: "de la Cruz", "van der Berg".
  if (NAME_PARTICLES.has(word)) return run.length > 0 && particleLeadsToName(tokens, i);
  const next = tokens[i + 1];
  if (!next || !nameLike(tokens, i + 1, true)) return false;
  if (word === '&') return true;
  if (!NAME_JOINERS.has(word)) return false;
  // "of"/"for" continue an office or a body ("Secretary of", "University of"), not a person's name.
  const previous = run[run.length - 1];
  const opensOf = isOrganisationHead(previous) || isTitleWord(previous) || PORTFOLIO_WORDS.has(bare(previous));
  // "the Party on October 5": a date after "on" is no part of the name.
  if (word === 'on') return institutional && !MONTHS.has(bare(next));
  if (word !== 'and') return institutional && opensOf;
  // "and" only inside a name that already took "of"/"for" a word or two back, and not before a
  // second body of the same kind ("Institute of Technology and Calder State University").
  const recent = run.slice(-3).some((t) => bare(t) === 'of' || bare(t) === 'for');
  return (institutional && recent && !(run.some(isOrganisationHead) && bodyAhead(tokens, i + 1))) || pairedFields(run, tokens, i);
}

/**
 * "Food and Drug Administration", "Health and Safety Executive": one or two everyday words joined by
 * "and" to the fields and head of a body. Not two names ("Lind and Calder University"), nor a body
 * before another ("House and Senate", "Electoral Commission and Calder Union"), nor a plural head
 * shared by two firms or offices ("the State and Defense Departments", "Calder and Ashford Airlines").
 */
function pairedFields(run: Token[], tokens: Token[], and: number): boolean {
  const next = tokens[and + 1];
  if (run.length > 2 || isOrganisationHead(next) || !isEverydayWord(next.text)) return false;
  if (run.some((t) => isOrganisationHead(t) || !isEverydayWord(t.text))) return false;
  let last = and + 1;
  while (last + 1 < Math.min(tokens.length, and + 4) && isCapitalised(tokens[last + 1])) last++;
  const head = bare(tokens[last]);
  return last > and + 1 && ((FIELD_BODY_HEADS.has(head) && !personsJob(tokens, and - run.length, last)) || (isOrganisationHead(tokens[last]) && !/s$/.test(head)));
}

/** Words before a job, not a body: "as its new Sales and Marketing Executive". */
const JOB_OPENERS = new Set(['its', 'his', 'her', 'their', 'new', 'as']);

/** "its new Sales and Marketing Executive", "the Finance and Operations Executive, Jane Doe,": a person's job. */
function personsJob(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && JOB_OPENERS.has(bare(before))) return true;
  const name = tokens[last + 2];
  return tokens[last + 1]?.text === ',' && !!name && isCapitalised(name) && GIVEN_NAMES.has(bare(name));
}

/** Title words that also head a public body named by its fields ("Health and Safety Executive"). */
const FIELD_BODY_HEADS = new Set(['executive', 'inspectorate', 'ombudsman', 'services']);

/** Heads that name a whole institution on their own, not a field of one ("Health and Human Services"). */
const INSTITUTION_HEADS = new Set(['university', 'college', 'institute', 'school', 'hospital', 'museum', 'department', 'ministry', 'agency', 'commission', 'court', 'bank', 'foundation']);

/** An institution's head word among the next few capitalised words. */
function bodyAhead(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 4) && isCapitalised(tokens[j]); j++) {
    if (INSTITUTION_HEADS.has(bare(tokens[j]))) return true;
  }
  return false;
}

function particleLeadsToName(tokens: Token[], i: number): boolean {
  // "el-Baz", "al-Assad": the particle glued to the name by a hyphen.
  if (tokens[i + 1]?.text === '-' && glued(tokens[i], tokens[i + 1]) && tokens[i + 2] && glued(tokens[i + 1], tokens[i + 2])) return nameLike(tokens, i + 2, true);
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
    if (nameLike(tokens, j, true)) return true;
    if (!NAME_PARTICLES.has(bare(tokens[j]))) return false;
  }
  return false;
}

/** Runs of name-like tokens, hyphen-glued parts ("US-China") and joiners kept inside. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  let at = 0;
  // Whether the run holds an organisation or title word, so "of" and "for" may continue it.
  let institutional = false;
  const close = (): void => {
    while (current.length && !isCapitalised(current[current.length - 1]) && !endsWithSyllable(current) && !endsWithNumber(current)) current.pop();
    if (current.length) runs.push({ tokens: current, at });
    current = [];
    institutional = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (nameLike(tokens, i, current.length > 0)) {
      if (!current.length) at = i;
      current.push(t);
      institutional ||= isOrganisationHead(t) || isTitleWord(t);
    } else if (current.length && gluedInside(current, tokens, i)) {
      current.push(t);
      // A lower-case syllable ("Wai-man") is taken here: it is not name-like on its own.
      if (!isCapitalised(tokens[i + 1]) && t.text === '-') current.push(tokens[++i]);
    } else if (current.length && completesName(current, t)) {
      current.push(t);
      // "Channel 4 News" goes on; "BBC Radio 1 DJ Ada Reyes" is a station, then a person.
      if (!tokens[i + 1] || !isOrganisationHead(tokens[i + 1])) close();
    } else if (current.length && (/^\p{Ll}/u.test(t.text) || t.text === '&') && joins(current, institutional, tokens, i)) {
      current.push(t);
    } else if (current.length === 1 && GIVEN_NAMES.has(bare(current[0])) && nicknameEnd(tokens, i) > 0) {
      // The nickname and its quotation marks join the run; the surname comes next.
      const surname = nicknameEnd(tokens, i);
      while (i < surname - 1) current.push(tokens[i++]);
      current.push(tokens[i]);
    } else {
      close();
    }
  }
  close();
  return runs;
}

const NICKNAME_OPENERS = new Set(['"', '“', "'", '‘']);
const NICKNAME_CLOSERS = new Set(['"', '”', "'", '’']);

/** 'Ada "The Hammer" Lind': after a given name, a quoted nickname of one to three capitalised words and a surname. Returns the surname's index, or -1. */
function nicknameEnd(tokens: Token[], i: number): number {
  if (!NICKNAME_OPENERS.has(tokens[i].text)) return -1;
  let j = i + 1;
  // "Ada 'The Hammer' Lind"; an all-capitals word in quotes ("LA") may be a name of its own.
  while (j < i + 4 && tokens[j] && isCapitalised(tokens[j]) && /\p{Ll}/u.test(tokens[j].text)) j++;
  const surname = tokens[j + 1];
  if (j === i + 1 || !tokens[j] || !NICKNAME_CLOSERS.has(tokens[j].text) || !surname) return -1;
  return surname.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(surname.text) && nameLike(tokens, j + 1, true) ? j + 1 : -1;
}

/** A hyphen ("US-China") or a plural possessive apostrophe ("Farmers' Union") inside a name. */
function gluedInside(run: Token[], tokens: Token[], i: number): boolean {
  const previous = run[run.length - 1];
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || !glued(previous, t)) return false;
  if (t.text === '-') return glued(t, next) && (isCapitalised(next) || syllableAfterHyphen(run, next));
  if ((t.text === "'" || t.text === '’') && isCapitalised(next) && /s$/.test(previous.text) && run.length === 1) return true;
  return ownedBody(previous, t, next);
}

/** Plurals without an "s" that own a body: "Children's Hospital", "Women's Institute". */
const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);

/** "the County Sheriff's Office", "the Children's Hospital": a body named after its office or members. */
function ownedBody(owner: Token, possessive: Token, next: Token): boolean {
  if (!/^['’]s$/.test(possessive.text) || !isCapitalised(next) || !isOrganisationHead(next)) return false;
  return isTitleWord(owner) || IRREGULAR_PLURALS.has(bare(owner));
}

/** "BBC Radio 4", "Channel 5": a short number after a name word that takes one. */
const completesName = (run: Token[], t: Token): boolean => /^\d{1,2}$/.test(t.text) && NUMBERED_NAME_WORDS.has(bare(run[run.length - 1]));
const endsWithNumber = (run: Token[]): boolean => run.length > 1 && completesName(run.slice(0, -1), run[run.length - 1]);

const endsWithSyllable = (run: Token[]): boolean => {
  const [hyphen, last] = run.slice(-2);
  return run.length > 2 && hyphen.text === '-' && glued(hyphen, last) && /^\p{Ll}/u.test(last.text);
};

/** Lower-case second halves of a compound word ("Hong Kong-born"), not of a name. */
const COMPOUND_ENDS = new Set(['born', 'era', 'run', 'made', 'type', 'like', 'free', 'wide', 'size', 'only', 'long', 'held', 'area']);

/** "Ri Song-chol", "Chan Wai-man": a short lower-case syllable ends a two-part name. */
function syllableAfterHyphen(run: Token[], next: Token): boolean {
  return run.length >= 2 && /^\p{Ll}{1,4}$/u.test(next.text) && !/ed$/.test(next.text) && !COMPOUND_ENDS.has(next.text);
}

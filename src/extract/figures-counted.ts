import type { Pos } from '../model/document.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../lexicon/number-words.js';
import { COUNT_BREAKERS, UNMARKED_PLURALS } from '../lexicon/figure-context.js';
import type { Lexeme } from './figures-lex.js';
import { lexicalEntry } from '../nlp/wink.js';

/** The noun phrase a number counts: lexemes [start, end), its head at `head`. */
export interface CountedRead {
  start: number;
  end: number;
  head: number;
}

const MODIFIER_TAGS = new Set<Pos | undefined>(['ADJ', 'NOUN', 'PROPN']);
/** Tags that open the object of a verb: "the", "their", "them". */
const CLAUSE_OBJECT_TAGS = new Set<Pos | undefined>(['DET', 'PRON']);
const breakers = new Set(COUNT_BREAKERS);
const unmarkedPlurals = new Set(UNMARKED_PLURALS);
const MAX_WORDS = 5;

/**
 * The part of speech a word plays inside a counted phrase. Right after a number the tagger often
 * reads an adjective as an adverb or a verb ("two good tries", "two new competitions"): the
 * word's usual tag decides. A participle before another word modifies it ("758 pledged
 * delegates", "eight remaining casinos"; not "the 1,237 needed to win").
 */
function phrasePos(lx: Lexeme[], j: number, posOf: (l: Lexeme) => Pos | undefined): Pos | undefined {
  const l = lx[j];
  const pos = posOf(l);
  if (pos !== 'ADV' && pos !== 'VERB') return pos;
  if (!/^\p{Ll}/u.test(l.text)) return pos;
  // "scored four tries", "made two saves": after a verb or a preposition a number is no subject
  // of a verb in -s (but "the two encapsulates", "Halo 2 sells", "all six comes out").
  if (pos === 'VERB' && /[^su']s$/.test(l.lower) && isObjectNumberBefore(lx, j, posOf)) return 'NOUN';
  if (lexicalEntry(l.lower)?.tag === 'ADJ') return 'ADJ';
  // "two good tries", "three consecutive defeats": after a modifier a plural is no verb;
  // "Some 270 hunts met": nor before a verb.
  if (pos === 'VERB' && looksPlural(l) && (isModifierBefore(lx, j, posOf) || (isVerbAt(lx, j + 1, posOf) && !followsSubject(lx, j)))) return 'NOUN';
  const next = lx[j + 1];
  // "three earlier shots", "two away fixtures": an adverb before a plural noun modifies it.
  if (pos === 'ADV' && next && looksPlural(next) && posOf(next) === 'NOUN') return 'ADJ';
  // "two potentially lucrative licences", "25 randomly selected sites": an adverb of degree before a modifier.
  if (pos === 'ADV' && /ly$/.test(l.lower) && gradesModifier(lx, j + 1, posOf)) return 'ADJ';
  const modifies = pos === 'VERB' && /(?:ed|ing|en)$/.test(l.lower) && next?.kind === 'word' && MODIFIER_TAGS.has(posOf(next)) && !breakers.has(next.lower);
  return modifies && !followsSubject(lx, j) ? 'ADJ' : pos;
}

const isVerbAt = (lx: Lexeme[], k: number, posOf: (l: Lexeme) => Pos | undefined): boolean =>
  !!lx[k] && (posOf(lx[k]) === 'VERB' || posOf(lx[k]) === 'AUX');

/** The word at k is an adjective, a participle before a noun, or the rest of a hyphenated word ("fully-operational"). */
function gradesModifier(lx: Lexeme[], k: number, posOf: (l: Lexeme) => Pos | undefined): boolean {
  const l = lx[k];
  if (!l) return false;
  if (l.text === '-' && l.glued) return true;
  if (l.kind !== 'word' || !/^\p{Ll}/u.test(l.text)) return false;
  const pos = posOf(l);
  if (pos === 'ADJ' || lexicalEntry(l.lower)?.tag === 'ADJ') return true;
  return pos === 'VERB' && /(?:ed|en)$/.test(l.lower) && !!lx[k + 1] && MODIFIER_TAGS.has(posOf(lx[k + 1]));
}

/** The word before j is a lower-case adjective right after a number ("two good", "three late"). */
function isModifierBefore(lx: Lexeme[], j: number, posOf: (l: Lexeme) => Pos | undefined): boolean {
  const before = lx[j - 1];
  if (!before || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text) || !isNumber(lx[j - 2])) return false;
  return posOf(before) === 'ADJ' || lexicalEntry(before.lower)?.tag === 'ADJ';
}

/**
 * A participle after a name or an age is the verb of that subject: "22-year-old Smith suffered
 * serious injuries", "the 25-year-old missed three games".
 */
function followsSubject(lx: Lexeme[], j: number): boolean {
  const before = lx[j - 1];
  return !!before && (/^\p{Lu}/u.test(before.text) || before.lower === 'old' || before.lower === 'olds');
}

/** Lexemes a number read backwards may run to ("5.3 million", "two hundred and six"). */
const MAX_NUMBER_LEXEMES = 4;
const OBJECT_OPENERS = new Set<Pos | undefined>(['VERB', 'AUX', 'ADP', 'CCONJ', 'PRON']);

/** A number ends right before j, and a verb or a preposition (not "of") comes before it. */
function isObjectNumberBefore(lx: Lexeme[], j: number, posOf: (l: Lexeme) => Pos | undefined): boolean {
  let k = j - 1;
  while (k > j - 1 - MAX_NUMBER_LEXEMES && isNumber(lx[k])) k--;
  const before = lx[k];
  if (k >= j - 1 || !before || before.lower === 'of' || !OBJECT_OPENERS.has(posOf(before))) return false;
  // A capitalised "verb" may end a name ("the Mini Cooper 1.6 depreciates").
  return /^\p{Ll}/u.test(before.text) || posOf(before) === 'PRON';
}

/** Digits or a number word other than "one" ("one tries" is a pronoun and its verb). */
const isNumber = (l: Lexeme | undefined): boolean =>
  !!l && (l.kind === 'digits' || (NUMBER_WORDS[l.lower] !== undefined && l.lower !== 'one') || SCALE_WORDS[l.lower] !== undefined);

/** A proper noun heads a count only when it is a plural ("MPs", "Democrats"). */
const canHead = (l: Lexeme, pos: Pos | undefined): boolean =>
  pos === 'NOUN' || (pos === 'PROPN' && /[\p{Ll}\p{Lu}]s$/u.test(l.text) && !/ss$/.test(l.text));

/** "MPs", "NGOs", "SUVs": capitals and a plural "s". */
const isPluralAcronym = (l: Lexeme): boolean => /^\p{Lu}{2,}s$/u.test(l.text);

/** How many capitalised words a name inside a counted phrase may run to ("Grand Slam"). */
const MAX_NAME_WORDS = 3;

/**
 * After a singular lower-case word, the capitalised words from j run on to a lower-case plural
 * noun: "32 state Democratic committees", "four junior Grand Slam events".
 */
function leadsOn(lx: Lexeme[], head: number, j: number, posOf: (l: Lexeme) => Pos | undefined): boolean {
  if (looksPlural(lx[head])) return false;
  let k = j + 1;
  while (k < j + MAX_NAME_WORDS && lx[k]?.kind === 'word' && /^\p{Lu}/u.test(lx[k].text)) k++;
  const next = lx[k];
  return !!next && looksPlural(next) && posOf(next) === 'NOUN';
}

/** A lower-case word ending in a plural "s" ("stores"; not "bus", "Dallas", "status"). */
const looksPlural = (l: Lexeme): boolean => /^\p{Ll}/u.test(l.text) && /[^su']s$/.test(l.lower);

/**
 * The modifiers and head noun right after a number: "Finnish troops", "senior US
 * diplomats", "box-office receipts". Hyphenated words count as one. Null when no noun follows.
 */
export function countedAfter(lx: Lexeme[], i: number, posOf: (l: Lexeme) => Pos | undefined): CountedRead | null {
  let j = i;
  let head = -1;
  let words = 0;
  let retagged = false;
  while (j < lx.length && words < MAX_WORDS) {
    const l = lx[j];
    // Digits glued to a word are part of a model name: "four Embraer E190 jets".
    if (l.kind === 'digits' && l.glued && lx[j - 1]?.kind === 'word' && j > i) { j++; continue; }
    // "30,000 combat and civilian deaths": "and" joins two modifiers of one plural head.
    if (head >= 0 && l.lower === 'and' && joinsModifiers(lx, head, j, MAX_WORDS - words, posOf)) { j++; continue; }
    // "189 other galleries": right after the number "other" modifies what is counted.
    const breaks = breakers.has(l.lower) && !(j === i && l.lower === 'other');
    if (l.kind !== 'word' || NUMBER_WORDS[l.lower] !== undefined || SCALE_WORDS[l.lower] !== undefined || breaks) break;
    // Before the head only: after it a verb starts a clause ("two countries strengthened ties").
    const pos = head < 0 ? phrasePos(lx, j, posOf) : posOf(l);
    if (pos !== posOf(l)) retagged = true;
    if (!MODIFIER_TAGS.has(pos)) break;
    // A capitalised word after a lower-case head starts a new phrase ("two judges Tuesday"),
    // unless it heads the phrase ("five ethnic minority MPs") or leads on from a singular
    // modifier to the head ("32 state Democratic committees").
    if (head >= 0 && /^\p{Lu}/u.test(l.text) && /^\p{Ll}/u.test(lx[head].text) && !isPluralAcronym(l) && !leadsOn(lx, head, j, posOf)) break;
    // A singular word after a plural head is a verb or a new phrase ("300 stores plan to"),
    // unless a plural noun follows it ("sports utility vehicles").
    // A past tense there is the verb ("thousands of workers sewed jeans").
    if (head >= 0 && looksPlural(lx[head]) && !looksPlural(l) && (!(lx[j + 1] && looksPlural(lx[j + 1]) && posOf(lx[j + 1]) === 'NOUN') || /^\p{Ll}.*ed$/u.test(l.text))) break;
    // "100,000 Greeks worship the gods": after a plural name, a singular word before a determiner is its verb.
    if (head >= 0 && /^\p{Lu}.*[^su']s$/u.test(lx[head].text) && /^\p{Ll}/u.test(l.text) && !looksPlural(l) && CLAUSE_OBJECT_TAGS.has(posOf(lx[j + 1] ?? l))) break;
    let last = j;
    while (lx[last + 1]?.text === '-' && lx[last + 1].glued && lx[last + 2]?.kind === 'word' && lx[last + 2].glued) last += 2;
    if (canHead(lx[last], last === j ? pos : posOf(lx[last]) ?? pos)) head = last;
    words++;
    j = last + 1;
  }
  // A word read against its tag counts only a plural: "13 reported growth" is a clause.
  if (head < 0 || (retagged && !isPluralNoun(lx[head]))) return null;
  return { start: i, end: head + 1, head };
}

/**
 * After a singular lower-case word, "and", then one or two lower-case modifiers and a plural noun,
 * all within the `room` words the counted phrase has left.
 */
function joinsModifiers(lx: Lexeme[], head: number, and: number, room: number, posOf: (l: Lexeme) => Pos | undefined): boolean {
  if (isPluralNoun(lx[head]) || unmarkedPlurals.has(lx[head].lower) || !/^\p{Ll}/u.test(lx[head].text)) return false;
  for (let k = and + 1; k <= and + Math.min(3, room); k++) {
    const l = lx[k];
    if (!l || l.kind !== 'word' || !/^\p{Ll}/u.test(l.text) || breakers.has(l.lower) || !MODIFIER_TAGS.has(posOf(l))) return false;
    if (k > and + 1 && looksPlural(l) && posOf(l) === 'NOUN') return true;
  }
  return false;
}

/** "delegates", "Democrats", "men": a plural by its ending or by the lexicon's lemma. */
function isPluralNoun(l: Lexeme): boolean {
  if (/[^su']s$/.test(l.lower)) return true;
  // "men", "children" (not "meeting", whose lemma is "meet").
  const lemma = lexicalEntry(l.lower)?.lemma;
  return !!lemma && lemma !== l.lower && !/(?:ing|ed)$/.test(l.lower);
}

import type { Pos } from '../model/document.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../lexicon/number-words.js';
import { COUNT_BREAKERS } from '../lexicon/figure-context.js';
import type { Lexeme } from './figures-lex.js';

/** The noun phrase a number counts: lexemes [start, end), its head at `head`. */
export interface CountedRead {
  start: number;
  end: number;
  head: number;
}

const MODIFIER_TAGS = new Set<Pos | undefined>(['ADJ', 'NOUN', 'PROPN']);
const breakers = new Set(COUNT_BREAKERS);
const MAX_WORDS = 5;

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
  while (j < lx.length && words < MAX_WORDS) {
    const l = lx[j];
    // Digits glued to a word are part of a model name: "four Embraer E190 jets".
    if (l.kind === 'digits' && l.glued && lx[j - 1]?.kind === 'word' && j > i) { j++; continue; }
    if (l.kind !== 'word' || NUMBER_WORDS[l.lower] !== undefined || SCALE_WORDS[l.lower] !== undefined || breakers.has(l.lower)) break;
    const pos = posOf(l);
    if (!MODIFIER_TAGS.has(pos)) break;
    // A capitalised word after a lower-case head starts a new phrase ("two judges Tuesday"),
    // unless it heads the phrase ("five ethnic minority MPs") or leads on from a singular
    // modifier to the head ("32 state Democratic committees").
    if (head >= 0 && /^\p{Lu}/u.test(l.text) && /^\p{Ll}/u.test(lx[head].text) && !isPluralAcronym(l) && !leadsOn(lx, head, j, posOf)) break;
    // A singular word after a plural head is a verb or a new phrase ("300 stores plan to"),
    // unless a plural noun follows it ("sports utility vehicles").
    if (head >= 0 && looksPlural(lx[head]) && !looksPlural(l) && !(lx[j + 1] && looksPlural(lx[j + 1]) && posOf(lx[j + 1]) === 'NOUN')) break;
    let last = j;
    while (lx[last + 1]?.text === '-' && lx[last + 1].glued && lx[last + 2]?.kind === 'word' && lx[last + 2].glued) last += 2;
    if (canHead(lx[last], posOf(lx[last]) ?? pos)) head = last;
    words++;
    j = last + 1;
  }
  return head < 0 ? null : { start: i, end: head + 1, head };
}

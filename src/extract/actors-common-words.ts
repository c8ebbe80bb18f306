import type { Token } from '../model/document.js';
import { lexicalEntry, type LexicalEntry } from '../nlp/wink.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { HYPHENATED_PREFIXES } from '../lexicon/actor-context.js';
import { bare } from './actors-runs.js';

/** Most words a name is made of, for this test: longer runs are left to the other rules. */
const MAX_WORDS = 3;

/**
 * "Hiding Places", "Simple Rules", "National Hockey": two or three capitalised words that are all
 * everyday English and open with a plainly common word read as the title of a work, a prize or a
 * category, not as a person. A person's name opens with a given name ("Will Smith") or a word the
 * lexicon holds only as one noun or adjective, as it holds many names ("Franklin", "Sandy"), and
 * ends in no plural of a common word ("Orchard Kitchens") unless a given name opens it ("Lena Rivers");
 * nor does it open or end with an adverb ("Week Ago", "Anywhere Else"), nor, after a common word,
 * end with an adjective in -an, -ic, -ish or -ese ("Presumptive Democratic", "Latin American").
 */
export function readsAsCommonWords(tokens: Token[]): boolean {
  const words = compoundWords(tokens);
  if (words.length < 2 || words.length > MAX_WORDS || GIVEN_NAMES.has(bare(tokens[0]))) return false;
  if (isCommonCompound(words[0], plainlyCommon) && words.slice(1).every((w) => isCommonCompound(w, knownCommon))) return true;
  const last = words[words.length - 1];
  // "Week Ago", "Anywhere U.S.A.": no name opens or ends with an adverb.
  if (isCommonWord(words[0], adverb) || isCommonWord(last, adverb)) return true;
  // "Latin American", "Orchard Kitchens": after a common word, nor with an adjective of a people or a noun no surname is.
  return isCommonWord(words[0], knownCommon) && (isCommonWord(last, adjectiveOfPeople) || isCommonWord(last, noSurname));
}

const adverb = (entry: LexicalEntry): boolean => entry.tag === 'ADV';

const adjectiveOfPeople = (entry: LexicalEntry, lower: string): boolean => entry.tag === 'ADJ' && /(an|ic|ish|ese)$/.test(lower);

const pluralNoun = (entry: LexicalEntry, lower: string): boolean => entry.tag === 'NOUN' && lower.endsWith('s') && entry.lemma !== lower;

/** "Orchard Kitchens", "Western Journalism": a plural or an abstract noun ends no person's name. */
const noSurname = (entry: LexicalEntry, lower: string): boolean => pluralNoun(entry, lower) || (entry.tag === 'NOUN' && ABSTRACT_ENDING.test(lower));

/** The run's words, hyphenated compounds whole ("Pre-School", or "Joo-Ho" split by the tokenizer). */
function compoundWords(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1].end === t.start) words[words.length - 1] += t.text;
    else words.push(t.text);
  });
  return words;
}

/** Every part a capitalised common word, but for a leading prefix ("Pre-School", not "Joo-Ho"). */
function isCommonCompound(word: string, common: (entry: LexicalEntry, lower: string) => boolean): boolean {
  const parts = word.split('-');
  return parts.every((part, i) => (i < parts.length - 1 && HYPHENATED_PREFIXES.has(part.toLowerCase())) || isCommonWord(part, common));
}

function isCommonWord(word: string, common: (entry: LexicalEntry, lower: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const entry = lexicalEntry(word);
  return !!entry && entry.tag !== 'PROPN' && common(entry, word.toLowerCase());
}

const knownCommon = (): boolean => true;

/** A capitalised word of everyday English, not a given name ("Safety", "Drug"; not "Ada", "Calder"). */
export const isEverydayWord = (word: string): boolean => !GIVEN_NAMES.has(word.toLowerCase()) && isCommonWord(word, knownCommon);

/** Endings of abstract nouns ("Security", "Parenthood", "Action"), which no given name takes. */
const ABSTRACT_ENDING = /(ity|hood|ness|ment|tion|sion|ship|ism|ance|ence)$/;

/** A word that may take several tags ("Brush"), a plural ("Places") or an abstract noun ("Security"). */
function plainlyCommon(entry: LexicalEntry, lower: string): boolean {
  return entry.ambiguous || pluralNoun(entry, lower) || ABSTRACT_ENDING.test(lower);
}

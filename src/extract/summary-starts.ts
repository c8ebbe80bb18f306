import { ANAPHORIC_STARTS, CONNECTIVE_STARTS } from '../lexicon/summary-starts.js';

const SINGLE = new Set([...ANAPHORIC_STARTS, ...CONNECTIVE_STARTS].filter((w) => !w.includes(' ')));
const MULTI = CONNECTIVE_STARTS.filter((w) => w.includes(' '));
/** Opening quotes, brackets and dashes that may precede the first word. */
const LEADING_MARKS = /^[\s"'“‘«(\[\-–—]+/u;
/** The first few words, enough for the longest multi-word connective. */
const FIRST_WORDS = /^[\p{L}’']+(?:[\s,]+[\p{L}’']+){0,3}/u;

/** A quotation attributed only by a pronoun: '"We will appeal," she said.' needs the sentence naming her. */
const PRONOUN_SPEAKER = /[,.!?…]["”’]\s+(?:he|she|they)\s+\p{Ll}+|\b(?:said|says|added|asked|wrote)\s+(?:he|she|they)\s*[,.;!?]/u;

/**
 * True when the sentence opens with a pronoun or a connective that needs an earlier sentence to be
 * understood ("He said...", "But the plan...", "However, ..."), or gives a quotation to a bare
 * pronoun. A pure check on the text alone.
 */
export function unresolvedStart(sentenceText: string): boolean {
  if (PRONOUN_SPEAKER.test(sentenceText)) return true;
  const head = FIRST_WORDS.exec(sentenceText.replace(LEADING_MARKS, ''))?.[0].toLowerCase().replace(/’/g, "'");
  if (!head) return false;
  const words = head.split(/[\s,]+/);
  if (SINGLE.has(words[0])) return true;
  const joined = words.join(' ');
  return MULTI.some((m) => joined === m || joined.startsWith(m + ' '));
}

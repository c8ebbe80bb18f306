import type { Claim } from '../model/digest.js';
import type { Span } from '../model/span.js';
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

/**
 * For each sentence (in text order), whether it starts inside a quotation opened in an earlier
 * sentence ('I lost because of it," said Greene.' of a quote split into sentences: it opens half-way
 * through someone's words), or opens a quotation without naming who speaks (a quote whose "said X"
 * comes in a later sentence, or one that carries on an earlier speaker's words). One sweep.
 */
export function startsInsideQuotation(sentences: readonly Span[], claims: readonly Claim[]): boolean[] {
  const quotes = claims.filter((c) => c.kind === 'direct').sort((a, b) => a.start - b.start);
  const opening = new Map(quotes.map((c) => [c.start, c]));
  let next = 0;
  let reach = -1;
  return sentences.map((s) => {
    for (; next < quotes.length && quotes[next].start < s.start; next++) reach = Math.max(reach, quotes[next].end);
    if (reach > s.start) return true;
    const lead = LEADING_MARKS.exec(s.text)?.[0].length ?? 0;
    const quote = lead > 0 ? opening.get(s.start + lead) : undefined;
    return !!quote && !(quote.cue && quote.cue.start >= s.start && quote.cue.start < s.end);
  });
}

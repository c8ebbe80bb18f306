import type { Document, Token } from '../model/document.js';
import type { Range } from '../model/span.js';
import { POLL_NOUNS } from '../lexicon/anonymous-sources.js';
import { headOf, opensClause, type Attribution } from './claims-cues.js';
import { nounPhraseRightOf, type Bounds, type TokenRun } from './claims-phrases.js';

const POLLS = new Set(POLL_NOUNS);
const lower = (t: Token) => t.text.toLowerCase();
const isComma = (t: Token | undefined) => t !== undefined && t.text === ',';

/** "In the latest poll, Lund leads by 4 points": a poll named by "in" opening a sentence reports the clause after it. */
export function pollAttributions(doc: Document, quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (lower(tokens.get(i)) !== 'in' || quoteOf[i] >= 0) continue;
    const s = doc.sentences[tokens.get(i).sentence];
    const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const poll = nounPhraseRightOf(b, i + 1);
    if (!poll || !POLLS.has(lower(tokens.get(headOf(b, poll))))) continue;
    // "Lund took 6 percent in a new survey" is left alone: a poll closing a sentence as often only places an event.
    const content = opensClause(b, i) ? clauseAfter(b, poll) : null;
    if (content) out.push({ cue: { first: i, last: i, kind: 'according', lemma: 'in' }, source: poll, sharesSourceOf: null, request: false, content, sentence: s.index });
  }
  return out;
}

/** How far a dating phrase may run after the poll before the comma ("conducted in early May,"). */
const MAX_DATING_TOKENS = 6;

/** "In the latest poll(, released Sunday), <clause>": the clause after the comma, when it holds no verb of speech of its own. */
function clauseAfter(b: Bounds, poll: TokenRun): Range | null {
  let k = commaAfter(b, poll.last + 1);
  // "In the latest poll, conducted in May, ...": a participle set off after the poll dates it.
  const dated = k > 0 && k + 1 < b.sentenceEnd && b.tokens.get(k + 1).pos === 'VERB' && /ed$/i.test(b.tokens.get(k + 1).text);
  if (dated) k = commaAfter(b, k + 1);
  if (k < 0 || k + 1 >= b.sentenceEnd || b.quoteOf[k + 1] >= 0) return null;
  return { start: b.tokens.get(k + 1).start, end: b.tokens.get(b.sentenceEnd - 1).end };
}

/** The first comma from token `from`, within a dating phrase's reach, or -1. */
function commaAfter(b: Bounds, from: number): number {
  for (let k = from; k < Math.min(b.sentenceEnd, from + MAX_DATING_TOKENS + 1) && b.quoteOf[k] < 0; k++) if (isComma(b.tokens.get(k))) return k;
  return -1;
}

import type { Token } from '../model/document.js';
import { FRAMING_NOUNS } from '../lexicon/reporting-verbs.js';
import { PERIOD_NOUNS, TIME_NOUNS } from '../lexicon/time-words.js';
import { isPossessive, nounPhraseLeftOf, nounPhraseRightOf, type Bounds, type TokenRun } from './claims-phrases.js';

/** Frames of a quotation or a reported clause that stand apart from the verb of speech. */

const FRAMING = new Set(FRAMING_NOUNS);
/** How far the clause a fronted participle opens may run before the main clause ("After saying ..., she"). */
const MAX_FRONTED_TOKENS = 40;

const isClauseVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
const isMark = (b: Bounds, i: number) => b.quoteOf[i] >= 0 && b.tokens.get(i).pos === 'PUNCT';

/** A subject then its verb from token `i`. */
function subjectWithVerb(b: Bounds, i: number): TokenRun | null {
  const subject = i < b.sentenceEnd && b.quoteOf[i] < 0 ? nounPhraseRightOf(b, i) : null;
  return subject && isClauseVerb(b.tokens.get(subject.last + 1)) ? subject : null;
}

/** `"...," Tran sings to the crowd before asking her`: the subject right after a quotation opening the sentence. */
export function subjectAfterOpeningQuote(b: Bounds): TokenRun | null {
  if (b.quoteOf[b.sentenceStart] < 0) return null;
  let i = b.sentenceStart;
  while (i < b.sentenceEnd && (b.quoteOf[i] >= 0 || b.tokens.get(i).pos === 'PUNCT')) i++;
  return subjectWithVerb(b, i);
}

/**
 * "After saying her knee was “so swollen,” she was taken ...": a participle after a time word opening
 * the sentence speaks for the main clause's subject; what it reports ends at the comma before it
 * (a comma inside the closing quotation mark counts).
 */
export function mainClauseAfterFronted(b: Bounds, from: number): { subject: TokenRun; clauseEnd: number } | null {
  // "After saying goodbye to the crew, the captain left": no verb of its own, nothing reported.
  let clause = false;
  for (let k = from; k < Math.min(b.sentenceEnd - 1, from + MAX_FRONTED_TOKENS); k++) {
    clause ||= isClauseVerb(b.tokens.get(k)) && b.quoteOf[k] < 0;
    if (b.tokens.get(k).text !== ',' || !clause) continue;
    let m = k + 1;
    while (m < b.sentenceEnd && isMark(b, m)) m++;
    const subject = subjectWithVerb(b, m);
    if (subject) return { subject, clauseEnd: b.quoteOf[k] >= 0 ? m - 1 : k - 1 };
  }
  return null;
}

/**
 * "I had to change my answer: “...”", "The paper ran her words as its headline: “...”": a quotation
 * after a colon that closes on a noun of speech belongs to the clause's subject.
 */
export function colonFrame(b: Bounds, openAt: number): TokenRun | null {
  let colon = b.sentenceStart;
  while (colon + 1 < b.sentenceEnd && b.tokens.get(colon + 1).start < openAt) colon++;
  const noun = b.tokens.get(colon - 1);
  if (colon - 1 <= b.sentenceStart || b.tokens.get(colon).text !== ':' || b.quoteOf[colon] >= 0 || !FRAMING.has(noun.text.toLowerCase())) return null;
  return clauseSubjectBefore(b, colon - 1);
}

/** The subject of the last clause before token `end` ("She got upset, so I had to"): a noun phrase right before a verb. */
function clauseSubjectBefore(b: Bounds, end: number): TokenRun | null {
  for (let k = end - 1; k >= b.sentenceStart; k--) {
    if (b.quoteOf[k] >= 0 || !isClauseVerb(b.tokens.get(k + 1)) || isClauseVerb(b.tokens.get(k))) continue;
    const subject = nounPhraseLeftOf(b, k);
    if (subject && subject.last === k) return subject;
  }
  return null;
}

const INDEFINITE = new Set(['a', 'an']);
/** How far the object's own modifiers may run before its predicate ("her vote in favor of the war a mistake"). */
const MAX_OBJECT_TAIL_TOKENS = 10;
const OBJECT_TAIL = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);
const TIME = new Set([...TIME_NOUNS, ...PERIOD_NOUNS]);

/** An indefinite predicate from token `from`, past the object's own modifiers; "a day later" is a time. */
function indefiniteAfter(b: Bounds, from: number): boolean {
  for (let k = from; k < Math.min(b.sentenceEnd - 1, from + MAX_OBJECT_TAIL_TOKENS) && b.quoteOf[k] < 0; k++) {
    const t = b.tokens.get(k);
    if (INDEFINITE.has(t.text.toLowerCase())) return !TIME.has(b.tokens.get(k + 1).text.toLowerCase());
    // "the demand for Smith's testimony a ploy": a possessive inside the object's modifiers.
    if (!OBJECT_TAIL.has(t.pos) && !isPossessive(t)) return false;
  }
  return false;
}

/**
 * "called Oz a quack", "called the charges unfounded": an object then a predicate of its own (an
 * indefinite noun phrase or an adjective after the noun), from token `j`.
 */
export function namesObject(b: Bounds, j: number): boolean {
  const object = nounPhraseRightOf(b, j);
  if (!object) return false;
  if (indefiniteAfter(b, object.last + 1)) return true;
  for (let k = object.first + 1; k <= object.last; k++) if (b.tokens.get(k).pos === 'ADJ' && b.tokens.get(k - 1).pos === 'NOUN') return true;
  return false;
}

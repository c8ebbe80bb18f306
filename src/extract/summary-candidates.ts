import { byStart } from '../model/span.js';
import { GLUED_OPENERS } from '../lexicon/summary-starts.js';
import { tokensOf, type Document, type Sentence } from '../model/document.js';

/** Fewer words than this is a fragment: a caption, a credit, a dateline alone, a menu item. */
const MIN_WORDS = 6;
/** Markers of page furniture left inside the body by scraping. */
const JUNK_MARKERS = /https?:\/\/|www\.|\S@\S|\b(?:click here|read more|sign up|subscribe to|follow us|all rights reserved|getty images|photo credit)\b/i;
/** Lower-case letters run straight into a capitalised opener: a sub-heading glued to the text. */
const GLUED_HEADING = new RegExp(`\\p{Ll}{2}(?:${GLUED_OPENERS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\s`, 'u');
/** A question to the reader, possibly inside closing quotes or brackets. */
const QUESTION_END = /\?["'”’)\]]*$/u;
/** A real sentence ends with terminal punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!…]["'”’)\]]*$/u;

/** For each sentence, why it may never be chosen, or null when it may. */
export function ineligibilities(doc: Document): (string | null)[] {
  const inFurniture = overlapsFurniture(doc);
  const headline = doc.title ? wordsOf(doc.title.text) : null;
  return doc.sentences.map((s, i) => (inFurniture[i] ? 'furniture' : ineligibility(doc, s, headline)));
}

function ineligibility(doc: Document, sentence: Sentence, headline: string | null): string | null {
  const text = sentence.text.trim();
  if (headline !== null && wordsOf(text) === headline) return 'headline';
  if (QUESTION_END.test(text)) return 'question';
  if (!SENTENCE_END.test(text)) return 'unfinished';
  if (JUNK_MARKERS.test(text)) return 'junk';
  if (GLUED_HEADING.test(text)) return 'glued heading';
  const tokens = tokensOf(doc, sentence);
  if (tokens.filter(isWord).length < MIN_WORDS) return 'fragment';
  if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return 'no verb';
  if (shouting(text)) return 'capitals';
  return null;
}

/** One sweep over sentences and furniture, both in text order. */
function overlapsFurniture(doc: Document): boolean[] {
  const spans = [...doc.furniture].sort(byStart);
  let next = 0;
  let reach = -1;
  return doc.sentences.map((s) => {
    for (; next < spans.length && spans[next].start < s.end; next++) reach = Math.max(reach, spans[next].end);
    return reach > s.start;
  });
}

function isWord(t: { pos: string }): boolean {
  return t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE';
}

/** Lower-case words only, so punctuation and spacing do not hide a repeated headline. */
function wordsOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Mostly capital letters: a kicker, a label or a heading, not prose. */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.6;
}

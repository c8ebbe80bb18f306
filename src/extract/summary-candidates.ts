import { overlaps } from '../model/span.js';
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

/** Why a sentence may never be chosen, or null when it may. */
export function ineligibility(doc: Document, sentence: Sentence): string | null {
  const text = sentence.text.trim();
  if (doc.furniture.some((f) => overlaps(f, sentence))) return 'furniture';
  if (doc.title && sameWords(doc.title.text, text)) return 'headline';
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

function isWord(t: { pos: string }): boolean {
  return t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE';
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Mostly capital letters: a kicker, a label or a heading, not prose. */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.6;
}

import type { Range, Span } from './span.js';
import type { Tokens } from './tokens.js';

/** Coarse part of speech (Universal Dependencies tags, as wink-nlp gives them). */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index of this token in Document.tokens. */
  index: number;
  pos: Pos;
  /** Lower-case lemma ("said" -> "say"). */
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/**
 * A token built field by field, always in the same order: every token then shares one hidden
 * class (an object spread `{ ...t }` makes another), which keeps the hot loops over tokens from
 * being re-optimised each time a copied token turns up.
 */
export function makeToken(start: number, end: number, text: string, index: number, pos: Pos, lemma: string, sentence: number): Token {
  return { start, end, text, index, pos, lemma, sentence };
}

/** A copy of a token with another tag, sentence or index (see makeToken). */
export function copyToken(t: Token, pos: Pos, sentence: number, index = t.index): Token {
  return makeToken(t.start, t.end, t.text, index, pos, t.lemma, sentence);
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Tokens [tokenStart, tokenEnd) of Document.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

/** A typed span found by the tokenizer's own entity recogniser (MONEY, PERCENT, CARDINAL, DATE, ...). */
export interface NlpEntity extends Span {
  type: string;
}

/** A region of the input that is not article body, with the reason it was set aside. */
export interface Furniture extends Span {
  kind: 'junk' | 'title' | 'dateline' | 'byline' | 'caption' | 'credit';
}

/**
 * One article, analysed once. Every view (paragraphs, sentences, tokens) points into `text`,
 * the input as decoded, so any record built from it can be checked with `text.slice`.
 */
export interface Document {
  text: string;
  /** Paragraphs of the article body, headline and furniture excluded. */
  paragraphs: Span[];
  sentences: Sentence[];
  /** Stored compactly: `tokens.get(i)` builds (or finds) token `i`. */
  tokens: Tokens;
  entities: NlpEntity[];
  title: Span | null;
  dateline: (Span & { place: string | null; agency: string | null }) | null;
  byline: Span | null;
  furniture: Furniture[];
  /** Headline tokens, analysed apart from the body so they never form sentences of it. */
  titleTokens: Token[];
}

export function tokensOf(doc: Document, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export type { Range, Span, Tokens };

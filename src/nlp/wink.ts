import winkNLP from 'wink-nlp';
import { copyToken, type NlpEntity, type Pos, type Sentence, type Token } from '../model/document.js';
import { TokenColumnsBuilder, Tokens } from '../model/tokens.js';
import type { Span } from '../model/span.js';
import { model } from './wink-model.js';

// Loaded once per process: the model is the expensive part (~70-150 ms). Its core is kept in hand:
// its lexicon, so that words learnt from one text can be forgotten before the next (see below),
// and the whole core, so that a fresh pipeline can be built on it in ~1 ms.
interface Lexicon { list: string[]; hash: Record<string, number>; index: number; intrinsicSize: number }
interface Core {
  features: { lexeme: Lexicon; pos: { list: string[] }; posClusters: { list: Set<number>[] } };
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
}
let core: Core | undefined;
const newPipeline = () => winkNLP({
  ...model,
  core() {
    core ??= model.core() as unknown as typeof core;
    return core;
  },
} as never, ['sbd', 'negation', 'pos', 'ner', 'cer']);
let nlp = newPipeline();
const its = nlp.its;
const lexicon = core!.features.lexeme;
/** Learnt words before this index have been forgotten already. */
let forgottenUpTo = lexicon.list.length;
/** Forgotten words kept by the pipeline before it is replaced by a fresh one (~100 bytes each). */
const MAX_FORGOTTEN = 50_000;

/**
 * wink-nlp adds every unknown word it meets to its lexicon, and a word once known is tokenised
 * differently ("Poor's," teaches it "Poor's", which later stops splitting into "Poor" + "'s"). So
 * a text's analysis would depend on the texts read before it. Forgetting the learnt words after
 * each piece keeps the analysis a function of the text alone, whatever the batch or worker.
 * A forgotten word still holds its slot in the pipeline's tables, which only grow: once enough have
 * piled up, the lexicon goes back to the model's own words under a fresh pipeline, so memory stays
 * bounded over a long batch or a very large document.
 */
function forgetLearntWords(): void {
  const { list, hash } = lexicon;
  for (let i = forgottenUpTo; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
  forgottenUpTo = list.length;
  if (list.length - lexicon.intrinsicSize > MAX_FORGOTTEN) {
    // Built before the lexicon is cut back, so that a pipeline that fails to build leaves the old one whole.
    const fresh = newPipeline();
    list.length = lexicon.index = forgottenUpTo = lexicon.intrinsicSize;
    nlp = fresh;
  }
}

/** What the model's lexicon says of a word out of context. */
export interface LexicalEntry {
  /** Its usual part of speech ("places" NOUN, "simple" ADJ). */
  tag: Pos;
  /** It may be tagged more than one way ("brush" noun or verb): a common word, seldom a name. */
  ambiguous: boolean;
  /** "places" -> "place". */
  lemma: string;
}

/**
 * The lexicon's entry for a word in lower case, or null for a word the model does not know as a
 * common word: most names are missing from it ("jones") or carry no usual tag ("bush"); others
 * are there as nouns of one tag only ("franklin"). Words learnt from texts never count.
 */
export function lexicalEntry(word: string): LexicalEntry | null {
  const index = lexicon.hash[word.toLowerCase()];
  if (index === undefined || index >= lexicon.intrinsicSize) return null;
  const { lexicon: packed, packing, features } = core!;
  const field = (name: string): number => {
    const [offset, mask, shift] = packing.layout[name];
    return (packed[index * packing.size + offset] & mask) >>> shift;
  };
  const tag = features.pos.list[field('pos')] as Pos | 'UNK';
  if (tag === 'UNK') return null;
  return { tag, ambiguous: features.posClusters.list[field('lexemeCID')].size > 1, lemma: lexicon.list[field('lemma')] };
}

/** Tokens longer than this are hidden from the tagger: it is quadratic on very long tokens. */
const MAX_TOKEN_CHARS = 80;
/** Paragraphs are cut into pieces of at most this many characters at a space. */
const MAX_PIECE_CHARS = 4000;

export interface Analysis {
  sentences: Sentence[];
  tokens: Tokens;
  entities: NlpEntity[];
}

/** An analysis under way: the tokens go into columns, never into one object each. */
interface Recording {
  sentences: Sentence[];
  tokens: TokenColumnsBuilder;
  entities: NlpEntity[];
}

/** English news runs to about five characters a token (words, their spaces, and punctuation). */
const CHARS_PER_TOKEN = 5;

/**
 * Tokenise, tag and split into sentences each paragraph of `text`. Offsets are computed against
 * `text` itself (wink-nlp drops leading and trailing whitespace), so every token satisfies
 * `text.slice(start, end) === token.text`.
 */
export function analyse(text: string, paragraphs: Span[]): Analysis {
  const out: Recording = { sentences: [], tokens: new TokenColumnsBuilder(64 + Math.ceil(text.length / CHARS_PER_TOKEN)), entities: [] };
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const piece of pieces(text, paragraph)) analysePiece(text, piece, paragraphIndex, out);
  });
  return { sentences: out.sentences, tokens: new Tokens(text, out.tokens.finish()), entities: out.entities };
}

/** Tokens of a short span (a headline), with sentence index -1. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Recording = { sentences: [], tokens: new TokenColumnsBuilder(), entities: [] };
  analysePiece(text, span, -1, out);
  const tokens = new Tokens(text, out.tokens.finish());
  return tokens.slice(0, tokens.length).map((t) => copyToken(t, t.pos, -1));
}

/** A piece's words are read from the lexicon until its records are built: then they are forgotten, whatever happened. */
function analysePiece(text: string, piece: Span, paragraph: number, out: Recording): void {
  try {
    recordPiece(text, piece, paragraph, out);
  } finally {
    forgetLearntWords();
  }
}

function recordPiece(text: string, piece: Span, paragraph: number, out: Recording): void {
  const doc = nlp.readDoc(hideLongTokens(piece.text));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const first = out.tokens.length;
  // Where each of wink's tokens was found in the piece (-1: not found), and its index once recorded.
  const found = new Int32Array(values.length).fill(-1);
  const index = new Int32Array(values.length).fill(-1);
  // Searched within the piece only: a token not found must not cost a scan of the rest of the text.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = piece.text.indexOf(values[i], cursor);
    if (at < 0) continue;
    found[i] = at;
    cursor = at + values[i].length;
  }
  const startOf = (i: number) => piece.start + found[i];
  const endOf = (i: number) => piece.start + found[i] + values[i].length;
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [from, to] of sentenceSpans) {
    const sentenceIndex = out.sentences.length;
    const tokenStart = out.tokens.length;
    let start = -1;
    let end = -1;
    for (let i = from; i <= to && i < values.length; i++) {
      if (found[i] < 0) continue;
      index[i] = out.tokens.length;
      // wink gives no lemma for a contraction it leaves whole ("cannot" before a stop): the word is its own.
      out.tokens.push(startOf(i), endOf(i), sentenceIndex, tags[i], (lemmas[i] ?? values[i]).toLowerCase());
      if (start < 0) start = startOf(i);
      end = endOf(i);
    }
    if (start < 0) continue;
    out.sentences.push({ start, end, text: text.slice(start, end), index: sentenceIndex, paragraph, tokenStart, tokenEnd: out.tokens.length });
  }
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([from, to], i) => {
    if (found[from] < 0 || found[to] < 0 || index[from] < first) return;
    out.entities.push({ start: startOf(from), end: endOf(to), text: text.slice(startOf(from), endOf(to)), type: entityTypes[i] });
  });
}

function hideLongTokens(s: string): string {
  return s.replace(new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g'), (m) => ' '.repeat(m.length));
}

/** Cut a long paragraph at sentence ends (or, failing that, spaces) so no piece is huge. */
function pieces(text: string, p: Span): Span[] {
  if (p.end - p.start <= MAX_PIECE_CHARS) return [p];
  const out: Span[] = [];
  let start = p.start;
  while (p.end - start > MAX_PIECE_CHARS) {
    const limit = start + MAX_PIECE_CHARS;
    let cut = -1;
    for (let i = limit; i > start + MAX_PIECE_CHARS / 2; i--) {
      if (text[i] === ' ' && /[.!?"”’]/.test(text[i - 1])) { cut = i; break; }
    }
    // The last space of this piece only: a search of the whole text before it was quadratic.
    if (cut < 0) cut = start + text.slice(start, limit + 1).lastIndexOf(' ');
    if (cut <= start) cut = limit;
    out.push({ start, end: cut, text: text.slice(start, cut) });
    start = cut;
    while (start < p.end && /\s/.test(text[start])) start++;
  }
  if (start < p.end) out.push({ start, end: p.end, text: text.slice(start, p.end) });
  return out;
}

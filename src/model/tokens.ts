import { makeToken, type Pos, type Token } from './document.js';

/** Every part of speech, in the order of the ids a token store keeps. */
const POS_TAGS: readonly Pos[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_IDS = new Map(POS_TAGS.map((tag, id) => [tag, id]));

/** One entry per token, column by column: ~17 bytes a token where an object with its strings takes ~90. */
export interface TokenColumns {
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  pos: Uint8Array;
  /** Indices into `lemmas`, where each lemma is stored once. */
  lemma: Int32Array;
  lemmas: string[];
}

const CHUNK_BITS = 9;
const CHUNK_SIZE = 1 << CHUNK_BITS;
/** A store of at most this many chunks keeps every chunk it builds: an ordinary article is read at random. */
const WHOLE_CHUNKS = 32;
/**
 * A longer store keeps this many chunks at first: its readers mostly go through it in order, and a
 * small window lets built tokens die young, where a larger one has them promoted to the old
 * generation, which then grows (and is collected) far more often. Readers that go back and forth
 * (over a very long sentence) make the window grow, up to MAX_WINDOW_CHUNKS.
 */
const WINDOW_CHUNKS = 2;
const MAX_WINDOW_CHUNKS = 64;

/**
 * The tokens of a text, stored compactly. `get(i)` reads like `tokens[i]` (undefined out of range):
 * the token objects are built a chunk at a time, and a very large document keeps only a few chunks,
 * so it never holds one object per token.
 */
export class Tokens {
  readonly length: number;
  private readonly chunks: (Token[] | undefined)[];
  private readonly kept: number[] = [];
  private keep: number;
  /** The build count at which each chunk was last built (0: never). */
  private readonly builtAt: Int32Array;
  private builds = 0;

  constructor(readonly text: string, readonly columns: TokenColumns) {
    this.length = columns.start.length;
    this.chunks = new Array<Token[] | undefined>(Math.ceil(this.length / CHUNK_SIZE)).fill(undefined);
    this.keep = this.chunks.length <= WHOLE_CHUNKS ? WHOLE_CHUNKS : WINDOW_CHUNKS;
    this.builtAt = new Int32Array(this.chunks.length);
  }

  /** A store holding the given tokens, in order (their `index` becomes their place in it). */
  static of(text: string, tokens: Token[]): Tokens {
    const b = new TokenColumnsBuilder();
    for (const t of tokens) b.push(t.start, t.end, t.sentence, t.pos, t.lemma);
    return new Tokens(text, b.finish());
  }

  get(i: number): Token {
    const chunk = this.chunks[i >> CHUNK_BITS];
    // `(i | 0) === i` keeps a fraction or NaN from reading a token, as `tokens[1.5]` would not.
    return chunk !== undefined && (i | 0) === i ? chunk[i & (CHUNK_SIZE - 1)] : this.build(i);
  }

  /** Part of speech of token `i`, read without building the token. */
  posAt(i: number): Pos {
    return POS_TAGS[this.columns.pos[i]];
  }

  slice(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.get(i));
    return out;
  }

  /** The same tokens with other sentence numbers (one per token). */
  withSentences(sentence: Int32Array): Tokens {
    return new Tokens(this.text, { ...this.columns, sentence });
  }

  /** The same tokens with the parts of speech `retag` gives (it returns the tag to keep otherwise). */
  withTags(retag: (i: number) => Pos): Tokens {
    const pos = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) pos[i] = POS_IDS.get(retag(i))!;
    return new Tokens(this.text, { ...this.columns, pos });
  }

  /** The index of the token starting at `offset`, or -1 (binary search: starts are increasing). */
  indexStartingAt(offset: number): number {
    const starts = this.columns.start;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else if (starts[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private build(i: number): Token {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined as unknown as Token;
    const c = i >> CHUNK_BITS;
    // A chunk built again soon after it was dropped: its readers go back and forth, so keep more.
    if (this.builtAt[c] > 0 && this.builds - this.builtAt[c] < 2 * this.keep) this.keep = Math.min(2 * this.keep, MAX_WINDOW_CHUNKS);
    this.builtAt[c] = ++this.builds;
    if (this.kept.length >= this.keep) this.chunks[this.kept.shift()!] = undefined;
    const { start, end, sentence, pos, lemma, lemmas } = this.columns;
    const chunk: Token[] = [];
    for (let k = c * CHUNK_SIZE; k < Math.min((c + 1) * CHUNK_SIZE, this.length); k++) {
      chunk.push(makeToken(start[k], end[k], this.text.slice(start[k], end[k]), k, POS_TAGS[pos[k]], lemmas[lemma[k]], sentence[k]));
    }
    this.chunks[c] = chunk;
    this.kept.push(c);
    return chunk[i & (CHUNK_SIZE - 1)];
  }
}

/**
 * Columns grown a token at a time, lemmas interned. The capacity starts at the caller's estimate and
 * doubles when it runs out; the finished columns are views on it, not copies (on a 5 MB article the
 * doublings and the final copy were some 35 MB of short-lived buffers).
 */
export class TokenColumnsBuilder {
  length = 0;
  private start: Int32Array;
  private end: Int32Array;
  private sentence: Int32Array;
  private pos: Uint8Array;
  private lemma: Int32Array;
  private readonly lemmas: string[] = [];
  private readonly lemmaIds = new Map<string, number>();

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.pos = new Uint8Array(capacity);
    this.lemma = new Int32Array(capacity);
  }

  push(start: number, end: number, sentence: number, pos: Pos, lemma: string): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
    this.pos[i] = POS_IDS.get(pos) ?? POS_IDS.get('X')!;
    let id = this.lemmaIds.get(lemma);
    if (id === undefined) {
      id = this.lemmas.push(lemma) - 1;
      this.lemmaIds.set(lemma, id);
    }
    this.lemma[i] = id;
  }

  finish(): TokenColumns {
    const n = this.length;
    return { start: this.start.subarray(0, n), end: this.end.subarray(0, n), sentence: this.sentence.subarray(0, n), pos: this.pos.subarray(0, n), lemma: this.lemma.subarray(0, n), lemmas: this.lemmas };
  }

  private grow(): void {
    const double = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(Math.max(64, a.length * 2));
      b.set(a);
      return b;
    };
    this.start = double(this.start);
    this.end = double(this.end);
    this.sentence = double(this.sentence);
    this.pos = double(this.pos);
    this.lemma = double(this.lemma);
  }
}

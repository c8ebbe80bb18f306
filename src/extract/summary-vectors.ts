import type { Token } from '../model/document.js';

/** A sparse, unit-length TF-IDF vector. */
export type Vector = Map<string, number>;

/** Parts of speech that carry the content of a sentence. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
/** Lemmas too common in news to tell sentences apart. */
const LIGHT = new Set(['say', 'tell', 'also', 'not', 'so', 'just', 'now', 'then', 'very', 'more', 'most', 'many', 'other']);

/** The content lemmas of some tokens, as vector terms. */
export function termsOf(tokens: Token[]): string[] {
  return tokens.filter((t) => CONTENT.has(t.pos) && !LIGHT.has(t.lemma) && /[\p{L}\p{N}]/u.test(t.lemma)).map((t) => t.lemma);
}

/** Document frequency of each term over the given term lists. */
export function documentFrequencies(lists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of lists) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** Sub-linear TF times smoothed IDF (over `n` sentences), scaled to unit length. */
export function tfidf(terms: string[], df: Map<string, number>, n: number): Vector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

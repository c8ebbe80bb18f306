import { sentenceAt, tokensOf, type Document } from '../model/document.js';
import type { Actor, Claim, Figure } from '../model/digest.js';
import type { Range } from '../model/span.js';
import { cosine, documentFrequencies, termsOf, tfidf, type Vector } from './summary-vectors.js';

export interface Findings {
  actors: Actor[];
  claims: Claim[];
  figures: Figure[];
}

/** What the ranker knows of one sentence; every value lies in [0, 1]. */
export interface SentenceFeatures {
  /** The first sentence of the body: the lede, under the dateline if there is one. */
  lead: number;
  /** Closeness to the top of the article. */
  position: number;
  /** Opens its paragraph. */
  paragraphStart: number;
  /** PacSum's directed centrality, scaled to the article's best. */
  centrality: number;
  /** Similarity to the headline. */
  headline: number;
  /** Salience of the actors it mentions, scaled to the article's best. */
  actors: number;
  /** Figures it states (two or more count as one). */
  figures: number;
  /** Share of its text that is direct quotation. */
  quoted: number;
  /** Length in words, scaled to the article's longest. */
  length: number;
}

export type Weights = Record<keyof SentenceFeatures, number>;

/**
 * Tuned on news with extractive reference summaries: centrality and fuller sentences carry the most;
 * the lead, position and headline keep the news order in view; the findings refine the choice.
 */
export const WEIGHTS: Weights = {
  lead: 0.5, position: 0.3, paragraphStart: 0.2, centrality: 2, headline: 0.5, actors: 0.3, figures: 0.1, quoted: -0.1, length: 1.2,
};

/**
 * PacSum's edge weights: similarities under min + BETA * (max - min) are dropped; a sentence gains
 * more from those after it (FORWARD) than from those before it (BACKWARD), which favours sentences
 * that the rest of the article develops. PacSum makes BACKWARD negative for its short highlights;
 * fuller extractive summaries reward plain centrality more.
 */
const BETA = 0.1;
const FORWARD = 1;
const BACKWARD = 0.8;
/** The similarity graph is quadratic: sentences past this index are ranked by the rest alone. */
const MAX_GRAPH_SENTENCES = 150;

export function score(f: SentenceFeatures, w: Weights = WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(w) as (keyof SentenceFeatures)[]) s += w[k] * f[k];
  return s;
}

/** Features of every sentence of the body, with the TF-IDF vectors they were built from. */
export function sentenceFeatures(doc: Document, findings: Findings): { features: SentenceFeatures[]; vectors: Vector[] } {
  const lists = doc.sentences.map((s) => termsOf(tokensOf(doc, s)));
  const df = documentFrequencies(lists);
  const vectors = lists.map((l) => tfidf(l, df, lists.length));
  const title = tfidf(termsOf(doc.titleTokens), df, lists.length);
  const centrality = scaled(pacsumCentrality(vectors.slice(0, MAX_GRAPH_SENTENCES)));
  const actors = scaled(perSentence(doc, findings.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, weight: a.salience })))));
  const figures = perSentence(doc, findings.figures.map((f) => ({ ...f, weight: 1 })));
  const quoted = findings.claims.length ? quotedByClaims(doc, findings.claims) : quotedByMarks(doc);
  const words = doc.sentences.map((s) => tokensOf(doc, s).filter((t) => t.pos !== 'PUNCT').length);
  const longest = words.reduce((a, b) => Math.max(a, b), 1);
  const features = doc.sentences.map((s, i) => ({
    lead: i === 0 ? 1 : 0,
    position: 1 / Math.sqrt(1 + i),
    paragraphStart: i === 0 || doc.sentences[i - 1].paragraph !== s.paragraph ? 1 : 0,
    centrality: centrality[i] ?? 0,
    headline: cosine(title, vectors[i]),
    actors: actors[i],
    figures: Math.min(1, figures[i]),
    quoted: Math.min(1, quoted[i] / Math.max(1, s.end - s.start)),
    length: words[i] / longest,
  }));
  return { features, vectors };
}

/** Directed centrality over thresholded cosine similarities (Zheng and Lapata, 2019). */
function pacsumCentrality(vectors: Vector[]): number[] {
  const n = vectors.length;
  const sim: number[][] = vectors.map(() => new Array<number>(n).fill(0));
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      sim[i][j] = sim[j][i] = s;
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
  }
  const floor = lo + BETA * (hi - lo);
  return sim.map((row, i) => row.reduce((acc, s, j) => {
    if (j === i || s <= floor) return acc;
    return acc + (j > i ? FORWARD : BACKWARD) * (s - floor);
  }, 0));
}

/** Sum of weights of the spans that fall in each sentence. */
function perSentence(doc: Document, spans: (Range & { weight: number })[]): number[] {
  const out = new Array<number>(doc.sentences.length).fill(0);
  for (const span of spans) {
    const s = sentenceAt(doc, span.start);
    if (s) out[s.index] += span.weight;
  }
  return out;
}

/** Characters of direct quotation inside each sentence, as the claims found them. */
function quotedByClaims(doc: Document, claims: Claim[]): number[] {
  const out = new Array<number>(doc.sentences.length).fill(0);
  for (const c of claims) {
    if (c.kind !== 'direct') continue;
    const s = sentenceAt(doc, c.start);
    if (s) out[s.index] += Math.min(c.end, s.end) - c.start;
  }
  return out;
}

/** Scale to [0, 1] by the range of the values. */
function scaled(values: number[]): number[] {
  const lo = values.reduce((a, b) => Math.min(a, b), 0);
  const hi = values.reduce((a, b) => Math.max(a, b), 0);
  return values.map((v) => (hi > lo ? (v - lo) / (hi - lo) : 0));
}

/** Characters between curly or straight double quotes in each sentence, when no claims were found. */
function quotedByMarks(doc: Document): number[] {
  return doc.sentences.map((s) => (s.text.match(/[“"][^“”"]*[”"]/g) ?? []).reduce((n, q) => n + q.length, 0));
}

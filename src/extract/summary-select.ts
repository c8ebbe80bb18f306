import { cosine, type Vector } from './summary-vectors.js';

export interface Candidate {
  index: number;
  score: number;
  /** May be chosen at all (not junk, a question, the headline...). */
  eligible: boolean;
  /** Opens with a pronoun or connective that needs the sentence before. */
  dangling: boolean;
}

/** Weight of redundancy against the chosen sentences (Maximal Marginal Relevance). */
const MMR_LAMBDA = 0.2;
/** Cosine above which a sentence repeats one already chosen and is never taken. */
const NEAR_DUPLICATE = 0.7;
/** Only the best-scored candidates enter the greedy choice (and so a summary holds at most this many sentences): it keeps the choice linear in the article. */
const MAX_POOL = 300;

/**
 * Greedy MMR choice of up to `count` sentences. A dangling sentence gives way to the next best, even
 * if the summary comes out shorter; only when no self-contained sentence can be chosen at all is the
 * best dangling one taken, alone.
 * Returns sentence indices in article order.
 */
export function choose(candidates: Candidate[], vectors: Vector[], count: number): number[] {
  const chosen: number[] = [];
  const pool = candidates.filter((c) => c.eligible).sort((a, b) => b.score - a.score).slice(0, MAX_POOL);
  pickGreedy(pool.filter((c) => !c.dangling), vectors, count, chosen);
  // Every self-contained sentence was ineligible, so none can bring the antecedent: say something.
  const fallback = pool.find((c) => c.dangling);
  if (!chosen.length && fallback) chosen.push(fallback.index);
  return chosen.sort((a, b) => a - b);
}

function pickGreedy(pool: Candidate[], vectors: Vector[], count: number, chosen: number[]): void {
  // Highest similarity of each candidate to the sentences chosen so far, updated as they are chosen.
  const redundancy = new Map(pool.map((c) => [c, 0]));
  while (chosen.length < count && redundancy.size) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const [c, r] of redundancy) {
      const value = c.score - MMR_LAMBDA * r;
      if (r <= NEAR_DUPLICATE && value > bestValue) {
        best = c;
        bestValue = value;
      }
    }
    if (!best) return;
    redundancy.delete(best);
    chosen.push(best.index);
    for (const [c, r] of redundancy) redundancy.set(c, Math.max(r, cosine(vectors[c.index], vectors[best.index])));
  }
}

import type { Token } from '../model/document.js';
import { SPEECH_LEMMAS } from '../lexicon/actor-context.js';
import { CORPORATE_PLANS, CORPORATE_RESULTS, INTENT_LEMMAS, RESULT_VERBS } from '../lexicon/organisation-words.js';
import { bare } from './actors-runs.js';

/** How far after a verb of results its object may lie ("posted an 18% jump in quarterly sales"). */
const RESULT_WINDOW = 7;

/**
 * "Acme said it would appeal the ruling", "Acme says it hopes to ...": the name speaks of itself as
 * "it" and of a plan only a body makes. Not "Lind said it would be hard", where "it" is no one.
 */
export function speaksOfItself(tokens: Token[], end: number): boolean {
  const [verb, it] = [tokens[end], tokens[end + 1]];
  if (!verb || verb.pos !== 'VERB' || !SPEECH_LEMMAS.has(verb.lemma) || !it || bare(it) !== 'it') return false;
  let k = end + 2;
  if (tokens[k]?.pos === 'VERB' && INTENT_LEMMAS.has(tokens[k].lemma)) return true;
  if (tokens[k]?.pos !== 'AUX') return false;
  k++;
  // "it would not", "it had already": a negation or an adverb or two before the verb.
  while (k < end + 6 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k++;
  const plan = tokens[k];
  return !!plan && plan.pos === 'VERB' && CORPORATE_PLANS.has(plan.lemma);
}

/**
 * "Acme Phones posted an 18% jump in quarterly sales", "Acme reported a loss": a verb of reporting
 * results whose object, within a few words and the same clause, is a firm's profit, loss or sales.
 */
export function reportsResults(tokens: Token[], end: number): boolean {
  const k = tokens[end]?.pos === 'AUX' ? end + 1 : end;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !RESULT_VERBS.has(verb.lemma)) return false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 1 + RESULT_WINDOW); i++) {
    const t = tokens[i];
    if (CORPORATE_RESULTS.has(bare(t))) return true;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '%') return false;
  }
  return false;
}

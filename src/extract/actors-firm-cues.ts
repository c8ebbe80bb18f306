import type { Token } from '../model/document.js';
import { SPEECH_LEMMAS } from '../lexicon/actor-context.js';
import { CORPORATE_PLANS, CORPORATE_POSSESSIONS, CORPORATE_RESULTS, INTENT_LEMMAS, RESULT_VERBS } from '../lexicon/organisation-words.js';
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
  // "it hopes to open ten stores": only a plan a body makes, or a firm's things, after the infinitive
  // (not "it hopes to see changes").
  if (tokens[k]?.pos === 'VERB' && INTENT_LEMMAS.has(tokens[k].lemma)) {
    const plan = tokens[k + 2];
    if (bare(tokens[k + 1] ?? it) !== 'to' || !plan || plan.pos !== 'VERB') return false;
    return plansSomething(tokens, k + 2) || tokens.slice(k + 3, k + 7).some((t) => CORPORATE_POSSESSIONS.has(bare(t)));
  }
  if (tokens[k]?.pos !== 'AUX') return false;
  k++;
  // "it would not", "it had already": a negation or an adverb or two before the verb.
  while (k < end + 6 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k++;
  return plansSomething(tokens, k);
}

/** Objects that make a plan verb an idiom: "cut both ways", "stand the test of time". */
const IDIOMATIC_OBJECTS = new Set(['way', 'test']);

/**
 * "appeal the ruling", "cut 200 jobs", "appeal.": a body's plan verb with its direct object right
 * after it, or alone at the end of the clause. Not "appeal to voters", "pay off", "cut both ways".
 */
function plansSomething(tokens: Token[], k: number): boolean {
  const plan = tokens[k];
  if (!plan || plan.pos !== 'VERB' || !CORPORATE_PLANS.has(plan.lemma)) return false;
  const next = tokens[k + 1];
  if (!next || next.pos === 'PUNCT') return true;
  if (!['DET', 'NOUN', 'PROPN', 'NUM'].includes(next.pos)) return false;
  const head = tokens.slice(k + 1, k + 4).find((t) => t.pos === 'NOUN');
  return !head || !IDIOMATIC_OBJECTS.has(head.lemma);
}

/** Results that are also a side's in a game: "a loss to Federer", "defeat against Calder". */
const GAME_LOSSES = new Set(['loss', 'losses', 'defeat']);

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
    // "recorded a loss to Federer": a match lost, not a firm's results.
    if (GAME_LOSSES.has(bare(t)) && ['to', 'against'].includes(bare(tokens[i + 1] ?? t))) return false;
    if (CORPORATE_RESULTS.has(bare(t))) return true;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '%') return false;
  }
  return false;
}

import type { Document, Token } from '../model/document.js';
import { INFINITIVE_SPEECH_NOUNS, SPEECH_NOUNS } from '../lexicon/reporting-verbs.js';
import type { Attribution } from './claims-cues.js';
import { isPossessiveDeterminer, nounPhraseLeftOf, type Bounds, type TokenRun } from './claims-phrases.js';

const NOUNS = new Set(SPEECH_NOUNS);
const INFINITIVE_NOUNS = new Set(INFINITIVE_SPEECH_NOUNS);
const isPossessive = (text: string) => /^['’]s?$/.test(text);

/**
 * "The mayor's claim that the bridge was safe", "his suggestion that ...", "her promise to cut
 * taxes": a noun of statement owned by a named speaker or a possessive pronoun and followed by
 * "that" (or, for a promise or a call, "to" and a verb) reports what follows, as the verb would.
 */
export function speechNounAttributions(doc: Document, quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = doc;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens.get(i);
    const word = t.text.toLowerCase();
    if (quoteOf[i] >= 0 || t.pos !== 'NOUN' || !(NOUNS.has(word) || INFINITIVE_NOUNS.has(word))) continue;
    if (!opensComplement(tokens, quoteOf, i, INFINITIVE_NOUNS.has(word))) continue;
    const s = doc.sentences[t.sentence];
    const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const source = ownerOf(b, i);
    if (!source) continue;
    const first = tokens.get(tokens.get(i + 1).text.toLowerCase() === 'that' ? i + 2 : i + 1);
    out.push({
      cue: { first: i, last: i, kind: 'speech', lemma: word },
      source,
      sharesSourceOf: null,
      request: false,
      content: { start: first.start, end: tokens.get(s.tokenEnd - 1).end },
      sentence: s.index,
    });
  }
  return out;
}

/** "that" and a clause after the noun, or "to" and a verb after a noun of promising or calling. */
function opensComplement(tokens: Document['tokens'], quoteOf: Int32Array, i: number, infinitive: boolean): boolean {
  const next = tokens.get(i + 1);
  const after = tokens.get(i + 2);
  if (next.sentence !== tokens.get(i).sentence || after.sentence !== next.sentence || quoteOf[i + 1] >= 0) return false;
  const that = next.text.toLowerCase() === 'that';
  return that || (infinitive && next.text.toLowerCase() === 'to' && after.pos === 'VERB' && quoteOf[i + 2] < 0);
}

/** The speaker owning the noun at `i`: a name before "'s" ("the mayor's claim" needs a name), or "his", "her", "their". */
function ownerOf(b: Bounds, i: number): TokenRun | null {
  const owner = b.tokens.get(i - 1);
  if (i - 1 < b.sentenceStart) return null;
  if (isPossessiveDeterminer(owner, b.tokens.get(i)) && isPersonOrGroupPronoun(owner)) return { first: i - 1, last: i - 1 };
  if (!isPossessive(owner.text) || i - 2 < b.sentenceStart) return null;
  const source = nounPhraseLeftOf(b, i - 2);
  return source && b.tokens.get(source.last).pos === 'PROPN' ? source : null;
}

/** "its" may stand for a thing ("its claim to fame"); a person or a group owns a statement. */
const isPersonOrGroupPronoun = (t: Token) => /^(his|her|their)$/i.test(t.text);

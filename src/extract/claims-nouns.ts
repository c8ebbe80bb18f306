import type { Document } from '../model/document.js';
import { SPEECH_NOUNS } from '../lexicon/reporting-verbs.js';
import type { Attribution } from './claims-cues.js';
import { nounPhraseLeftOf, type Bounds } from './claims-phrases.js';

const NOUNS = new Set(SPEECH_NOUNS);
const isPossessive = (text: string) => /^['’]s?$/.test(text);

/**
 * "The mayor's claim that the bridge was safe": a noun of statement owned by a named speaker and
 * followed by "that" reports the clause after it, as the verb would ("the mayor claimed that").
 */
export function speechNounAttributions(doc: Document, quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = doc;
  for (let i = 2; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (quoteOf[i] >= 0 || !NOUNS.has(t.text.toLowerCase()) || t.pos !== 'NOUN') continue;
    const that = tokens[i + 1];
    if (that.text.toLowerCase() !== 'that' || that.sentence !== t.sentence || quoteOf[i + 1] >= 0) continue;
    const owner = tokens[i - 1];
    if (!isPossessive(owner.text) || owner.sentence !== t.sentence) continue;
    const s = doc.sentences[t.sentence];
    const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const source = nounPhraseLeftOf(b, i - 2);
    if (!source || tokens[source.last].pos !== 'PROPN') continue;
    const first = tokens[i + 2];
    if (first.sentence !== t.sentence) continue;
    out.push({
      cue: { first: i, last: i, kind: 'speech', lemma: t.text.toLowerCase() },
      source,
      sharesSourceOf: null,
      request: false,
      content: { start: first.start, end: tokens[s.tokenEnd - 1].end },
      sentence: s.index,
    });
  }
  return out;
}

import type { Document, Token } from '../model/document.js';
import { INFINITIVE_SPEECH_NOUNS, MADE_SPEECH_NOUNS, SPEECH_NOUNS, TOPIC_SPEECH_NOUNS } from '../lexicon/reporting-verbs.js';
import { TIME_NOUNS } from '../lexicon/time-words.js';
import type { Attribution } from './claims-cues.js';
import { isPossessiveDeterminer, nounPhraseLeftOf, skipLeftModifiers, type Bounds, type TokenRun } from './claims-phrases.js';

const NOUNS = new Set(SPEECH_NOUNS);
const INFINITIVE_NOUNS = new Set(INFINITIVE_SPEECH_NOUNS);
const TOPIC_NOUNS = new Set(TOPIC_SPEECH_NOUNS);
const TIMES = new Set(TIME_NOUNS);
/** Finite auxiliaries that start the sentence's own verb after a noun's topic ("claims about X were false"). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did']);
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
    if (quoteOf[i] >= 0 || !(NOUNS.has(word) || INFINITIVE_NOUNS.has(word)) || !(t.pos === 'NOUN' || afterOwnerPronoun(tokens, i))) continue;
    // "Clinton's comments Tuesday on the shooting": a day may stand between the noun and its topic.
    const dated = TIMES.has(tokens.get(i + 1).text.toLowerCase()) ? 1 : 0;
    const topic = TOPIC_NOUNS.has(word) && opensTopic(tokens, quoteOf, i + dated);
    if (!topic && !opensComplement(tokens, quoteOf, i, INFINITIVE_NOUNS.has(word))) continue;
    const s = doc.sentences[t.sentence];
    const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const source = ownerOf(b, i, topic);
    // "apologized for his remarks about the victims": the apology's content holds the remarks.
    if (!source || (topic && source.first > b.sentenceStart && tokens.get(source.first - 1).text.toLowerCase() === 'for')) continue;
    const first = tokens.get(topic ? i + dated + 2 : tokens.get(i + 1).text.toLowerCase() === 'that' ? i + 2 : i + 1);
    // A promise's or a call's infinitive ends with its clause ("his promises to cut taxes, analysts say, ...").
    const infinitive = !topic && tokens.get(i + 1).text.toLowerCase() === 'to';
    const last = topic ? topicEnd(b, i + dated + 2) : infinitive ? topicEnd(b, i + 1) : s.tokenEnd - 1;
    out.push({
      cue: { first: i, last: topic ? i + dated + 1 : i, kind: 'speech', lemma: word },
      source,
      sharesSourceOf: null,
      request: false,
      content: { start: first.start, end: tokens.get(last).end },
      sentence: s.index,
    });
  }
  return out;
}

/** "His promises/VERB to cut taxes": after "his", "her" or "their" the tagger's verb is the noun. */
const afterOwnerPronoun = (tokens: Document['tokens'], i: number): boolean => i > 0 && isPersonOrGroupPronoun(tokens.get(i - 1));

/** "that" and a clause after the noun, or "to" and a verb after a noun of promising or calling. */
function opensComplement(tokens: Document['tokens'], quoteOf: Int32Array, i: number, infinitive: boolean): boolean {
  const next = tokens.get(i + 1);
  const after = tokens.get(i + 2);
  if (next.sentence !== tokens.get(i).sentence || after.sentence !== next.sentence || quoteOf[i + 1] >= 0) return false;
  const that = next.text.toLowerCase() === 'that';
  return that || (infinitive && next.text.toLowerCase() === 'to' && after.pos === 'VERB' && quoteOf[i + 2] < 0);
}

/** "about" or "on" and a word after a noun of statement ("her comments about the budget", "the minister's remarks on pay"). */
function opensTopic(tokens: Document['tokens'], quoteOf: Int32Array, i: number): boolean {
  const [next, after] = [tokens.get(i + 1), tokens.get(i + 2)];
  // "his comments on Monday": a day after "on" dates the words, it is not their topic.
  // "remarks on the condition of anonymity" tells how, not what, they said.
  const condition = after.text.toLowerCase() === 'condition' || (after.pos === 'DET' && tokens.get(i + 3)?.text.toLowerCase() === 'condition');
  return /^(about|on)$/i.test(next.text) && next.sentence === tokens.get(i).sentence && after.sentence === next.sentence && quoteOf[i + 1] < 0 && after.pos !== 'PUNCT' && !TIMES.has(after.text.toLowerCase()) && !condition;
}

/** The topic runs to a comma, a dash, the sentence's own verb (a finite auxiliary or a verb not in -ing), or the sentence's end. */
function topicEnd(b: Bounds, from: number): number {
  let k = from;
  while (k + 1 < b.sentenceEnd) {
    const next = b.tokens.get(k + 1);
    // "her plans to run for governor": a verb after "to" is part of the topic.
    const infinitive = b.tokens.get(k).text.toLowerCase() === 'to';
    const finiteVerb = (next.pos === 'AUX' && FINITE_AUXILIARIES.has(next.text.toLowerCase())) || (next.pos === 'VERB' && !/ing$/.test(next.text) && !infinitive);
    if (/^[,;:—–-]$/.test(next.text) || next.pos === 'PUNCT' || finiteVerb) break;
    k++;
  }
  return k;
}

/** The speaker owning the noun at `i`: a name before "'s" ("the mayor's claim" needs a name), or "his", "her", "their". */
function ownerOf(b: Bounds, noun: number, topic: boolean): TokenRun | null {
  // "his infamous comment about": adjectives may stand between owner and a noun of topic (a "that"
  // clause after "the firm's recent announcement" may be the sentence's own predicate).
  let i = noun;
  while (topic && i - 1 > b.sentenceStart && i > noun - 2 && b.tokens.get(i - 1).pos === 'ADJ') i--;
  const owner = b.tokens.get(i - 1);
  if (i - 1 < b.sentenceStart) return null;
  // "His promises/VERB to ...": the tagger's verb after "his" is still the owned noun.
  if ((isPossessiveDeterminer(owner, b.tokens.get(i)) || b.tokens.get(i).pos === 'VERB') && isPersonOrGroupPronoun(owner)) return { first: i - 1, last: i - 1 };
  if (!isPossessive(owner.text) || i - 2 < b.sentenceStart) return null;
  const source = nounPhraseLeftOf(b, i - 2);
  return source && b.tokens.get(source.last).pos === 'PROPN' ? source : null;
}

/** "its" may stand for a thing ("its claim to fame"); a person or a group owns a statement. */
const isPersonOrGroupPronoun = (t: Token) => /^(his|her|their)$/i.test(t.text);

/** Words between "made" and its noun of statement ("a strong", "the", "no", "little"). */
const MADE_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV']);
const MAX_MADE_MODIFIERS = 2;
const NEGATING = new Set(['no', 'little', 'never']);
const SPEAKER_HEADS = new Set(['PROPN', 'NOUN', 'PRON']);

/**
 * "The council made a strong condemnation of the test", "Mr. Hale has made the case for a new
 * tax", "the leaders made little secret of their disagreements": "make" and a noun of statement
 * report, as the verb would, what follows the noun's own word ("of", "for", "that"), said by the
 * subject of "make".
 */
export function madeSpeechAttributions(doc: Document, quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = doc;
  for (let v = 1; v + 3 < tokens.length; v++) {
    const t = tokens.get(v);
    if (quoteOf[v] >= 0 || t.lemma !== 'make' || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    let n = v + 1;
    // The tagger may call the noun itself an adjective ("no secret/ADJ of").
    while (n < v + 1 + MAX_MADE_MODIFIERS && !MADE_SPEECH_NOUNS[tokens.get(n).text.toLowerCase()] && MADE_MODIFIER_TAGS.has(tokens.get(n).pos)) n++;
    const noun = tokens.get(n);
    // "made no announcement" says nothing; "made no secret of" says it plainly.
    const denied = [...Array(n - v - 1).keys()].some((k) => NEGATING.has(tokens.get(v + 1 + k).text.toLowerCase()));
    if (denied && noun.text.toLowerCase() !== 'secret') continue;
    const opener = tokens.get(n + 1);
    const openers = MADE_SPEECH_NOUNS[noun.text.toLowerCase()];
    if (!openers || noun.sentence !== t.sentence || !opener || opener.sentence !== t.sentence || !openers.includes(opener.text.toLowerCase())) continue;
    const s = doc.sentences[t.sentence];
    const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    if (n + 2 >= s.tokenEnd || quoteOf[n + 2] >= 0 || TIMES.has(tokens.get(n + 2).text.toLowerCase())) continue;
    const source = nounPhraseLeftOf(b, skipLeftModifiers(b, v - 1));
    if (!source || !SPEAKER_HEADS.has(tokens.get(source.last).pos)) continue;
    let last = opener.text.toLowerCase() === 'that' ? s.tokenEnd - 1 : topicEnd(b, n + 2);
    // "a condemnation of the test and pledged ...": the joining word belongs to what follows.
    while (last > n + 2 && /^(and|but|or)$/i.test(tokens.get(last).text)) last--;
    out.push({
      cue: { first: v, last: n + 1, kind: 'speech', lemma: noun.text.toLowerCase() },
      source,
      sharesSourceOf: null,
      request: false,
      content: { start: tokens.get(n + 2).start, end: tokens.get(last).end },
      sentence: s.index,
    });
  }
  return out;
}

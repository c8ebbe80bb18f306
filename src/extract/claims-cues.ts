import type { Document, Token } from '../model/document.js';
import type { Range } from '../model/span.js';
import { DESCRIBING_VERBS, LISTENER_VERBS, QUESTION_VERBS, SPEECH_VERBS } from '../lexicon/reporting-verbs.js';
import { nounPhraseLeftOf, nounPhraseRightOf, skipLeftModifiers, type Bounds, type TokenRun } from './claims-phrases.js';

export type CueKind = 'speech' | 'describe' | 'question' | 'according';

/** A reporting cue: tokens [first, last] ("said", "according to"). */
export interface Cue extends TokenRun {
  kind: CueKind;
  lemma: string;
}

/** Who a cue attributes to, and the reported clause when it has one. */
export interface Attribution {
  cue: Cue;
  source: TokenRun | null;
  /** The attribution of the same sentence whose source this one shares ("..., noting that"). */
  sharesSourceOf: Attribution | null;
  content: Range | null;
  sentence: number;
}

const FORMS = new Map<string, { lemma: string; kind: CueKind }>();
const addForms = (table: Record<string, string[]>, kind: CueKind) => {
  for (const [lemma, forms] of Object.entries(table)) for (const f of forms) if (!FORMS.has(f)) FORMS.set(f, { lemma, kind });
};
addForms(SPEECH_VERBS, 'speech');
addForms(DESCRIBING_VERBS, 'describe');
addForms(QUESTION_VERBS, 'question');
const LISTENERS = new Set(LISTENER_VERBS);
/** How far a "that" may sit after its verb ("said on Thursday in a statement that"). */
const THAT_WINDOW = 12;

const lower = (t: Token) => t.text.toLowerCase();
const isComma = (t: Token | undefined) => t !== undefined && (t.text === ',' || t.text === '—' || t.text === '–');
const isClauseVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** Reporting cues outside quotations, in text order. */
export function findCues(doc: Document, quoteOf: Int32Array): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (quoteOf[i] >= 0) continue;
    const t = tokens[i];
    const word = lower(t);
    if (word === 'according' && tokens[i + 1] && lower(tokens[i + 1]) === 'to' && tokens[i + 1].sentence === t.sentence) {
      cues.push({ first: i, last: i + 1, kind: 'according', lemma: 'according to' });
      continue;
    }
    const form = FORMS.get(word);
    if (!form || t.pos !== 'VERB') continue;
    if (form.lemma === 'point' && lower(tokens[i + 1] ?? t) !== 'out') continue;
    cues.push({ first: i, last: form.lemma === 'point' ? i + 1 : i, ...form });
  }
  return cues;
}

/** Source and reported clause of every cue, sentence by sentence. */
export function attribute(doc: Document, cues: Cue[], quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of cues) {
    const s = doc.sentences[doc.tokens[cue.first].sentence];
    const b: Bounds = { tokens: doc.tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const earlier = out.length && out[out.length - 1].sentence === s.index ? out[out.length - 1] : null;
    out.push(attributeCue(b, cue, s.index, earlier));
  }
  return out;
}

function attributeCue(b: Bounds, cue: Cue, sentence: number, earlier: Attribution | null): Attribution {
  const base = { cue, sentence, sharesSourceOf: null, content: null };
  const reports = cue.kind === 'speech' || cue.kind === 'according';
  if (cue.kind === 'according') {
    const source = nounPhraseRightOf(b, cue.last + 1);
    const opensSentence = !hasWords(b, b.sentenceStart, cue.first - 1);
    const content = opensSentence ? afterComma(b, source ? source.last + 1 : cue.last + 1) : before(b, cue.first - 1);
    return { ...base, source, content };
  }
  const left = nounPhraseLeftOf(b, skipLeftModifiers(b, cue.first - 1));
  if (left) {
    const after = reports ? afterCue(b, cue) : null;
    const content = after ?? (reports && isComma(b.tokens[left.first - 1]) ? before(b, left.first - 1) : null);
    return { ...base, source: left, content };
  }
  const right = nounPhraseRightOf(b, cue.last + 1);
  if (right && endsClause(b, right.last + 1)) {
    return { ...base, source: right, content: reports ? before(b, cue.first - 1) : null };
  }
  const subject = appositiveSubject(b, cue.first - 1);
  const content = reports ? afterCue(b, cue) : null;
  if (subject) return { ...base, source: subject, content };
  if (earlier && isComma(b.tokens[cue.first - 1])) return { ...base, source: null, sharesSourceOf: earlier, content };
  return { ...base, source: null, content };
}

/** An inverted subject ends its clause: punctuation, a preposition, an adverb or the sentence end follow it. */
function endsClause(b: Bounds, i: number): boolean {
  if (i >= b.sentenceEnd) return true;
  const t = b.tokens[i];
  return t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'ADV' || b.quoteOf[i] >= 0;
}

/** "Lu Chao, director of the institute, said ...": the sentence opens with a name and an appositive. */
function appositiveSubject(b: Bounds, commaAt: number): TokenRun | null {
  if (!isComma(b.tokens[commaAt])) return null;
  const subject = nounPhraseRightOf(b, b.sentenceStart);
  if (!subject || !isComma(b.tokens[subject.last + 1])) return null;
  for (let i = subject.last + 2; i < commaAt; i++) if (isClauseVerb(b.tokens[i]) || b.quoteOf[i] >= 0) return null;
  return subject;
}

/** The clause a cue reports after it: past a listener ("told reporters") and up to "that". */
function afterCue(b: Bounds, cue: Cue): Range | null {
  const { tokens } = b;
  let j = cue.last + 1;
  if (LISTENERS.has(cue.lemma)) {
    const listener = nounPhraseRightOf(b, j);
    if (listener) j = listener.last + 1;
  }
  let introduced = false;
  for (let k = j; k < Math.min(b.sentenceEnd, j + THAT_WINDOW); k++) {
    if (b.quoteOf[k] >= 0 || isClauseVerb(tokens[k])) break;
    if (lower(tokens[k]) === 'that' && tokens[k].pos === 'SCONJ') {
      j = k + 1;
      introduced = true;
      break;
    }
  }
  while (j < b.sentenceEnd && tokens[j].pos === 'PUNCT' && b.quoteOf[j] < 0) j++;
  if (j >= b.sentenceEnd) return null;
  if (!introduced && !hasClauseVerb(b, j, b.sentenceEnd - 1) && b.quoteOf[j] < 0) return null;
  return { start: tokens[j].start, end: tokens[b.sentenceEnd - 1].end };
}

/** "According to X, <content>": the clause after the comma that closes the source. */
function afterComma(b: Bounds, from: number): Range | null {
  let j = from;
  while (j < b.sentenceEnd && !isComma(b.tokens[j])) j++;
  j++;
  if (j >= b.sentenceEnd) return null;
  return { start: b.tokens[j].start, end: b.tokens[b.sentenceEnd - 1].end };
}

/** The clause before a cue, from the sentence start to token `last` (a closing comma is dropped). */
function before(b: Bounds, last: number): Range | null {
  let end = last;
  while (end >= b.sentenceStart && b.tokens[end].pos === 'PUNCT' && b.quoteOf[end] < 0) end--;
  if (end < b.sentenceStart) return null;
  return { start: b.tokens[b.sentenceStart].start, end: b.tokens[end].end };
}

function hasWords(b: Bounds, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (b.tokens[i].pos !== 'PUNCT') return true;
  return false;
}

function hasClauseVerb(b: Bounds, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (b.quoteOf[i] < 0 && isClauseVerb(b.tokens[i])) return true;
  return false;
}

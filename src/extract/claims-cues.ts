import type { Document, Token, Tokens } from '../model/document.js';
import type { Range } from '../model/span.js';
import { QUOTE_FRAMING_LEMMAS, DESCRIBING_VERBS, DOUBTING_LEMMAS, EVIDENCE_PHRASES, FINDING_VERBS, GERUND_OBJECT_LEMMAS, JUDGING_LEMMAS, JUDGING_PARTICLES, LISTENER_VERBS, NAMING_LEMMAS, OBJECT_ONLY_LEMMAS, OUT_TOPIC_PREPOSITIONS, PERSUADING_LEMMAS, QUESTION_VERBS, RAISED_NOUNS, REQUEST_LEMMAS, REQUEST_PARTICLES, RESPONSE_NOUNS, SPEECH_TOPICS, SPEECH_VERBS, STANCE_LEMMAS, STATED_OBJECT_LEMMAS, REJECTED_NOUNS, THING_REQUEST_LEMMAS, TOPIC_PARTICLES, TOPIC_PREPOSITIONS, TOPIC_VERBS, VOICING_OPENERS, VOICING_VERBS } from '../lexicon/reporting-verbs.js';
import { ANONYMOUS_SOURCE_NOUNS, BODY_NOUNS, DOCUMENT_NOUNS, RESEARCH_NOUNS } from '../lexicon/anonymous-sources.js';
import { PERIOD_NOUNS, TIME_NOUNS } from '../lexicon/time-words.js';
import { TITLE_WORDS } from '../lexicon/titles.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-words.js';
import { mainClauseAfterFronted, namesObject, subjectAfterOpeningQuote } from './claims-frames.js';
import { DASHES, isInnerHyphen, isPersonalPronoun, isPossessive, isPossessiveDeterminer, nounPhraseLeftOf, nounPhraseRightOf, sentenceSubject, skipLeftModifiers, skipTimePhrase, RELATIVE_PRONOUNS, type Bounds, type TokenRun } from './claims-phrases.js';

export type CueKind = 'speech' | 'finding' | 'describe' | 'question' | 'according';

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
  /** The content is what a request or a promise asks for ("called for a recount"), not a clause. */
  request: boolean;
  sentence: number;
}

const FORMS = new Map<string, { lemma: string; kind: CueKind }>();
const addForms = (table: Record<string, string[]>, kind: CueKind) => {
  for (const [lemma, forms] of Object.entries(table)) for (const f of forms) if (!FORMS.has(f)) FORMS.set(f, { lemma, kind });
};
const quoteFraming = new Set(QUOTE_FRAMING_LEMMAS);
const formsOf = (table: Record<string, string[]>) => new Map(Object.entries(table).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));
const TOPIC_FORMS = formsOf(TOPIC_VERBS);
const VOICING_FORMS = formsOf(VOICING_VERBS);
const VOICING_OPENING = new Set(VOICING_OPENERS);
const RAISED = new Set(RAISED_NOUNS);
/** How many words the feeling's noun may take ("expressed deep and lasting concern about"). */
const MAX_FEELING_TOKENS = 5;
const TOPIC_OPENERS = new Set(TOPIC_PREPOSITIONS);
const OUT_TOPIC_OPENERS = new Set(OUT_TOPIC_PREPOSITIONS);
addForms(SPEECH_VERBS, 'speech');
addForms(FINDING_VERBS, 'finding');
addForms(DESCRIBING_VERBS, 'describe');
addForms(QUESTION_VERBS, 'question');
/** Pronouns that stand as the object of a verb of telling ("told her", "assured them"). */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us', 'you']);
const LISTENERS = new Set(LISTENER_VERBS);
const REQUESTS = new Map(Object.entries(REQUEST_LEMMAS));
const particlesOf = (table: Record<string, string[]>) => new Map(Object.entries(table).map(([lemma, words]) => [lemma, new Set(words)]));
const PARTICLES = particlesOf(REQUEST_PARTICLES);
const JUDGING_WITH = particlesOf(JUDGING_PARTICLES);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);
/** Who may report a finding after it ("..., a new study shows"): a document, a body or a name, not "leaders found". */
const FINDERS = new Set([...DOCUMENT_NOUNS, ...RESEARCH_NOUNS, ...BODY_NOUNS]);
const PERIODS = new Set(PERIOD_NOUNS);
const TIME = new Set(TIME_NOUNS);
/** How far a "that" may sit after its verb ("said on Thursday in a statement that"). */
const THAT_WINDOW = 12;

const lower = (t: Token) => t.text.toLowerCase();
const isComma = (t: Token | undefined) => t !== undefined && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '--');
const SCENE_OPENERS = new Set(['ADP', 'SCONJ', 'PART']);
const isClauseVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** Whether a word is one of the reporting, describing or asking forms of the lexicon. */
export function isReportingWord(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}

/** Reporting cues outside quotations, in text order. */
export function findCues(doc: Document, quoteOf: Int32Array): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (quoteOf[i] >= 0) continue;
    const t = tokens.get(i);
    const word = lower(t);
    // "would neither confirm nor deny": a refusal, not a statement.
    if (i > 0 && REFUSING_CORRELATIVES.has(lower(tokens.get(i - 1)))) continue;
    if (word === 'according' && tokens.get(i + 1) && lower(tokens.get(i + 1)) === 'to' && tokens.get(i + 1).sentence === t.sentence) {
      cues.push({ first: i, last: i + 1, kind: 'according', lemma: 'according to' });
      continue;
    }
    if (isDashAfterQuote(tokens, quoteOf, i)) {
      cues.push({ first: i, last: i, kind: 'speech', lemma: 'dash' });
      continue;
    }
    const topic = TOPIC_FORMS.get(word);
    if (topic && t.pos === 'VERB') {
      const opener = topicOpener(tokens, quoteOf, i, TOPIC_PARTICLES[topic]);
      if (opener > i) cues.push({ first: i, last: opener, kind: 'describe', lemma: topic });
      continue;
    }
    const voicing = VOICING_FORMS.get(word);
    if (voicing && t.pos === 'VERB') {
      const opener = feelingOpener(tokens, quoteOf, i);
      if (opener > i && (voicing !== 'raise' || raisesDoubt(tokens, i, opener))) cues.push({ first: i, last: opener, kind: 'describe', lemma: voicing });
      continue;
    }
    const form = FORMS.get(word);
    // "to have/VERB said" is a perfect, not a verb and its object.
    // "those surveyed say": a participle naming people after "those" is the subject, not a verb.
    // "can be heard yelling": a participle after a passive verb of perceiving is the subject's own speech.
    const objectOfVerb = i > 0 && tokens.get(i - 1).pos === 'VERB' && !PERFECT.has(lower(tokens.get(i - 1))) && lower(tokens.get(i - 2) ?? t) !== 'those' && !perceivedSpeaking(tokens, i);
    const verbal = t.pos === 'VERB' || (form !== undefined && singularSubjectThenVerbForm(doc, quoteOf, i)) || endsInvertedClause(tokens, i) || opensInversion(tokens, quoteOf, i) || pastTenseReadAsAdjective(tokens, i) || countThenSpeech(tokens, i) || participleReadAsAdjective(tokens, i) || nounBeforeSubject(tokens, i) || (form?.kind === 'speech' && afterRelativePronoun(tokens, i)) || (form !== undefined && pluralThenVerbForm(tokens, i, form.kind === 'finding'));
    // "a self-described socialist": a compound adjective, not a cue.
    const compound = i > 1 && isInnerHyphen(tokens, i - 1);
    if (!form || !verbal || modifiesNoun(tokens, i) || objectOfVerb || compound) continue;
    if (isStateBeforeTitle(tokens, i)) continue;
    const referring = form.lemma === 'refer' && i > 0 && (isComma(tokens.get(i - 1)) || tokens.get(i - 1).pos === 'AUX');
    if ((form.lemma === 'point' || referring) && lower(tokens.get(i + 1) ?? t) === 'to') {
      cues.push({ first: i, last: i + 1, kind: 'describe', lemma: `${form.lemma} to` });
      continue;
    }
    if (form.lemma === 'refer') continue;
    if (form.lemma === 'point' && lower(tokens.get(i + 1) ?? t) !== 'out') continue;
    // "I read the report" reads; "the sign read:" and "..., the letter read." report what it says.
    if (word === 'read' && !/^[.,:;]$/.test(tokens.get(i + 1)?.text ?? '.')) continue;
    // "find themselves in a war zone": a reflexive object makes a state, not a finding.
    if (form.kind === 'finding' && REFLEXIVES.has(particleOf(tokens, i))) continue;
    // "is recalling nearly 200,000 vehicles": a product recall, not a memory told.
    if (form.lemma === 'recall' && numberOpensObject(tokens, i + 1)) continue;
    // "naming her the “quiet kingmaker”" frames words about a person; "naming it “the Ferry”" names a thing.
    if (form.lemma === 'name' && !namesPerson(tokens, i + 1)) continue;
    const particle = tokens.get(i + 1) !== undefined && tokens.get(i + 1).sentence === t.sentence ? lower(tokens.get(i + 1)) : '';
    // "as the memo put it": "put" speaks only with "it"; "made (it) clear that": "make" only with
    // "clear", and not as an infinitive ("failed to make clear" said nothing).
    if (form.lemma === 'put' || form.lemma === 'make') {
      const infinitive = form.lemma === 'make' && i > 0 && lower(tokens.get(i - 1)) === 'to';
      const last = infinitive ? i : phraseEnd(tokens, i, form.lemma);
      if (last > i) cues.push({ first: i, last, ...form });
      continue;
    }
    // "called Friday for ...": a day may stand between the verb and its particle.
    const dated = TIME.has(particle) && tokens.get(i + 2)?.sentence === t.sentence ? i + 2 : i + 1;
    const requestParticle = dated > i + 1 ? lower(tokens.get(dated)) : particle;
    if (PARTICLES.get(form.lemma)?.has(requestParticle)) {
      cues.push({ first: i, last: dated, kind: 'speech', lemma: `${form.lemma} ${requestParticle}` });
      continue;
    }
    if (JUDGING_WITH.get(form.lemma)?.has(particle)) {
      cues.push({ first: i, last: i + 1, kind: 'describe', lemma: `${form.lemma} ${particle}` });
      continue;
    }
    cues.push({ first: i, last: form.lemma === 'point' ? i + 1 : i, ...form });
  }
  return cues;
}

/** Participles of perceiving that a passive puts before someone's speech ("was heard saying", "was seen shouting"). */
const PERCEIVED = new Set(['heard', 'overheard', 'seen', 'caught', 'filmed', 'recorded', 'videotaped']);

/** "can be heard yelling", "was caught saying": an -ing form after "be" and a participle of perceiving. */
function perceivedSpeaking(tokens: Tokens, i: number): boolean {
  const verb = tokens.get(i - 1);
  const be = tokens.get(i - 2);
  return /ing$/i.test(tokens.get(i).text) && verb !== undefined && be !== undefined && PERCEIVED.has(lower(verb)) && BE_FORMS.has(lower(be));
}

/** Object pronouns of people. */
const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/** Whether token `i` opens an object naming a person: an object pronoun of people or a name. */
function namesPerson(tokens: Tokens, i: number): boolean {
  const t = tokens.get(i);
  return t !== undefined && t.sentence === tokens.get(i - 1).sentence && (PERSON_OBJECTS.has(lower(t)) || t.pos === 'PROPN');
}

const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
const particleOf = (tokens: Tokens, i: number): string => (tokens.get(i + 1) !== undefined ? lower(tokens.get(i + 1)) : '');

/** Tags a subject may end with before its verb ("the rules state ..."). */
const SUBJECT_ENDINGS = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'PART']);

/** `"...," state Sen. Jane Doe said`: "state" before a capitalised title or name, with no subject before it, is the noun. */
function isStateBeforeTitle(tokens: Tokens, i: number): boolean {
  const next = tokens.get(i + 1);
  const prev = tokens.get(i - 1);
  return tokens.get(i).text === 'state' && next !== undefined && /^\p{Lu}/u.test(next.text) && (prev === undefined || !SUBJECT_ENDINGS.has(prev.pos));
}

/** "nearly 200,000 vehicles", "more than a million cars": a number, after at most three modifiers, opens the object at `i`. */
function numberOpensObject(tokens: Tokens, i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const pos = tokens.get(k).pos;
    if (pos === 'NUM') return true;
    if (pos !== 'ADV' && pos !== 'ADP' && pos !== 'ADJ' && pos !== 'DET') return false;
  }
  return false;
}

/** "spoke (out) (emotionally) of": the preposition that opens the topic of a verb of speaking, or -1. */
function topicOpener(tokens: Tokens, quoteOf: Int32Array, i: number, particle = 'out'): number {
  let k = i + 1;
  let out = false;
  // "spoke out Tuesday about", "weighed in on": adverbs, the particle and a day may come first.
  for (; k < tokens.length && tokens.get(k).sentence === tokens.get(i).sentence && quoteOf[k] < 0; k++) {
    if (lower(tokens.get(k)) === particle) out = true;
    else if (tokens.get(k).pos !== 'ADV' && !TIME.has(lower(tokens.get(k)))) break;
  }
  const opener = tokens.get(k);
  const opens = opener !== undefined && ((particle === 'out' && TOPIC_OPENERS.has(lower(opener))) || (out && (TOPIC_OPENERS.has(lower(opener)) || OUT_TOPIC_OPENERS.has(lower(opener)))));
  return opens && opener.sentence === tokens.get(i).sentence && quoteOf[k] < 0 ? k : -1;
}

/** "expressed deep concern about": the word after the feeling's noun that opens what it is about, or -1. */
function feelingOpener(tokens: Tokens, quoteOf: Int32Array, i: number): number {
  let noun = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 2 + MAX_FEELING_TOKENS) && tokens.get(k).sentence === tokens.get(i).sentence && quoteOf[k] < 0; k++) {
    const t = tokens.get(k);
    if (noun && VOICING_OPENING.has(lower(t))) return k;
    if (t.pos === 'NOUN') noun = true;
    else if (!['ADJ', 'DET', 'CCONJ', 'ADV'].includes(t.pos) && !isPossessiveDeterminer(t, tokens.get(k + 1))) return -1;
  }
  return -1;
}

/** "raised questions about": a noun of doubt between "raise" and the word opening its topic. */
function raisesDoubt(tokens: Tokens, i: number, opener: number): boolean {
  for (let k = i + 1; k < opener; k++) if (RAISED.has(lower(tokens.get(k)))) return true;
  return false;
}

/** The last token of "put it", "made clear" or "made it clear" from token `i`, or `i` when the phrase is not there. */
function phraseEnd(tokens: Tokens, i: number, lemma: string): number {
  const word = (k: number) => (tokens.get(k) !== undefined && tokens.get(k).sentence === tokens.get(i).sentence ? lower(tokens.get(k)) : '');
  if (lemma === 'put') return word(i + 1) === 'it' ? i + 1 : i;
  if (word(i + 1) === 'clear') return i + 1;
  return word(i + 1) === 'it' && word(i + 2) === 'clear' ? i + 2 : i;
}

/** `"..." ― Jane Doe`: a dash between a closing quote and a name signs the quote. */
function isDashAfterQuote(tokens: Tokens, quoteOf: Int32Array, i: number): boolean {
  const next = tokens.get(i + 1);
  return /^[\u2015\u2014\u2013-]$/u.test(tokens.get(i).text) && i > 0 && quoteOf[i - 1] >= 0 && next !== undefined && next.pos === 'PROPN';
}

/** Words that count people as a number does ("Some say/NOUN they ...", "Nearly a third say/NOUN they ..."). */
const COUNTING = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority', 'plurality']);

/** "4 in 10 say/NOUN they ...", "42% say/NOUN they": after a count, before a pronoun subject, a verb. */
function countThenSpeech(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  return tokens.get(i).pos === 'NOUN' && prev !== undefined && (prev.pos === 'NUM' || prev.text === '%' || COUNTING.has(lower(prev))) &&
    next !== undefined && next.sentence === tokens.get(i).sentence && next.pos === 'PRON';
}

/** Pronouns only a subject takes: a noun is never followed by one. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** "Lynch notes/NOUN they were appointed": a name, a plural-looking "noun", then a subject pronoun: the noun is the verb. */
function nounBeforeSubject(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  return tokens.get(i).pos === 'NOUN' && /s$/.test(tokens.get(i).text) && prev !== undefined && prev.pos === 'PROPN' &&
    next !== undefined && next.sentence === tokens.get(i).sentence && SUBJECT_PRONOUNS.has(lower(next));
}

/**
 * "the study -- which notes/NOUN that ...": a form of speech in -s between "which" or "who" and
 * "that" is the relative clause's verb ("who reports directly to the board" reports nothing).
 */
function afterRelativePronoun(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  const relative = prev !== undefined && (lower(prev) === 'which' || lower(prev) === 'who');
  return tokens.get(i).pos === 'NOUN' && /s$/.test(tokens.get(i).text) && relative && next !== undefined && lower(next) === 'that';
}

/**
 * "the documents show/NOUN that ...", "Polls show/NOUN the mayor ahead", "..., records show/NOUN.": a bare
 * form after a plural noun is the plural's verb when a clause, an object or the clause end follows it;
 * a noun or an adjective may follow only a finding ("reports show more than ..."), a name only a common
 * noun's finding ("polls show Jones ahead", not "the Fox News show Hannity").
 */
function pluralThenVerbForm(tokens: Tokens, i: number, finding: boolean): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  if (tokens.get(i).pos !== 'NOUN' || /s$/i.test(tokens.get(i).text) || prev === undefined || next === undefined || next.sentence !== tokens.get(i).sentence) return false;
  const plural = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && prev.sentence === tokens.get(i).sentence && (/\p{L}s$/u.test(prev.text) || pluralHeadThenThat(tokens, i));
  // "which even critics say/NOUN was ...": an auxiliary after the form opens the clause whose subject came first.
  const follows = lower(next) === 'that' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'AUX' || /^[.,]$/.test(next.text) || (finding && (['ADJ', 'NOUN', 'NUM'].includes(next.pos) || (next.pos === 'PROPN' && prev.pos === 'NOUN')));
  return plural && follows;
}

/**
 * "The Turkish government claims/NOUN the cleric runs ...", "the paper notes/NOUN the government
 * monitors ...": a form in -s right after a singular subject that opens the clause, with a clause of
 * its own after it, is the subject's verb ("the insurance claims the firm filed" has no such subject).
 */
function singularSubjectThenVerbForm(doc: Document, quoteOf: Int32Array, i: number): boolean {
  const { tokens } = doc;
  const t = tokens.get(i);
  const prev = tokens.get(i - 1);
  if (t.pos !== 'NOUN' || !/\p{Ll}s$/u.test(t.text) || prev === undefined || prev.sentence !== t.sentence) return false;
  const singular = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && !/s$/i.test(prev.text));
  const s = doc.sentences[t.sentence];
  const b: Bounds = { tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
  const subject = singular ? nounPhraseLeftOf(b, i - 1) : null;
  // "the interests of member states/NOUN trump ...": a compound noun inside a phrase with a preposition is no subject and verb.
  const opens = subject !== null && (subject.first === b.sentenceStart || isComma(tokens.get(subject.first - 1))) && headOf(b, subject) === subject.last;
  return opens && quoteOf[i + 1] < 0 && startsClause(b, i + 1) && !reducedRelative(b, i + 1);
}

/** "claims the firm filed were rejected": the clause's first verb is followed by another verb group, so it relates a noun. */
function reducedRelative(b: Bounds, from: number): boolean {
  let k = from;
  while (k < b.sentenceEnd && !isClauseVerb(b.tokens.get(k))) k++;
  const next = b.tokens.get(k + 1);
  return k + 1 < b.sentenceEnd && b.tokens.get(k).pos === 'VERB' && next.pos === 'AUX';
}

/** How far back a plural head may stand before its verb ("Data from the 2019 labour force survey show"). */
const MAX_HEAD_MODIFIER_TOKENS = 8;
const HEAD_MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * "Data from the 2019 labour force survey show that women ...": a plural head of research before the
 * prepositional phrase it governs, and "that" opening a clause with its own subject after the form.
 */
function pluralHeadThenThat(tokens: Tokens, i: number): boolean {
  const that = tokens.get(i + 1);
  const subject = tokens.get(i + 2);
  if (lower(that) !== 'that' || subject === undefined || !['NOUN', 'PROPN', 'PRON', 'DET', 'NUM'].includes(subject.pos)) return false;
  for (let k = i - 1, n = 0; k > 0 && n < MAX_HEAD_MODIFIER_TOKENS && tokens.get(k).sentence === tokens.get(i).sentence; k--, n++) {
    const t = tokens.get(k);
    if (t.pos === 'ADP') return RESEARCH.has(lower(tokens.get(k - 1)));
    if (!HEAD_MODIFIERS.has(t.pos) && !isPossessive(t)) return false;
  }
  return false;
}

/** "..., promising/ADJ to cut taxes", "..., joking/NOUN that ...": an -ing form after a comma and before an infinitive or "that" is a verb. */
function participleReadAsAdjective(tokens: Tokens, i: number): boolean {
  const next = tokens.get(i + 1);
  const t = tokens.get(i);
  return (t.pos === 'ADJ' || t.pos === 'NOUN') && /ing$/i.test(t.text) && isComma(tokens.get(i - 1)) && next !== undefined && next.sentence === t.sentence && (lower(next) === 'to' || lower(next) === 'that');
}

/** "Norway branded/ADJ the plan ...": an -ed form between a name and an object is a verb. */
function pastTenseReadAsAdjective(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  return tokens.get(i).pos === 'ADJ' && /ed$/i.test(tokens.get(i).text) && prev !== undefined && prev.pos === 'PROPN' &&
    next !== undefined && next.sentence === tokens.get(i).sentence && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON');
}

/** "the paper's polling team": an -ing form after a determiner or possessive is an adjective. */
function modifiesNoun(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  return /ing$/i.test(tokens.get(i).text) && prev !== undefined && (prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PART' && /^['’]s$/.test(prev.text)));
}

/** `"..." reply Ada and Tom`: a verb the tagger took for a noun, between a quote and its speaker. */
function opensInversion(tokens: Tokens, quoteOf: Int32Array, i: number): boolean {
  const next = tokens.get(i + 1);
  return i > 0 && quoteOf[i - 1] >= 0 && next !== undefined && next.sentence === tokens.get(i).sentence && (next.pos === 'PROPN' || next.pos === 'DET');
}

/** "..., the firm claims." / "the website states that": a verb the tagger took for a plural noun. */
function endsInvertedClause(tokens: Tokens, i: number): boolean {
  const next = tokens.get(i + 1);
  const prev = tokens.get(i - 1);
  return tokens.get(i).pos === 'NOUN' && tokens.get(i).text.endsWith('s') && next !== undefined && /^([.,:]|that)$/i.test(next.text) &&
    next.sentence === tokens.get(i).sentence && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ');
}

/** Source and reported clause of every cue, sentence by sentence. */
export function attribute(doc: Document, cues: Cue[], quoteOf: Int32Array): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of cues) {
    const s = doc.sentences[doc.tokens.get(cue.first).sentence];
    const b: Bounds = { tokens: doc.tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
    const a = attributeCue(b, cue, s.index, earlierInSentence(b, cue, out, s.index));
    // "ordered a review of the files": a persuading verb is a cue only as a request.
    if (PERSUADING.has(cue.lemma) && !a.request) continue;
    if (STANCES.has(cue.lemma) && !isSpokenStance(b, cue)) continue;
    out.push(a.source && !canTakeUp(b, cue, a.source) ? { ...a, source: null } : a);
  }
  return out;
}

const STANCES = new Set(STANCE_LEMMAS);
const PERSUADING = new Set(PERSUADING_LEMMAS);

const REJECTED_WORDS = new Set(REJECTED_NOUNS);
const MAX_REJECTED_OFFSET = 6;

/**
 * A stance taken in words: not denied ("has not endorsed"), and a rejection only of words or
 * asks ("rejected the argument", "rejected calls to resign"), not of a bill, a bid or a kidney,
 * which a vote or a body turns down.
 */
function isSpokenStance(b: Bounds, cue: Cue): boolean {
  if (cue.first > b.sentenceStart && NEGATIONS.has(lower(b.tokens.get(cue.first - 1)))) return false;
  if (cue.lemma !== 'reject') return true;
  // The first common noun of what was rejected ("Governor Park's latest request", "calls to resign").
  for (let k = cue.last + 1; k < Math.min(b.sentenceEnd, cue.last + MAX_REJECTED_OFFSET); k++) {
    const t = b.tokens.get(k);
    if (REJECTED_WORDS.has(lower(t))) return true;
    if (t.pos === 'NOUN') return false;
  }
  return false;
}

/** Whether a cue's lemma takes a stance ("endorsed", "rejected") rather than saying words. */
export const isStanceLemma = (lemma: string): boolean => STANCES.has(lemma);

/**
 * "Her struggles have raised questions about ...": a doubt raised by events is nobody's words;
 * "the plan rejected on Monday": a stance (or a request that things also make, "low rates
 * encouraged borrowing") is taken by someone who can voice one, by one holding an office or heading
 * a body ("the new mayor", "the state's teachers union"), or by a "who".
 */
function canTakeUp(b: Bounds, cue: Cue, source: TokenRun): boolean {
  if (cue.lemma === 'raise') return canVoice(b, source);
  if (!STANCES.has(cue.lemma) && !PERSUADING.has(cue.lemma)) return true;
  const head = lower(b.tokens.get(headOf(b, source)));
  // "trading prisoners encourages others to ...": an act named by a gerund voices nothing; nor,
  // when things persuade as often as people do, does "it".
  const first = b.tokens.get(source.first);
  if ((first.pos === 'VERB' && /ing$/i.test(first.text)) || (PERSUADING.has(cue.lemma) && head === 'it')) return false;
  return canVoice(b, source) || head === 'who' || TITLE_WORDS.has(head) || ORGANISATION_HEADS.has(head);
}

/** "... but said ..., adding": a cue sharing the source of one that shares it in turn takes the first source. */
export function sharedSource(a: Attribution): TokenRun | null {
  let at: Attribution | null = a;
  while (at && !at.source) at = at.sharesSourceOf;
  return at?.source ?? null;
}

/** Plural nouns of people by their endings ("voters", "investors", "activists", "politicians"). */
const PEOPLE_ENDING = /(ers|ors|ists|ians)$/;

/** A phrase naming someone who may voice a view: a name, a personal pronoun, or a noun of people, sources or bodies. */
function canVoice(b: Bounds, phrase: TokenRun): boolean {
  // "Monday's vote raised questions": only the head noun is tested; "Parents and teachers": each conjunct's.
  const last = headOf(b, phrase);
  for (let k = phrase.first; k <= last; k++) {
    const t = b.tokens.get(k);
    const head = k === last || b.tokens.get(k + 1).pos === 'CCONJ' || isComma(b.tokens.get(k + 1));
    if (!head) continue;
    const word = lower(t);
    if (t.pos === 'PROPN' || isPersonalPronoun(t) || BARE_SPEAKERS.has(word) || (t.pos === 'NOUN' && PEOPLE_ENDING.test(word) && !THINGS_ENDING_AS_PEOPLE.has(word))) return true;
  }
  return false;
}

/** Plural nouns of things that end like nouns of people ("errors", "disasters"). */
const THINGS_ENDING_AS_PEOPLE = new Set([
  'errors', 'disasters', 'numbers', 'matters', 'letters', 'papers', 'orders', 'disorders', 'centers', 'factors', 'sectors',
  'computers', 'waters', 'borders', 'floors', 'doors', 'chapters', 'layers', 'rumors', 'rumours', 'colors',
  'towers', 'rivers', 'containers', 'barriers', 'encounters', 'blunders', 'shelters', 'quarters',
]);

/**
 * The attribution before a cue in its sentence; for a finite verb joined by a conjunction, the last
 * one whose verb is finite too ("slammed X for suggesting ..., and bragged": "bragged" joins "slammed").
 */
function earlierInSentence(b: Bounds, cue: Cue, out: Attribution[], sentence: number): Attribution | null {
  const joined = !/ing$/i.test(b.tokens.get(cue.first).text) && isConjunction(b.tokens.get(skipLeftModifiers(b, cue.first - 1)));
  for (let k = out.length - 1; k >= 0 && out[k].sentence === sentence; k--) {
    if (!joined || !/ing$/i.test(b.tokens.get(out[k].cue.first).text)) return out[k];
  }
  return out.length && out[out.length - 1].sentence === sentence ? out[out.length - 1] : null;
}

function attributeCue(b: Bounds, cue: Cue, sentence: number, earlier: Attribution | null): Attribution {
  const reports = (cue.kind === 'speech' || cue.kind === 'finding' || cue.kind === 'according') && !quoteFraming.has(cue.lemma);
  // "called on China to act" is a request even though a clause-like run follows the verb.
  const request = reports ? requested(b, cue) : null;
  const clause = reports && cue.kind !== 'according' && !request ? afterCue(b, cue, cue.kind === 'finding' && !findsFact(b, cue)) : null;
  const base = { cue, sentence, sharesSourceOf: null, content: null, request: request !== null };
  const { tokens } = b;
  if (cue.kind === 'according') {
    const described = nounPhraseRightOf(b, cue.last + 1);
    const named = described && isComma(tokens.get(described.last + 1)) ? nounPhraseRightOf(b, described.last + 2) : null;
    // "According to the team's coach, Jane Doe, ...": the name set off after the description.
    const document = described !== null && tokens.slice(described.first, described.last + 1).some((t) => DOCUMENTS.has(lower(t)));
    const source = named && !document && tokens.get(named.last).pos === 'PROPN' && isComma(tokens.get(named.last + 1)) ? named : authorOf(b, described) ?? described;
    // "But according to reports, ...": a conjunction or an adverb may open the sentence first.
    const opensSentence = opensClause(b, cue.first);
    // "The Ledger reported, according to aides, the mayor tried ...": an aside before the clause it sources.
    const closing = source ? closingComma(b, source.last + 1) : -1;
    // "..., according to an analysis by Ada Brill, a former aide now teaching ...": an indefinite
    // phrase after the name describes it; it opens no clause.
    // So does a phrase with no verb of its own to the end ("..., one of the unions representing the workers.").
    const describesName = closing > 0 && (INDEFINITE_ARTICLES.has(lower(tokens.get(closing + 1) ?? tokens.get(closing))) || !finiteVerbAfter(b, closing + 1));
    const aside = isComma(tokens.get(cue.first - 1)) && closing > 0 && !describesName && startsClause(b, closing + 1);
    // "Fundraising, according to the campaign, has surged": the aside stands between a subject and its verb.
    const interrupts = isComma(tokens.get(cue.first - 1)) && closing > 0 && closing + 1 < b.sentenceEnd && isClauseVerb(tokens.get(closing + 1)) && b.quoteOf[closing + 1] < 0;
    if (interrupts) return { ...base, source, content: wholeSentence(b) };
    const content = opensSentence || aside ? afterComma(b, source ? source.last + 1 : cue.last + 1) : before(b, cue.first - 1);
    return { ...base, source, content };
  }
  // "A video showing the crash was posted online": a participle inside the subject shows no finding.
  if (cue.kind === 'finding' && describesSubject(b, cue)) return { ...base, source: null };
  const after = withinAside(b, cue, reports ? clause ?? request ?? statedObject(b, cue) ?? gerundObject(b, cue) ?? spokenTopic(b, cue) : describedObject(b, cue));
  const quoted = quotedSubject(b, cue);
  if (quoted) return { ...base, source: quoted, content: after };
  const reporter = reportedBy(b, cue);
  if (reporter) return { ...base, ...reporter };
  const responder = reports ? ownerOfResponse(b, cue) : null;
  if (responder) return { ...base, source: responder, content: after };
  // "said, going on to say that ...": the frame opens at "going".
  // "continues to insist that", "began to argue, ..., that": a clause introduced as a saying's.
  const introducesClause = clause !== null && ['that', ','].includes(lower(tokens.get(cue.last + 1) ?? tokens.get(cue.last)));
  const beforeFrame = pastGoingOn(b, cue.first - 1, cue.kind === 'speech' && (introducesClause || request !== null));
  const participle = /ing$/i.test(tokens.get(beforeFrame + 1).text);
  const leftEnd = skipLeftModifiers(b, beforeFrame);
  // "an article on her naming ...": an object pronoun after a preposition is a phrase too.
  const objectPronoun = leftEnd > b.sentenceStart && OBJECT_PRONOUNS.has(lower(tokens.get(leftEnd))) && tokens.get(leftEnd - 1).pos === 'ADP' ? { first: leftEnd, last: leftEnd } : null;
  const adjacent = pastPrepositionalObject(b, nounPhraseLeftOf(b, leftEnd) ?? objectPronoun);
  const left = adjacent ?? relativeAntecedent(b, leftEnd);
  // "waved a banner that said ...": the object of one verb is the subject of its relative clause.
  // "..., with a new poll showing the senator ahead": the object of "with" is the finder of its participle.
  if (adjacent && cue.kind === 'finding' && participle && lower(tokens.get(adjacent.first - 1) ?? tokens.get(cue.first)) === 'with' && isFinder(b, adjacent)) {
    return { ...base, source: adjacent, content: after ?? foundObject(b, cue, adjacent, true) };
  }
  if (adjacent && isObject(b, adjacent, participle)) {
    // "checked a box saying ...", "filed a complaint alleging ...": the object speaks for the subject.
    const source = issuerOf(b, adjacent) ?? (participle ? namedAfterOf(b, adjacent) ?? sentenceSubject(b) : describedByParticiple(b, adjacent) ?? (reports && !earlier ? subjectOfRelative(b, cue) : null));
    // `"...," the minister said at a news conference announcing that ...`: the occasion of a saying speaks for its speaker.
    const event = tokens.get(adjacent.first - 1)?.pos === 'ADP' && tokens.get(headOf(b, adjacent)).pos === 'NOUN';
    const occasion = !source && participle && reports && event && earlier !== null && earlier.cue.kind === 'speech' && earlier.source !== null && !isComma(tokens.get(cue.first - 1));
    if (occasion) return { ...base, source: null, sharesSourceOf: earlier, content: after };
    return { ...base, source: source && source.last < cue.first ? source : null, content: after };
  }
  if (left) {
    const resumes = cue.last + 2 < b.sentenceEnd && b.quoteOf[cue.last + 2] < 0;
    // "The island, as Hale pointed out, rarely ...": an aside opening with "as" too.
    const opensAside = isComma(tokens.get(left.first - 1)) || (lower(tokens.get(left.first - 1) ?? tokens.get(cue.first)) === 'as' && isComma(tokens.get(left.first - 2)));
    // "If she wins, Ruiz suggested in a tweet, women will ...": the aside may say where it was said.
    const asideEnd = cue.kind === 'speech' && tokens.get(cue.first).pos === 'VERB' && !isPassive(b, cue) ? pastAsideSetting(b, cue.last + 1) : cue.last + 1;
    const aside = reports && opensAside && isComma(tokens.get(asideEnd)) && (asideEnd > cue.last + 1 || resumes);
    if (aside) return { ...base, source: issuerOf(b, left) ?? left, content: wholeSentence(b) };
    // "As experts have pointed out, the mayor is free to ...", "..., as police have said.": the
    // attribution is an aside to the main clause after or before it.
    const as = lower(tokens.get(left.first - 1) ?? tokens.get(cue.first)) === 'as';
    // "But as Hale noted, ...": a conjunction or an adverb may open the sentence before "as".
    if (reports && as && opensClause(b, left.first - 1)) return { ...base, source: left, content: after ?? afterComma(b, cue.last + 1) };
    const closing = reports && as && isComma(tokens.get(left.first - 2)) && !hasWords(b, cue.last + 1, b.sentenceEnd - 1);
    if (closing) return { ...base, source: left, content: before(b, left.first - 2) };
    // "The first quarter showed growth of 6%": a span of time finds nothing (but in "polling over
    // the past two weeks shows", the span belongs to the poll before it).
    const period = PERIODS.has(lower(tokens.get(left.last))) && tokens.get(left.first - 1)?.pos !== 'ADP';
    if (cue.kind === 'finding' && period) return { ...base, source: null, content: null };
    const closesClause = isComma(tokens.get(left.first - 1)) || closesQuotedClause(b, left.first - 1);
    const finds = cue.kind !== 'finding' || tokens.get(left.last).pos === 'PROPN' || FINDERS.has(lower(tokens.get(headOf(b, left))));
    const content = after ?? (reports && finds && closesClause && !isFrontedPhrase(b, left.first - 1) ? before(b, left.first - 1) : null) ?? foundObject(b, cue, left);
    const embedded = content === null && reports ? embeddedClause(b, cue, left) : null;
    if (embedded) return { ...base, ...embedded };
    return { ...base, source: issuerOf(b, left) ?? left, content };
  }
  const previous = tokens.get(beforeFrame);
  // "Ruiz, in particular, has sharply criticized": the comma may stand before an auxiliary and adverbs.
  // "Oz, a surgeon, has been called a charlatan": a passive's subject is not who spoke.
  const passiveCue = isPassive(b, cue);
  // "Mr. Doe, citing “the magic of the brand,” said": the comma closing the description stands inside the quote.
  let insideMark = beforeFrame;
  while (insideMark > b.sentenceStart && /^["”'’]+$/u.test(tokens.get(insideMark).text)) insideMark--;
  const quotedComma = insideMark < beforeFrame && isComma(tokens.get(insideMark));
  const describedSubject = isComma(previous) ? appositiveSubject(b, beforeFrame) ?? bracketedSubject(b, beforeFrame) : quotedComma ? appositiveSubject(b, insideMark) : isComma(tokens.get(leftEnd)) && !passiveCue ? appositiveSubject(b, leftEnd) : null;
  // "spoke about the death of a man in Tulsa, Oklahoma, arguing": a participle's subject opens its clause.
  // "As many experts, including Jane Doe, have pointed out, the governor is free to ...": the main clause after the aside.
  const asAside = describedSubject !== null && reports && opensAs(b, describedSubject.first);
  if (describedSubject && (!participle || opensClause(b, describedSubject.first))) {
    return { ...base, source: describedSubject, content: after ?? (asAside ? afterComma(b, cue.last + 1) : reports ? clauseBeforeSource(b, describedSubject) : null) };
  }
  const described = reports && !participle && isComma(previous) && !earlier ? subjectDescribedAtLength(b, cue) : null;
  if (described) return { ...base, source: described, content: after };
  // `X said: "...," adding that ...`: the comma may stand inside the closing mark.
  if (isComma(previous) || (quotedComma && reports)) {
    if (participle) {
      // "X said, adding ...", "X mocked the plan, saying ...": the participle shares the clause's subject.
      const introduced = reports ? afterCue(b, cue, false) ?? request : describedObject(b, cue);
      // "sued a builder who said ..., saying ...": a cue with no one behind it, or inside a relative
      // clause, lends the participle no speaker.
      if (earlier && (earlier.source || earlier.sharesSourceOf) && !inRelativeClause(b, earlier.cue)) return { ...base, source: null, sharesSourceOf: earlier, content: introduced };
      const clauseSubject = sentenceSubject(b, false) ?? nounPhraseLeftOf(b, cue.first - 2);
      if (clauseSubject && clauseSubject.last < cue.first) return { ...base, source: clauseSubject, content: introduced };
    }
  }
  // "..., denounced her record as" names no speaker: an inverted subject does not open with "her".
  const owned = cue.last + 1 < b.sentenceEnd && isPossessiveDeterminer(tokens.get(cue.last + 1), tokens.get(cue.last + 2));
  const right = owned ? null : nounPhraseRightOf(b, cue.last + 1);
  if (right && endsClause(b, right.last + 1) && speaksInverted(b, right) && (previous === undefined || isComma(previous) || b.quoteOf[cue.first - 1] >= 0 || cue.first === b.sentenceStart)) {
    return { ...base, source: right, content: reports ? before(b, cue.first - 1) : null };
  }
  // "offered him a job, then says ...": "then" after a comma joins a verb as a conjunction does.
  const thenJoined = lower(tokens.get(cue.first - 1) ?? tokens.get(cue.first)) === 'then' && isComma(tokens.get(cue.first - 2));
  const joined = isConjunction(tokens.get(skipLeftModifiers(b, cue.first - 1))) || thenJoined;
  const conjunct = joined ? subjectOfConjunct(b, skipLeftModifiers(b, cue.first - 1), earlier) : null;
  if (conjunct) return { ...base, source: conjunct, content: after };
  // "who has both endorsed X and criticized Y": an earlier cue with no one behind it lends no speaker.
  if (earlier && sharedSource(earlier) && (joined || isComma(previous))) return { ...base, source: null, sharesSourceOf: earlier, content: after };
  // "... outlined his plan and vowed to", "paused before asking": the verb shares the sentence's subject.
  // "began by saying ...", "is expected to ... by saying": the subject's own means, unless an earlier
  // active cue brought in someone else ("accused critics of ... by claiming").
  const link = lower(tokens.get(cue.first - 1) ?? tokens.get(cue.first));
  const judged = participle && earlier ? judgedSpeaker(b, earlier, link) : null;
  if (judged && judged.last < cue.first) return { ...base, source: judged, content: after && beforeJoinedVerb(b, after, cue.last + 1) };
  const passive = (a: Attribution) => BE_FORMS.has(lower(tokens.get(a.cue.first - 1) ?? tokens.get(a.cue.first)));
  // "began by saying", "responded by noting": the verb right before "by" frames the participle.
  const framed = (a: Attribution) => a.cue.last === cue.first - 2;
  const linked = participle && (TIME_LINKS.has(link) || (link === 'by' && (!earlier || passive(earlier) || framed(earlier))));
  const fronted = linked && TIME_LINKS.has(link) && cue.first - 1 === b.sentenceStart ? mainClauseAfterFronted(b, cue.last + 1) : null;
  if (fronted) return { ...base, source: fronted.subject, content: after && endingAt(b, after, fronted.clauseEnd) };
  const opening = participle && reports && !earlier ? participleOpening(b, cue, after) : null;
  if (opening && after) return { ...base, source: opening.subject, content: endingAt(b, after, opening.clauseEnd) };
  const subject = joined || linked ? sentenceSubject(b, false) ?? subjectAfterOpeningQuote(b) : null;
  return { ...base, source: subject && subject.last < cue.first ? subject : null, content: after };
}

/**
 * "Claiming the protest is meant to intimidate the jury, Reed told reporters ...": a participle of
 * speech opening the sentence speaks for the main clause's subject, up to the comma before it.
 */
function participleOpening(b: Bounds, cue: Cue, after: Range | null): { subject: TokenRun; clauseEnd: number } | null {
  // "Writing for a panel that all agreed ..., Doe noted": the clause must follow the verb or its "that".
  const next = cue.last + 2 < b.sentenceEnd ? b.tokens.get(cue.last + 2) : null;
  if (!after || !next || after.start > next.start || !opensClause(b, cue.first)) return null;
  return mainClauseAfterFronted(b, cue.last + 1);
}

/** "for suggesting that ..., and bragged about ...": the reported clause ends before a verb of the main clause joined after a comma. */
function beforeJoinedVerb(b: Bounds, range: Range, from: number): Range | null {
  for (let k = from + 1; k + 1 < b.sentenceEnd; k++) {
    const verb = b.tokens.get(k + 1);
    const joined = isConjunction(b.tokens.get(k)) && b.quoteOf[k] < 0 && b.tokens.get(k - 1).pos === 'PUNCT' && verb.pos === 'VERB' && !/ing$/i.test(verb.text);
    if (joined) return endingAt(b, range, k - 1);
  }
  return range;
}

/**
 * "slammed the mayor as aloof for suggesting ...", "accused critics of scaremongering by claiming ...":
 * the one judged for a saying is its speaker: the object of an active judging verb before "for",
 * or before "of" and then "by" for an accusation.
 */
function judgedSpeaker(b: Bounds, earlier: Attribution, link: string): TokenRun | null {
  const judging = earlier.cue.kind === 'describe' && JUDGING.has(earlier.cue.lemma) && !isPassive(b, earlier.cue);
  if (!judging || (link !== 'for' && !(link === 'by' && earlier.cue.lemma === 'accuse'))) return null;
  const object = nounPhraseRightOf(b, earlier.cue.last + 1);
  if (!object || object.first !== earlier.cue.last + 1) return null;
  return link === 'for' || lower(b.tokens.get(object.last + 1) ?? b.tokens.get(object.last)) === 'of' ? object : null;
}

const EMBEDDING_RELATIVES = new Set(['that', 'which', 'what', 'who']);

/**
 * "a charity that prosecutors said was suspected of ...", "what she said is growing demand", "a
 * dynamic Greenberg said could drive ...": a verb right after the cue has its subject before the
 * speaker; what was said runs from the relative pronoun (or the noun) to the clause end.
 */
function embeddedClause(b: Bounds, cue: Cue, left: TokenRun): { source: TokenRun; content: Range } | null {
  const verb = b.tokens.get(cue.last + 1);
  if (cue.last + 1 >= b.sentenceEnd || b.quoteOf[cue.last + 1] >= 0 || !isClauseVerb(verb) || /ing$/i.test(verb.text)) return null;
  // "a charity that/DET prosecutors said": the tagger's determiner is the relative pronoun.
  const relativeInside = left.first < left.last && EMBEDDING_RELATIVES.has(lower(b.tokens.get(left.first))) && NOMINAL_HEADS.has(b.tokens.get(left.first - 1)?.pos ?? '');
  const speaker = relativeInside ? { first: left.first + 1, last: left.last } : left;
  // "which even critics say was": adverbs may stand before the speaker.
  const at = skipAdverbsLeft(b, speaker.first - 1);
  if (at < b.sentenceStart || at >= speaker.first || b.quoteOf[at] >= 0) return null;
  const before = b.tokens.get(at);
  const named = b.tokens.get(speaker.last).pos === 'PROPN' || isPersonalPronoun(b.tokens.get(speaker.last));
  const opening = EMBEDDING_RELATIVES.has(lower(before)) ? at : named && at === speaker.first - 1 && NOMINAL_HEADS.has(before.pos) ? nounPhraseLeftOf(b, at)?.first ?? -1 : -1;
  const clause = opening >= 0 ? toClauseEnd(b, cue.last + 1) : null;
  return clause && { source: speaker, content: { start: b.tokens.get(opening).start, end: clause.end } };
}

/** What a study or a document finds or shows, besides a clause. */
const RESEARCH = new Set([...DOCUMENT_NOUNS, ...RESEARCH_NOUNS]);

/**
 * "A 2019 study found 14 cases of fraud", "the audit found errors in ...": a noun phrase found by a
 * study or a document is its finding, to the sentence end ("police found a body" is an act, not one).
 */
function foundObject(b: Bounds, cue: Cue, finder: TokenRun, publisher = false): Range | null {
  // "a study by Professor Jane Doe found": the finder may be the author of the study.
  const authored = finder.first - 2 >= b.sentenceStart && lower(b.tokens.get(finder.first - 1)) === 'by' && RESEARCH.has(lower(b.tokens.get(finder.first - 2)));
  const research = publisher || authored || RESEARCH.has(lower(b.tokens.get(headOf(b, finder))));
  if (cue.kind !== 'finding' || !research || isPassive(b, cue)) return null;
  const object = nounPhraseRightOf(b, cue.last + 1);
  if (!object || b.tokens.get(object.first).start !== b.tokens.get(cue.last + 1).start) return null;
  return { start: b.tokens.get(object.first).start, end: b.tokens.get(b.sentenceEnd - 1).end };
}

/** An -ing form right after a noun, not the object of "with", with the clause's own verb after it. */
function describesSubject(b: Bounds, cue: Cue): boolean {
  const noun = b.tokens.get(cue.first - 1);
  if (!/ing$/i.test(b.tokens.get(cue.first).text) || noun === undefined || !NOMINAL_HEADS.has(noun.pos)) return false;
  const phrase = nounPhraseLeftOf(b, cue.first - 1);
  const withObject = phrase !== null && lower(b.tokens.get(phrase.first - 1) ?? noun) === 'with';
  return !withObject && finiteVerbAfter(b, cue.last + 1);
}

/** A verb not in -ing from token `from` to the sentence end, outside quotations. */
function finiteVerbAfter(b: Bounds, from: number): boolean {
  for (let k = from; k < b.sentenceEnd; k++) if (b.quoteOf[k] < 0 && isClauseVerb(b.tokens.get(k)) && !/ing$/i.test(b.tokens.get(k).text)) return true;
  return false;
}

/** A study, a document or a name (a pollster) that may publish a finding. */
function isFinder(b: Bounds, phrase: TokenRun): boolean {
  return b.tokens.get(phrase.last).pos === 'PROPN' || RESEARCH.has(lower(b.tokens.get(headOf(b, phrase))));
}

/** Common nouns that speak without an article ("..., said police", "..., said officials"). */
const BARE_SPEAKERS = new Set([...ANONYMOUS_SOURCE_NOUNS, ...BODY_NOUNS, ...DOCUMENT_NOUNS, ...RESEARCH_NOUNS]);

/** "..., declared bankruptcy.": a lone singular common noun after the verb is its object, not a speaker. */
function speaksInverted(b: Bounds, run: TokenRun): boolean {
  const t = b.tokens.get(run.first);
  return run.first !== run.last || t.pos !== 'NOUN' || BARE_SPEAKERS.has(lower(t)) || /s$/i.test(t.text);
}

/** The head noun of a phrase: the word before its first preposition ("a review of the accounts"), or its last. */
export function headOf(b: Bounds, phrase: TokenRun): number {
  for (let i = phrase.first + 1; i <= phrase.last; i++) if (b.tokens.get(i).pos === 'ADP') return i - 1;
  return phrase.last;
}

/**
 * "when my mother mentioned it, I laughed and said": a verb joined to the cue by "and" has a
 * subject of its own after the earlier cue, and that subject speaks.
 */
function subjectOfConjunct(b: Bounds, conjunction: number, earlier: Attribution | null): TokenRun | null {
  const verb = skipLeftModifiers(b, conjunction - 1);
  if (!earlier || verb <= earlier.cue.last || b.tokens.get(verb).pos !== 'VERB') return null;
  const subject = nounPhraseLeftOf(b, skipLeftModifiers(b, verb - 1));
  const named = subject && (isPersonalPronoun(b.tokens.get(subject.last)) || b.tokens.get(subject.last).pos === 'PROPN');
  // "Ruiz said Jones lied and added that ...": with no comma after the earlier cue, the verb is
  // inside its reported clause, and its subject is what was reported on, not a new speaker.
  return named && subject.first > earlier.cue.last && commaBetween(b, earlier.cue.last, subject.first) ? subject : null;
}

function commaBetween(b: Bounds, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isComma(b.tokens.get(k))) return true;
  return false;
}

/** How far "as" may follow the object ("pointed to the vote to leave the bloc as proof"). */
const EVIDENCE_WINDOW = 12;

/** "pointed to the vote as proof": an object from token `j`, then "as" before any comma. */
function asAfterObject(b: Bounds, j: number): boolean {
  const object = nounPhraseRightOf(b, j);
  if (!object) return false;
  for (let k = object.last + 1; k < Math.min(b.sentenceEnd, object.last + 1 + EVIDENCE_WINDOW) && !isComma(b.tokens.get(k)); k++) {
    if (lower(b.tokens.get(k)) === 'as' && b.quoteOf[k] < 0) return true;
  }
  return false;
}

/** A range cut back to end with token `last`, or null when nothing is left. */
function endingAt(b: Bounds, range: Range, last: number): Range | null {
  const end = Math.min(range.end, b.tokens.get(last).end);
  return end > range.start ? { start: range.start, end } : null;
}

/** `... and "we cannot wait," Okafor said`: a closing mark after a comma ends the reported clause. */
function closesQuotedClause(b: Bounds, i: number): boolean {
  return i > b.sentenceStart && b.quoteOf[i] >= 0 && isComma(b.tokens.get(i - 1));
}

/**
 * "Cruz, who has proposed repealing the mandate, said ...", "a builder who said he was owed, saying":
 * a relative clause ends at its first comma when a verb of the main clause follows it ("that Jäger,
 * under fire, would" goes on).
 */
function withinAside(b: Bounds, cue: Cue, content: Range | null): Range | null {
  if (!content || !inRelativeClause(b, cue)) return content;
  let k = cue.last + 1;
  while (k + 1 < b.sentenceEnd && b.tokens.get(k).start < content.end && !isComma(b.tokens.get(k))) k++;
  const next = b.tokens.get(k + 1);
  if (!isComma(b.tokens.get(k)) || next === undefined || !isClauseVerb(next)) return content;
  return b.tokens.get(k - 1).end > content.start ? { start: content.start, end: b.tokens.get(k - 1).end } : null;
}

/** "a farmer who said ...", "Jane Doe, who noted that ...": the noun the relative pronoun stands for. */
function relativeAntecedent(b: Bounds, i: number): TokenRun | null {
  if (i <= b.sentenceStart) return null;
  // "families of the victims, many of whom say ...": a share of the people named before.
  const partitive = lower(b.tokens.get(i)) === 'whom' && i - 2 > b.sentenceStart && lower(b.tokens.get(i - 1)) === 'of' && (COUNTING.has(lower(b.tokens.get(i - 2))) || b.tokens.get(i - 2).pos === 'NUM');
  if (partitive) return nounPhraseLeftOf(b, isComma(b.tokens.get(i - 3)) ? i - 4 : i - 3);
  // "a sign that said ...", "T-shirts which read ...": a thing may say what is written on it.
  const head = isComma(b.tokens.get(i - 1)) ? i - 2 : i - 1;
  const thing = (lower(b.tokens.get(i)) === 'that' || lower(b.tokens.get(i)) === 'which') && head >= b.sentenceStart && NOMINAL_HEADS.has(b.tokens.get(head).pos);
  if (lower(b.tokens.get(i)) !== 'who' && !thing) return null;
  return nounPhraseLeftOf(b, head);
}

/**
 * "Protesters marching through the streets chanted", "a poll released in late August found", "who
 * in 2010 said": a phrase after a preposition is its object; the subject stands before the
 * participle or the relative pronoun that governs it.
 */
function pastPrepositionalObject(b: Bounds, phrase: TokenRun | null): TokenRun | null {
  const adp = phrase ? phrase.first - 1 : -1;
  if (!phrase || adp - 1 <= b.sentenceStart || b.tokens.get(adp).pos !== 'ADP' || b.quoteOf[adp] >= 0) return phrase;
  const governor = b.tokens.get(adp - 1);
  if (RELATIVE_PRONOUNS.has(lower(governor))) return relativeAntecedent(b, adp - 1) ?? phrase;
  return governor.pos === 'VERB' && /(ing|ed)$/i.test(governor.text) ? nounPhraseLeftOf(b, adp - 2) ?? phrase : phrase;
}

/** The cue opens a relative clause ("a builder who said"): its subject is not the sentence's. */
function inRelativeClause(b: Bounds, cue: Cue): boolean {
  const i = skipLeftModifiers(b, cue.first - 1);
  return i >= b.sentenceStart && RELATIVE_PRONOUNS.has(lower(b.tokens.get(i)));
}

/**
 * "Hale was quoted as saying ...", "the minister is reported to have said ...": the subject of a
 * passive frame around the cue is who spoke.
 */
function quotedSubject(b: Bounds, cue: Cue): TokenRun | null {
  const word = (k: number) => (k >= b.sentenceStart && b.quoteOf[k] < 0 ? lower(b.tokens.get(k)) : '');
  const i = cue.first;
  const frame = word(i - 1) === 'as' && word(i - 2) === 'quoted' ? i - 2 : word(i - 1) === 'have' && word(i - 2) === 'to' && word(i - 3) === 'reported' ? i - 3 : -1;
  const be = frame > b.sentenceStart ? skipAdverbsLeft(b, frame - 1) : -1;
  if (be < b.sentenceStart || !BE_FORMS.has(word(be))) return null;
  return nounPhraseLeftOf(b, skipLeftModifiers(b, be - 1));
}

/** "As reported by the Ledger, <clause>" / "<clause>, as reported by the Ledger.": the agent after "by" and the main clause. */
function reportedBy(b: Bounds, cue: Cue): { source: TokenRun; content: Range | null } | null {
  const as = cue.first - 1;
  if (as < b.sentenceStart || lower(b.tokens.get(as)) !== 'as' || lower(b.tokens.get(cue.last + 1) ?? b.tokens.get(cue.last)) !== 'by') return null;
  const source = nounPhraseRightOf(b, cue.last + 2);
  if (!source) return null;
  if (opensClause(b, as)) return { source, content: afterComma(b, source.last + 1) };
  return isComma(b.tokens.get(as - 1)) && !hasWords(b, source.last + 1, b.sentenceEnd - 1) ? { source, content: before(b, as - 1) } : null;
}

const GO_FORMS = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** Verbs that pass their subject to the infinitive after them ("appeared to suggest", "seems to say"). */
const SEEMING = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed']);
/** Verbs of a saying's course that pass their subject on too ("continues to insist that"). */
const ASPECTUAL = new Set(['continue', 'continues', 'continued', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started']);

/**
 * "He went on to say ...", "She appeared to suggest ...": the speaker is the subject of "went" or
 * "appeared"; of "continues" too when a clause is reported ("the crowd began to chant" says nothing).
 */
function pastGoingOn(b: Bounds, i: number, reportsClause: boolean): number {
  // "Ruiz can be heard yelling": past the passive verb of perceiving to its subject.
  if (i > b.sentenceStart && perceivedSpeaking(b.tokens, i + 1)) return i - 1;
  if (i - 1 < b.sentenceStart || lower(b.tokens.get(i)) !== 'to') return i;
  if (SEEMING.has(lower(b.tokens.get(i - 1))) || (reportsClause && ASPECTUAL.has(lower(b.tokens.get(i - 1))))) return i - 2;
  const on = i - 1;
  if (on - 1 < b.sentenceStart || lower(b.tokens.get(on)) !== 'on' || !GO_FORMS.has(lower(b.tokens.get(on - 1)))) return i;
  return on - 2;
}

const isConjunction = (t: Token | undefined) => t !== undefined && t.pos === 'CCONJ';

/** "footage of Mayor Jane Doe asking": the name after "of" is the one speaking. */
function namedAfterOf(b: Bounds, phrase: TokenRun): TokenRun | null {
  for (let i = phrase.last - 1; i > phrase.first; i--) {
    if (lower(b.tokens.get(i)) === 'of') return b.tokens.get(phrase.last).pos === 'PROPN' ? { first: i + 1, last: phrase.last } : null;
  }
  return null;
}

/**
 * A noun phrase right after a verb is its object, not the subject of what follows; so is one after
 * a preposition when a participle follows ("in a box saying"), but not "footage of Doe asking".
 */
function isObject(b: Bounds, phrase: TokenRun, participle: boolean): boolean {
  const before = b.tokens.get(phrase.first - 1);
  const preposition = participle && before !== undefined && before.pos === 'ADP' && lower(before) !== 'of';
  // "Leaked documents show ...": a participle in -ed opening the sentence describes the noun after it.
  const describing = phrase.first - 1 === b.sentenceStart && /ed$/i.test(before?.text ?? '');
  const governs = before !== undefined && (before.pos === 'VERB' || preposition) && !CLAUSE_LINKS.has(lower(before)) && !describing;
  return phrase.first > b.sentenceStart && governs && b.quoteOf[phrase.first - 1] < 0 && !endsInName(b, phrase);
}

/** How many words may stand between a participle and its object ("trying to regain control"). */
const MAX_PARTICIPLE_TOKENS = 4;

/**
 * "Democrats trying to regain control of the Senate say ...", "Workers building the bridge said ...":
 * the subject opening the sentence that a participle's, an infinitive's or a relative clause's phrase
 * describes, when the cue follows its object.
 */
function describedByParticiple(b: Bounds, object: TokenRun): TokenRun | null {
  for (let k = object.first - 1, n = 0; k > b.sentenceStart && n < MAX_PARTICIPLE_TOKENS; k--, n++) {
    const t = b.tokens.get(k);
    // "Organizers of the push to boycott the speech said": an infinitive describes the noun too.
    const modifier = (t.pos === 'VERB' && /(ing|ed)$/i.test(t.text)) || (t.pos === 'PART' && lower(t) === 'to');
    if (modifier && NOMINAL_HEADS.has(b.tokens.get(k - 1).pos)) {
      const noun = nounPhraseLeftOf(b, k - 1);
      return noun && noun.last === k - 1 && opensClause(b, noun.first) ? noun : null;
    }
    // "The doctor who signed the letter called ...": the relative clause describes its antecedent.
    if (lower(t) === 'who' && b.quoteOf[k] < 0) {
      const antecedent = relativeAntecedent(b, k);
      return antecedent && opensClause(b, antecedent.first) ? antecedent : null;
    }
    // "People who have battled the threats say": an auxiliary of the clause's verb.
    if (!(t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'AUX') || b.quoteOf[k] >= 0) return null;
  }
  return null;
}

/** The phrase ends with a name after a common noun ("a radio interview Doe"). */
function endsInName(b: Bounds, phrase: TokenRun): boolean {
  let i = phrase.last;
  while (i > phrase.first && b.tokens.get(i).pos === 'PROPN') i--;
  return i < phrase.last && b.tokens.get(i).pos === 'NOUN';
}

/** "X issued a statement saying ...": a document speaks for the subject that issued it. */
/** "according to a count by the newspaper X": the author of a document is the source. */
function authorOf(b: Bounds, phrase: TokenRun | null): TokenRun | null {
  if (!phrase || !DOCUMENTS.has(lower(b.tokens.get(phrase.last))) || lower(b.tokens.get(phrase.last + 1) ?? b.tokens.get(phrase.last)) !== 'by') return null;
  return nounPhraseRightOf(b, phrase.last + 2);
}

const DOCUMENT_MODIFIERS = new Set(['DET', 'ADV', 'NUM']);
// "ran an article on her naming her ...": the document stands before the topic its participle follows.
// "the Ledger, which ran an article ...": the issuer of a relative clause is its antecedent.
function issuerOf(b: Bounds, phrase: TokenRun): TokenRun | null {
  const topic = b.tokens.get(phrase.first - 1);
  const about = topic !== undefined && (lower(topic) === 'on' || lower(topic) === 'about') ? nounPhraseLeftOf(b, phrase.first - 2) : null;
  const document = about && DOCUMENTS.has(lower(b.tokens.get(about.last))) ? about : addressedDocument(b, phrase) ?? phrase;
  if (!DOCUMENTS.has(lower(b.tokens.get(document.last)))) return null;
  // "ran a nearly 2,000-word article": past the article and the measure the phrase may leave out.
  let verb = skipLeftModifiers(b, document.first - 1);
  while (verb > b.sentenceStart && DOCUMENT_MODIFIERS.has(b.tokens.get(verb).pos)) verb--;
  if (verb < b.sentenceStart || b.tokens.get(verb).pos !== 'VERB') return null;
  const subjectEnd = skipLeftModifiers(b, verb - 1);
  return RELATIVE_PRONOUNS.has(lower(b.tokens.get(subjectEnd) ?? b.tokens.get(verb))) ? relativeAntecedent(b, subjectEnd) : nounPhraseLeftOf(b, subjectEnd);
}

/** "a letter to the school board": the document inside a phrase that goes on to its addressee. */
function addressedDocument(b: Bounds, phrase: TokenRun): TokenRun | null {
  for (let k = phrase.first; k < phrase.last; k++) {
    if (DOCUMENTS.has(lower(b.tokens.get(k))) && lower(b.tokens.get(k + 1)) === 'to') return { first: phrase.first, last: k };
  }
  return null;
}

/** An inverted subject ends its clause: punctuation, a preposition, an adverb or the sentence end follow it. */
function endsClause(b: Bounds, i: number): boolean {
  if (i >= b.sentenceEnd) return true;
  const t = b.tokens.get(i);
  return t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'ADV' || b.quoteOf[i] >= 0;
}

/** How many comma-set descriptions may sit between a name and its verb. */
const MAX_APPOSITIVES = 3;

/**
 * "Ana Lima, director of the institute, said": the name before one or more descriptions set off by
 * commas. A description may hold a relative clause or a participle, never a finite verb of its own.
 */
function appositiveSubject(b: Bounds, commaAt: number): TokenRun | null {
  let close = commaAt;
  for (let n = 0; n < MAX_APPOSITIVES; n++) {
    // "Democratic leaders — and, in particular, Senator Jane Doe — insisted": an aside between dashes may hold commas.
    const dashed = dashAside(b, close);
    let open = dashed >= 0 ? dashed : close - 1;
    let quoted = false;
    while (dashed < 0 && open >= b.sentenceStart && !isComma(b.tokens.get(open))) {
      quoted ||= b.quoteOf[open] >= 0;
      open--;
    }
    // "Mr. Doe, citing “the unique magic of the brand,” said": a participle's phrase may quote.
    const quotingParticiple = open + 1 < close && b.tokens.get(open + 1).pos === 'VERB' && /ing$/i.test(b.tokens.get(open + 1).text);
    if ((quoted && !quotingParticiple) || open < b.sentenceStart || open + 1 >= close || (dashed < 0 && !isDescription(b, open + 1, close))) return null;
    // "Rep. Jane Doe (D-Ohio), a panel member, said": a bracketed note after the name is passed over.
    const nameEnd = b.tokens.get(open - 1)?.text === ')' ? skipLeftModifiers(b, open - 1) : open - 1;
    const subject = nounPhraseLeftOf(b, nameEnd);
    // "Jane Roe, a spokeswoman for the Builders Coalition, which is made up of investors, said": a
    // relative clause describes the phrase before it, itself a description set off by a comma.
    // A name before the relative clause ("In May, Jane Roe, who ...") is the subject itself; an age is a description ("Jane Roe, 74, who ...").
    const relative = RELATIVE_PRONOUNS.has(lower(b.tokens.get(open + 1)));
    const describes = subject !== null && relative && isComma(b.tokens.get(subject.first - 1)) && b.tokens.get(subject.first).pos !== 'PROPN';
    if (!subject || subject.last !== nameEnd || describes) {
      close = open;
      continue;
    }
    if (b.tokens.get(subject.last).pos === 'PROPN') return nameBeforeRelative(b, subject) ?? subject;
    // "A lawyer for the family, Jane Doe, said": the name is the appositive.
    // "..., Rep. Jane Doe (D-Ohio), said": the name may carry a bracketed note too.
    const name = nounPhraseRightOf(b, open + 1);
    const noteEnd = b.tokens.get(close - 1).text === ')' ? skipLeftModifiers(b, close - 1) : close - 1;
    if (name && name.last === noteEnd && b.tokens.get(name.last).pos === 'PROPN') return name;
    // "As many experts, including Jane Doe, have pointed out, ...": a subject after an opening "as".
    // "Among likely voters, about two-thirds, 67 percent, say": a subject after an opening phrase.
    const opening = skipAdverbsLeft(b, subject.first - 1);
    const afterOpening = opening > b.sentenceStart && isComma(b.tokens.get(opening)) && b.tokens.get(b.sentenceStart).pos === 'ADP' && isFrontedPhrase(b, opening);
    if (opensClause(b, subject.first) || opensAs(b, subject.first) || afterOpening) return subject;
    close = open;
  }
  return null;
}

/**
 * "Many union members who came to the capital to protest the vote say ...": the relative clause's
 * object is no speaker; the noun the clause describes, opening the sentence, is.
 */
function subjectOfRelative(b: Bounds, cue: Cue): TokenRun | null {
  for (let k = cue.first - 1; k > b.sentenceStart && k > cue.first - MAX_RELATIVE_TOKENS; k--) {
    if (b.quoteOf[k] >= 0 || isComma(b.tokens.get(k))) return null;
    if (lower(b.tokens.get(k)) !== 'who') continue;
    const antecedent = nounPhraseLeftOf(b, k - 1);
    return antecedent && antecedent.last === k - 1 && opensClause(b, antecedent.first) ? antecedent : null;
  }
  return null;
}

/** "in a tweet", "in a June report": the document a saying set off as an aside was made in; the token after it, or `j`. */
function pastAsideSetting(b: Bounds, j: number): number {
  if (j >= b.sentenceEnd || b.tokens.get(j).pos !== 'ADP' || b.quoteOf[j] >= 0) return j;
  const setting = nounPhraseRightOf(b, j + 1);
  const document = setting !== null && DOCUMENTS.has(lower(b.tokens.get(headOf(b, setting))));
  return document && b.quoteOf[setting.last + 1] < 0 && setting.last + 2 < b.sentenceEnd ? setting.last + 1 : j;
}

const RESPONSES = new Set(RESPONSE_NOUNS);

/** "his best response was to say ...", "Doe's reaction is to tell ...": the owner of the reply speaks. */
function ownerOfResponse(b: Bounds, cue: Cue): TokenRun | null {
  const to = cue.first - 1;
  if (to - 2 < b.sentenceStart || lower(b.tokens.get(to)) !== 'to' || !BE_FORMS.has(lower(b.tokens.get(to - 1)))) return null;
  const phrase = nounPhraseLeftOf(b, to - 2);
  if (!phrase || !RESPONSES.has(lower(b.tokens.get(phrase.last)))) return null;
  if (isPossessiveDeterminer(b.tokens.get(phrase.first), b.tokens.get(phrase.first + 1))) return { first: phrase.first, last: phrase.first };
  for (let k = phrase.first + 1; k < phrase.last; k++) if (isPossessive(b.tokens.get(k))) return { first: phrase.first, last: k - 1 };
  return null;
}

/** "Sen. Jane Doe (D-R.I.), said ...": a stray comma after a name's bracketed note, the name opening the clause. */
function bracketedSubject(b: Bounds, commaAt: number): TokenRun | null {
  if (b.tokens.get(commaAt - 1)?.text !== ')') return null;
  const subject = nounPhraseLeftOf(b, skipLeftModifiers(b, commaAt - 1));
  return subject && b.tokens.get(subject.last).pos === 'PROPN' && opensClause(b, subject.first) ? subject : null;
}

/**
 * "Some residents who have followed her career for years, on radio or at meetings, said ...",
 * "Many farmers interviewed at markets this week, including Mr. Doe, said ...": the sentence's
 * subject, when a relative clause or a participle describing it runs on, past commas, to the cue.
 */
function subjectDescribedAtLength(b: Bounds, cue: Cue): TokenRun | null {
  const subject = sentenceSubject(b, false);
  const next = subject ? b.tokens.get(subject.last + 1) : undefined;
  if (!subject || !next || subject.last + 1 >= cue.first || b.quoteOf[subject.last + 1] >= 0) return null;
  // "The bill passed by the Senate last week, said Lind, is flawed.": an inverted "said Lind," names the speaker.
  const inverted = nounPhraseRightOf(b, cue.last + 1);
  if (inverted && (inverted.last + 1 >= b.sentenceEnd || isComma(b.tokens.get(inverted.last + 1)) || /^[.!?]$/u.test(b.tokens.get(inverted.last + 1).text))) return null;
  const participle = next.pos === 'VERB' && /(ed|ing)$/i.test(next.text);
  return participle || lower(next) === 'who' ? subject : null;
}

/** How long an aside between dashes may be. */
const MAX_DASH_ASIDE_TOKENS = 20;

/** The dash opening an aside that the dash at `close` ends, when the aside has no verb of its own; or -1. */
function dashAside(b: Bounds, close: number): number {
  if (!DASHES.has(b.tokens.get(close).text)) return -1;
  for (let k = close - 1; k > b.sentenceStart && k > close - MAX_DASH_ASIDE_TOKENS; k--) {
    const t = b.tokens.get(k);
    if (b.quoteOf[k] >= 0 || t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/i.test(t.text))) return -1;
    if (DASHES.has(t.text)) return k;
  }
  return -1;
}

/** How far back a relative clause holding commas may open ("who was to travel to Columbus, Ohio, on ..."). */
const MAX_RELATIVE_TOKENS = 30;
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/**
 * "Jane Doe, who was to travel to Columbus, Ohio, on Wednesday, said": a name found after a comma
 * inside a relative clause is a place or a thing in it; the name before the clause speaks.
 */
function nameBeforeRelative(b: Bounds, found: TokenRun): TokenRun | null {
  if (!isComma(b.tokens.get(found.first - 1))) return null;
  for (let k = found.first - 2; k > b.sentenceStart && k > found.first - MAX_RELATIVE_TOKENS && b.quoteOf[k] < 0; k--) {
    if (!isComma(b.tokens.get(k)) || !RELATIVE_OPENERS.has(lower(b.tokens.get(k + 1)))) continue;
    const named = nounPhraseLeftOf(b, k - 1);
    return named && named.last === k - 1 && b.tokens.get(named.last).pos === 'PROPN' ? named : null;
  }
  return null;
}

/**
 * "The senator will stay in the race, an aide, Ana Lima, said.": a clause closed by a comma before
 * the source and its descriptions is what was said.
 */
function clauseBeforeSource(b: Bounds, source: TokenRun): Range | null {
  let start = source.first;
  for (let n = 0; n < MAX_APPOSITIVES && isComma(b.tokens.get(start - 1)); n++) {
    let k = start - 2;
    while (k > b.sentenceStart && !isComma(b.tokens.get(k)) && b.quoteOf[k] < 0) k--;
    if (k <= b.sentenceStart || !isComma(b.tokens.get(k)) || !isDescription(b, k + 1, start - 1)) break;
    start = k + 1;
  }
  const comma = start - 1;
  if (comma <= b.sentenceStart || !isComma(b.tokens.get(comma)) || isFrontedPhrase(b, comma) || !hasClauseVerb(b, b.sentenceStart, comma)) return null;
  return before(b, comma);
}

function hasClauseVerb(b: Bounds, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseVerb(b.tokens.get(k)) && b.quoteOf[k] < 0) return true;
  return false;
}

/** "As" alone (after conjunctions or adverbs) opens the sentence before token `i`. */
function opensAs(b: Bounds, i: number): boolean {
  return i - 1 >= b.sentenceStart && lower(b.tokens.get(i - 1)) === 'as' && opensClause(b, i - 1);
}

/** Nothing but a conjunction or an adverb stands between the sentence start and token `i`. */
export function opensClause(b: Bounds, i: number): boolean {
  for (let k = b.sentenceStart; k < i; k++) if (b.tokens.get(k).pos !== 'CCONJ' && b.tokens.get(k).pos !== 'ADV' && b.tokens.get(k).pos !== 'PUNCT') return false;
  return true;
}

/** "Jane Doe, its chief executive, said": a description may open with a possessive pronoun. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);

function isDescription(b: Bounds, from: number, to: number): boolean {
  const first = b.tokens.get(from).pos;
  // "Murphy, though, said": a lone adverb set off by commas.
  if (to - from === 1 && (first === 'ADV' || first === 'SCONJ')) return true;
  // "Hale, then 38, said", "Ruiz, now a senator, said": an adverb of time before a description.
  if (first === 'ADV' && TIME_ADVERBS.has(lower(b.tokens.get(from)))) return isDescription(b, from + 1, to) || b.tokens.get(from + 1).pos === 'NUM';
  // "Sullivan, struck by her story, told ...": an irregular participle before its agent's "by".
  const participle = first === 'VERB' && (/(ing|ed)$/i.test(b.tokens.get(from).text) || lower(b.tokens.get(from + 1) ?? b.tokens.get(from)) === 'by');
  // "speaking on condition of anonymity because they were not ...", "led by ...", "after the report
  // came out": a participle's phrase or a subordinate clause may hold verbs of its own.
  if (participle || CLAUSE_LINKS.has(lower(b.tokens.get(from)))) return true;
  const relativeClause = NOT_SUBJECTS.has(lower(b.tokens.get(from)));
  const owner = POSSESSIVE_PRONOUNS.has(lower(b.tokens.get(from)));
  if (!participle && !relativeClause && !owner && first !== 'ADP' && first !== 'DET' && first !== 'ADJ' && first !== 'NOUN' && first !== 'PROPN' && first !== 'NUM') return false;
  let relative = false;
  for (let i = from; i < to; i++) {
    const t = b.tokens.get(i);
    const word = lower(t);
    if (word === 'who' || word === 'which' || word === 'that' || word === 'whose') relative = true;
    // "the center-left/VERB group": a word joined by a hyphen is part of a compound, not a verb.
    // "on Wednesday to promote the rules": an infinitive of purpose is no finite verb either.
    else if (!relative && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(word) && !isInnerHyphen(b.tokens, i - 1) && lower(b.tokens.get(i - 1)) !== 'to'))) return false;
  }
  return true;
}

const TIME_ADVERBS = new Set(['then', 'now', 'once', 'still']);

/** The clause a cue reports after it: past a listener ("told reporters") and up to "that". */
function afterCue(b: Bounds, cue: Cue, needsThat: boolean): Range | null {
  const { tokens } = b;
  let j = cue.last + 1;
  if (LISTENERS.has(cue.lemma)) {
    // "told her he was innocent": "her" is the listener when a subject follows, not a possessive.
    const objectPronoun = OBJECT_PRONOUNS.has(lower(tokens.get(j) ?? tokens.get(cue.last))) && isPersonalPronoun(tokens.get(j + 1) ?? tokens.get(cue.last));
    const listener = objectPronoun ? { first: j, last: j } : nounPhraseRightOf(b, j);
    if (listener) j = listener.last + 1;
  }
  // "said Thursday it had ...", "said last month that ...": a time phrase after the cue dates the saying, not the clause.
  const dated = skipTimePhrase(b, j);
  const clauseAt = dated < b.sentenceEnd && isComma(tokens.get(dated)) ? dated + 1 : dated;
  const datedThat = dated > j && clauseAt < b.sentenceEnd && lower(tokens.get(clauseAt)) === 'that';
  if (datedThat || (dated > j && b.quoteOf[clauseAt] < 0 && startsClause(b, clauseAt))) j = clauseAt;
  // "announced on Monday, ending ...": past the date a participle opens no reported clause.
  else if (dated > j && clauseAt > dated && tokens.get(clauseAt)?.pos === 'VERB' && /ing$/i.test(tokens.get(clauseAt).text)) return null;
  // "bragged about her father teaching her ...": the topic's own preposition is no setting to skip.
  else if (!SPOKEN_TOPICS.get(cue.lemma)?.has(lower(tokens.get(j) ?? tokens.get(cue.last)))) j = pastSetting(b, j);
  // "cautioned, as did the campaign itself, that ...": an aside set off by commas before "that".
  const pastAside = thatAfterAside(b, j);
  let introduced = pastAside > j;
  if (introduced) j = pastAside;
  // "said at a press stop/VERB that", "told the “Morning Show” that": inside a phrase before
  // "that", a quoted title or a noun read as a verb does not end the search.
  const phrase = j < b.sentenceEnd && (tokens.get(j).pos === 'ADP' || j > cue.last + 1);
  for (let k = j; !introduced && k < Math.min(b.sentenceEnd, j + THAT_WINDOW); k++) {
    if (b.quoteOf[k] >= 0 && phrase) continue;
    if (b.quoteOf[k] >= 0 || (isClauseVerb(tokens.get(k)) && !(phrase && misreadNoun(tokens, k)))) break;
    // "mentioned the vote, joking that ...": the "that" belongs to the participle of speech after the comma.
    const next = tokens.get(k + 1)?.text ?? '';
    if (isComma(tokens.get(k)) && /ing$/i.test(next) && isReportingWord(next)) break;
    // "show that women held ...": right after a finding, "that" before a noun and its verb opens a clause.
    const findingThat = cue.kind === 'finding' && k === cue.last + 1 && lower(tokens.get(k)) === 'that' && k + 2 < b.sentenceEnd &&
      tokens.get(k + 1).pos === 'NOUN' && isClauseVerb(tokens.get(k + 2));
    if (isThat(tokens.get(k), tokens.get(k + 1)) || (datedThat && k === j) || findingThat) {
      j = k + 1;
      introduced = true;
      break;
    }
  }
  const pastAccording = pastAccordingAside(b, j);
  const commaFirst = pastAccording === j && isComma(tokens.get(j));
  j = pastAccording;
  while (j < b.sentenceEnd && tokens.get(j).pos === 'PUNCT' && b.quoteOf[j] < 0) j++;
  if (j >= b.sentenceEnd || (needsThat && !introduced)) return null;
  // "X said, adding ..." is a new clause; only "X said, "..."" goes on with what was said.
  if (commaFirst && !introduced && b.quoteOf[j] < 0) return null;
  if (!introduced && b.quoteOf[j] < 0 && !startsClause(b, skipTimePhrase(b, j)) && !conditionThenClause(b, j)) return null;
  return { start: tokens.get(j).start, end: tokens.get(b.sentenceEnd - 1).end };
}

/** Words that open a condition a reported clause may carry before it ("said if elected she would ..."). */
const CONDITIONS = new Set(['if', 'when', 'once', 'unless']);
/** How far the main clause may start after the condition's opening word. */
const MAX_CONDITION_TOKENS = 15;

/**
 * "said if elected she would cut taxes", "said when the bridge reopens, tolls will rise": a condition
 * then the clause it governs, which opens after a comma or with a pronoun subject. "said when asked"
 * (no clause after it) reports nothing.
 */
function conditionThenClause(b: Bounds, j: number): boolean {
  if (j >= b.sentenceEnd || !CONDITIONS.has(lower(b.tokens.get(j)))) return false;
  for (let k = j + 2; k < Math.min(b.sentenceEnd, j + MAX_CONDITION_TOKENS); k++) {
    if (b.quoteOf[k] >= 0 || lower(b.tokens.get(k)) === 'that') return false;
    // "said if elected president he could ...": a subject pronoun opens the main clause wherever it stands.
    const opens = isComma(b.tokens.get(k - 1)) || (b.tokens.get(k).pos === 'PRON' && (b.tokens.get(k - 1).pos === 'VERB' || SUBJECT_PRONOUNS.has(lower(b.tokens.get(k)))));
    if (opens && startsClause(b, k)) return true;
  }
  return false;
}

/** "said in a statement Thursday they had ...": where it was said, skipped when a clause follows. */
function pastSetting(b: Bounds, j: number): number {
  if (j >= b.sentenceEnd || b.tokens.get(j).pos !== 'ADP' || lower(b.tokens.get(j)) === 'that') return j;
  const setting = nounPhraseRightOf(b, j + 1);
  const k = setting ? skipTimePhrase(b, setting.last + 1) : j;
  return setting && b.quoteOf[k] < 0 && startsClause(b, k) ? k : j;
}

/** How long an aside between a verb of speech and its "that" may be ("insists, most recently in a radio interview, that"). */
const MAX_THAT_ASIDE_TOKENS = 15;

/**
 * "cautioned, as did the campaign itself, that ...", "insists, most recently in an interview, that
 * ...": past a comma-set aside with no verb of its own (but "as did"), the token after "that"; else `j`.
 */
function thatAfterAside(b: Bounds, j: number): number {
  const { tokens } = b;
  if (j >= b.sentenceEnd || !isComma(tokens.get(j)) || b.quoteOf[j + 1] >= 0) return j;
  const opensAs = lower(tokens.get(j + 1) ?? tokens.get(j)) === 'as';
  for (let k = j + 2; k + 1 < Math.min(b.sentenceEnd, j + MAX_THAT_ASIDE_TOKENS); k++) {
    const t = tokens.get(k);
    if (b.quoteOf[k] >= 0 || (t.pos === 'VERB' && !opensAs)) return j;
    if (isComma(t)) return lower(tokens.get(k + 1)) === 'that' && tokens.get(k + 1).pos === 'SCONJ' ? k + 2 : j;
  }
  return j;
}

/** "reported, according to sources in the meeting, that ...": skip the aside to the clause. */
function pastAccordingAside(b: Bounds, j: number): number {
  const { tokens } = b;
  if (!isComma(tokens.get(j)) || lower(tokens.get(j + 1) ?? tokens.get(j)) !== 'according') return j;
  const source = nounPhraseRightOf(b, j + 3);
  const closing = source ? closingComma(b, source.last + 1) : -1;
  return closing > 0 ? closing : j;
}

/** How far the comma closing a source's description may be ("sources in the meetings,"). */
const MAX_DESCRIPTION_TOKENS = 8;

/** The comma that closes a source's trailing description, if no verb comes first. */
function closingComma(b: Bounds, from: number): number {
  for (let i = from; i < Math.min(b.sentenceEnd, from + MAX_DESCRIPTION_TOKENS); i++) {
    if (isComma(b.tokens.get(i))) return i;
    if (isClauseVerb(b.tokens.get(i)) || b.quoteOf[i] >= 0) return -1;
  }
  return -1;
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const JUDGING = new Set(JUDGING_LEMMAS);
const SPOKEN_TOPICS = particlesOf(SPEECH_TOPICS);
const TOPICS = new Set([...Object.keys(TOPIC_VERBS), ...Object.keys(VOICING_VERBS)]);
const NAMING = new Set(NAMING_LEMMAS);
const DOUBTING = new Set(DOUBTING_LEMMAS);
const OBJECT_ONLY = new Set(OBJECT_ONLY_LEMMAS);
const EVIDENCE = new Set(EVIDENCE_PHRASES);
const STATED_OBJECT = new Set(STATED_OBJECT_LEMMAS);

/**
 * "The senator criticized the new tax on fuel": what a judging verb in the active voice says of
 * its object, to the sentence end. A passive ("was criticized by") or an object holding a quotation
 * (left to the direct claim) gives none.
 */
function describedObject(b: Bounds, cue: Cue): Range | null {
  const next = b.tokens.get(cue.last + 1);
  const doubts = DOUBTING.has(cue.lemma) && next !== undefined && (WH_WORDS.has(lower(next)) || doubtsQuality(b, cue.last + 1));
  const offered = EVIDENCE.has(cue.lemma) && asAfterObject(b, cue.last + 1);
  const judges = JUDGING.has(cue.lemma) || TOPICS.has(cue.lemma) || doubts || offered || (NAMING.has(cue.lemma) && namesObject(b, cue.last + 1));
  if (!judges || isPassive(b, cue)) return null;
  let j = cue.last + 1;
  // "described, in blistering terms, a set of ...": past an aside set off by commas.
  const asideEnd = isComma(b.tokens.get(j)) ? closingComma(b, j + 1) : -1;
  if (asideEnd > 0) j = asideEnd + 1;
  if (j < b.sentenceEnd && b.tokens.get(j).pos === 'ADP') {
    if (OBJECT_ONLY.has(cue.lemma)) return null;
    j++;
  }
  if (j >= b.sentenceEnd || b.tokens.get(j).pos === 'PUNCT') return null;
  // "attacked the governor for ..., saying, “...”": the judgement ends before the participle that quotes;
  // "slammed the mayor as aloof for saying ..." before the reason, and "..., and bragged" before a verb joined to the cue.
  const stop = judgementStop(b, j, clauseStop(b, j));
  let end = stop - 1;
  while (end > j && (b.tokens.get(end).pos === 'CCONJ' || isComma(b.tokens.get(end)))) end--;
  for (let k = j; k <= end; k++) if (b.quoteOf[k] >= 0) return null;
  return { start: b.tokens.get(j).start, end: b.tokens.get(end).end };
}

/**
 * Within [from, stop): "for" before a gerund of speech (the saying judged is a claim of its own), or
 * a conjunction before a finite verb of speech (a second act: "..., and bragged about").
 */
function judgementStop(b: Bounds, from: number, stop: number): number {
  for (let k = from + 1; k < stop; k++) {
    const next = b.tokens.get(k + 1);
    if (next === undefined || b.quoteOf[k] >= 0 || b.quoteOf[k + 1] >= 0 || next.pos !== 'VERB' || !isReportingWord(lower(next))) continue;
    const gerund = /ing$/i.test(next.text);
    // "criticised the mayor for saying ...": with no predicate of the judgement before "for", the reason stays in it.
    const predicate = gerund && (nounPhraseRightOf(b, from)?.last ?? k - 1) < k - 1;
    if ((predicate && lower(b.tokens.get(k)) === 'for') || (!gerund && isConjunction(b.tokens.get(k)))) return k;
  }
  return stop;
}

/** Endings of abstract nouns: qualities, states and acts ("integrity", "fairness", "judgment", "reliance", "decision", "health"). */
const ABSTRACT_ENDING = /(ity|ness|ment|ance|ence|ism|acy|dom|ship|tion|sion|th)s?$/;

/**
 * "questioned the integrity of the vote", "question the wisdom of the plan": a doubt cast on a
 * quality or an act, not on a person examined ("police questioned the driver").
 */
function doubtsQuality(b: Bounds, j: number): boolean {
  const object = nounPhraseRightOf(b, j);
  const head = object ? b.tokens.get(headOf(b, object)) : undefined;
  return head !== undefined && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && ABSTRACT_ENDING.test(head.text.toLowerCase());
}

/** "warned of a recession", "complained about the noise": the topic after a verb of speech and its preposition. */
function spokenTopic(b: Bounds, cue: Cue): Range | null {
  const j = cue.last + 1;
  if (j + 1 >= b.sentenceEnd || b.quoteOf[j] >= 0 || !SPOKEN_TOPICS.get(cue.lemma)?.has(lower(b.tokens.get(j))) || isPassive(b, cue)) return null;
  return nounPhraseRightOf(b, j + 1) || isGerund(b, j + 1) ? toClauseEnd(b, j + 1) : null;
}

/**
 * "denied the charges": a noun phrase the verb states, to its clause end. Not a passive ("was
 * denied entry"), an object given away ("denied entry to the press") or one holding a quotation.
 */
function statedObject(b: Bounds, cue: Cue): Range | null {
  // "required companies to disclose their taxes": an infinitive states nothing yet.
  const infinitive = cue.first > b.sentenceStart && lower(b.tokens.get(skipAdverbsLeft(b, cue.first - 1))) === 'to';
  if (!STATED_OBJECT.has(cue.lemma) || isPassive(b, cue) || infinitive) return null;
  // "..., a spokesman confirmed Monday morning.": a time phrase dates the saying, it is not what was said.
  const dated = skipTimePhrase(b, cue.last + 1);
  const object = dated === cue.last + 1 || !endsClause(b, dated) ? nounPhraseRightOf(b, cue.last + 1) : null;
  // "denied entry to the press" gives the object away; "the fight to save the wall" goes on with it.
  const given = object !== null && lower(b.tokens.get(object.last + 1) ?? b.tokens.get(object.last)) === 'to' && !isInfinitive(b, object.last + 1);
  if (!object || given) return null;
  // "noting the cost, said ...": the object's clause ends at a comma.
  let end = cue.last + 1;
  for (; end < b.sentenceEnd && !isComma(b.tokens.get(end)); end++) if (b.quoteOf[end] >= 0) return null;
  return { start: b.tokens.get(cue.last + 1).start, end: b.tokens.get(end - 1).end };
}

const GERUND_OBJECT = new Set(GERUND_OBJECT_LEMMAS);

/** "has admitted using the fund", "denied ever taking money", "suggested looking at ...": a gerund object to its clause end. */
function gerundObject(b: Bounds, cue: Cue): Range | null {
  if (!GERUND_OBJECT.has(cue.lemma) || isPassive(b, cue)) return null;
  let j = cue.last + 1;
  while (j < b.sentenceEnd && b.tokens.get(j).pos === 'ADV') j++;
  if (!isGerund(b, j)) return null;
  // "Although X has admitted using the fund, he ...": the object ends at a comma.
  let end = j;
  while (end + 1 < b.sentenceEnd && !isComma(b.tokens.get(end + 1))) end++;
  while (end > j && b.tokens.get(end).pos === 'PUNCT' && b.quoteOf[end] < 0) end--;
  return { start: b.tokens.get(cue.last + 1).start, end: b.tokens.get(end).end };
}

/**
 * "the 300,000 homes the government has promised to deliver": a subject right after a noun opens a
 * clause whose object is that noun; what is promised is the noun, outside the clause.
 */
function inObjectRelative(b: Bounds, cue: Cue): boolean {
  const subject = nounPhraseLeftOf(b, skipLeftModifiers(b, cue.first - 1));
  const at = subject ? subject.first - 1 : -1;
  if (at < b.sentenceStart || b.tokens.get(at).pos !== 'NOUN') return false;
  // "Last week the mayor promised to": a time phrase opening the clause is no antecedent.
  const phrase = TIME.has(lower(b.tokens.get(at))) ? nounPhraseLeftOf(b, at) : null;
  const opensClause = phrase !== null && (phrase.first === b.sentenceStart || isComma(b.tokens.get(phrase.first - 1)) || b.tokens.get(phrase.first - 1).pos === 'ADP');
  return !opensClause;
}

/** How far back the infinitive a purpose's verbs are joined to may open. */
const PURPOSE_WINDOW = 12;

/** "met the envoy to raise concerns and urge ...": a verb joined by "and" to an infinitive of purpose is one too. */
function joinsPurpose(b: Bounds, conjunction: number): boolean {
  if (conjunction <= b.sentenceStart || b.tokens.get(conjunction).pos !== 'CCONJ') return false;
  for (let k = conjunction - 1; k > Math.max(b.sentenceStart, conjunction - PURPOSE_WINDOW); k--) {
    const t = b.tokens.get(k);
    if (isComma(t) || b.quoteOf[k] >= 0) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return lower(b.tokens.get(k - 1)) === 'to';
  }
  return false;
}

/**
 * "called for a recount", "vowed to appeal", "urged voters to stay home": what a request or a
 * promise asks for, to the sentence end. A passive ("was urged to") and a
 * participle before a noun ("the proposed rule") ask nothing.
 */
function requested(b: Bounds, cue: Cue): Range | null {
  const frame = REQUESTS.get(cue.lemma);
  const before = cue.first > b.sentenceStart ? b.tokens.get(skipAdverbsLeft(b, cue.first - 1)) : undefined;
  // "met the envoy to urge ...": an infinitive cue states a purpose, not a request that was made.
  // "continued to call for", "began to urge": an infinitive after a verb of a saying's course asks all the same.
  const purpose = before !== undefined && lower(before) === 'to' && !ASPECTUAL.has(lower(b.tokens.get(cue.first - 2) ?? before));
  if (!frame || isPassive(b, cue) || (before !== undefined && before.pos === 'DET') || purpose || joinsPurpose(b, cue.first - 1) || inObjectRelative(b, cue)) return null;
  let j = cue.last + 1;
  if (j < b.sentenceEnd && lower(b.tokens.get(j)) === 'that') return null;
  if (frame === 'listener-infinitive') {
    // "urged them to reconsider": an object pronoun right before the infinitive is a listener too ("urged her husband to" is a phrase).
    const pronoun = j < b.sentenceEnd && OBJECT_PRONOUNS.has(lower(b.tokens.get(j))) && isInfinitive(b, j + 1);
    const listener = pronoun ? { first: j, last: j } : nounPhraseRightOf(b, j);
    if (!listener) return null;
    // "urged Obama last year not to close ...": a time phrase may date the asking before the infinitive.
    const dated = skipTimePhrase(b, listener.last + 1);
    // "urged restraint", "urges retaliation on Russia": with no infinitive, a thing's noun is what is asked for.
    if (!isInfinitive(b, dated)) return THING_REQUESTS.has(cue.lemma) && asksForThing(b, listener) ? toClauseEnd(b, cue.last + 1) : null;
    j = dated;
  }
  // "vowed Tuesday to remain in the race": a time phrase may date the promise before its infinitive.
  const infinitive = isInfinitive(b, j) || (frame !== 'listener-infinitive' && isInfinitive(b, skipTimePhrase(b, j)));
  const object = frame === 'object' && (nounPhraseRightOf(b, j) !== null || isGerund(b, j) || isParticipleBeforeNoun(b, j));
  // "urged voters to develop a “sense of pride” in the town": a quotation inside runs on with the clause.
  return infinitive || object ? toClauseEnd(b, cue.last + 1) : null;
}

const THING_REQUESTS = new Set(THING_REQUEST_LEMMAS);

/** "restraint", "a boycott of the games": a common noun in the singular, not a listener ("voters", "Congress", "her"). */
function asksForThing(b: Bounds, object: TokenRun): boolean {
  const head = b.tokens.get(headOf(b, object));
  return head.pos === 'NOUN' && !/s$/i.test(head.text) && !canVoice(b, object) && b.quoteOf[object.first] < 0;
}

/** "to appeal", "not to appeal": an infinitive from token `j`. */
function isInfinitive(b: Bounds, j: number): boolean {
  const to = j < b.sentenceEnd && NEGATIONS.has(lower(b.tokens.get(j))) ? j + 1 : j;
  return to + 1 < b.sentenceEnd && lower(b.tokens.get(to)) === 'to' && b.tokens.get(to + 1).pos === 'VERB' && b.quoteOf[to + 1] < 0;
}
const NEGATIONS = new Set(['not', 'never']);
const REFUSING_CORRELATIVES = new Set(['neither', 'nor']);

/** "was urged", "has been called": a form of "be" before the cue, not a progressive ("is calling for"). */
function isPassive(b: Bounds, cue: Cue): boolean {
  const before = b.tokens.get(skipAdverbsLeft(b, cue.first - 1));
  return cue.first > b.sentenceStart && before !== undefined && BE_FORMS.has(lower(before)) && !/ing$/i.test(b.tokens.get(cue.first).text);
}
/** "called for increased/VERB spending": a participle modifying the noun after it opens a noun phrase. */
const isParticipleBeforeNoun = (b: Bounds, j: number) =>
  j + 1 < b.sentenceEnd && b.tokens.get(j).pos === 'VERB' && /ed$/i.test(b.tokens.get(j).text) && b.quoteOf[j] < 0 && (b.tokens.get(j + 1).pos === 'NOUN' || b.tokens.get(j + 1).pos === 'ADJ');
const isGerund = (b: Bounds, j: number) => j < b.sentenceEnd && b.tokens.get(j).pos === 'VERB' && /ing$/i.test(b.tokens.get(j).text) && b.quoteOf[j] < 0;

/** The token after token `from` that closes its clause (a dash, or a comma before a participle), or the sentence end. */
function clauseStop(b: Bounds, from: number): number {
  let k = from + 1;
  while (k < b.sentenceEnd && !(b.quoteOf[k] < 0 && (DASHES.has(b.tokens.get(k).text) || (isComma(b.tokens.get(k)) && isGerund(b, k + 1))))) k++;
  return k;
}

/**
 * From token `from` to the end of its clause: the sentence end, a dash opening an aside ("... -- a
 * delay the engineer said ...") or a comma before a participle ("..., saying ...").
 */
function toClauseEnd(b: Bounds, from: number): Range | null {
  let end = clauseStop(b, from) - 1;
  while (end >= from && b.tokens.get(end).pos === 'PUNCT' && b.quoteOf[end] < 0) end--;
  return end >= from ? { start: b.tokens.get(from).start, end: b.tokens.get(end).end } : null;
}

function skipAdverbsLeft(b: Bounds, i: number): number {
  while (i > b.sentenceStart && b.tokens.get(i).pos === 'ADV') i--;
  return i;
}

/**
 * "the storms fit/NOUN a pattern": a "noun" between a plural subject and a determiner is its verb;
 * so is a past tense in -ed right after a noun ("the family deserved/NOUN better").
 */
function misreadVerb(tokens: Tokens, k: number): boolean {
  const prev = tokens.get(k - 1);
  const next = tokens.get(k + 1);
  const pastTense = /^\p{Ll}{3,}[^e]ed$/u.test(tokens.get(k).text) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN');
  return tokens.get(k).pos === 'NOUN' && ((prev?.pos === 'NOUN' && /^\p{Ll}.*s$/u.test(prev.text) && next?.pos === 'DET') || pastTense);
}

/** A verb right after a determiner or adjective ("a press stop") is a noun the tagger misread. */
function misreadNoun(tokens: Tokens, k: number): boolean {
  const prev = tokens.get(k - 1);
  return tokens.get(k).pos === 'VERB' && (prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'NOUN' && tokens.get(k - 2)?.pos === 'DET'));
}

const PERFECT = new Set(['has', 'have', 'had', "'s", '’s']);
const WH_WORDS = new Set(['how', 'what', 'why', 'whether', 'where', 'when', 'who', 'which', 'if']);

/**
 * "The audit found the agency had overspent": a finite finding verb reports the clause after it even
 * without "that"; "must find a balance" (after a modal or "to"), "shows how ..." and a quoted
 * object ("found “troubling gaps”", left to the clause around it) do not.
 */
function findsFact(b: Bounds, cue: Cue): boolean {
  // "may now find": an adverb between an auxiliary and the verb still leaves it governed.
  const before = b.tokens.get(cue.first - 1)?.pos === 'ADV' ? cue.first - 2 : cue.first - 1;
  const prev = b.tokens.get(before);
  const next = b.tokens.get(cue.last + 1);
  // "has found", "have shown": a perfect still reports the finding.
  const governed = prev !== undefined && ((prev.pos === 'AUX' && !PERFECT.has(lower(prev))) || lower(prev) === 'to');
  // "find it more difficult to ...": an object and its complement, no finding.
  const complement = next !== undefined && lower(next) === 'it' && ['ADJ', 'ADV'].includes(b.tokens.get(cue.last + 2)?.pos ?? '');
  return !governed && !complement && next !== undefined && b.quoteOf[cue.last + 1] < 0 && !WH_WORDS.has(lower(next)) && !inTimeOrCondition(b, cue.first);
}

/** Words opening a clause of time or condition: what is found there is an event, not a finding reported. */
const TIME_OR_CONDITION = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'until', 'unless']);

/** "When agents find the tunnels, they ...": the verb at `i` stands in a clause of time or condition. */
function inTimeOrCondition(b: Bounds, i: number): boolean {
  for (let k = i - 1; k >= b.sentenceStart && k >= i - 8; k--) {
    const t = b.tokens.get(k);
    if (isComma(t) || t.pos === 'VERB') return false;
    if (TIME_OR_CONDITION.has(lower(t))) return true;
  }
  return false;
}

/** "that" introducing a clause, not pointing at a noun ("that request"). */
function isThat(t: Token, next: Token | undefined): boolean {
  return lower(t) === 'that' && (t.pos === 'SCONJ' || next === undefined || !(next.pos === 'NOUN' || next.pos === 'ADJ'));
}

/** "According to X, <content>": the clause after the comma that closes the source. */
function afterComma(b: Bounds, from: number): Range | null {
  let j = from;
  while (j < b.sentenceEnd && !isComma(b.tokens.get(j))) j++;
  j++;
  if (j >= b.sentenceEnd) return null;
  return { start: b.tokens.get(j).start, end: b.tokens.get(b.sentenceEnd - 1).end };
}

/** The clause before a cue, from the sentence start to token `last` (a closing comma is dropped). */
function before(b: Bounds, last: number): Range | null {
  let end = last;
  // A closing bracket ends its own aside ("410 million euros ($445 million)") and stays.
  while (end >= b.sentenceStart && b.tokens.get(end).pos === 'PUNCT' && b.tokens.get(end).text !== ')' && b.quoteOf[end] < 0) end--;
  if (end < b.sentenceStart) return null;
  return { start: b.tokens.get(b.sentenceStart).start, end: b.tokens.get(end).end };
}

/** "The museum, Ms. Lima said, celebrated ...": the attribution is an aside inside its clause. */
function wholeSentence(b: Bounds): Range {
  return { start: b.tokens.get(b.sentenceStart).start, end: b.tokens.get(b.sentenceEnd - 1).end };
}

/**
 * "In his speech, he said", "Campaigning in Ohio, she said": a phrase opening with a preposition or
 * a participle and holding no verb of its own sets the scene; it is not what was said. Nor is a
 * lone subordinate clause ("But when the council cut the funds, the mayor said").
 */
function isFrontedPhrase(b: Bounds, to: number): boolean {
  let from = b.sentenceStart;
  if (b.tokens.get(from).pos === 'CCONJ') from++;
  from = pastTimeLead(b, from, to);
  const first = b.tokens.get(from);
  if (from > to || b.quoteOf[from] >= 0) return false;
  // Verb groups ("will flood" is one) and commas inside the phrase, its closing comma aside.
  let verbs = 0;
  let comma = false;
  for (let i = from + 1; i <= to; i++) {
    if (b.quoteOf[i] >= 0) return false;
    if (isClauseVerb(b.tokens.get(i)) && !isClauseVerb(b.tokens.get(i - 1))) verbs++;
    comma ||= i < to && isComma(b.tokens.get(i));
  }
  // A subordinate clause has one verb group; a second is the main clause it leads into.
  if (first.pos === 'SCONJ' || CLAUSE_LINKS.has(lower(first))) return !comma && verbs <= 1;
  return verbs === 0 && (SCENE_OPENERS.has(first.pos) || /ing$/i.test(first.text));
}

/**
 * "Minutes after the vote began, ...", "Shortly after the ruling, ...", "Friday morning, as the parade
 * passed, ...": a time's lead-in before the word opening a subordinate phrase; that word, or `from`.
 */
function pastTimeLead(b: Bounds, from: number, to: number): number {
  const link = (k: number) => k <= to && b.quoteOf[k] < 0 && CLAUSE_LINKS.has(lower(b.tokens.get(k)));
  const timed = skipTimePhrase(b, from);
  const lead = timed > from ? timed : ['ADV', 'NOUN', 'PROPN'].includes(b.tokens.get(from).pos) && link(from + 1) ? from + 1 : from;
  const at = lead > from && isComma(b.tokens.get(lead)) ? lead + 1 : lead;
  return at > from && link(at) ? at : from;
}

function hasWords(b: Bounds, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (b.tokens.get(i).pos !== 'PUNCT') return true;
  return false;
}

/** How far a reported clause's verb may sit after its start ("said the number of people in the area has"). */
const MAX_SUBJECT_TOKENS = 25;
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'CCONJ', 'ADV', 'SYM']);
const NOMINAL_HEADS = new Set(['NOUN', 'PROPN']);
const NOT_SUBJECTS = new Set(['who', 'which', 'what', 'whom', 'whose']);
const APPROXIMATING = new Set(['about', 'around']);
/** Words after which a participle keeps the sentence's subject ("before asking her"). */
const TIME_LINKS = new Set(['before', 'after', 'while', 'when']);
/** Words that open an adverbial clause, not a reported one ("said when asked"). */
const CLAUSE_LINKS = new Set(['when', 'where', 'while', 'as', 'because', 'after', 'before', 'if', 'since', 'until', 'though', 'although', 'once']);

/** "said [the plan] [had] failed": a subject then its verb, not a plain object ("denied visas to ..."). */
function startsClause(b: Bounds, j: number): boolean {
  const { tokens } = b;
  if (j >= b.sentenceEnd) return false;
  const opener = tokens.get(j).pos;
  // "said raising the tax would ...": a gerund may open the subject.
  const gerund = isGerund(b, j);
  // "said about half of the ... reflected": "about" before a quantity is an adverb.
  // "reported at least six planes filled ...": so is "at least" or "at most".
  const bound = lower(tokens.get(j)) === 'at' && ['least', 'most'].includes(lower(tokens.get(j + 1) ?? tokens.get(j))) ? j + 2 : j + 1;
  const approximate = opener === 'ADP' && (APPROXIMATING.has(lower(tokens.get(j))) || bound > j + 1) && bound < b.sentenceEnd && (tokens.get(bound).pos === 'NUM' || COUNTING.has(lower(tokens.get(bound))));
  if (approximate) return startsClause(b, bound);
  if (opener === 'ADP' || opener === 'CCONJ' || opener === 'SCONJ' || opener === 'PART' || (opener === 'VERB' && !gerund) || CLAUSE_LINKS.has(lower(tokens.get(j)))) return false;
  const limit = Math.min(b.sentenceEnd, j + MAX_SUBJECT_TOKENS);
  for (let k = gerund ? j + 1 : j; k < limit && b.quoteOf[k] < 0; k++) {
    const t = tokens.get(k);
    // "parents who adopt would ...": a relative clause inside the subject; its verb is not the clause's.
    if (k > j && RELATIVE_PRONOUNS.has(lower(t)) && NOMINAL_HEADS.has(tokens.get(k - 1).pos)) return verbAfterRelative(b, k + 1, limit);
    // "her plans to raise taxes would ...": an infinitive inside the subject is not its verb.
    const infinitive = t.pos === 'VERB' && k > j && lower(tokens.get(k - 1)) === 'to';
    const participle = gerund && t.pos === 'VERB' && /ing$/i.test(t.text);
    if ((isClauseVerb(t) || misreadVerb(tokens, k)) && !infinitive && !participle) return k > j;
    if (infinitive || participle || (t.pos === 'PART' && lower(t) === 'to')) continue;
    // "Sanders’ attack": a bare apostrophe after a plural name is a possessive too.
    const possessive = (t.pos === 'PART' && /^['’]s$/.test(t.text)) || (/^['’]$/.test(t.text) && k > j && /s$/i.test(tokens.get(k - 1).text));
    const pronoun = t.pos === 'PRON' && !NOT_SUBJECTS.has(lower(t));
    // A gerund's phrase holds no comma ("began airing ads in May, a plan ..." is no subject).
    const comma = /^[,\u2014\u2013-]$/u.test(t.text) && !(gerund && isComma(t));
    // "the conviction of ... for/SCONJ mishandling ...": "for" inside a subject is a preposition.
    const preposition = t.pos === 'SCONJ' && lower(t) === 'for' && k > j;
    if (!(SUBJECT_POS.has(t.pos) || possessive || pronoun || comma || preposition)) return false;
  }
  return false;
}

/** After a relative clause's own verb, the verb of the clause that holds it ("parents who adopt would be"). */
function verbAfterRelative(b: Bounds, from: number, limit: number): boolean {
  let k = from;
  while (k < limit && b.tokens.get(k).pos === 'ADV') k++;
  // The word after "who" is its verb whatever the tagger made of it ("workers who strike/NOUN");
  // "a penalty which the referee awarded" relates an object, and its verb is no clause's.
  const verb = k < limit ? b.tokens.get(k) : undefined;
  const relatesSubject = verb !== undefined && (isClauseVerb(verb) || (verb.pos === 'NOUN' && lower(b.tokens.get(from - 1)) === 'who'));
  if (!relatesSubject) return false;
  for (k++; k < limit && b.quoteOf[k] < 0; k++) {
    const t = b.tokens.get(k);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && NOMINAL_HEADS.has(b.tokens.get(k - 1).pos))) return true;
  }
  return false;
}

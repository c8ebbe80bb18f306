import { TITLE_SMALL_WORDS } from '../lexicon/quote-marks.js';
import type { Document, Sentence, Token } from '../model/document.js';
import { copyToken, sentenceAt } from '../model/document.js';
import { Tokens } from '../model/tokens.js';
import type { Actor, Claim, Diagnostic } from '../model/digest.js';
import { spanOf, type Range } from '../model/span.js';
import { ANONYMOUS_SOURCE_NOUNS, QUESTIONER_NOUNS } from '../lexicon/anonymous-sources.js';
import { TITLE_WORDS } from '../lexicon/titles.js';
import { findQuotes, quoteAt, type Quote } from './claims-quotes.js';
import { endBeforeNextSpeaker, withoutTrailingQuote } from './claims-content.js';
import { madeSpeechAttributions, speechNounAttributions } from './claims-nouns.js';
import { pollAttributions } from './claims-polls.js';
import { colonFrame } from './claims-frames.js';
import { attribute, BE_FORMS, findCues, isReportingWord, isStanceLemma, sharedSource, type Attribution } from './claims-cues.js';
import { indexActors, relativeMention, resolveSpeaker, sameSpeaker, type ActorIndex, type Speaker, type SubjectOf } from './claims-speaker.js';
import { isPersonalPronoun, nounPhraseRightOf, sentenceSubject, type TokenRun } from './claims-phrases.js';

/** A claim before its speaker is resolved: the attribution it rests on, or none for a continuation. */
interface Draft {
  kind: Claim['kind'];
  range: Range;
  attribution: Attribution | null;
  /** A speaker named without a reporting verb ("Okafor made this comment:"). */
  source?: TokenRun;
  /** The person a transcript label names ("FALLIN:" is Mary Fallin). */
  labelled?: Actor;
  rule: string;
}

/** How many tokens may sit between a quote and the cue that follows it ("..., the minister said"). */
const SUFFIX_WINDOW = 30;
/** An indirect claim needs this many words of its own outside quotation marks. */
const MIN_INDIRECT_WORDS = 3;
/** A quote-only sentence continues a speaker quoted at most this many paragraphs before. */
const CONTINUATION_REACH = 2;
const QUESTIONERS = new Set(QUESTIONER_NOUNS);
/** Quoted words in a sentence whose named subject is their only possible speaker. */
const SUBJECT_RULE = 'claims.direct.subject';
/** A quoted transcript line signed by its label in capitals. */
const TRANSCRIPT_RULE = 'claims.direct.transcript';
/** What a speaker asked for or promised ("called for a recount", "vowed to appeal"). */
const REQUEST_RULE = 'claims.indirect.request';

/** Direct, partial and indirect quotes with their speakers, in the headline and in the body. */
export function findClaims(analysed: Document, actors: Actor[]): { claims: Claim[]; diagnostics: Diagnostic[] } {
  const headline = headlineDocument(analysed);
  const body = claimsOf(analysed, actors);
  // A headline states its own claims ("Mayor Says Bridge Is Safe") only through a verb of speech.
  const known = new Set(actors.filter((a) => a.type === 'person').map((a) => lastWord(a.name)));
  const stated = headline
    ? claimsOf(headline, actors, true).claims.filter((c) => /^claims\.(indirect\.(speech|label|request|describe)|direct\.(cue-|label))/.test(c.rule) && c.speakerMention && !isUnknownAsking(c, known))
    : [];
  const claims = [...stated, ...body.claims];
  return { claims: claims.map(withoutBarePronoun), diagnostics: [...body.diagnostics, ...claims.filter(isBarePronoun).map(unresolvedNote)] };
}

/**
 * "Storm warnings urge residents to leave": a headline's request counts only from someone known (by
 * a surname of a person of the article too: "Moore Vows To ..."), or someone named by a title or a
 * noun of sources ("Lawmaker urges ...", "Officials urge ...").
 */
function isUnknownAsking(c: Claim, knownSurnames: Set<string>): boolean {
  const last = lastWord(c.speaker ?? '');
  return c.rule === REQUEST_RULE && c.speakerId === null && !ROLE_NOUNS.has(last) && !knownSurnames.has(last);
}
const ROLE_NOUNS = new Set([...TITLE_WORDS, ...ANONYMOUS_SOURCE_NOUNS]);
const lastWord = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? '';

const BARE_PRONOUN = /^(he|she|it|they|i|we|you|his|her|its|their|my|our)$/i;
const isBarePronoun = (c: Claim): boolean => !c.speakerId && BARE_PRONOUN.test(c.speaker ?? '');

/** A speaker is a name or a description: a pronoun nobody could be found for stays unknown. */
function withoutBarePronoun(c: Claim): Claim {
  return isBarePronoun(c) ? { ...c, speaker: null } : c;
}

function unresolvedNote(c: Claim): Diagnostic {
  const at = c.speakerMention ?? c;
  return { severity: 'warning', message: `no one found for "${c.speaker}" who said this`, rule: 'claims.unresolved-pronoun', start: at.start, end: at.end };
}

/** The headline as a one-sentence document of its own, so the body rules read it. */
function headlineDocument(doc: Document): Document | null {
  if (!doc.title || doc.titleTokens.length === 0) return null;
  const tokens = Tokens.of(doc.text, doc.titleTokens.map((t) => copyToken(t, t.pos, 0)));
  const sentence = { ...doc.title, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: tokens.length };
  return { ...doc, paragraphs: [doc.title], sentences: [sentence], tokens, titleTokens: [] };
}

function claimsOf(analysed: Document, actors: Actor[], isHeadline = false): { claims: Claim[]; diagnostics: Diagnostic[] } {
  const mended = withTagsMended(analysed, isHeadline);
  const found = findQuotes(mended.text, mended.paragraphs);
  // A nickname inside a name is part of the name, not a quotation.
  const nicknames = found.quotes.filter((q) => isNickname(mended.text, q));
  const quotes = nicknames.length ? found.quotes.filter((q) => !isNickname(mended.text, q)) : found.quotes;
  const doc = nicknames.length ? withNicknamesNamed(mended, nicknames) : mended;
  const diagnostics = found.diagnostics;
  const quoteOf = quoteOfTokens(doc, quotes);
  const attributions = endBeforeNextSpeaker(doc, [...attribute(doc, findCues(doc, quoteOf), quoteOf), ...speechNounAttributions(doc, quoteOf), ...madeSpeechAttributions(doc, quoteOf), ...pollAttributions(doc, quoteOf)]);
  const byCue = new Map(attributions.map((a) => [a.cue.first, a]));
  const bySentence = groupBySentence(attributions);
  const subjectOf = subjects(doc, quoteOf);
  const byNameWord = personsByNameWord(actors);
  const drafts = [
    ...indirectDrafts(doc, attributions, quotes, quoteOf),
    ...quotes.map((q) => directDraft(doc, q, bySentence, byCue, quoteOf, subjectOf)).filter((d): d is Draft => d !== null).map((d) => withLabelled(doc, d, byNameWord)),
    ...(isHeadline ? [headlineLabelDraft(doc, quoteOf)].filter((d): d is Draft => d !== null) : transcriptDrafts(doc, byNameWord, quoteOf)),
    ...blockQuoteDrafts(doc, attributions, quoteOf),
  ].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const index = indexActors(actors, (offset) => quoteAt(quotes, offset) >= 0);
  return { claims: resolveAll(doc, index, drafts, subjectOf), diagnostics };
}

/** Tags that open the object of a verb: "demands accountability", "warns that". */
const OBJECT_OPENING_TAGS = new Set(['NOUN', 'DET', 'ADJ', 'SCONJ', 'PRON']);
/** Reporting words in -s that are as often plural nouns: never mended to verbs in running text. */
const NOUN_PLURALS = new Set(['reports', 'states', 'claims', 'comments', 'remarks', 'notes', 'calls', 'answers', 'replies', 'charges', 'estimates', 'forecasts', 'promises', 'pledges', 'labels', 'questions', 'tweets', 'posts', 'complaints', 'warnings', 'statements']);
/** Before a clause's subject: the sentence's start, a mark, or a conjunction ("that Hale demands ..."). */
const beforeSubject = (t: Token | undefined): boolean => t === undefined || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ';

/**
 * Capitalised words the tagger took for verbs or nouns are names when they sit inside a sentence
 * ("Rosa/VERB Kemp said") or open one right before a reporting verb ("Ward/VERB said").
 * A "verb" right after "to" ending in -s, or after a possessive, is a noun. In a headline, a
 * reporting word in -s after its subject is the verb.
 */
function withTagsMended(doc: Document, isHeadline: boolean): Document {
  const tokens = doc.tokens.withTags((i) => {
    const t = doc.tokens.get(i);
    const prev = doc.tokens.get(i - 1);
    const next = doc.tokens.get(i + 1);
    // "Obama slams/NOUN GOP on economy": a headline's verb in -s after its subject.
    if (isHeadline && t.pos === 'NOUN' && /s$/i.test(t.text) && isReportingWord(t.text) && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && next !== undefined) return 'VERB';
    // "Hale demands/NOUN accountability": in running text too, after a name opening a clause, before its object;
    // not a word as often a plural noun ("FEC reports show", "denied Tory claims that").
    if (t.pos === 'NOUN' && /[^s]s$/i.test(t.text) && isReportingWord(t.text) && !NOUN_PLURALS.has(t.text.toLowerCase()) && prev?.pos === 'PROPN' && prev.sentence === t.sentence && beforeSubject(doc.tokens.get(i - 2)) && next !== undefined && OBJECT_OPENING_TAGS.has(next.pos)) return 'VERB';
    // "Senator Vows To Eliminate Tax Breaks": in a headline in title case, a verb after "To" stays a verb.
    if (isHeadline && t.pos === 'VERB' && prev !== undefined && prev.pos === 'PART' && prev.text === 'To') return 'VERB';
    const opening = prev === undefined || prev.sentence !== t.sentence || /^[“"‘'(\u2014\u2015]$/u.test(prev.text);
    const beforeCue = next !== undefined && next.pos === 'VERB' && isReportingWord(next.text);
    // "Having said that, ...": a participle of "have" or "be" is never a name.
    const auxiliary = /^(having|being)$/i.test(t.text);
    const misread = (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(t.text) && !isReportingWord(t.text) && !auxiliary;
    // "Jolly/ADV said he ...": a capitalised "adverb" opening the sentence before an inflected reporting
    // verb is its subject ("Now tell us" is an imperative).
    const adverbName = t.pos === 'ADV' && opening && beforeCue && /^\p{Lu}\p{Ll}/u.test(t.text) && next.lemma !== next.text.toLowerCase();
    if ((misread && (!opening || beforeCue)) || adverbName) return 'PROPN';
    // "according to police/VERB", "to sources/VERB", "the island's only ferry/VERB": nouns the tagger read as verbs
    // ("to discuss", "to dismiss" are verbs: no plural ends in -ss).
    const afterTo = prev !== undefined && prev.text.toLowerCase() === 'to';
    // "to focus", "to discuss": a verb's own base form in -s is the infinitive, not a plural ("to sources"); no plural ends in -ss.
    const plural = /[^s]s$/.test(t.text) && t.lemma !== t.text.toLowerCase();
    const pluralAfterTo = afterTo && (plural || doc.tokens.get(i - 2)?.text.toLowerCase() === 'according');
    // "He’s/AUX claiming" is a contraction, not a possessive.
    const contracted = prev !== undefined && prev.pos === 'AUX' && /ing$/i.test(t.text);
    const possessive = (k: number) => doc.tokens.get(k) !== undefined && !contracted && /^['’]s$/.test(doc.tokens.get(k).text);
    const afterPossessive = possessive(i - 1) || (possessive(i - 2) && prev.pos === 'ADV');
    if (t.pos === 'VERB' && (pluralAfterTo || afterPossessive)) return 'NOUN';
    // "it further/VERB wrote": a word between a subject and its reporting verb is an adverb.
    return t.pos === 'VERB' && beforeCue && prev !== undefined && (isPersonalPronoun(prev) || prev.pos === 'PROPN') ? 'ADV' : t.pos;
  });
  return { ...doc, tokens };
}

/** `Laura "Lolly" Diaz`: the nickname's marks are tagged as the name they stand inside. */
function withNicknamesNamed(doc: Document, nicknames: Quote[]): Document {
  const marks = new Set(nicknames.flatMap((q) => [q.open, q.end]));
  return { ...doc, tokens: doc.tokens.withTags((i) => (marks.has(doc.tokens.get(i).start) ? 'PROPN' : doc.tokens.get(i).pos)) };
}

/** For each token, the index of the quote whose marks enclose it, or -1. */
function quoteOfTokens(doc: Document, quotes: Quote[]): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens.get(i);
    while (q < quotes.length && quotes[q].close <= t.start) q++;
    if (q < quotes.length && quotes[q].open <= t.start) out[t.index] = q;
  }
  return out;
}

/** Reported clauses with enough words of their own; a trailing quote is left to the direct claim. */
const ASKED = /^(?:when |if )?asked\b/i;

function indirectDrafts(doc: Document, attributions: Attribution[], quotes: Quote[], quoteOf: Int32Array): Draft[] {
  const out: Draft[] = [];
  for (const a of attributions) {
    if (!a.content || a.cue.kind === 'question' || quoteAt(quotes, a.content.start) >= 0) continue;
    const range = withoutTrailingQuote(doc, a.content, quotes);
    const rule = a.request ? REQUEST_RULE : `claims.indirect.${a.cue.kind}`;
    // "Asked on Fox News who leads the party, Trump said: ...": the question put to the speaker is not his.
    if (range && ASKED.test(doc.text.slice(range.start, range.end))) continue;
    if (range && ownWords(doc, range, quoteOf) >= MIN_INDIRECT_WORDS) out.push({ kind: 'indirect', range, attribution: a, rule });
  }
  return out;
}

/**
 * "Limbaugh added:" closing its paragraph, then a paragraph with no quotation marks: a block
 * quotation, the speaker's own words set off without marks.
 */
function blockQuoteDrafts(doc: Document, attributions: Attribution[], quoteOf: Int32Array): Draft[] {
  const out: Draft[] = [];
  for (const a of attributions) {
    const s = doc.sentences[a.sentence];
    const next = doc.sentences[a.sentence + 1];
    const closes = a.cue.kind === 'speech' && !a.content && (a.source || a.sharesSourceOf) && s.text.endsWith(':') && doc.tokens.get(a.cue.last + 1)?.text === ':';
    if (!closes || !next || next.paragraph !== s.paragraph + 1) continue;
    const last = lastUnquotedSentence(doc, next.index, quoteOf);
    if (last) out.push({ kind: 'direct', range: { start: next.start, end: last.end }, attribution: a, rule: 'claims.direct.block' });
  }
  return out;
}

/** The last sentence of the paragraph opening with sentence `first`, when none of its tokens stands inside quotation marks. */
function lastUnquotedSentence(doc: Document, first: number, quoteOf: Int32Array): Sentence | null {
  const p = doc.sentences[first].paragraph;
  let k = first;
  for (; k < doc.sentences.length && doc.sentences[k].paragraph === p; k++) {
    for (let i = doc.sentences[k].tokenStart; i < doc.sentences[k].tokenEnd; i++) if (quoteOf[i] >= 0) return null;
  }
  return doc.sentences[k - 1];
}

/** Words of a range (inside one sentence) that stand outside quotation marks. */
function ownWords(doc: Document, range: Range, quoteOf: Int32Array): number {
  const s = sentenceAt(doc, range.start);
  if (!s) return 0;
  let n = 0;
  for (let i = s.tokenStart; i < s.tokenEnd && doc.tokens.get(i).end <= range.end; i++) {
    if (doc.tokens.get(i).start >= range.start && quoteOf[i] < 0 && doc.tokens.get(i).pos !== 'PUNCT') n++;
  }
  return n;
}

/** A quotation's attribution: a cue right after it, the clause holding it, a cue before it, or the previous speaker. */
function directDraft(
  doc: Document, q: Quote, bySentence: Map<number, Attribution[]>, byCue: Map<number, Attribution>, quoteOf: Int32Array, subjectOf: SubjectOf,
): Draft | null {
  if (namesProgramme(doc, q) || isStageDirection(doc.text, q) || isQuotedHeading(doc, q)) return null;
  const range = { start: q.start, end: q.end };
  const opening = sentenceAt(doc, q.open) ?? sentenceAt(doc, q.start);
  const closing = sentenceAfterQuestion(doc, q, sentenceAt(doc, q.close - 1) ?? opening);
  if (!opening || !closing) return null;
  const suffix = q.runsOn ? null : cueAfter(doc, q, closing, byCue, quoteOf);
  if (suffix) return asked(doc, suffix) ? null : { kind: 'direct', range, attribution: suffix, rule: 'claims.direct.cue-after' };
  const framer = q.runsOn ? null : speakerBesideVerbAfter(doc, q, closing, quoteOf);
  if (framer) return { kind: 'direct', range, attribution: null, source: framer, rule: 'claims.direct.verb-after' };
  const signature = q.runsOn ? null : nameAfter(doc, q, closing, quoteOf);
  if (signature) return { kind: 'direct', range, attribution: null, source: signature, rule: 'claims.direct.signed' };
  if (!looksLikeTitle(doc.text.slice(q.start, q.end))) {
    const holder = enclosingClause(q, bySentence.get(opening.index) ?? []);
    // "urged X to act, a plan the senator said would “fail”": a cue inside the clause before the quote is nearer.
    const nearer = holder && cueBefore(doc, q.open, bySentence.get(opening.index) ?? []);
    if (holder && nearer && nearer.cue.kind === 'speech' && nearer.cue.first > holder.cue.last && !nearer.content) return { kind: 'direct', range, attribution: nearer, rule: 'claims.direct.cue-before' };
    if (holder) return { kind: 'direct', range, attribution: holder, rule: 'claims.direct.in-reported-clause' };
    const prefix = cueBefore(doc, q.open, bySentence.get(opening.index) ?? []);
    if (prefix) return asked(doc, prefix) ? null : { kind: 'direct', range, attribution: prefix, rule: 'claims.direct.cue-before' };
    const framed = colonFrame({ tokens: doc.tokens, quoteOf, sentenceStart: opening.tokenStart, sentenceEnd: opening.tokenEnd }, q.open);
    if (framed) return { kind: 'direct', range, attribution: null, source: framed, rule: 'claims.direct.colon-frame' };
    // "Okafor has gone after the mayor as a “part-time tourist”": a phrase quoted inside a named subject's sentence is its
    // (a single quoted word is more often a scare quote).
    const subject = subjectOf(opening.index);
    const phrase = /\s/.test(doc.text.slice(q.start, q.end));
    if (phrase && subject && doc.tokens.get(subject.last).end <= q.open && !onlyQuoted(doc, opening, closing, quoteOf)) {
      return { kind: 'direct', range, attribution: null, source: subject, rule: SUBJECT_RULE };
    }
  }
  const label = speakerLabel(doc, q, opening);
  if (label) return { kind: 'direct', range, attribution: null, source: label, rule: TRANSCRIPT_RULE };
  const named = nameBeforeColon(doc, opening, quoteOf);
  if (named && doc.tokens.get(named.last + 2)?.start === q.open) return { kind: 'direct', range, attribution: null, source: named, rule: 'claims.direct.label' };
  if (q.continues || onlyQuoted(doc, opening, closing, quoteOf)) {
    const introduced = q.continues ? null : introducedByColon(doc, opening, bySentence, subjectOf);
    if (introduced && 'cue' in introduced) return { kind: 'direct', range, attribution: introduced, rule: 'claims.direct.after-colon' };
    if (introduced) return { kind: 'direct', range, attribution: null, source: introduced, rule: 'claims.direct.after-colon' };
    return { kind: 'direct', range, attribution: null, rule: 'claims.direct.continuation' };
  }
  return null;
}

/**
 * `"Who knew?" Reed asked.`: the tagger ends a sentence at a question or exclamation mark inside
 * the quote; the sentence after it in the paragraph holds the attribution.
 */
function sentenceAfterQuestion(doc: Document, q: Quote, s: Sentence | undefined): Sentence | undefined {
  const next = s && doc.sentences[s.index + 1];
  const asked = /[?!]$/u.test(doc.text.slice(q.start, q.end).replace(/['’]+$/u, ''));
  return next && asked && s.end <= q.close + 1 && next.paragraph === s.paragraph && next.start >= q.close ? next : s;
}

/** The quote ends as speech does before its attribution: a comma, a stop or a dash. */
function endsAsSpeech(doc: Document, q: Quote): boolean {
  const content = doc.text.slice(q.start, q.end).replace(/['’]+$/u, '');
  return /[,.!?…\u2014\u2013-]$/u.test(content) || /^\s*[,\u2014\u2013\u2015:]/u.test(doc.text.slice(q.close, q.close + 3));
}

/** The first token of sentence `s` after a quote's closing mark. */
function firstTokenAfter(doc: Document, q: Quote, s: Sentence): number {
  let i = s.tokenStart;
  while (i < s.tokenEnd && doc.tokens.get(i).start < q.close) i++;
  return i;
}

/** `"...," X said` / `"...," said X`: a cue after the closing mark, past a name and its descriptions. */
function cueAfter(doc: Document, q: Quote, s: Sentence, byCue: Map<number, Attribution>, quoteOf: Int32Array): Attribution | null {
  if (!endsAsSpeech(doc, q)) return null;
  let i = firstTokenAfter(doc, q, s);
  // `... "cling to guns," and bragged about ...`: a verb joined after the quote is a new act of the subject, not its frame.
  if (i < s.tokenEnd && doc.tokens.get(i).pos === 'CCONJ') return null;
  const limit = Math.min(s.tokenEnd, i + SUFFIX_WINDOW);
  let described = false;
  for (; i < limit; i++) {
    const t = doc.tokens.get(i);
    const a = byCue.get(i);
    // "Cruz, who has proposed repealing the mandate, said": a sourceless cue inside a description is passed over.
    // `X said: "...," adding that ...`: a participle sharing the frame before the quote is no frame of its own.
    const framedBefore = a !== undefined && a.sharesSourceOf !== null && doc.tokens.get(a.sharesSourceOf.cue.last).end <= q.open;
    if (a && (a.source || a.sharesSourceOf) && !framedBefore) return a;
    if (a && !described) return null;
    // Past a comma the name's description may hold a participle ("one of the towns suing the regulator").
    if (quoteOf[i] >= 0 || (t.pos === 'VERB' && !described) || t.pos === 'AUX' && !described) return null;
    if (t.text === ',') described = i > 0 && doc.tokens.get(i - 1).pos !== 'PUNCT';
    else if (t.pos === 'PUNCT' && !/^[\u2014\u2013\u2015().-]$/u.test(t.text)) return null;
  }
  return null;
}

/**
 * `"...!" beamed Jane Doe.` / `"...," she went on.`: a quote ending as speech, then a verb and a
 * name (or a name and a verb) closing the clause frame the quote even with a verb outside the lexicon.
 */
function speakerBesideVerbAfter(doc: Document, q: Quote, s: Sentence, quoteOf: Int32Array): TokenRun | null {
  if (!/[,!?\u2014]$/u.test(doc.text.slice(q.start, q.end).replace(/['’]+$/u, '')) || looksLikeTitle(doc.text.slice(q.start, q.end))) return null;
  const b = { tokens: doc.tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd };
  const i = firstTokenAfter(doc, q, s);
  const finite = (k: number) => k < s.tokenEnd && doc.tokens.get(k).pos === 'VERB' && !/ing$/i.test(doc.tokens.get(k).text);
  const closes = (k: number) => k >= s.tokenEnd || ['PUNCT', 'ADP', 'ADV', 'PART'].includes(doc.tokens.get(k).pos);
  const named = (run: TokenRun | null) => run !== null && (doc.tokens.get(run.last).pos === 'PROPN' || isPersonalPronoun(doc.tokens.get(run.last)));
  if (finite(i)) {
    const inverted = nounPhraseRightOf(b, i + 1);
    if (named(inverted) && closes(inverted!.last + 1)) return inverted;
    return null;
  }
  const subject = nounPhraseRightOf(b, i);
  return named(subject) && finite(subject!.last + 1) && closes(subject!.last + 2) ? subject : null;
}

/** `"...," Ms Okafor.`: a quote followed by nothing but a name is signed by it. */
function nameAfter(doc: Document, q: Quote, s: Sentence, quoteOf: Int32Array): TokenRun | null {
  if (!/,$/u.test(doc.text.slice(q.start, q.end))) return null;
  const name = nounPhraseRightOf({ tokens: doc.tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }, firstTokenAfter(doc, q, s));
  if (!name || doc.tokens.get(name.last).pos !== 'PROPN') return null;
  const end = doc.tokens.get(name.last + 1);
  return name.last + 1 === s.tokenEnd - 1 && end.text === '.' ? name : null;
}

/** The reported clause that holds a partial quote ("said the talks were 'frank' at times"). */
function enclosingClause(q: Quote, inSentence: Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  for (const a of inSentence) {
    if (!a.content || a.content.start > q.open || a.content.end < q.end) continue;
    if (!best || a.content.end - a.content.start < best.content!.end - best.content!.start) best = a;
  }
  return best && sharedSource(best) ? best : null;
}

/**
 * `X said: "..."`, `X called it "reckless"`: the nearest cue before the quote in its sentence. After
 * a stance ("rejected calls to “pause” the bill") the words quoted are those of the other side.
 */
function cueBefore(doc: Document, at: number, inSentence: Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  for (const a of inSentence) if (doc.tokens.get(a.cue.last).end <= at) best = a;
  return best && (best.source || best.sharesSourceOf) && !isStanceLemma(best.cue.lemma) ? best : null;
}

/** How many words a name may have before a colon that gives its words ("Jane Doe: ..."). */
const MAX_NAME_LABEL_TOKENS = 3;

/** `Okafor: "We will appeal."`, a headline "Okafor: Ferry Fares Will Rise": a name and a colon open the sentence. */
function nameBeforeColon(doc: Document, s: Sentence, quoteOf: Int32Array): TokenRun | null {
  for (let i = s.tokenStart; i < Math.min(s.tokenEnd - 1, s.tokenStart + MAX_NAME_LABEL_TOKENS + 1); i++) {
    const t = doc.tokens.get(i);
    if (t.text === ':') return i > s.tokenStart && doc.tokens.get(i - 1).pos === 'PROPN' ? { first: s.tokenStart, last: i - 1 } : null;
    // "EXCLUSIVE:", "UPDATE:" in capitals are labels of the page, not names; a short acronym may open
    // one ("NY Post:"); a capitalised word the tagger misread may too, before the name's last word
    // ("Ted/VERB Cruz:", "De/X Blasio:").
    const capitalised = /^\p{Lu}\p{Ll}/u.test(t.text) || (/^\p{Lu}{2,3}$/u.test(t.text) && doc.tokens.get(i + 1)?.text !== ':');
    const misread = ['VERB', 'NOUN', 'X'].includes(t.pos) && !/ing$/i.test(t.text) && doc.tokens.get(i + 1)?.text !== ':';
    if (!capitalised || quoteOf[i] >= 0 || (t.pos !== 'PROPN' && !misread)) return null;
  }
  return null;
}

/** A headline "Okafor: Ferry Fares Will Rise" states what the named person said. */
function headlineLabelDraft(doc: Document, quoteOf: Int32Array): Draft | null {
  const s = doc.sentences[0];
  const named = s ? nameBeforeColon(doc, s, quoteOf) : null;
  const first = named ? doc.tokens.get(named.last + 2) : undefined;
  // "Ada Brill: Reformer or career politician?" asks; it states nothing.
  if (!named || !first || quoteOf[first.index] >= 0 || s.text.trimEnd().endsWith('?')) return null;
  return { kind: 'indirect', range: { start: first.start, end: s.end }, attribution: null, source: named, rule: 'claims.indirect.label' };
}

/**
 * "TAPPER: Donald Trump released a video on Friday.": a transcript line opens its paragraph with its
 * speaker's name in capitals and a colon. Page labels in capitals ("UPDATE:", "CORRECTION:") name no
 * one, so the label's last word must be a word of a person's name found in the article.
 */
function transcriptDrafts(doc: Document, byNameWord: Map<string, Actor>, quoteOf: Int32Array): Draft[] {
  const out: Draft[] = [];
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const colon = capitalsLabelEnd(doc, s);
    const first = doc.tokens.get(colon + 1);
    const labelled = colon > 0 ? byNameWord.get(doc.tokens.get(colon - 1).text.toLowerCase()) : undefined;
    if (!labelled || colon + 1 >= s.tokenEnd || quoteOf[colon + 1] >= 0) continue;
    out.push({ kind: 'indirect', range: { start: first.start, end: s.end }, attribution: null, source: { first: s.tokenStart, last: colon - 1 }, labelled, rule: 'claims.indirect.transcript' });
  }
  return out;
}

/** Each word of a person's name, lower-cased, to the person ("okafor" -> Ada Okafor). */
function personsByNameWord(actors: Actor[]): Map<string, Actor> {
  return new Map(actors.filter((a) => a.type === 'person').flatMap((a) => a.name.toLowerCase().split(/\s+/).map((w) => [w, a] as const)));
}

/** `"OKAFOR: Well, ..."`: a quoted transcript line's label names the person whose name ends with its last word. */
function withLabelled(doc: Document, d: Draft, byNameWord: Map<string, Actor>): Draft {
  if (d.rule !== TRANSCRIPT_RULE || !d.source) return d;
  const labelled = byNameWord.get(doc.tokens.get(d.source.last).text.toLowerCase());
  return labelled ? { ...d, labelled } : d;
}

/** The colon closing a label in capitals that opens sentence `s` ("JAKE TAPPER:"), or -1. */
function capitalsLabelEnd(doc: Document, s: Sentence): number {
  for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + MAX_LABEL_TOKENS + 1); i++) {
    const t = doc.tokens.get(i);
    if (t.text === ':') return i > s.tokenStart ? i : -1;
    if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text)) return -1;
  }
  return -1;
}

/** How many words a transcript's speaker label may have ("SEN. JANE DOE:"). */
const MAX_LABEL_TOKENS = 4;

/** A transcript line inside quotation marks opens with its speaker in capitals: "OKAFOR: Well, look ...". */
function speakerLabel(doc: Document, q: Quote, s: Sentence): TokenRun | null {
  let first = s.tokenStart;
  while (first < s.tokenEnd && doc.tokens.get(first).start < q.start) first++;
  for (let i = first; i < Math.min(s.tokenEnd, first + MAX_LABEL_TOKENS + 1); i++) {
    const t = doc.tokens.get(i);
    if (t.text === ':') return i > first ? { first, last: i - 1 } : null;
    if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text)) return null;
  }
  return null;
}

/** "Okafor continued:" closing the sentence before a quote-only one introduces it. */
function introducedByColon(doc: Document, s: Sentence, bySentence: Map<number, Attribution[]>, subjectOf: SubjectOf): Attribution | TokenRun | null {
  const before = doc.sentences[s.index - 1];
  if (!before || !before.text.endsWith(':')) return null;
  // "Okafor made the following comment:" has no reporting verb; its subject speaks.
  return cueBefore(doc, before.end, bySentence.get(before.index) ?? []) ?? subjectOf(before.index);
}

function groupBySentence(attributions: Attribution[]): Map<number, Attribution[]> {
  const out = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = out.get(a.sentence);
    if (list) list.push(a);
    else out.set(a.sentence, [a]);
  }
  return out;
}

/** A question put by the press is not a claim. */
function asked(doc: Document, a: Attribution): boolean {
  if (a.cue.kind !== 'question' || !a.source) return false;
  return QUESTIONERS.has(doc.tokens.get(a.source.last).text.toLowerCase());
}

/** Titles of works and nicknames: several words, each significant one capitalised, no sentence inside. */
function looksLikeTitle(quote: string): boolean {
  const words = quote.split(/\s+/).filter((w) => w.length > 3);
  return words.length >= 2 && !/[.!?;:]$/.test(quote) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * A programme or work named where a listener or medium stands: "told MSNBC’s “Morning Joe”",
 * "said on CNN’s “State of the Union.”", "on this weekend’s broadcast of “Fox News Sunday,”". The
 * stop or comma inside the marks is the sentence's.
 */
function namesProgramme(doc: Document, q: Quote): boolean {
  const before = doc.text.slice(Math.max(0, q.open - 6), q.open);
  const body = doc.text.slice(q.start, q.end).replace(/[.,]$/u, '');
  return /(['’]s|\bon|\bof|\btold|\btells)\s+$/u.test(before) && !/[!?;:]|\.\s/u.test(body) && titleCased(body);
}

/** "(CROSSTALK.)", "(Applause)": a transcript's bracketed note says nothing itself. */
function isStageDirection(text: string, q: Quote): boolean {
  return /^\([^()]*\)\.?$/u.test(text.slice(q.start, q.end).trim());
}

/** `'Legend in the Hills.'` alone on its line: a section heading set in quotation marks, not speech. */
function isQuotedHeading(doc: Document, q: Quote): boolean {
  const p = doc.paragraphs[q.paragraph];
  const alone = p !== undefined && doc.text.slice(p.start, p.end).trim().length === q.close - q.open;
  return alone && titleCased(doc.text.slice(q.start, q.end).replace(/[.!]$/u, ''));
}

/** A quoted nickname inside a name, between its capitalised words: `Laura "Lolly" Diaz`. */
function isNickname(text: string, q: Quote): boolean {
  const before = text.slice(Math.max(0, q.open - 20), q.open);
  return /\p{Lu}[\p{L}.]*\s$/u.test(before) && /^\p{Lu}[\p{Ll}'’-]*( \p{Lu}[\p{Ll}'’-]*)?$/u.test(text.slice(q.start, q.end)) && /^\s\p{Lu}/u.test(text.slice(q.close, q.close + 2));
}

/** Two or more words, each capitalised but for short function words ("Legend in the Coal Fields"). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  return words.length >= 2 && capitalised(words[0]) && words.every((w) => capitalised(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/** The sentences around a quote hold nothing but the quote and punctuation. */
function onlyQuoted(doc: Document, from: Sentence, to: Sentence, quoteOf: Int32Array): boolean {
  for (let i = from.tokenStart; i < to.tokenEnd; i++) if (quoteOf[i] < 0 && doc.tokens.get(i).pos !== 'PUNCT') return false;
  return true;
}

/** Resolve speakers in text order, so pronouns and continuations see the claims before them. */
function resolveAll(doc: Document, index: ActorIndex, drafts: Draft[], subjectOf: SubjectOf): Claim[] {
  const claims: Claim[] = [];
  const voiced: Claim[] = [];
  for (const d of drafts) {
    const speaker = speakerOf(doc, index, d, claims, subjectOf, voiced[voiced.length - 1]);
    if (!speaker || demonstratedByPerson(d, index, speaker)) continue;
    const cue = d.attribution ? spanOf(doc.text, doc.tokens.get(d.attribution.cue.first).start, doc.tokens.get(d.attribution.cue.last).end) : null;
    const claim: Claim = { kind: d.kind, quote: doc.text.slice(d.range.start, d.range.end), start: d.range.start, end: d.range.end, ...speaker, cue, rule: d.rule };
    claims.push(claim);
    if (!takesStance(d)) voiced.push(claim);
  }
  return claims;
}

/**
 * "The council rejected the plan on Monday. “It is a disgrace.”": a stance reports no words of its
 * own, so a quotation after it is not taken to go on with it.
 */
const takesStance = (d: Draft): boolean => d.attribution !== null && isStanceLemma(d.attribution.cue.lemma);

/**
 * "Gillick showed that he is a contender": a person who shows or proves something does it, and
 * says nothing; polls, records and studies that show something report it.
 */
function demonstratedByPerson(d: Draft, index: ActorIndex, speaker: Speaker): boolean {
  return d.rule === 'claims.indirect.finding' && DEMONSTRATING.has(d.attribution?.cue.lemma ?? '') && isPerson(index, speaker);
}

const DEMONSTRATING = new Set(['show', 'prove', 'demonstrate']);

/** Who may ask or promise: a person, an organisation or a description ("demonstrators", "the GOP candidate"), not a country. */
const canRequest = (index: ActorIndex, speaker: Speaker): boolean => (speaker.speakerId === null ? speaker.speaker !== null : ['person', 'organization'].includes(index.types.get(speaker.speakerId) ?? ''));
const isPerson = (index: ActorIndex, speaker: Speaker): boolean => speaker.speakerId !== null && index.types.get(speaker.speakerId) === 'person';

/** Sentence subjects, found once per sentence when a pronoun asks for them. */
function subjects(doc: Document, quoteOf: Int32Array): SubjectOf {
  const memo = new Map<number, ReturnType<SubjectOf>>();
  return (i) => {
    if (!memo.has(i)) {
      const s = doc.sentences[i];
      memo.set(i, sentenceSubject({ tokens: doc.tokens, quoteOf, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }));
    }
    return memo.get(i) ?? null;
  };
}

/** `last` is the latest claim that may go on in a following quotation. */
function speakerOf(doc: Document, index: ActorIndex, d: Draft, previous: Claim[], subjectOf: SubjectOf, last: Claim | undefined): Speaker | null {
  if (d.labelled && d.source) {
    const mention = spanOf(doc.text, doc.tokens.get(d.source.first).start, doc.tokens.get(d.source.last).end);
    return { speaker: d.labelled.name, speakerId: d.labelled.id, speakerMention: mention, anonymous: false };
  }
  if (d.source) {
    const resolved = resolveSpeaker(doc, index, d.source, previous, subjectOf);
    // "JANE DOE:" that no actor matches is named as names are written ("Jane Doe").
    const speaker = d.rule === TRANSCRIPT_RULE && resolved.speakerId === null && resolved.speaker ? { ...resolved, speaker: inTitleCase(resolved.speaker) } : resolved;
    // Without a verb of speech only a person's own words count; a country's quoted phrase is a scare quote.
    return d.rule !== SUBJECT_RULE || isPerson(index, speaker) ? speaker : null;
  }
  const a = d.attribution;
  if (a) {
    const source = sharedSource(a);
    const resolved = source ? resolveSpeaker(doc, index, source, previous, subjectOf) : null;
    const relative = source && relativeMention(doc, source, a.cue);
    const speaker = resolved && relative ? { ...resolved, speakerMention: relative } : resolved;
    // A country's call for a ceasefire is a stance; a person's or an organisation's call is something said.
    return speaker && (d.rule !== REQUEST_RULE || canRequest(index, speaker)) ? speaker : null;
  }
  if (!last) return null;
  const introduced = personIntroducedBefore(doc, index, d.range.start, last, previous, subjectOf);
  if (introduced) return introduced;
  const paragraphOf = (offset: number) => sentenceAt(doc, offset)?.paragraph ?? -1;
  return paragraphOf(d.range.start) - paragraphOf(last.start) <= CONTINUATION_REACH ? sameSpeaker(last) : null;
}

/** "SEN. JANE DOE" -> "Sen. Jane Doe": each word's first letter kept a capital, the rest lower. */
const inTitleCase = (name: string): string => name.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

/**
 * "Sen. Ana Ruiz identified housing as the worry of young voters. “They are tired of waiting.”": a
 * quote right after a sentence whose subject is another person acting, with no claim of its own,
 * is hers. A person something happens to ("Doe was found dead") is a topic, not a speaker.
 */
function personIntroducedBefore(doc: Document, index: ActorIndex, at: number, last: Claim, previous: Claim[], subjectOf: SubjectOf): Speaker | null {
  const before = doc.sentences[(sentenceAt(doc, at)?.index ?? 0) - 1];
  if (!before || last.end > before.start || (last.speakerMention && last.speakerMention.end > before.start)) return null;
  const subject = subjectOf(before.index);
  if (subject && BE_FORMS.has(doc.tokens.get(subject.last + 1)?.text.toLowerCase() ?? '')) return null;
  const speaker = subject ? resolveSpeaker(doc, index, subject, previous, subjectOf) : null;
  return speaker && isPerson(index, speaker) && speaker.speakerId !== last.speakerId ? speaker : null;
}

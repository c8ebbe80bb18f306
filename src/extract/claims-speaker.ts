import type { Document, Token, Tokens } from '../model/document.js';
import type { Actor, ActorType, Claim } from '../model/digest.js';
import { spanOf, type Span } from '../model/span.js';
import { ANONYMOUS_SOURCE_NOUNS, BODY_NOUNS, NAMING_BODY_NOUNS, UNNAMED_DETERMINERS } from '../lexicon/anonymous-sources.js';
import { RELATIVE_PRONOUNS, type TokenRun } from './claims-phrases.js';
import { HONORIFICS, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/titles.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gendered-names.js';
import { lexicalEntry } from '../nlp/wink.js';

export type Speaker = Pick<Claim, 'speaker' | 'speakerId' | 'speakerMention' | 'anonymous'>;

interface Mention {
  start: number;
  end: number;
  actor: Actor;
}

/** Actor mentions in text order, for lookups by offset. */
export interface ActorIndex {
  mentions: Mention[];
  /** Whether each mention lies inside a quotation (a quoted name is not a speaker candidate). */
  quoted: boolean[];
  types: Map<string, ActorType>;
}

const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);
const BODIES = new Set(BODY_NOUNS);
const NAMING_BODIES = new Set(NAMING_BODY_NOUNS);
const UNNAMED = new Set(UNNAMED_DETERMINERS);
const ARTICLES = new Set(['a', 'an', 'the']);
const SINGULAR_PERSONAL = new Set(['he', 'she', 'i']);
const GROUP_TYPES = new Set(['organization', 'country', 'group']);
/** How many paragraphs and sentences back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 2;
const PRONOUN_SENTENCES = 4;
/** How many earlier mentions or claims a title or pronoun looks back through. */
const LOOKBACK = 200;

const lower = (t: Token) => t.text.toLowerCase();

export function indexActors(actors: Actor[], inQuote: (offset: number) => boolean): ActorIndex {
  const mentions = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor })));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, quoted: mentions.map((m) => inQuote(m.start)), types: new Map(actors.map((a) => [a.id, a.type])) };
}

/** The speaker a noun phrase names, given the claims already attributed before it. */
/** The named subject of a sentence, by sentence index. */
export type SubjectOf = (sentence: number) => TokenRun | null;

export function resolveSpeaker(doc: Document, index: ActorIndex, run: TokenRun, previous: Claim[], subjectOf: SubjectOf): Speaker {
  const { tokens, text } = doc;
  const mention = spanOf(text, tokens.get(run.first).start, tokens.get(run.last).end);
  if (run.first === run.last && tokens.get(run.first).pos === 'PRON') {
    // "condemned what he called": a pronoun inside the clause, not opening an attribution after a comma or a quote.
    const before = tokens.get(run.first - 1);
    const inClause = before !== undefined && before.sentence === tokens.get(run.first).sentence && before.pos !== 'PUNCT';
    return resolvePronoun(doc, index, mention, tokens.get(run.first).sentence, previous, subjectOf, inClause);
  }
  // "Ambassador to the United States Jane Doe": a person named at the end is the head, past any preposition.
  const named = actorAt(index, tokens.get(run.last).start, tokens.get(run.last).end);
  const core = named?.type === 'person' && !relationBeforeName(tokens, run, mentionStartAt(index, tokens.get(run.last).start)) ? run : personBeforePreposition(index, tokens, run) ?? coreOf(tokens, run);
  const head = tokens.get(core.last);
  const actor = actorAt(index, head.start, head.end) ?? bodyOwningName(index, tokens, core);
  const headWord = lower(head);
  if (actor && !(ANONYMOUS.has(headWord) && actor.type !== 'person')) {
    return { speaker: actor.name, speakerId: actor.id, speakerMention: mention, anonymous: actor.type === 'group' };
  }
  if ((head.pos === 'PROPN' || namedAfterPossessive(tokens, core.last)) && !ANONYMOUS.has(headWord)) {
    return { speaker: fullName(previous, properRun(text, tokens, core)), speakerId: null, speakerMention: mention, anonymous: false };
  }
  const definite = lower(tokens.get(run.first)) === 'the' && !headWord.endsWith('s');
  const titled = definite ? holderOfTitle(index, headWord, mention.start, previous) : null;
  if (titled) return { ...titled, speakerMention: mention };
  const aged = definite && statesAge(mention.text) ? latestPersonSpeaker(index, previous) : null;
  if (aged) return { ...sameSpeaker(aged), speakerMention: mention };
  const body = definite && BODIES.has(headWord) ? latestActor(index, mention.start, (actor) => isBodyCalled(actor, headWord)) : null;
  if (body) return { speaker: body.name, speakerId: body.id, speakerMention: mention, anonymous: false };
  const description = describe(text, tokens, run);
  const anonymous = ANONYMOUS.has(headWord) || UNNAMED.has(lower(tokens.get(run.first))) || (!definite && isUnnamedGroup(head));
  return { speaker: description, speakerId: null, speakerMention: mention, anonymous };
}

/**
 * "an architect who said", "the police department, which reported": the relative pronoun is the
 * subject of the cue and so the mention local to the claim; its antecedent names the speaker.
 */
export function relativeMention(doc: Document, source: TokenRun, cue: TokenRun): Span | null {
  const { tokens, text } = doc;
  let i = source.last + 1;
  // "the study -- which notes": a dash typed as two hyphens sets the clause off too.
  if (/^(?:[,\u2014\u2013]|--)$/u.test(tokens.get(i)?.text ?? '')) i++;
  const relative = tokens.get(i);
  if (relative === undefined || i >= cue.first || !RELATIVE_PRONOUNS.has(lower(relative))) return null;
  // "who in 2010 said", "who have long argued": nothing but its own modifiers before the cue.
  for (let k = i + 1; k < cue.first; k++) if (tokens.get(k).pos === 'VERB' || tokens.get(k).pos === 'PUNCT') return null;
  return spanOf(text, relative.start, relative.end);
}

/** "forecasters said", "local farmers told": a plural of people by trade with no name is an unnamed source. */
function isUnnamedGroup(head: Token): boolean {
  return head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && /(?:er|or|ist|ian)s$/.test(head.text);
}

/** "the 39-year-old teacher": a description by age refers back to a person already quoted. */
const statesAge = (description: string) => /\d+-years?-old\b/i.test(description);

function latestPersonSpeaker(index: ActorIndex, previous: Claim[]): Claim | null {
  const last = previous[previous.length - 1];
  return last && last.speakerId !== null && index.types.get(last.speakerId) === 'person' ? last : null;
}

/** A continuation quote keeps the speaker of the claim before it. */
export function sameSpeaker(claim: Claim): Speaker {
  return { speaker: claim.speaker, speakerId: claim.speakerId, speakerMention: claim.speakerMention, anonymous: claim.anonymous };
}

/** "an associate of former oil boss Jane Doe", "aides close to Jane Doe": the common noun heads the phrase, not the name after it. */
function relationBeforeName(tokens: Tokens, run: TokenRun, nameStart: number): boolean {
  let i = run.first + 1;
  while (i < run.last && tokens.get(i).pos !== 'ADP') i++;
  const before = tokens.get(i - 1);
  // "people close to Jane Doe" speak for themselves, as "an associate of Jane Doe" does.
  // "advisers to Mr. Doe" speak for themselves too.
  const relation = i < run.last && (lower(tokens.get(i)) === 'of' || lower(tokens.get(i)) === 'to');
  if (!relation || !(before.pos === 'NOUN' || before.pos === 'ADJ') || !/^\p{Ll}/u.test(before.text)) return false;
  // "president of Acme Corp Jane Doe" names an employer between; "lawyer of Jane Doe", "aide to Mr. Doe" do not.
  for (let k = i + 1; k <= run.last && tokens.get(k).start < nameStart; k++) if (!/^\p{Ll}/u.test(tokens.get(k).text) && !isTitle(tokens, k)) return false;
  return true;
}

/** "Hydrologist Jane Doe of Acme University in Leeds": a person named before the first preposition heads the phrase. */
function personBeforePreposition(index: ActorIndex, tokens: Tokens, run: TokenRun): TokenRun | null {
  let i = run.first;
  while (i <= run.last && tokens.get(i).pos !== 'ADP') i++;
  const head = tokens.get(i - 1);
  if (i > run.last || i === run.first || head.pos !== 'PROPN') return null;
  return actorAt(index, head.start, head.end)?.type === 'person' ? { first: run.first, last: i - 1 } : null;
}

const isPossessiveMark = (t: Token | undefined) => t !== undefined && /^['’]s?$/.test(t.text);

/** "Office" of "the County Sheriff’s Office": a capitalised word after a named possessor ends one name. */
function namedAfterPossessive(tokens: Tokens, i: number): boolean {
  return /^\p{Lu}/u.test(tokens.get(i).text) && isPossessiveMark(tokens.get(i - 1)) && tokens.get(i - 2)?.pos === 'PROPN';
}

/** "Office" after "Sheriff’s", "Commerce" after "Chamber of": the word before continues the same name. */
function joinsName(tokens: Tokens, i: number): boolean {
  const of = tokens.get(i - 1);
  const inner = of !== undefined && /^(of|for)$/.test(of.text) && /^\p{Lu}/u.test(tokens.get(i).text) && tokens.get(i - 2)?.pos === 'PROPN';
  return inner || namedAfterPossessive(tokens, i);
}

/** "The County Sheriff’s Office said": an organisation named in the possessor is the body that speaks. */
function bodyOwningName(index: ActorIndex, tokens: Tokens, core: TokenRun): Actor | null {
  if (core.last - 2 < core.first || !namedAfterPossessive(tokens, core.last)) return null;
  const owner = tokens.get(core.last - 2);
  const actor = actorAt(index, owner.start, owner.end);
  return actor?.type === 'organization' ? actor : null;
}

/** Prepositions that place a source rather than name whom it speaks for ("officials | in Marlow"). */
const PLACING = new Set(['in', 'near', 'across', 'around', 'outside', 'inside']);

/** The phrase up to its first lower-case or placing prepositional phrase ("spokesman | for the ministry", "officials | in Marlow"). */
function coreOf(tokens: Tokens, run: TokenRun): TokenRun {
  for (let i = run.first + 1; i < run.last; i++) {
    const next = tokens.get(i + 1);
    const placed = PLACING.has(lower(tokens.get(i))) && tokens.get(i - 1).pos === 'NOUN';
    // "people close to Jane Doe": the people speak, not the one they are close to.
    const close = lower(tokens.get(i)) === 'to' && lower(tokens.get(i - 1)) === 'close' && i - 2 >= run.first;
    if (close) return { first: run.first, last: i - 2 };
    // "advisers to Mr. Doe": an honorific opens the name of whom they advise, not the speaker's own.
    const honorific = HONORIFICS.has(lower(next).replace(/\.$/, ''));
    if (tokens.get(i).pos === 'ADP' && (placed || honorific || !/^\p{Lu}/u.test(next.text))) return { first: run.first, last: i - 1 };
  }
  return run;
}

/** The proper-noun run ending at the core's head, without titles ("Ana Lima" of "spokeswoman Ana Lima", "Gov. Amy Lund"). */
function properRun(text: string, tokens: Tokens, core: TokenRun): string {
  let first = core.last;
  while (first > core.first && (tokens.get(first - 1).pos === 'PROPN' || (joinsName(tokens, first) && first - 2 >= core.first))) {
    first -= joinsName(tokens, first) ? 2 : 1;
  }
  // A title inside a possessive name stays ("Attorney General’s Office").
  const possessive = namedAfterPossessive(tokens, core.last);
  while (!possessive && first < core.last && isTitle(tokens, first)) first++;
  return text.slice(tokens.get(first).start, tokens.get(core.last).end).replace(/\s+/gu, ' ');
}

/** A title word, or a portfolio word finishing one ("[Secretary of] State", not "United" of "United Nations"). */
function isTitle(tokens: Tokens, i: number): boolean {
  const word = (t: Token) => lower(t).replace(/\.$/, '');
  if (TITLE_WORDS.has(word(tokens.get(i))) || HONORIFICS.has(word(tokens.get(i)))) return true;
  const prev = tokens.get(i - 1);
  return PORTFOLIO_WORDS.has(word(tokens.get(i))) && prev !== undefined && (prev.pos === 'ADP' || TITLE_WORDS.has(word(prev)));
}

/** A bare surname ("Okafor", also "Mr Lima" once its title is gone) takes the full name of an earlier speaker who bears it. */
function fullName(previous: Claim[], name: string): string {
  const words = name.split(' ');
  if (words.length > 1) return name;
  const surname = words[0];
  for (let i = previous.length - 1; i >= 0; i--) {
    const s = previous[i].speaker;
    if (s && !previous[i].anonymous && s !== name && s.endsWith(` ${surname}`)) return s;
  }
  return name;
}

/** An unnamed source's description: the phrase without its article ("State Department official"). */
function describe(text: string, tokens: Tokens, run: TokenRun): string {
  const first = ARTICLES.has(lower(tokens.get(run.first))) && run.first < run.last ? run.first + 1 : run.first;
  // One prepositional phrase describes; a second only places it ("nurses at the clinic | in Leeds").
  let last = run.last;
  let phrases = 0;
  for (let i = first + 1; i <= run.last; i++) {
    if (tokens.get(i).pos === 'ADP' && ++phrases === 2) {
      last = i - 1;
      break;
    }
  }
  return text.slice(tokens.get(first).start, tokens.get(last).end);
}

/** Where the actor mention holding `offset` starts. */
function mentionStartAt(index: ActorIndex, offset: number): number {
  const i = lastMentionBefore(index, offset + 1);
  return i >= 0 && index.mentions[i].end > offset ? index.mentions[i].start : offset;
}

function actorAt(index: ActorIndex, start: number, end: number): Actor | null {
  const { mentions } = index;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end > start) return mentions[i].actor;
  return null;
}

/** "The minister said": the actor whose role holds the title, else the earlier speaker so described. */
function holderOfTitle(index: ActorIndex, title: string, before: number, previous: Claim[]): Omit<Speaker, 'speakerMention'> | null {
  const last = lastMentionBefore(index, before);
  for (let i = last; i >= Math.max(0, last - LOOKBACK); i--) {
    const m = index.mentions[i];
    if (!m.actor.role) continue;
    if (m.actor.role.toLowerCase().split(/\W+/).includes(title)) return { speaker: m.actor.name, speakerId: m.actor.id, anonymous: false };
  }
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - LOOKBACK); i--) {
    const c = previous[i];
    if (!c.anonymous && c.speakerMention && c.speakerMention.text.toLowerCase().split(/\W+/).includes(title) && c.speakerMention.text.toLowerCase() !== `the ${title}`) {
      return { speaker: c.speaker, speakerId: c.speakerId, anonymous: false };
    }
  }
  return null;
}

/**
 * He/she: the latest compatible speaker or named sentence subject, sentence by sentence back from
 * the pronoun; they/it likewise take a body or an unnamed source. Then the latest actor of that kind.
 */
function resolvePronoun(doc: Document, index: ActorIndex, mention: Span, sentence: number, previous: Claim[], subjectOf: SubjectOf, inClause: boolean): Speaker {
  const word = SUBJECT_FORMS.get(mention.text.toLowerCase()) ?? mention.text.toLowerCase();
  const personal = SINGULAR_PERSONAL.has(word);
  const sex = SEX_OF_PRONOUN.get(word);
  const fits = (speaker: Speaker) => fitsPronoun(index, speaker, personal) && !(sex && speaker.speaker && otherSex(speaker.speaker, sex));
  const paragraph = doc.sentences[sentence].paragraph;
  for (let s = sentence; s >= Math.max(0, sentence - PRONOUN_SENTENCES) && doc.sentences[s].paragraph >= paragraph - PRONOUN_REACH; s--) {
    const { start, end } = doc.sentences[s];
    const limit = s === sentence ? mention.start : end;
    let best: Speaker | null = null;
    let bestAt = -1;
    for (let i = previous.length - 1; i >= 0 && previous[i].end >= start; i--) {
      const c = previous[i];
      const at = c.speakerMention?.start ?? -1;
      if (at >= start && at < limit && at > bestAt && fits(c) && !(s < sentence && spokenOf(previous, i, at))) { best = sameSpeaker(c); bestAt = at; }
    }
    const subject = subjectOf(s);
    const subjectAt = subject ? doc.tokens.get(subject.first).start : -1;
    if (subject && subjectAt < limit && subjectAt > bestAt) {
      const named = resolveSpeaker(doc, index, subject, previous, subjectOf);
      // In the pronoun's own sentence ("Rainfall has risen, she said") an unknown subject is more often the reported
      // clause's, unless the pronoun sits inside the subject's clause ("The council pledged to act on what it called").
      const known = s !== sentence || named.speakerId !== null || inClause;
      if (known && fits(named)) best = named;
    }
    if (best) return { ...best, speakerMention: mention };
  }
  const person = (a: Actor) => a.type === 'person' && !(sex && otherSex(a.name, sex));
  const actor = latestActor(index, mention.start, personal ? person : (a) => GROUP_TYPES.has(a.type));
  if (actor) return { speaker: actor.name, speakerId: actor.id, speakerMention: mention, anonymous: false };
  return { speaker: mention.text, speakerId: null, speakerMention: mention, anonymous: false };
}

/** "Roe slammed Doe for suggesting .... She said": a speaker named inside a claim of an earlier sentence is its topic more than the one a pronoun goes on with. */
function spokenOf(previous: Claim[], i: number, at: number): boolean {
  for (let k = i - 1; k >= 0 && previous[k].end > at; k--) if (previous[k].start <= at) return true;
  return false;
}

const SEX_OF_PRONOUN = new Map([['he', 'male'], ['she', 'female']]);
/** "his claim that ...": a possessive pronoun stands for whom its subject form would. */
const SUBJECT_FORMS = new Map([['his', 'he'], ['her', 'she'], ['my', 'i'], ['their', 'they'], ['its', 'it'], ['our', 'we']]);

/** "she said" cannot go back to "Tom Reyes": the given name says otherwise. */
function otherSex(name: string, sex: string): boolean {
  const given = name.split(' ')[0].toLowerCase();
  return sex === 'female' ? MALE_NAMES.has(given) && !FEMALE_NAMES.has(given) : FEMALE_NAMES.has(given) && !MALE_NAMES.has(given);
}

/** He/she take a named speaker that is not a body; they/it take a body, an unnamed source or an unknown name. */
function fitsPronoun(index: ActorIndex, speaker: Speaker, personal: boolean): boolean {
  if (speaker.speaker === null || (speaker.speakerMention && speaker.speaker === speaker.speakerMention.text && /^(he|she|they|it|i|we)$/i.test(speaker.speaker))) return false;
  const type = speaker.speakerId === null ? undefined : index.types.get(speaker.speakerId);
  // "74 percent of likely voters" said it; "his claim" is not theirs: he or she is one person.
  if (type === undefined) return personal ? !speaker.anonymous && !endsInPlural(speaker.speaker) : true;
  const body = GROUP_TYPES.has(type);
  return personal ? !body : body || speaker.anonymous;
}

/** "likely voters" is plural; "the boss" and "the actress" are not, as the model's lemmas say. */
function endsInPlural(description: string): boolean {
  const last = /\p{Ll}+$/u.exec(description)?.[0];
  if (!last) return false;
  const entry = lexicalEntry(last);
  return entry ? entry.tag === 'NOUN' && entry.lemma !== last : /[^su]s$/.test(last);
}

/** "The firm" may be any organisation; "the ministry", "the union" only one whose name says so. */
function isBodyCalled(actor: Actor, noun: string): boolean {
  return actor.type === 'organization' && (!NAMING_BODIES.has(noun) || actor.name.toLowerCase().split(/\W+/).includes(noun));
}

function latestActor(index: ActorIndex, before: number, fits: (actor: Actor) => boolean): Actor | null {
  const last = lastMentionBefore(index, before);
  for (let i = last; i >= Math.max(0, last - LOOKBACK); i--) {
    if (!index.quoted[i] && fits(index.mentions[i].actor)) return index.mentions[i].actor;
  }
  return null;
}

/** Index of the last actor mention starting before `offset`, or -1. */
function lastMentionBefore(index: ActorIndex, offset: number): number {
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

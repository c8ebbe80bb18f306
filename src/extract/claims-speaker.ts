import type { Document, Token } from '../model/document.js';
import type { Actor, ActorType, Claim } from '../model/digest.js';
import { spanOf, type Span } from '../model/span.js';
import { ANONYMOUS_SOURCE_NOUNS, UNNAMED_DETERMINERS } from '../lexicon/anonymous-sources.js';
import type { TokenRun } from './claims-phrases.js';

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
const UNNAMED = new Set(UNNAMED_DETERMINERS);
const ARTICLES = new Set(['a', 'an', 'the']);
const SINGULAR_PERSONAL = new Set(['he', 'she', 'i']);
const GROUP_TYPES = new Set(['organization', 'country', 'group']);
/** How many paragraphs back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 2;

const lower = (t: Token) => t.text.toLowerCase();

export function indexActors(actors: Actor[], inQuote: (offset: number) => boolean): ActorIndex {
  const mentions = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor })));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, quoted: mentions.map((m) => inQuote(m.start)), types: new Map(actors.map((a) => [a.id, a.type])) };
}

/** The speaker a noun phrase names, given the claims already attributed before it. */
export function resolveSpeaker(doc: Document, index: ActorIndex, run: TokenRun, previous: Claim[]): Speaker {
  const { tokens, text } = doc;
  const mention = spanOf(text, tokens[run.first].start, tokens[run.last].end);
  if (run.first === run.last && tokens[run.first].pos === 'PRON') return resolvePronoun(doc, index, mention, previous);
  const core = coreOf(tokens, run);
  const head = tokens[core.last];
  const actor = actorAt(index, head.start, head.end);
  const headWord = lower(head);
  if (actor && !(ANONYMOUS.has(headWord) && actor.type !== 'person')) {
    return { speaker: actor.name, speakerId: actor.id, speakerMention: mention, anonymous: actor.type === 'group' };
  }
  if (head.pos === 'PROPN' && !ANONYMOUS.has(headWord)) {
    return { speaker: fullName(previous, properRun(tokens, core)), speakerId: null, speakerMention: mention, anonymous: false };
  }
  const definite = lower(tokens[run.first]) === 'the' && !headWord.endsWith('s');
  const titled = definite ? holderOfTitle(index, headWord, mention.start, previous) : null;
  if (titled) return { ...titled, speakerMention: mention };
  const description = describe(text, tokens, run);
  const anonymous = ANONYMOUS.has(headWord) || UNNAMED.has(lower(tokens[run.first]));
  return { speaker: description, speakerId: null, speakerMention: mention, anonymous };
}

/** A continuation quote keeps the speaker of the claim before it. */
export function sameSpeaker(claim: Claim): Speaker {
  return { speaker: claim.speaker, speakerId: claim.speakerId, speakerMention: claim.speakerMention, anonymous: claim.anonymous };
}

/** The phrase up to its first lower-case prepositional phrase ("spokesman | for the ministry"). */
function coreOf(tokens: Token[], run: TokenRun): TokenRun {
  for (let i = run.first + 1; i < run.last; i++) {
    const next = tokens[i + 1];
    if (tokens[i].pos === 'ADP' && !/^\p{Lu}/u.test(next.text)) return { first: run.first, last: i - 1 };
  }
  return run;
}

/** The proper-noun run ending at the core's head ("Lin Jian" of "spokesman Lin Jian"). */
function properRun(tokens: Token[], core: TokenRun): string {
  let first = core.last;
  while (first > core.first && tokens[first - 1].pos === 'PROPN') first--;
  return tokens.slice(first, core.last + 1).map((t) => t.text).join(' ');
}

/** A bare or titled surname ("Wilder", "Mr Howard") takes the full name of an earlier speaker who bears it. */
function fullName(previous: Claim[], name: string): string {
  const words = name.split(' ');
  const titled = words.length === 2 && /^\p{Lu}\p{Ll}{0,2}\.?$/u.test(words[0]);
  if (words.length > 1 && !titled) return name;
  const surname = words[words.length - 1];
  for (let i = previous.length - 1; i >= 0; i--) {
    const s = previous[i].speaker;
    if (s && !previous[i].anonymous && s !== name && s.endsWith(` ${surname}`)) return s;
  }
  return name;
}

/** An unnamed source's description: the phrase without its article ("State Department official"). */
function describe(text: string, tokens: Token[], run: TokenRun): string {
  const first = ARTICLES.has(lower(tokens[run.first])) && run.first < run.last ? run.first + 1 : run.first;
  return text.slice(tokens[first].start, tokens[run.last].end);
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
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.start >= before || !m.actor.role) continue;
    if (m.actor.role.toLowerCase().split(/\W+/).includes(title)) return { speaker: m.actor.name, speakerId: m.actor.id, anonymous: false };
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const c = previous[i];
    if (!c.anonymous && c.speakerMention && c.speakerMention.text.toLowerCase().split(/\W+/).includes(title) && c.speakerMention.text.toLowerCase() !== `the ${title}`) {
      return { speaker: c.speaker, speakerId: c.speakerId, anonymous: false };
    }
  }
  return null;
}

/** He/she: the latest named speaker nearby, else the latest person named; they/it: a group or body. */
function resolvePronoun(doc: Document, index: ActorIndex, mention: Span, previous: Claim[]): Speaker {
  const personal = SINGULAR_PERSONAL.has(mention.text.toLowerCase());
  const paragraph = paragraphOf(doc, mention.start);
  for (let i = previous.length - 1; i >= 0 && paragraphOf(doc, previous[i].start) >= paragraph - PRONOUN_REACH; i--) {
    if (fitsPronoun(index, previous[i], personal)) return { ...sameSpeaker(previous[i]), speakerMention: mention };
  }
  const actor = latestActor(index, mention.start, personal);
  if (actor) return { speaker: actor.name, speakerId: actor.id, speakerMention: mention, anonymous: false };
  return { speaker: mention.text, speakerId: null, speakerMention: mention, anonymous: false };
}

/** He/she take a named speaker that is not a body; they/it take a body or an unnamed source. */
function fitsPronoun(index: ActorIndex, claim: Claim, personal: boolean): boolean {
  if (claim.speaker === null) return false;
  const type = claim.speakerId === null ? undefined : index.types.get(claim.speakerId);
  const body = type !== undefined && GROUP_TYPES.has(type);
  return personal ? !claim.anonymous && !body : claim.anonymous || body;
}

function latestActor(index: ActorIndex, before: number, person: boolean): Actor | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.start >= before || index.quoted[i]) continue;
    if (person ? m.actor.type === 'person' : GROUP_TYPES.has(m.actor.type)) return m.actor;
  }
  return null;
}

function paragraphOf(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return doc.sentences[found]?.paragraph ?? 0;
}

import type { Token } from '../model/document.js';
import type { ActorType } from '../model/digest.js';
import type { Span } from '../model/span.js';
import { spanOf } from '../model/span.js';
import { GROUP_NOUNS, NON_ACTOR_HEADS, WORK_NOUNS } from '../lexicon/non-actors.js';
import { CORPORATE_POSSESSIONS, CORPORATE_RESULTS, FIRM_NOUNS, FIRM_OPENERS, GAME_RESULTS, MARKET_MOVES, MEDIA_NOUNS, ORGANISATION_ACTIONS, ORGANISATION_ONLY_INTRODUCERS, PERSONAL_INTRODUCERS, ORGANISATION_HEADS, ORGANISATION_INTRODUCERS, PLURAL_AGREEMENT, SURNAME_HEADS, TEAM_SUFFIXES } from '../lexicon/organisation-words.js';
import { PLACE_HEADS, PLACE_ONLY_HEADS, PLACE_OPENERS } from '../lexicon/countries.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { ADJECTIVE_TITLES, FIRM_TITLES, NAME_SUFFIXES, PORTFOLIO_WORDS, POST_NOMINALS, TITLE_WORDS } from '../lexicon/titles.js';
import { COMPASS_WORDS, NAME_PARTICLES, PLACE_PREPOSITIONS, SETTLEMENT_NOUNS, SPEECH_LEMMAS, STRICT_PLACE_PREPOSITIONS } from '../lexicon/actor-context.js';
import { bare, findRuns, isAllCaps, isCapitalised, isHonorific, isOrganisationHead, isTitleWord, type Run } from './actors-runs.js';
import { countryOfPeople, institutionName, isDemonym, placeAt, type PlaceHit } from './actors-gazetteer.js';
import { roleAfter, roleBefore } from './actors-roles.js';
import { isEverydayWord, readsAsCommonWords } from './actors-common-words.js';
import { reportsResults, speaksOfItself } from './actors-firm-cues.js';
import {
  PARTY_STATE_TAG, datelinePlace, fixture, inListOfWorks, namedWork, quotedWork, scorer, spanText, tableEntry, type Reader, type Segment,
} from './actors-layout.js';

export type { Segment };

/** One occurrence of a name, typed when the name or its context says what it is. */
export interface Mention {
  span: Span;
  words: string[];
  /** null: a bare name whose type the other mentions of the article decide. */
  type: ActorType | null;
  rule: string;
  /** Canonical name of a gazetteer entry (country or region). */
  canonical: string | null;
  role: string | null;
  /** All-caps short form introduced in brackets right after an organisation's name. */
  acronym: string | null;
  speaking: boolean;
  located: boolean;
  /** Followed by a common noun it qualifies ("Democratic voters"). */
  modifier: boolean;
  /** Its context says organisation: "carmaker Acme", "Acme's shares". */
  corporate: boolean;
  /** Its verb suits a firm better than a person ("Acme have", "Acme acquired"): enough only for a lone word. */
  firmLike: boolean;
  /** Spans of the words, for a headline run that only counts where it repeats a name of the body. */
  parts: Span[] | null;
  headline: boolean;
  lead: boolean;
}

const wordTokens = (tokens: Token[]): Token[] => tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
const words = (tokens: Token[]): string[] => wordTokens(tokens).map((t) => t.text.replace(/’/g, "'").replace(/(\p{L})'s$/u, '$1'));

/** Every candidate mention of a segment, in order. */
export function segmentMentions(text: string, segment: Segment): Mention[] {
  const reader: Reader = { text, segment };
  const runs = findRuns(segment.tokens);
  const unconfirmed = (run: Run): Mention[] => [...(placesIn(reader, run, true) ?? []), tentative(reader, run)];
  if (segment.titleCase) return runs.flatMap(unconfirmed);
  if (segment.listLine) return runs.flatMap((run) => (namedByGivenName(run) ? runMentions(reader, run) : unconfirmed(run)));
  return coordinateBodies(text, coordinatePeople(text, runs.flatMap((run) => runMentions(reader, run))));
}

/** "Ada Lind", "Ada Maria Lind": a given name and one or two more words. */
const namedByGivenName = (run: Run): boolean => run.tokens.length > 1 && run.tokens.length <= 3 && GIVEN_NAMES.has(bare(run.tokens[0]));

export const SHARED_HEAD_RULE = 'shared-head';

/** Heads of government bodies that copy shares between two names ("the State and Justice Departments"). */
const SHARED_HEADS = new Set(['department', 'ministry', 'committee', 'commission', 'council', 'court', 'office']);

/** "Departments" -> "Department", "Ministries" -> "Ministry": a plural body word, singular; else null. */
function singularHead(word: string): string | null {
  const singular = word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  return singular !== word && SHARED_HEADS.has(singular.toLowerCase()) ? singular : null;
}

/** "the State and Justice Departments": two bodies sharing one plural head, each named in full. */
function coordinateBodies(text: string, mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1], mentions[i]];
    const head = singularHead(b.words[b.words.length - 1]);
    // The first name must lack a head of its own: not "the Clinic and University Hospitals".
    if (!head || b.words.length < 2 || a.canonical || a.words.some((w) => ORGANISATION_HEADS.has(w.toLowerCase()))) continue;
    if (!LIST_SEPARATOR.test(text.slice(a.span.end, b.span.start))) continue;
    const rule = SHARED_HEAD_RULE;
    mentions[i - 1] = copyMention(a, { type: 'organization', rule, canonical: `${a.words.join(' ')} ${head}`, role: null });
    mentions[i] = copyMention(b, { type: 'organization', rule, canonical: [...b.words.slice(0, -1), head].join(' ') });
  }
  return mentions;
}

const LIST_SEPARATOR = /^\s*(,|and|,\s*and|&)\s*$/;

/** What follows a name: an owner's "'s" or not, then a capitalised word or a lower-case one. */
const NEXT_WORD = /^(['’]s)?\s+(?:(\p{Lu})|(\p{Ll}+)\b)/u;

/**
 * "Ada Lind and Oscar nominee Ben Hale", "Ada Lind, Calder's chief executive", "and Heat's Ben Hale":
 * the name qualifies a title or owns the next name; not "Ines, Tomas and Ruth's mother".
 */
function qualifiesNext(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  if (!next) return false;
  const [, owner, name, word] = next;
  return word ? TITLE_WORDS.has(word) || TITLE_WORDS.has(word.replace(/s$/, '')) : !!owner && !!name;
}

/** "Ines, Tomas and Ruth": a bare name listed right after a person is a person. */
function coordinatePeople(text: string, mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1], mentions[i]];
    if (a.type === 'person' && b.type === null && b.span.start - a.span.end <= 6 && LIST_SEPARATOR.test(text.slice(a.span.end, b.span.start)) && !qualifiesNext(text, b.span.end)) {
      mentions[i] = copyMention(b, { type: 'person', rule: 'listed-with-person' });
    }
  }
  return mentions;
}

function tentative(r: Reader, run: Run): Mention {
  const parts = wordTokens(run.tokens).map((t) => spanOf(r.text, t.start, t.end));
  return mention(r, run.tokens, run.at, null, 'headline-name', { parts });
}

/** Tags of a word that opens a new sentence after a closing initial ("Malcolm X. The film ..."), where a surname would follow a middle one. */
const SENTENCE_OPENING_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX']);

function mention(r: Reader, tokens: Token[], at: number, type: ActorType | null, rule: string, extra: Partial<Mention> = {}): Mention {
  const all = r.segment.tokens;
  const before = all[at - 1];
  const after = all[at + tokens.length];
  const prepositionAt = before && bare(before) === 'the' ? at - 2 : at - 1;
  const beforeThe = all[prepositionAt];
  const affiliation = affiliated(all, prepositionAt);
  const last = tokens[tokens.length - 1];
  // "Varga's" left whole by the tokenizer: the possessive is not part of the name; nor is the full
  // stop after a closing initial that ends the sentence ("... and Malcolm X.").
  const sentenceNext = !after || after.sentence !== last.sentence || SENTENCE_OPENING_TAGS.has(after.pos);
  const closingInitial = tokens.length > 1 && sentenceNext && /^\p{Lu}\.$/u.test(last.text);
  const end = /\p{L}['’]s$/u.test(last.text) ? last.end - 2 : closingInitial ? last.end - 1 : last.end;
  const m: Mention = {
    span: spanOf(r.text, tokens[0].start, end),
    words: words(tokens),
    type,
    rule,
    canonical: null,
    role: null,
    acronym: null,
    speaking: speaks(all, at, tokens.length),
    parts: null,
    corporate: affiliation || corporateContext(all, at, tokens.length),
    firmLike: actsAsFirm(all, at, tokens.length),
    modifier: !!after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text),
    located: (!affiliation && !!beforeThe && (tokens.length > 1 ? STRICT_PLACE_PREPOSITIONS : PLACE_PREPOSITIONS).has(bare(beforeThe)) && !qualifies(after, tokens.length > 1)) || settlementOf(all, at),
    headline: r.segment.headline,
    lead: r.segment.lead,
  };
  return Object.assign(m, extra);
}

/**
 * A copy of a mention with some fields changed. Built field by field in the order `mention` writes
 * them, so every mention shares one hidden class (an object spread makes another, and mixed shapes
 * make the hot loops over mentions re-optimise each time a copied one turns up).
 */
export function copyMention(m: Mention, changes: Partial<Mention>): Mention {
  const copy: Mention = {
    span: m.span, words: m.words, type: m.type, rule: m.rule, canonical: m.canonical, role: m.role, acronym: m.acronym,
    speaking: m.speaking, parts: m.parts, corporate: m.corporate, firmLike: m.firmLike, modifier: m.modifier,
    located: m.located, headline: m.headline, lead: m.lead,
  };
  return Object.assign(copy, changes);
}

/**
 * "in Calder schools", "in Ada Lind's government": the name qualifies what follows, it is no place;
 * a one-word owner stays one ("at Calder's main stadium").
 */
const qualifies = (after: Token | undefined, long: boolean): boolean =>
  !!after && (after.pos === 'NOUN' || (long && /^['’]s$/.test(after.text)));

/** "the town of Ashford", "the village of Lowry": a settlement noun and "of" before the name. */
function settlementOf(tokens: Token[], at: number): boolean {
  const noun = tokens[at - 2];
  return !!noun && bare(tokens[at - 1]) === 'of' && /^\p{Ll}/u.test(noun.text) && SETTLEMENT_NOUNS.has(noun.text);
}

/** "security manager at Acme", "a professor at Calder College": a job's preposition before an employer. */
function affiliated(tokens: Token[], preposition: number): boolean {
  const job = tokens[preposition - 1];
  // A job opening the sentence is capitalised: "Analysts at Acme said".
  const lowerCase = !!job && (/^\p{Ll}/u.test(job.text) || preposition === 1);
  return preposition > 0 && preposition < tokens.length && bare(tokens[preposition]) === 'at' && lowerCase && isTitleWord(job);
}

/** "carmaker Acme", "Acme's shares", ", the world's largest carmaker": words only organisations take. */
function corporateContext(tokens: Token[], at: number, length: number): boolean {
  const before = tokens[at - 1];
  // "rival Ada Lind" is a person: some introducers only count before a one-word name.
  const onlyFirms = !!before && ORGANISATION_ONLY_INTRODUCERS.has(bare(before));
  const personal = length > 1 && !onlyFirms && (GIVEN_NAMES.has(bare(tokens[at])) || PERSONAL_INTRODUCERS.has(bare(before ?? tokens[at])));
  if (before && /^\p{Ll}/u.test(before.text) && ORGANISATION_INTRODUCERS.has(bare(before)) && !personal) return true;
  const end = at + length;
  const next = tokens[end];
  if (!next) return false;
  if (/^\p{Ll}/u.test(next.text) && MEDIA_NOUNS.has(bare(next))) return true;
  if (/^['’]s$/.test(next.text)) return ownsCorporately(tokens, end + 1);
  if (listedAsFirm(tokens, at) || (length === 1 && subjectOfIts(tokens, at))) return true;
  if ((next.text === ',' && describedAsFirm(tokens, end + 1)) || movesLikeAShare(tokens, end) || ((length > 1 ? !personal : isSpeech(next)) && referredToAsIt(tokens, end))) return true;
  // Not a name opening with a given name ("Ada Lind said it would appeal" is her case).
  return !GIVEN_NAMES.has(bare(tokens[at])) && (speaksOfItself(tokens, end) || reportsResults(tokens, end));
}

/** "Acme's shares", "Acme's second-quarter profits": a firm's possession after at most three modifiers. */
function ownsCorporately(tokens: Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    const t = tokens[i];
    if (CORPORATE_POSSESSIONS.has(bare(t))) return true;
    if (!/^\p{Ll}/u.test(t.text) && t.text !== '-' && t.pos !== 'NUM') return false;
    if (!['ADJ', 'NOUN', 'NUM', 'PUNCT'].includes(t.pos) || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return false;
}

/** Words between a plural kind of firm and the firms it lists ("companies such as", "banks including"). */
const LISTING_WORDS = new Set(['like', 'including']);

/**
 * "companies such as Acme and Brightwave", "banks including Calder, Halvor and Lind": names listed
 * after a plural word for firms. Steps back over the list before the name, a few names at most.
 */
function listedAsFirm(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 12); i--) {
    const t = tokens[i];
    const word = bare(t);
    const opener = LISTING_WORDS.has(word) ? i : word === 'as' && bare(tokens[i - 1]) === 'such' ? i - 1 : -1;
    if (opener > 0) {
      const kind = bare(tokens[opener - 1]);
      return /s$/.test(kind) && FIRM_NOUNS.has(kind.replace(/ies$/, 'y').replace(/s$/, ''));
    }
    if (!isCapitalised(t) && t.text !== ',' && word !== 'and') return false;
  }
  return false;
}

/**
 * "Acme has reported its best quarter", "Acme cut its forecast": a one-word subject opening the
 * sentence whose own verb takes "its" is a firm or a body, never a person.
 */
function subjectOfIts(tokens: Token[], at: number): boolean {
  if (at > 0 && !(tokens[at - 1].pos === 'PUNCT' && tokens[at - 1].text !== ',')) return false;
  const verbAt = tokens[at + 1]?.pos === 'AUX' ? at + 2 : at + 1;
  const verb = tokens[verbAt];
  return !!verb && verb.pos === 'VERB' && !['be', 'have'].includes(verb.lemma) && bare(tokens[verbAt + 1] ?? verb) === 'its';
}

/** Words that open a clause or a coordinate between a name and the "its" that refers back to it. */
const BEFORE_ITS = new Set(['and', 'after', 'before', 'until', 'since', 'because', 'while', 'when']);

/**
 * "sued by Acme Martin after its rival ...", "Acme Martin and its partners", "Acme said its":
 * "its" opening what follows the name refers back to it ("Ada Lind on its roster" does not). Only
 * for a longer name, which its shape would make a person, and not one opening with a given name
 * ("praised by Roger Ebert after its release"); a lone word only when it speaks ("Google said its
 * profits rose"), as a place may have its own ("Ashford and its suburbs").
 */
function referredToAsIt(tokens: Token[], end: number): boolean {
  const [link, its] = [tokens[end], tokens[end + 1]];
  return !!its && bare(its) === 'its' && (BEFORE_ITS.has(bare(link)) || isSpeech(link));
}

/** "Acme gained 4.1%": a price move, not "Lind gained 4% of the vote". */
function movesLikeAShare(tokens: Token[], end: number): boolean {
  const [verb, number, unit, after] = tokens.slice(end, end + 4);
  if (!verb || verb.pos !== 'VERB' || !MARKET_MOVES.has(verb.lemma) || !number || !/^\d/.test(number.text)) return false;
  const percent = number.text.endsWith('%') || /^(%|percent|per)$/.test(unit?.text ?? '');
  const ofSomething = [unit, after].some((t) => t && bare(t) === 'of');
  return percent && !ofSomething;
}

/** "Acme have", "Acme acquired", "Acme said in a statement": verbs more usual for a firm than a person. */
function actsAsFirm(tokens: Token[], at: number, length: number): boolean {
  const end = at + length;
  const next = tokens[end];
  if (!next) return false;
  if (next.pos === 'VERB' && ORGANISATION_ACTIONS.has(next.lemma)) return true;
  if (isSpeech(next) && ['in a statement', 'in a filing'].includes(tokens.slice(end + 1, end + 4).map(bare).join(' '))) return true;
  // British agreement with a team or firm, as the subject opening a clause (not "voters who back
  // Smith are", "would Smith have won"); a lone word opening the sentence may be a common noun.
  const before = tokens[at - 1];
  const opensClause = before ? before.pos === 'PUNCT' && before.text !== ',' : length > 1;
  return PLURAL_AGREEMENT.has(bare(next)) && opensClause && !/s$/.test(tokens[end - 1].text) && !GROUP_NOUNS.has(bare(tokens[end - 1]));
}

const DESCRIPTION_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART', 'ADV', 'NUM']);

/** ", the world's largest carmaker": an appositive of modifiers ending in a word that names a firm. */
function describedAsFirm(tokens: Token[], at: number): boolean {
  // ", one of the country's largest builders": the firm word is a plural after "one of".
  const from = bare(tokens[at] ?? tokens[0]) === 'one' && bare(tokens[at + 1] ?? tokens[0]) === 'of' ? at + 2 : at;
  if (!['the', 'a', 'an'].includes(bare(tokens[from] ?? tokens[0]))) return false;
  for (let i = from + 1; i < Math.min(tokens.length, from + 7); i++) {
    const t = tokens[i];
    // The firm word must head the description: not "the party's Treasury spokesman".
    if (/^\p{Ll}/u.test(t.text) && FIRM_NOUNS.has(from > at ? bare(t).replace(/ies$/, 'y').replace(/s$/, '') : bare(t))) return !DESCRIPTION_TAGS.has(tokens[i + 1]?.pos ?? 'PUNCT');
    if (isTitleWord(t) || !DESCRIPTION_TAGS.has(t.pos)) return false;
  }
  return false;
}

const isSpeech = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma);

/** "Varga said", "said Mei Lan", "Tomas Varga, director of ..., said". */
function speaks(tokens: Token[], at: number, length: number): boolean {
  const end = at + length;
  // "said Acme's chief analyst Mei Lan": an owner after the verb is not who speaks.
  const owner = /['’]s$/.test(tokens[end - 1].text) || /^['’]s$/.test(tokens[end]?.text ?? '');
  if (isSpeech(tokens[end]) || (isSpeech(tokens[at - 1]) && !owner)) return true;
  if (tokens[end]?.text !== ',') return false;
  for (let i = end + 1; i < Math.min(tokens.length, end + 30); i++) {
    if (tokens[i].text === ',') return isSpeech(tokens[i + 1]);
    if (tokens[i].pos === 'VERB') return false;
  }
  return false;
}

function runMentions(r: Reader, run: Run): Mention[] {
  const tokens = trimGroupWords(run.tokens);
  const laidOut = byLayout(r, run, tokens);
  if (laidOut) return laidOut;
  if (workOrTag(r, run, tokens)) return [];
  const withS = nameWithS(r, tokens, run.at);
  if (withS) return [withS];
  let start = 0;
  while (start < tokens.length - 1 && isHonorific(tokens[start])) start++;
  const body = tokens.slice(start);
  const at = run.at + start;
  if (start > 0) return [personAfterTitle(r, body, at) ?? person(r, body, at, 'honorific', null)];
  // "Comedy Night Ferry topped the chart": a sentence opened by a kind of work, before its title.
  if (body.length > 1 && at === 0 && WORK_NOUNS.has(bare(body[0]))) return [];
  if (introducedFirm(body, at)) return [copyMention(organisation(r, body.slice(1), at + 1, 'introduced'), { corporate: true })];
  const institution = institutionName(spanText(r, body));
  if (institution) return [copyMention(organisation(r, body, at, 'institution'), { canonical: institution })];
  const nation = peopleAsNation(r, body, at);
  if (nation) return [nation];
  if (notAnActor(r, body, at)) return [];
  return classify(r, body, at);
}

/** Verb forms that follow a contracted "has" or "is" ("Lind's been", "Lind's going"), not a firm's name. */
const AFTER_CONTRACTION = /^(been|got|gone|done|going|getting|had)$|ing$/;

/**
 * "Sainsbury's said", "Moody's downgraded the bank", "Calder's fell 9%": "said", or a verb of speech,
 * of a share price or in the past tense before no noun ("Lind's injured ankle" is an owner's).
 */
function actsAfterS(all: Token[], at: number): boolean {
  const verb = all[at];
  if (!(verb.pos === 'VERB' || verb.pos === 'AUX') || !/^\p{Ll}/u.test(verb.text) || AFTER_CONTRACTION.test(verb.text)) return false;
  if (verb.lemma === 'say') return true;
  // "BA's estimated annual revenues", "Lind's dropped goal": a participle before a noun is the owner's.
  const after = all[at + 1];
  if (!after) return false;
  if (MARKET_MOVES.has(verb.lemma) && ['NUM', 'SYM', 'ADP'].includes(after.pos)) return true;
  // "Lind's varied and long career": only an object or a clause opening after the verb.
  return (isSpeech(verb) || /ed$/.test(verb.text)) && ['DET', 'PRON', 'ADP', 'SCONJ'].includes(after.pos);
}

/**
 * "Sainsbury's said", "Dr Calder's fell 9%", "Lloyd's of London": a name whose 's a verb or "of" and
 * a name follow is a firm named after its founder, not an owner of what follows. A run opening with
 * a given name takes only "of" ("Ada's said" is "Ada has said").
 */
function nameWithS(r: Reader, tokens: Token[], at: number): Mention | null {
  const all = r.segment.tokens;
  const last = tokens[tokens.length - 1];
  const glued = /\p{L}['’]s$/u.test(last.text);
  const sAt = at + tokens.length;
  if (!glued && !/^['’]s$/.test(all[sAt]?.text ?? '')) return null;
  const nextAt = glued ? sAt : sAt + 1;
  const next = all[nextAt];
  if (!next) return null;
  const ofName = bare(next) === 'of' && !!all[nextAt + 1] && isCapitalised(all[nextAt + 1]);
  if (!ofName && !(actsAfterS(all, nextAt) && !GIVEN_NAMES.has(bare(tokens[0])) && !isHonorific(tokens[0]))) return null;
  // "France's", "Labour's": a place or an institution owns what follows.
  if (placeAt(r.text, tokens, 0) || institutionName(spanText(r, tokens))) return null;
  const end = glued ? last.end : all[sAt].end;
  const m = organisation(r, tokens, at, 'name-with-s');
  return copyMention(m, { span: spanOf(r.text, tokens[0].start, end), words: [...m.words.slice(0, -1), `${m.words[m.words.length - 1]}'s`] });
}

/** "whether the Americans follow": a people after "the", qualifying nothing, is its country acting. */
function peopleAsNation(r: Reader, body: Token[], at: number): Mention | null {
  const all = r.segment.tokens;
  const next = all[at + 1];
  if (body.length !== 1 || bare(all[at - 1] ?? body[0]) !== 'the' || (next && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos))) return null;
  const country = countryOfPeople(body[0].text);
  return country ? mention(r, body, at, 'country', 'people-as-nation', { canonical: country }) : null;
}

/** "Miner Acme Gold said": a sentence opened by a word that introduces a firm, before the firm's name. */
function introducedFirm(body: Token[], at: number): boolean {
  return body.length > 1 && at === 0 && FIRM_OPENERS.has(bare(body[0]));
}

/** Tables and shouted headlines, where the shape of the line says more than the words. */
function byLayout(r: Reader, run: Run, tokens: Token[]): Mention[] | null {
  // "205 Dale Brink 65 67 73": a golfer's line of scores, a person where a given name opens it.
  const player = tokens.length > 1 && GIVEN_NAMES.has(bare(tokens[0])) && !isOrganisationHead(tokens[tokens.length - 1]) && !TEAM_SUFFIXES.has(bare(tokens[tokens.length - 1]));
  if (player && (tableEntry(r, run) || scorer(r, run))) return [person(r, tokens, run.at, 'scorer', null)];
  if (tableEntry(r, run) || fixture(r, run)) return [organisation(r, tokens, run.at, 'table-team')];
  if (datelinePlace(r, run)) return [mention(r, tokens, run.at, 'place', 'dateline')];
  if (scorer(r, run)) return [person(r, tokens, run.at, 'scorer', null)];
  if (r.segment.shouting && tokens.some((t) => t.text === 'AT')) return scheduleSides(r, run);
  if (r.segment.shouting || tokens.every((t) => isAllCaps(t) && t.text.length > 5)) return placesIn(r, run, true) ?? [];
  return null;
}

/**
 * "NEW JERSEY AT BOSTON CLEVELAND AT DETROIT": a shouted schedule run together; a known name
 * before "AT" is the visiting team, the one after it where the game is played, a place.
 */
function scheduleSides(r: Reader, run: Run): Mention[] {
  const out: Mention[] = [];
  const tokens = run.tokens;
  for (let i = 0; i < tokens.length;) {
    const hit = tokens[i].text === 'AT' ? null : placeAt(r.text, tokens, i);
    if (!hit) {
      i++;
      continue;
    }
    const name = tokens.slice(i, i + hit.length);
    const visitor = tokens[i + hit.length]?.text === 'AT';
    if (visitor) out.push(organisation(r, name, run.at + i, 'table-team'));
    else out.push(...(placesIn(r, { tokens: name, at: run.at + i }, true) ?? []));
    i += hit.length;
  }
  return out;
}

/** A work's title in quotes or after "The", or a party-state tag such as "R-TX". */
function workOrTag(r: Reader, run: Run, tokens: Token[]): boolean {
  const all = r.segment.tokens;
  if (quotedWork(all, run.at, run.tokens.length) || PARTY_STATE_TAG.test(spanText(r, tokens))) return true;
  // "Acme X200", "Skyline 380": a model number makes a product.
  if (tokens.some((t) => /\p{L}/u.test(t.text) && /\d/.test(t.text))) return true;
  // "whose films include Calder's Day, ...": in a list after a noun of works even one word is a title.
  if (inListOfWorks(all, run.at)) return true;
  return tokens.length > 1 && !isOrganisationHead(tokens[tokens.length - 1]) && namedWork(all, run.at);
}

/** Events, laws, collectives, lone organisation words ("Ministry") and titles without a name. */
function notAnActor(r: Reader, body: Token[], at: number): boolean {
  const last = body[body.length - 1];
  const word = bare(last);
  // "World War II", "Super Bowl XL": a numeral after the head of an event.
  const numbered = body.length > 1 && /^[IVXL]+$/.test(last.text) && NON_ACTOR_HEADS.has(bare(body[body.length - 2]));
  if (NON_ACTOR_HEADS.has(word) || numbered) return true;
  // "African-Americans", "Britons", "Southern African": peoples, not actors.
  if (body.every((t) => t.text === '-' || isDemonym(t.text)) || isDemonym(spanText(r, body))) return true;
  if (body.length === 2 && COMPASS_WORDS.has(bare(body[0])) && isDemonym(last.text)) return true;
  if (body.length === 1) {
    // "Officials", "Britons": unnamed collectives.
    if (GROUP_NOUNS.has(word) || (/s$/.test(word) && isDemonym(last.text) && !placeAt(r.text, body, 0))) return true;
    if (/^\p{Lu}\.?$/u.test(last.text)) return true;
    // "MSPs", "CEOs": members of a kind, a group.
    if (/^\p{Lu}{2,}s$/u.test(last.text)) return true;
    // "The Bill proposes ...", "this Bill": a law before parliament, not a man called Bill ("that Bill" may be "said that Bill ...").
    if (word === 'bill' && ['the', 'this'].includes(r.segment.tokens[at - 1]?.text.toLowerCase() ?? '')) return true;
    // "The Times" is a newspaper; a lone "Ministry" is no name.
    if (isOrganisationHead(last) && !institutionName(last.text) && r.segment.tokens[at - 1]?.text !== 'The') return true;
  } else if (word === 'bill' || (/^\p{Lu}$/u.test(last.text) && isOrganisationHead(body[0]))) {
    // "the Water Rates Bill" is a law; "Group F" a pool of a tournament.
    return true;
  }
  return bareTitle(r, body);
}

function classify(r: Reader, body: Token[], at: number): Mention[] {
  const last = body[body.length - 1];
  if (body.length === 1 && isOrganisationHead(last)) return [organisation(r, body, at, 'org-head')];
  if (placeAt(r.text, body, 0)?.length === body.length) return placesIn(r, { tokens: body, at }, false) ?? [];
  if (compassPlace(r, body)) return [mention(r, body, at, 'place', 'compass-place')];
  // "in Orange County" is where; "Derby County won" a team.
  if (body.length > 1 && PLACE_HEADS.has(bare(last)) && TEAM_SUFFIXES.has(bare(last))) {
    const place = mention(r, body, at, 'place', 'place-head');
    if (place.located) return [place];
  }
  // "the Audit Committee Ada Okafor said": a body, then a person named by a given name.
  // "the aerospace group ACME Ada Okafor": so too after a body's abbreviation opening the run, unless
  // everyday words follow it ("NYMEX Henry Hub").
  const personFrom = body.findIndex((t, k) => k > 0 && k + 1 < body.length && (isOrganisationHead(body[k - 1]) || (k === 1 && isAllCaps(body[0]) && !body[0].text.includes('.') && !isTitleWord(body[0]) && !isEverydayWord(body[2].text))) && GIVEN_NAMES.has(bare(t)) && isCapitalised(body[k + 1]));
  if (personFrom > 0) return [...classify(r, body.slice(0, personFrom), at), ...classify(r, body.slice(personFrom), at + personFrom)];
  // "Chief Executive of Calder Hospitals Trust": the employer, not the job.
  const employer = afterTitleOf(body);
  if (employer > 0) {
    const rest = body.slice(employer);
    const place = placeAt(r.text, rest, 0)?.length === rest.length;
    return place ? classify(r, rest, at + employer) : [organisation(r, rest, at + employer, 'employer')];
  }
  if (body.length === 2 && GIVEN_NAMES.has(bare(body[0])) && SURNAME_HEADS.has(bare(last))) return [bareName(r, body, at)];
  if (body.length > 1 && (isOrganisationHead(last) || TEAM_SUFFIXES.has(bare(last)))) return [organisation(r, body, at, 'org-head')];
  // "Fort Pierce", "Port Calder": a place word opening a short name; "Lake Forest College" took its head above.
  if (body.length > 1 && body.length <= 3 && PLACE_OPENERS.has(bare(body[0]))) return [mention(r, body, at, 'place', 'place-opener')];
  // "Manchester City": a known town and "City" is the town's club; "Kansas City", "Mexico City",
  // "Quezon City" and "New York City" are cities.
  if (body.length > 1 && bare(last) === 'city') {
    const club = body.length === 2 && isTown(placeAt(r.text, body, 0, 1));
    return [club ? organisation(r, body, at, 'town-club') : mention(r, body, at, 'place', 'place-head')];
  }
  if (body.length > 1 && PLACE_HEADS.has(bare(last))) {
    // "Ashford Park" is a place, but "Lena Park, co-founder of ...", "Min Park said" and
    // "Ruth Hall" (a given name and a surname) a person.
    const place = mention(r, body, at, 'place', 'place-head');
    const givenAndSurname = body.length === 2 && GIVEN_NAMES.has(bare(body[0])) && !PLACE_ONLY_HEADS.has(bare(last));
    // "freed from Guantanamo Bay telling them ...": after a preposition the name is where, not who speaks.
    const speaks = place.speaking && r.segment.tokens[at - 1]?.pos !== 'ADP';
    if (!speaks && !givenAndSurname && !roleAfter(r.text, r.segment.tokens, at + body.length)) return [place];
  }
  if (afterPersonOf(r.segment.tokens, at)) return [organisation(r, body, at, 'person-of')];
  if (isPlaceAndPlural(r, body)) return [organisation(r, body, at, 'place-plural')];
  const amp = body.findIndex((t) => t.text === '&');
  if (amp > 0 && amp < body.length - 1 && !body.some((_, i) => placeAt(r.text, body, i))) {
    // One "&" may join two people; a chain of them ("A & B & C & ...") is a firm's partners, and
    // never splits again (splitting at each would re-read the run once per "&").
    const single = !body.some((t, i) => i > amp && t.text === '&');
    if (!single || !twoPeople(body, amp)) return [organisation(r, body, at, 'ampersand')];
    return [...classify(r, body.slice(0, amp), at), ...classify(r, body.slice(amp + 1), at + amp + 1)];
  }
  const titled = personAfterTitle(r, body, at);
  if (titled) return [employerBeforeTitle(r, body, at), titled].filter((m): m is Mention => !!m);
  const lastHead = body.map(isOrganisationHead).lastIndexOf(true);
  // "State Department Spokesperson": the body without the job that follows it.
  if (lastHead >= 0) return [organisation(r, body.slice(0, body.slice(lastHead).every((t, i) => i === 0 || isTitleWord(t)) ? lastHead + 1 : body.length), at, 'org-head')];
  return placesIn(r, { tokens: body, at }, false) ?? [bareName(r, body, at)];
}

/**
 * "Ada Lind & Sen. Ben Hale": two people each named in full by a given name. Otherwise partners
 * named together make a firm, never one person ("Marks & Spencer", "Halvor & Lind").
 */
function twoPeople(body: Token[], amp: number): boolean {
  const second = body.slice(amp + 1).find((t) => !isTitleWord(t) && !isHonorific(t));
  return amp > 1 && GIVEN_NAMES.has(bare(body[0])) && !!second && GIVEN_NAMES.has(bare(second));
}

/** "South Wales", "South East Asia": words of direction before a known place name a part of it. */
function compassPlace(r: Reader, body: Token[]): boolean {
  let i = 0;
  while (i < body.length - 1 && i < 2 && COMPASS_WORDS.has(bare(body[i]))) i++;
  const hit = i > 0 ? placeAt(r.text, body, i) : null;
  return !!hit && hit.kind !== 'demonym' && i + hit.length === body.length;
}

/** "Labour MPs", "Ada Lind MP": a plural acronym of members or post-nominal letters end the run, outside the name. */
function trimGroupWords(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && (/^\p{Lu}{2,}s$/u.test(tokens[end - 1].text) || (POST_NOMINALS.has(bare(tokens[end - 1])) && isAllCaps(tokens[end - 1])))) end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/** "Secretary of State", "Chinese President": a title with no name after it. */
function bareTitle(r: Reader, tokens: Token[]): boolean {
  return tokens.some(isTitleWord) && plainWords(r, tokens) === 0;
}

/** Capitalised words that are neither titles, portfolios nor part of a gazetteer phrase. */
function plainWords(r: Reader, tokens: Token[]): number {
  let plain = 0;
  for (let i = 0; i < tokens.length;) {
    const place = placeAt(r.text, tokens, i);
    if (place) {
      i += place.length;
      continue;
    }
    const t = tokens[i++];
    // "Constitutional Affairs", "Rural Affairs": a word before a portfolio belongs to it.
    const portfolioNext = !!tokens[i] && PORTFOLIO_WORDS.has(bare(tokens[i]));
    if (isCapitalised(t) && !isTitleWord(t) && !PORTFOLIO_WORDS.has(bare(t)) && !portfolioNext) plain++;
  }
  return plain;
}

/**
 * Two plain name words before a "title" make it part of a name ("Anna Maria Judge"); an
 * organisation, a place or a portfolio before it is part of the role ("Circuit Court Judge").
 */
function partOfName(r: Reader, prefix: Token[]): boolean {
  return !prefix.some(isOrganisationHead) && !namesABody(prefix) && plainWords(r, prefix) > 1;
}

/** "AFL-CIO", "United Auto Workers": an acronym or a plural ends a body's name, never a person's. */
function namesABody(prefix: Token[]): boolean {
  const last = prefix[prefix.length - 1];
  const plural = !!last && /^\p{Lu}\p{Ll}+[^iu's]s$/u.test(last.text) && !isDemonym(last.text);
  return plural || prefix.some((t) => isAllCaps(t) && !POST_NOMINALS.has(bare(t)));
}

/**
 * "AFL-CIO President Ada Lind", "Calder Energy Chairman Ben Hale": the body whose title the person
 * holds, named before it in one run; not a place ("Calder Mayor"), a people or a party word.
 */
function employerBeforeTitle(r: Reader, body: Token[], at: number): Mention | null {
  const first = body.findIndex(isTitleWord);
  let end = first;
  // "BBC Political Editor", "Armed Forces Minister": portfolio words belong to the title, a body word does not ("Home Office").
  while (end > 0 && PORTFOLIO_WORDS.has(bare(body[end - 1])) && !(end > 1 && isOrganisationHead(body[end - 1]))) end--;
  // "Halvor Energy Chairman": before a firm's title, one plain word left before them is a name they complete.
  if (end === 1 && first > 1 && FIRM_TITLES.has(bare(body[first])) && !isAllCaps(body[0]) && !placeAt(r.text, body, 0)) end = first;
  const prefix = body.slice(0, end);
  if (end < 1 || prefix.some(isHonorific) || prefix[0].pos === 'ADJ' || isDemonym(prefix[0].text)) return null;
  const place = placeAt(r.text, prefix, 0);
  // A word of its own beside the portfolio words ("Halvor Energy"); "Constitutional Affairs" has none.
  const plain = prefix.some((t) => isCapitalised(t) && !PORTFOLIO_WORDS.has(bare(t)) && !isTitleWord(t));
  // "Home Office", "Calder Energy Board"; not "Public Service Minister", a portfolio before a body word.
  const withHead = prefix.length > 1 && prefix.some(isOrganisationHead) && (plain || SHARED_HEADS.has(bare(prefix[prefix.length - 1])));
  // "London UKIP candidate": a place opening the run is where, unless a body word makes it one name ("US District Court").
  if (place && (place.length === prefix.length || !withHead)) return null;
  const acronym = prefix.some((t) => isAllCaps(t) && !POST_NOMINALS.has(bare(t)));
  const named = withHead || acronym || (prefix.length > 1 && (plain || namesABody(prefix)));
  return named ? organisation(r, prefix, at, 'employer-before-title') : null;
}

/** "Co-founder of Acme": where the body after a leading title's "of"/"for" starts, or -1. */
/** "Calder City Hawks", "Ashford Miners": a place and a capitalised plural name a team or a body. */
function isPlaceAndPlural(r: Reader, body: Token[]): boolean {
  const last = body[body.length - 1];
  if (body.length < 2 || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(last.text) || isDemonym(last.text)) return false;
  return placeAt(r.text, body, 0)?.length === body.length - 1;
}

/** "Dana Whitlow of Brightline": a name after a person's full name and "of" is where they work. */
function afterPersonOf(tokens: Token[], at: number): boolean {
  const [given, surname, of] = [tokens[at - 3], tokens[at - 2], tokens[at - 1]];
  return of?.text === 'of' && !!surname && isCapitalised(surname) && surname.pos === 'PROPN' && !!given && GIVEN_NAMES.has(bare(given));
}

function afterTitleOf(tokens: Token[]): number {
  if (!isTitleWord(tokens[0])) return -1;
  const joiner = tokens.findIndex((t) => bare(t) === 'of' || bare(t) === 'for');
  if (joiner < 0 || joiner + 1 >= tokens.length) return -1;
  const rest = tokens.slice(joiner + 1);
  return rest.some((t) => PORTFOLIO_WORDS.has(bare(t)) || !isCapitalised(t)) ? -1 : joiner + 1;
}

/** Where a title starting at `first` ends: "Secretary of State", "Assistant Secretary ... for East Asian and Pacific Affairs". */
function titleEnd(tokens: Token[], first: number): number {
  const inTitle = (t: Token): boolean => isTitleWord(t) || PORTFOLIO_WORDS.has(bare(t));
  let lastPortfolio = -1;
  tokens.forEach((t, k) => {
    if (PORTFOLIO_WORDS.has(bare(t))) lastPortfolio = k;
  });
  let end = first;
  let i = first;
  while (i < tokens.length) {
    if (inTitle(tokens[i])) {
      end = i++;
      continue;
    }
    // After "of"/"for", the title runs to its last portfolio word.
    if (isCapitalised(tokens[i]) || !['of', 'for'].includes(bare(tokens[i])) || lastPortfolio <= i) break;
    end = lastPortfolio;
    i = lastPortfolio + 1;
  }
  return end;
}

/** "Former Calder Gov. Dana Moss": where the last title before the name ends, titles and places between. */
function lastTitleEnd(tokens: Token[], first: number): number {
  let end = titleEnd(tokens, first);
  for (let i = end + 1; i < tokens.length - 1; i++) {
    if (isTitleWord(tokens[i])) end = i = titleEnd(tokens, i);
  }
  return end;
}

/** "Secretary of State Dana Moss": the title is the role, the rest the name. */
function personAfterTitle(r: Reader, tokens: Token[], at: number): Mention | null {
  const first = tokens.findIndex(isTitleWord);
  if (first < 0 || partOfName(r, tokens.slice(0, first)) || firmOpenedByTitle(r, tokens)) return null;
  // "Former Acme boss Dana Moss": the run opens a role whose job word follows it, so it names no person.
  const next = r.segment.tokens[at + tokens.length];
  if (next && /^\p{Ll}/u.test(next.text) && isTitleWord(next)) return null;
  const roleEnd = lastTitleEnd(tokens, first);
  let nameStart = roleEnd + 1;
  // "Party Treasurer Lord Hale": an honorific between title and name belongs to neither.
  while (nameStart < tokens.length - 1 && isHonorific(tokens[nameStart])) nameStart++;
  const name = tokens.slice(nameStart);
  const inName = (t: Token): boolean => isCapitalised(t) || t.text === '-' || t.text === "'" || NAME_PARTICLES.has(bare(t));
  if (!name.some((t) => isCapitalised(t) && !NAME_SUFFIXES.has(bare(t))) || !name.every(inName)) return null;
  // "Major League Soccer", "General Dynamics Corp": a body word after the "title" makes an organisation.
  if (name.some(isOrganisationHead)) return null;
  // "Democrats Ada Lind, Ben Hale and ...": a plural title belongs to the list, not to one name.
  const plural = /[^s]s$/.test(tokens[roleEnd].text);
  const role = plural ? null : roleBefore(r.text, r.segment.tokens, at, tokens[roleEnd].end);
  return person(r, name, at + nameStart, 'title-name', role);
}

/**
 * "General Mills said its sales rose": a title that is also an adjective before one everyday word, no
 * surname, in a sentence about a firm. Not "General Miles said the war was over".
 */
const firmOpenedByTitle = (r: Reader, tokens: Token[]): boolean =>
  tokens.length === 2 && ADJECTIVE_TITLES.has(bare(tokens[0])) && isEverydayWord(tokens[1].text) && speaksOfFirms(r.segment.tokens);

/** Shares, sales, a firm word or something that "said it" would act: a sentence about a firm. */
function speaksOfFirms(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    const word = bare(t);
    if (!/^\p{Ll}/u.test(t.text)) return false;
    return CORPORATE_POSSESSIONS.has(word) || CORPORATE_RESULTS.has(word) || FIRM_NOUNS.has(word) || (isSpeech(t) && bare(tokens[i + 1] ?? t) === 'it');
  });
}

function person(r: Reader, tokens: Token[], at: number, rule: string, role: string | null): Mention {
  return mention(r, tokens, at, 'person', rule, { role: role ?? roleAfter(r.text, r.segment.tokens, at + tokens.length) });
}

function organisation(r: Reader, tokens: Token[], at: number, rule: string): Mention {
  const all = r.segment.tokens;
  const end = at + tokens.length;
  const bracketed = all[end]?.text === '(' && all[end + 2]?.text === ')' && isAllCaps(all[end + 1]) ? all[end + 1].text : null;
  return mention(r, tokens, at, 'organization', rule, { acronym: bracketed });
}

/** A name with nothing in it that says what it is: context and the article's other mentions decide. */
function bareName(r: Reader, tokens: Token[], at: number): Mention {
  // "fellow Kenyan Ruth Wanjiru": the demonym is part of the role, not of the name.
  if (tokens.length > 1 && isDemonym(tokens[0].text)) {
    const named = bareName(r, tokens.slice(1), at + 1);
    return named.type === 'person' && !named.role ? copyMention(named, { role: roleBefore(r.text, r.segment.tokens, at, tokens[0].end) }) : named;
  }
  if (tokens.length === 1 && isAllCaps(tokens[0]) && tokens[0].text.length <= 6) return mention(r, tokens, at, 'organization', 'acronym');
  if (bracketedAffiliation(r.segment.tokens, at, tokens)) return mention(r, tokens, at, 'organization', 'bracketed-affiliation');
  const role = roleBefore(r.text, r.segment.tokens, at, null);
  if (role) return person(r, tokens, at, 'role-name', role);
  const m = mention(r, tokens, at, null, 'propn-run');
  const previous = r.segment.tokens[at - 1];
  const the = !!previous && bare(previous) === 'the';
  if (m.located && !(the && tokens.length > 1)) return m;
  // "the Daily Ledger", "the Courier said"; not "the Belgians" (a group), nor "the Ada Lind campaign",
  // where a person's name only qualifies the noun after it.
  const personQualifying = m.modifier && GIVEN_NAMES.has(bare(tokens[0]));
  if (the && !personQualifying && (tokens.length > 1 || (isActing(r.segment.tokens[at + 1]) && !/s$/.test(tokens[0].text)))) return copyMention(m, { type: 'organization', rule: 'determiner-name' });
  if (tokens.length > 1 && tokens.some((t) => isAllCaps(t) && /\p{Lu}{2}/u.test(t.text) && !NAME_SUFFIXES.has(bare(t)))) return copyMention(m, { type: 'organization', rule: 'caps-name' });
  if (tokens.length > 1 && teamOfTown(r, tokens) && !m.speaking && !roleAfter(r.text, r.segment.tokens, at + tokens.length)) return copyMention(m, { type: 'organization', rule: 'town-name' });
  // "Double Olympic champion Ada Lind": words before a title are part of the role.
  const next = r.segment.tokens[at + tokens.length];
  if (tokens.length > 1 && next && /^\p{Ll}/u.test(next.text) && isTitleWord(next)) return m;
  // "Night Ferry star Ada Lind", "Salt Roads creator Ben Hale": a show's title before its people.
  const after = r.segment.tokens[at + tokens.length + 1];
  if (tokens.length > 1 && next && SHOW_PEOPLE.has(next.text) && !!after && isCapitalised(after)) return m;
  const roleNext = roleAfter(r.text, r.segment.tokens, at + tokens.length);
  // "Hiding Places": everyday words make a title, a person only where the context says so.
  if (tokens.length > 1 && (roleNext || !readsAsCommonWords(tokens))) return copyMention(m, { type: 'person', role: roleNext });
  return m;
}

/**
 * "Ada Lind (Calder Rovers)", "Ben van Hale (captain, Ashford Harriers)": a name in brackets after a
 * person's full name is the side or body they belong to. Not after a lone name, where the brackets
 * complete it ("Mike (Hale) said"), nor a name of its own that opens with a given name.
 */
function bracketedAffiliation(all: Token[], at: number, tokens: Token[]): boolean {
  if (all[at + tokens.length]?.text !== ')' || GIVEN_NAMES.has(bare(tokens[0]))) return false;
  // "Sen. Ada Lind (Tex.)", "(NY)": a state's abbreviation says where the person is from.
  if (tokens.length === 1 && (/\.$/.test(tokens[0].text) || /^\p{Lu}{2}$/u.test(tokens[0].text))) return false;
  const open = all[at - 1]?.text === '(' ? at - 1 : all[at - 1]?.text === ',' && all[at - 3]?.text === '(' ? at - 3 : -1;
  if (open < 1 || !isCapitalised(all[open - 1])) return false;
  // Back over the rest of the name to its given name; "D Moss (Ashford Harriers)": an initial stands for it.
  for (let k = open - 2; k >= Math.max(0, open - 4); k--) {
    const t = all[k];
    if (GIVEN_NAMES.has(bare(t)) || /^\p{Lu}\.?$/u.test(t.text)) return true;
    if (!isCapitalised(t) && !NAME_PARTICLES.has(bare(t))) return false;
  }
  return false;
}

/** Nouns for the people of a show or a band, after its title ("Night Ferry star Ada Lind"). */
const SHOW_PEOPLE = new Set(['star', 'stars', 'creator', 'presenter', 'host', 'frontman', 'frontwoman']);

const isTown = (hit: PlaceHit | null): boolean => !!hit && (hit.kind === 'capital' || (hit.kind === 'region' && hit.town));

/**
 * A town ending a name ("Sporting Lisbon"), or before a plural ("Calgary Comets") or an everyday
 * word ("Calgary Fire", "Ashford Forest", "Berlin Zoo"): a team, a firm or a body. Not a given name
 * that is also a town. ("Boston Common", a park, is read as one too.)
 */
function teamOfTown(r: Reader, tokens: Token[]): boolean {
  const n = tokens.length;
  if (isTown(placeAt(r.text, tokens, n - 1, n))) return true;
  if (n !== 2 || !isTown(placeAt(r.text, tokens, 0, 1))) return false;
  return /[^s]s$/.test(tokens[1].text) || (isEverydayWord(tokens[1].text) && !GIVEN_NAMES.has(bare(tokens[0])));
}

const isActing = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/** Gazetteer names inside a run; the pieces between them are bare names unless the run shouts. Null: none. */
function placesIn(r: Reader, run: Run, onlyPlaces: boolean): Mention[] | null {
  const out: Mention[] = [];
  const tokens = run.tokens;
  let piece: Token[] = [];
  let pieceAt = run.at;
  const flush = (): void => {
    // "Trinidad & Tobago" past the gazetteer's "and": the joiner is no part of a name.
    const named = piece.filter((t) => t.text !== '-' && t.text !== '&');
    // "with Calder Mr Hale said": an honorific opens a person's name, no part of it.
    const honorifics = piece.findIndex((t) => !isHonorific(t));
    if (honorifics > 0 && !onlyPlaces) out.push(person(r, piece.slice(honorifics), pieceAt + honorifics, 'honorific', null));
    else if (named.length && !onlyPlaces && !bareTitle(r, named)) out.push(personAfterTitle(r, named, pieceAt) ?? bareName(r, named, pieceAt));
    piece = [];
  };
  let found = false;
  for (let i = 0; i < tokens.length;) {
    const found0 = placeAt(r.text, tokens, i);
    // Inside a longer name only a country at its start or after a hyphen stands apart ("US-China",
    // "Burkina Faso President ..."); "Sydney Hale" and "Ben Jordan" are people.
    const apart = i === 0 || tokens[i - 1].text === '-' || headlineWordBefore(r, run, i);
    const hit = found0 && (((found0.kind === 'country' || found0.kind === 'seat') && apart) || onlyPlaces || found0.length === tokens.length) ? found0 : null;
    if (!hit) {
      if (!piece.length) pieceAt = run.at + i;
      piece.push(tokens[i]);
      i++;
      continue;
    }
    flush();
    found = true;
    const m = placeMention(r, tokens.slice(i, i + hit.length), run.at + i, hit, onlyPlaces);
    if (m) out.push(m);
    i += hit.length;
  }
  if (!found) return null;
  flush();
  return out;
}

/**
 * "New Peru sanctions bill": a word opening the sentence before a country that qualifies the
 * noun after the run is no part of a name ("Ben Jordan said" keeps its name).
 */
function headlineWordBefore(r: Reader, run: Run, i: number): boolean {
  const after = r.segment.tokens[run.at + run.tokens.length];
  return i === 1 && run.at === 0 && run.tokens.length === 2 && !!after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
}

/** "Calder beat Ashford 2-1", "lost to Calder": a town that wins or loses a game is its team. */
function playsGame(tokens: Token[], at: number, length: number): boolean {
  const result = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && GAME_RESULTS.has(t.lemma);
  const before = tokens[at - 1];
  const lostTo = bare(before ?? tokens[at]) === 'to' && result(tokens[at - 2]);
  return result(tokens[at + length]) || result(before) || lostTo;
}

function placeMention(r: Reader, tokens: Token[], at: number, hit: PlaceHit, shouting: boolean): Mention | null {
  if (hit.kind === 'demonym') return null;
  if (hit.kind === 'region' && hit.town && playsGame(r.segment.tokens, at, tokens.length)) return organisation(r, tokens, at, 'town-team');
  if (hit.kind === 'region') return mention(r, tokens, at, 'place', 'gazetteer-region', { canonical: hit.name });
  const m = mention(r, tokens, at, 'country', 'gazetteer-country', { canonical: hit.name });
  if (hit.kind === 'country' || hit.kind === 'seat') return m;
  const next = r.segment.tokens[at + tokens.length];
  // "a Calder think tank": after an indefinite article the capital only qualifies what follows.
  const qualifying = ['a', 'an'].includes(bare(r.segment.tokens[at - 1] ?? tokens[0]));
  const onlyWhere = shouting || m.located || qualifying || (!!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || /^\d/.test(next.text)));
  return onlyWhere ? copyMention(m, { type: 'place', rule: 'gazetteer-capital', canonical: null }) : copyMention(m, { rule: 'capital-metonym' });
}

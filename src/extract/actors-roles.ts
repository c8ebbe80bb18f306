import type { Token } from '../model/document.js';
import { KINSHIP_WORDS } from '../lexicon/titles.js';
import { bare, isCapitalised, isTitleWord } from './actors-runs.js';

const MAX_ROLE_TOKENS = 25;
const ROLE_WORD_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that open a job set before a name with a comma: "Its chief executive, Ada Lind, said". */
const JOB_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', 'our']);
const MAX_JOB_WORDS = 5;

/**
 * The title in front of a name: "Kenyan Foreign Ministry spokesman Amos Kibet" gives "Kenyan
 * Foreign Ministry spokesman". `titleEnd` is where a title inside the name's own run ends; without
 * it the word just before the name must be a title word ("envoy Mei Lan").
 */
export function roleBefore(text: string, tokens: Token[], at: number, titleEnd: number | null): string | null {
  let first = at;
  let end = titleEnd;
  if (end === null && tokens[at - 1]?.text === ',') return jobBeforeComma(text, tokens, at);
  if (end === null) {
    const previous = tokens[at - 1];
    if (!previous || isCapitalised(previous) || !(isTitleWord(previous) || KINSHIP_WORDS.has(bare(previous)))) return null;
    // "nominees Ada Lind, Ben Hale and ...": a plural job belongs to the list, not to one name.
    if (isTitleWord(previous) && /[^s]s$/.test(previous.text)) return null;
    end = previous.end;
    first = at - 1;
  }
  for (let i = first - 1; i >= 0 && first - i <= 8; i--) {
    const t = tokens[i];
    // "5000m champion", "two-time champion": a number glued to its unit, a hyphen inside a word.
    const glued = t.end === tokens[i + 1].start && (t.pos === 'NUM' || (t.text === '-' && i > 0 && tokens[i - 1].end === t.start));
    if (!ROLE_WORD_TAGS.has(t.pos) && !isTitleWord(t) && !glued) break;
    // "met cabinet colleagues Foreign Secretary ...": a plural noun before a capitalised title ends a phrase of its own.
    if (/^\p{Ll}+s$/u.test(t.text) && t.pos === 'NOUN' && isCapitalised(tokens[i + 1])) break;
    first = i;
  }
  // "in-form Scot": a hyphen whose first half is no role word stays out with it.
  if (tokens[first].text === '-') first++;
  return text.slice(tokens[first].start, end);
}

const isJobWord = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && (isTitleWord(t) || KINSHIP_WORDS.has(bare(t)));
const isPossessive = (t: Token): boolean => /^['’]s$/.test(t.text);

const MAX_NAME_TOKENS = 6;

/** After the name at `at`: a comma, a full stop or a verb, not a list going on ("Ada Lind and ..."). */
function closesAppositive(tokens: Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at <= MAX_NAME_TOKENS; i++) {
    const t = tokens[i];
    if (isCapitalised(t) && t.pos !== 'VERB') continue;
    return t.text === ',' || t.text === '.' || t.pos === 'VERB' || t.pos === 'AUX';
  }
  return true;
}

/**
 * "The union's secretary general, Ada Lind, said": a job opened by a determiner or a possessive,
 * set before the name with a comma, and closed after it by a comma, a full stop or a verb.
 */
function jobBeforeComma(text: string, tokens: Token[], at: number): string | null {
  const job = tokens[at - 2];
  if (!job || !isJobWord(job) || /[^s]s$/.test(job.text) || !closesAppositive(tokens, at)) return null;
  let first = at - 2;
  for (let i = at - 3; i >= 0 && at - 2 - i <= MAX_JOB_WORDS; i--) {
    const t = tokens[i];
    if (JOB_OPENERS.has(bare(t)) || isPossessive(t)) return text.slice(tokens[first].start, job.end);
    // "managing partner", "acting director": a participle may qualify the job.
    const qualifies = ROLE_WORD_TAGS.has(t.pos) || isTitleWord(t) || (t.pos === 'VERB' && /ing$/.test(t.text));
    if (!qualifies) return null;
    first = i;
  }
  return null;
}

/** The appositive after a name: "Mei Lan, an international relations expert at ...". */
export function roleAfter(text: string, tokens: Token[], end: number): string | null {
  if (tokens[end]?.text !== ',') return null;
  let first = end + 1;
  if (tokens[first] && ARTICLES.has(bare(tokens[first]))) first++;
  let last = -1;
  let titled = false;
  for (let i = first; i < tokens.length && i - first < MAX_ROLE_TOKENS; i++) {
    const t = tokens[i];
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '(' || t.text === '—') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return null;
    // "... at Calder University in northern Kenya": the place is not part of the role.
    if (bare(t) === 'in' && tokens[i - 1].pos === 'PROPN') break;
    // "Ada Lind, Ben Hale and director Omar Said": a list of names, not an appositive.
    if (bare(t) === 'and' && !titled) return null;
    if (i - first < 5 && isTitleWord(t)) titled = true;
    last = i;
  }
  return titled && last >= first ? text.slice(tokens[first].start, tokens[last].end) : null;
}

import type { Token } from '../model/document.js';
import { KINSHIP_WORDS } from '../lexicon/titles.js';
import { bare, isCapitalised, isTitleWord } from './actors-runs.js';

const MAX_ROLE_TOKENS = 25;
const ROLE_WORD_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The title in front of a name: "Chinese Foreign Ministry spokesman Lin Jian" gives "Chinese
 * Foreign Ministry spokesman". `titleEnd` is where a title inside the name's own run ends; without
 * it the word just before the name must be a title word ("envoy Xie Feng").
 */
export function roleBefore(text: string, tokens: Token[], at: number, titleEnd: number | null): string | null {
  let first = at;
  let end = titleEnd;
  if (end === null) {
    const previous = tokens[at - 1];
    if (!previous || isCapitalised(previous) || !(isTitleWord(previous) || KINSHIP_WORDS.has(bare(previous)))) return null;
    end = previous.end;
    first = at - 1;
  }
  for (let i = first - 1; i >= 0 && first - i <= 8; i--) {
    const t = tokens[i];
    if (!ROLE_WORD_TAGS.has(t.pos) && !isTitleWord(t)) break;
    first = i;
  }
  return text.slice(tokens[first].start, end);
}

/** The appositive after a name: "Shi Yinhong, an international relations expert at ...". */
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
    // "... at Liaoning University in northeastern China": the place is not part of the role.
    if (bare(t) === 'in' && tokens[i - 1].pos === 'PROPN') break;
    if (i - first < 5 && isTitleWord(t)) titled = true;
    last = i;
  }
  return titled && last >= first ? text.slice(tokens[first].start, tokens[last].end) : null;
}

import type { Document, Token, Tokens } from '../model/document.js';
import type { Range } from '../model/span.js';
import { quoteAt, type Quote } from './claims-quotes.js';
import type { Attribution } from './claims-cues.js';
import { isDash } from './claims-phrases.js';

/** The reported clause of an indirect claim, and where a quotation at its end belongs. */

/** Word classes that cannot end a clause: the words after them complete it ("was an", "to be", "dismissed them as"). */
const OPEN_ENDINGS = new Set(['DET', 'ADP', 'AUX', 'PART', 'SCONJ']);
/** "called him", "to be": an object pronoun or a bare "be" waits for the rest. */
const OPEN_WORDS = new Set(['be', 'him', 'her', 'them', 'it', 'us', 'me']);
/** "a legal system that “protects ...”": a relative word waits for its verb (not for a whole quoted clause). */
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/**
 * A quotation closing the reported clause is left to the direct claim ("said the plan was sound,
 * “and we will build it.”"); one the clause runs into before it is complete stays in it
 * ("urged the council to be “a partner”", "said the talks were “frank”").
 */
export function withoutTrailingQuote(doc: Document, range: Range, quotes: Quote[]): Range | null {
  let end = range.end;
  const q = quoteAt(quotes, end - 1);
  if (q >= 0 && quotes[q].open > range.start && !runsIntoQuote(doc, range.start, quotes[q].open)) end = quotes[q].open;
  const kept = doc.text.slice(range.start, end).replace(/(\s*(,|and|but|while|—|–))*\s*$/u, '');
  return kept ? { start: range.start, end: range.start + kept.length } : null;
}

/** Words that hand a sentence over to a clause of its own ("..., but he said", "though she noted"). */
const HANDOVERS = new Set(['and', 'but', 'yet', 'though', 'although', 'while', 'whereas']);
const isBreak = (t: Token) => t.text === ',' || t.text === ';' || isDash(t) || HANDOVERS.has(t.text.toLowerCase());

/** How many later cues of its sentence may take a reported clause over (keeps the check linear). */
const MAX_LATER_CUES = 8;

/**
 * "said the rules should change, but he said the debate should wait": a reported clause ends where
 * a second speaker's own attribution takes over after a comma or a conjunction, so each claim keeps
 * its own speaker. An aside ("the plan, she said, is sound") reports the clause around it and stays.
 */
export function endBeforeNextSpeaker(doc: Document, attributions: Attribution[]): Attribution[] {
  const bySentence = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const dashes = dashIndices(doc.tokens);
  const ended = new Map<Attribution, Attribution>();
  for (const list of bySentence.values()) {
    list.sort((x, y) => x.cue.first - y.cue.first);
    list.forEach((a, i) => {
      if (!a.content) return;
      const content = ownClause(doc.tokens, a, list.slice(i + 1, i + 1 + MAX_LATER_CUES), endAtClosingDash(doc, dashes, a, a.content));
      if (content !== a.content) ended.set(a, { ...a, content });
    });
  }
  return attributions.map((a) => ended.get(a) ?? a);
}

/** The clause up to where a later cue's own speaker takes over. */
function ownClause(tokens: Tokens, a: Attribution, later: Attribution[], content: Range): Range {
  let end = content.end;
  for (const b of later) {
    const own = b.source !== null && b.content !== null && b.cue.first > a.cue.last && b.content.start >= tokens.get(b.cue.last).end;
    if (!own || tokens.get(b.source!.first).start <= content.start || b.content!.end > content.end + 1) continue;
    let k = b.source!.first - 1;
    if (k < 0 || !isBreak(tokens.get(k))) continue;
    while (k >= 0 && isBreak(tokens.get(k))) k--;
    if (k >= 0 && tokens.get(k).end > content.start) end = Math.min(end, tokens.get(k).end);
  }
  return end < content.end ? { start: content.start, end } : content;
}

function dashIndices(tokens: Tokens): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isDash(tokens.get(i))) out.push(i);
  return out;
}

/** How many of the sorted indices are below `i`. */
function countBelow(sorted: number[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Doe — even as he says the plan works — has changed little": a cue inside a dashed aside reports up to its closing dash. */
function endAtClosingDash(doc: Document, dashes: number[], a: Attribution, content: Range): Range {
  const { tokens } = doc;
  const s = doc.sentences[a.sentence];
  const before = countBelow(dashes, a.cue.first);
  const open = (before - countBelow(dashes, s.tokenStart)) % 2 === 1;
  const closing = dashes[countBelow(dashes, a.cue.last + 1)];
  if (!open || closing === undefined || closing >= s.tokenEnd || content.start < tokens.get(a.cue.last).end) return content;
  const end = tokens.get(closing - 1).end;
  return end > content.start && end < content.end ? { start: content.start, end } : content;
}

/** The words from `start` break off right before the mark at `open`, on a word that needs what follows. */
function runsIntoQuote(doc: Document, start: number, open: number): boolean {
  if (!/[\p{L}\p{N}]\s+$/u.test(doc.text.slice(Math.max(start, open - 40), open))) return false;
  const last = tokenEndingBefore(doc.tokens, open);
  if (last === undefined || last.start < start) return false;
  const word = last.text.toLowerCase();
  if (RELATIVE_WORDS.has(word)) return opensWithVerb(doc.tokens, last.index + 1);
  return OPEN_ENDINGS.has(last.pos) || OPEN_WORDS.has(word);
}

/** The first word after the opening mark at token `i` is a verb ("that “protects”", not "that “they will”"). */
function opensWithVerb(tokens: Tokens, i: number): boolean {
  while (i < tokens.length && tokens.get(i).pos === 'PUNCT') i++;
  return i < tokens.length && (tokens.get(i).pos === 'VERB' || tokens.get(i).pos === 'AUX');
}

/** The last token that ends at or before `offset`. */
function tokenEndingBefore(tokens: Tokens, offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  let found: Token | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.get(mid).end <= offset) {
      found = tokens.get(mid);
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

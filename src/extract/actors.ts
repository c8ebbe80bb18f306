import type { Document, Token } from '../model/document.js';
import { tokensOf } from '../model/document.js';
import type { Actor } from '../model/digest.js';
import { isAllCaps } from './actors-runs.js';
import { segmentMentions, type Mention, type Segment } from './actors-mentions.js';
import { mergeMentions, rankActors } from './actors-merge.js';
import { readUsStates } from './actors-us-states.js';

/** Share of upper-case words above which a line is a shouted headline. */
const SHOUTING_SHARE = 0.6;
/** Share of capitalised words above which a headline is in title case. */
const TITLE_CASE_SHARE = 0.75;

function shouting(tokens: Token[]): boolean {
  const wordy = tokens.filter((t) => /\p{L}{2}/u.test(t.text));
  return wordy.length >= 2 && wordy.filter(isAllCaps).length / wordy.length >= SHOUTING_SHARE;
}

/** Most words capitalised, short function words aside: a headline in title case. */
function titleCase(tokens: Token[]): boolean {
  const wordy = tokens.filter((t) => /\p{L}{4}/u.test(t.text));
  return wordy.length >= 3 && wordy.filter((t) => /^\p{Lu}/u.test(t.text)).length / wordy.length >= TITLE_CASE_SHARE;
}

const lowerCaseVerb = (t: Token): boolean => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}{2}/u.test(t.text);

const DASHES = new Set(['-', '–', '—']);

/**
 * "Drama - Night Ferry", "Best Film - Cold Harbour - Ada Lind": a paragraph of one unpunctuated
 * line, mostly capitalised, whose parts a dash with spaces around it separates. Commas make it a
 * list of names instead ("Defenders - Ada Lind, Ben Hale").
 */
function listLine(text: string, tokens: Token[], alone: boolean): boolean {
  const last = tokens[tokens.length - 1];
  if (!alone || !last || /[.!?:;"”’)]$/.test(last.text) || tokens.some((t) => t.text === ',')) return false;
  const spacedDash = tokens.some((t, i) => i > 0 && DASHES.has(t.text) && /\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? ''));
  const wordy = tokens.filter((t) => /\p{L}{4}/u.test(t.text));
  return spacedDash && wordy.length > 0 && wordy.filter((t) => /^\p{Lu}/u.test(t.text)).length / wordy.length >= TITLE_CASE_SHARE;
}

/** One sentence at a time, so a long document's tokens are never all built at once. */
function* segments(doc: Document): Generator<Segment> {
  const title = doc.titleTokens;
  if (title.length) yield { tokens: title, headline: true, lead: false, shouting: shouting(title), titleCase: titleCase(title), listLine: false };
  const perParagraph = new Map<number, number>();
  for (const s of doc.sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  for (const s of doc.sentences) {
    const tokens = tokensOf(doc, s);
    const alone = perParagraph.get(s.paragraph) === 1;
    // A first paragraph of one title-case sentence is the headline repeated as the body's first
    // line; a lower-case verb ("Lind and Hale were beaten by ...") makes it a sentence full of names.
    const repeatedHeadline = alone && s.paragraph === 0 && titleCase(tokens) && !tokens.some(lowerCaseVerb);
    const loud = shouting(tokens);
    yield { tokens, headline: false, lead: s.paragraph === 0, shouting: loud, titleCase: repeatedHeadline, listLine: !loud && listLine(doc.text, tokens, alone) };
  }
}

/** People, organisations, countries, places and groups, with aliases merged. */
export function findActors(doc: Document): Actor[] {
  const mentions: Mention[] = [];
  for (const s of segments(doc)) for (const m of segmentMentions(doc.text, s)) mentions.push(m);
  return rankActors(mergeMentions(readUsStates(mentions)));
}

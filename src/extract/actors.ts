import type { Document, Token } from '../model/document.js';
import { tokensOf } from '../model/document.js';
import type { Actor } from '../model/digest.js';
import { isAllCaps } from './actors-runs.js';
import { segmentMentions, type Segment } from './actors-mentions.js';
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

function segments(doc: Document): Segment[] {
  const out: Segment[] = [];
  const title = doc.titleTokens;
  if (title.length) out.push({ tokens: title, headline: true, lead: false, shouting: shouting(title), titleCase: titleCase(title) });
  const firstParagraph = doc.sentences.filter((s) => s.paragraph === 0);
  for (const s of doc.sentences) {
    const tokens = tokensOf(doc, s);
    // A first paragraph of one title-case sentence is the headline repeated as the body's first line.
    const repeatedHeadline = firstParagraph.length === 1 && s === firstParagraph[0] && titleCase(tokens);
    out.push({ tokens, headline: false, lead: s.paragraph === 0, shouting: shouting(tokens), titleCase: repeatedHeadline });
  }
  return out;
}

/** People, organisations, countries, places and groups, with aliases merged. */
export function findActors(doc: Document): Actor[] {
  const mentions = segments(doc).flatMap((s) => segmentMentions(doc.text, s));
  return rankActors(mergeMentions(readUsStates(mentions)));
}

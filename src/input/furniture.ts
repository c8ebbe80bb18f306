import type { Furniture } from '../model/document.js';
import { spanOf, type Span } from '../model/span.js';
import { AGENCIES, BYLINE, DATE_LINE, JUNK_LINES, LEADING_DATE, RELATED_MARKER } from '../lexicon/furniture.js';

export interface Layout {
  title: Span | null;
  dateline: (Span & { place: string | null; agency: string | null }) | null;
  byline: Span | null;
  furniture: Furniture[];
  /** Paragraphs of the article body, in order. */
  paragraphs: Span[];
}

interface Line extends Span {
  blankBefore: boolean;
}

/** The longest line we still take for a headline. */
const MAX_TITLE_CHARS = 200;

/**
 * Split the text into headline, dateline, byline, page furniture and body paragraphs.
 * Nothing is removed from the text: each part is a span of it.
 */
export function layout(text: string): Layout {
  const furniture: Furniture[] = [];
  let title: Line | null = null;
  let byline: Span | null = null;
  const body: Line[] = [];
  let inLinkList = false;
  for (const line of lines(text)) {
    const bare = unquote(line.text);
    if (RELATED_MARKER.test(bare) || (inLinkList && looksLikeLinkHeadline(bare))) {
      inLinkList = true;
      furniture.push({ ...spanOf(text, line.start, line.end), kind: 'junk' });
      continue;
    }
    inLinkList = false;
    const kind = classify(bare, title);
    if (kind === 'title-candidate') {
      if (!title && !body.length && isHeadline(line.text)) {
        title = line;
        continue;
      }
      // A headline ending in ";" or ":" runs on to its subtitle on the next line.
      if (title && !body.length && !line.blankBefore && /[;:]$/.test(title.text) && isHeadline(line.text)) {
        title = { ...spanOf(text, title.start, line.end), blankBefore: true };
        continue;
      }
      body.push(line);
    } else if (kind === 'byline' && !byline && body.length < 3) {
      byline = spanOf(text, line.start, line.end);
      furniture.push({ ...byline, kind: 'byline' });
    } else if (kind && kind !== 'byline') {
      furniture.push({ ...spanOf(text, line.start, line.end), kind });
    } else {
      body.push(line);
    }
  }
  // A text of one line is all body: a headline needs an article under it.
  if (title && !body.length) {
    body.push({ ...title, blankBefore: true });
    title = null;
  }
  if (title) furniture.push({ ...spanOf(text, title.start, title.end), kind: 'title' });
  if (body.length) body[0] = withoutLeadingDate(text, body[0], furniture);
  const paragraphs = joinParagraphs(text, body);
  const dateline = paragraphs.length ? findDateline(text, paragraphs[0]) : null;
  if (dateline) {
    furniture.push({ ...spanOf(text, dateline.start, dateline.end), kind: 'dateline' });
    const first = paragraphs[0];
    let start = dateline.end;
    while (start < first.end && /\s/.test(text[start])) start++;
    if (start < first.end) paragraphs[0] = spanOf(text, start, first.end);
    else paragraphs.shift();
  }
  return { title: title && spanOf(text, title.start, title.end), dateline, byline, furniture, paragraphs };
}

/** The first body line without a publication date glued in front of its sentence, set aside as furniture. */
function withoutLeadingDate(text: string, line: Line, furniture: Furniture[]): Line {
  const date = LEADING_DATE.exec(line.text);
  if (!date || !/^\p{Lu}/u.test(line.text.slice(date[0].length))) return line;
  furniture.push({ ...spanOf(text, line.start, line.start + date[0].trimEnd().length), kind: 'junk' });
  return { ...spanOf(text, line.start + date[0].length, line.end), blankBefore: line.blankBefore };
}

type LineKind = Furniture['kind'] | 'title-candidate' | null;

function classify(line: string, title: Span | null): LineKind {
  if (title && line === title.text) return 'junk';
  if (JUNK_LINES.some((re) => re.test(line))) return 'junk';
  if (DATE_LINE.test(line)) return 'junk';
  if (BYLINE.test(line)) return 'byline';
  return 'title-candidate';
}

/** A line with its surrounding quotation marks taken off (a scraped '"Related:"'). */
function unquote(line: string): string {
  const QUOTES = '"“”\'‘’';
  let start = 0;
  let end = line.length;
  while (start < end && QUOTES.includes(line[start])) start++;
  while (end > start && QUOTES.includes(line[end - 1])) end--;
  return line.slice(start, end);
}

/** A linked story's headline: short, in title case, not a sentence of the article. */
function looksLikeLinkHeadline(line: string): boolean {
  if (line.length > 150 || /[.!?]["”’]?\s+\p{Lu}/u.test(line) || /[,;:]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/** A headline is one short line without a sentence-final full stop inside it. */
function isHeadline(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && !/[.!?]["”’]?\s+\p{Lu}/u.test(line);
}

/** Trimmed non-blank lines with their offsets. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let blankBefore = true;
  const re = /[^\r\n]+/g;
  let lastEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const gap = text.slice(lastEnd, m.index);
    if ((gap.match(/\n/g) ?? []).length > 1 || /^\s*$/.test(m[0])) blankBefore = true;
    lastEnd = m.index + m[0].length;
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) { blankBefore = true; continue; }
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed, blankBefore });
    blankBefore = false;
  }
  return out;
}

/**
 * Lines become paragraphs. A single line break continues the paragraph only when the text
 * clearly runs on (hard-wrapped text: a line ending mid-sentence followed by a lower-case word).
 */
function joinParagraphs(text: string, body: Line[]): Span[] {
  const out: Span[] = [];
  let current: { start: number; end: number } | null = null;
  for (const line of body) {
    const runsOn: boolean =
      current !== null && !line.blankBefore && /[\p{Ll},;]$/u.test(text.slice(current.start, current.end)) && /^\p{Ll}/u.test(line.text);
    if (current && runsOn) {
      current.end = line.end;
      continue;
    }
    if (current) out.push(spanOf(text, current.start, current.end));
    current = { start: line.start, end: line.end };
  }
  if (current) out.push(spanOf(text, current.start, current.end));
  return out;
}

const AGENCY_NAMES = Object.keys(AGENCIES).map((a) => a.replace(/[.]/g, '\\.')).join('|');
// "WASHINGTON (AP) —", "LONDON, June 3 (Reuters) -", "KABUL, Afghanistan (AP) —", "Paris (AFP) -"
const PLACE_AGENCY = new RegExp(
  `^(\\p{Lu}[\\p{L}.'’ -]{1,40}?)(?:,\\s+[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{L}\\d.]+){0,3})?\\s+\\((${AGENCY_NAMES})\\)\\s*[—–-]{1,2}\\s*`,
  'u',
);
// "(CNN) —", "(Reuters) -"
const AGENCY_ONLY = new RegExp(`^\\((${AGENCY_NAMES})\\)\\s*[—–-]{0,2}\\s*`, 'u');
// "BEIJING — " (an all-capital place and a dash)
const PLACE_DASH = /^(\p{Lu}[\p{Lu}.'’ ]{2,30}(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?)\s+[—–-]{1,2}\s+/u;

function findDateline(text: string, first: Span): Layout['dateline'] {
  const s = first.text;
  let m = PLACE_AGENCY.exec(s);
  if (m) return { ...spanOf(text, first.start, first.start + m[0].trimEnd().length), place: m[1].trim(), agency: AGENCIES[m[2]] ?? m[2] };
  m = AGENCY_ONLY.exec(s);
  if (m) return { ...spanOf(text, first.start, first.start + m[0].trimEnd().length), place: null, agency: AGENCIES[m[1]] ?? m[1] };
  m = PLACE_DASH.exec(s);
  if (m && m[1].replace(/[^\p{Lu}]/gu, '').length >= 3) {
    return { ...spanOf(text, first.start, first.start + m[0].trimEnd().length), place: m[1].trim(), agency: null };
  }
  return null;
}

import type { Diagnostic } from '../model/digest.js';
import type { Span } from '../model/span.js';
import {
  DOUBLE_AMBIGUOUS, DOUBLE_CLOSERS, DOUBLE_OPENERS, SINGLE_AMBIGUOUS, SINGLE_CLOSERS, SINGLE_OPENERS,
} from '../lexicon/quote-marks.js';

/** A quotation: `open`/`close` are the marks' offsets, [start, end) the content without marks. */
export interface Quote {
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  start: number;
  end: number;
  paragraph: number;
  /** The quote runs on into the next paragraph (no closing mark before the paragraph end). */
  runsOn: boolean;
  /** The quote continues one that ran on from the previous paragraph. */
  continues: boolean;
  /** Single-mark quote found outside any double quote. */
  single: boolean;
}

const DOUBLE_OPEN = new Set(DOUBLE_OPENERS);
const DOUBLE_CLOSE = new Set(DOUBLE_CLOSERS);
const DOUBLE_EITHER = new Set(DOUBLE_AMBIGUOUS);
const SINGLE_OPEN = new Set([...SINGLE_OPENERS, ...SINGLE_AMBIGUOUS]);
const SINGLE_CLOSE = new Set([...SINGLE_CLOSERS, ...SINGLE_AMBIGUOUS]);
/** Single quotes longer than this are taken for stray apostrophes. */
const MAX_SINGLE_QUOTE_CHARS = 200;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Quotations of every paragraph, in text order. An opening mark left open at a paragraph end is
 * a run-on quote when the next paragraph opens with a mark; otherwise it is reported and dropped,
 * so no quote ever spans more than its paragraph.
 */
export function findQuotes(text: string, paragraphs: Span[]): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const quotes: Quote[] = [];
  const diagnostics: Diagnostic[] = [];
  let continuing = false;
  paragraphs.forEach((p, index) => {
    const next = paragraphs[index + 1];
    const nextContinues = next !== undefined && (opensWithMark(text, next) || firstMarkCloses(text, next));
    continuing = scanParagraph(text, p, index, continuing, nextContinues, quotes, diagnostics);
  });
  return { quotes, diagnostics };
}

function opensWithMark(text: string, p: Span): boolean {
  const c = text[p.start];
  return DOUBLE_OPEN.has(c) || DOUBLE_EITHER.has(c) || doubledApostrophe(text, p.start);
}

function doubledApostrophe(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'" && text[i + 2] !== "'";
}

/** A paragraph whose first double mark closes goes on with a quote opened before it. */
function firstMarkCloses(text: string, p: Span): boolean {
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (DOUBLE_CLOSE.has(c)) return true;
    if (DOUBLE_OPEN.has(c)) return false;
    if (DOUBLE_EITHER.has(c)) return closesHere(text, i);
    if (doubledApostrophe(text, i)) return closesHere(text, i + 1);
  }
  return false;
}

/** An opening mark after a finished sentence inside an open quote starts a new quoted paragraph. */
function reopens(text: string, i: number, width: number): boolean {
  return isSpace(text[i - 1]) && isWordChar(text[i + width]) && /[.!?]["”']*\s*$/u.test(text.slice(Math.max(0, i - 5), i));
}
/** Scan one paragraph; returns whether its last quote runs on into the next paragraph. */
function scanParagraph(
  text: string, p: Span, paragraph: number, continuing: boolean, nextContinues: boolean,
  quotes: Quote[], diagnostics: Diagnostic[],
): boolean {
  // A quote carried over from the previous paragraph without a fresh mark opens just before it.
  let open = continuing && !opensWithMark(text, p) ? p.start - 1 : -1;
  let continues = open >= 0;
  let openWidth = 1;
  // A quote carried over keeps no style of its own: either style of closing mark ends it.
  let openStraight = false;
  let nested = 0;
  const push = (o: number, close: number, contentEnd: number, runsOn: boolean, single: boolean) => {
    const [start, end] = trim(text, o + (single ? 1 : openWidth), contentEnd);
    if (end > start) quotes.push({ open: o, close, start, end, paragraph, runsOn, continues, single });
  };
  for (let i = p.start; i < p.end; i++) {
    const width = doubledApostrophe(text, i) ? 2 : 1;
    // Two apostrophes stand for one double mark in some wire copy (''like this'').
    const c = width === 2 ? '"' : text[i];
    if (open < 0 && SINGLE_OPEN.has(c) && isSpace(text[i - 1]) && isWordChar(text[i + 1])) {
      const close = singleClose(text, i, p.end);
      if (close > 0) {
        push(i, close + 1, close, false, true);
        i = close;
      }
      continue;
    }
    const isDouble = DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || DOUBLE_EITHER.has(c);
    if (open >= 0 && isDouble && DOUBLE_EITHER.has(c) !== openStraight) {
      // A quote inside a quote in the other style of marks ("... “Night Garden.” ...") is part of it;
      // a closing mark of the other style with nothing nested closes the outer quote (mixed marks).
      const closing = DOUBLE_EITHER.has(c) ? closesHere(text, i + width - 1) : DOUBLE_CLOSE.has(c);
      if (!closing || nested > 0) {
        nested += closing ? -1 : 1;
        i += width - 1;
        continue;
      }
    }
    const reopening = open >= 0 && (DOUBLE_OPEN.has(c) || DOUBLE_EITHER.has(c)) && reopens(text, i, width);
    // A closing mark typed where an opening one belongs (”Fear. I am afraid.”) still opens.
    // So does one opening a paragraph before an ellipsis (” … and then we won,” she said).
    const misturned = DOUBLE_CLOSE.has(c) && open < 0 && isSpace(text[i - 1]) && (isWordChar(text[i + 1]) || (i === p.start && opensWithEllipsis(text, i + 1)));
    // An opening mark typed where a closing one belongs (“Sales fell,“ she said) closes.
    const turnedCloser = DOUBLE_OPEN.has(c) && open >= 0 && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
    const opener = (DOUBLE_OPEN.has(c) && !turnedCloser) || misturned || (DOUBLE_EITHER.has(c) && (open < 0 || reopening) && !closesHere(text, i + width - 1));
    const closer = DOUBLE_CLOSE.has(c) || turnedCloser || (DOUBLE_EITHER.has(c) && !opener);
    if (opener) {
      if (reopening) push(open, i, i, true, false);
      else if (open >= 0) diagnostics.push(unbalanced(text, open, 'opening quotation mark never closed'));
      continues = reopening || (continuing && i === p.start);
      open = i;
      openWidth = width;
      openStraight = DOUBLE_EITHER.has(c);
      nested = 0;
    } else if (closer) {
      if (open >= 0) push(open, i + width, i, false, false);
      else diagnostics.push(unbalanced(text, i, 'closing quotation mark with no opening mark'));
      open = -1;
      continues = false;
    }
    i += width - 1;
  }
  if (open < 0) return false;
  if (nextContinues) {
    push(open, p.end, p.end, true, false);
    return true;
  }
  diagnostics.push(unbalanced(text, open, 'opening quotation mark never closed'));
  return false;
}

function opensWithEllipsis(text: string, i: number): boolean {
  return /^\s?(…|\.\.\.)\s?[\p{L}\p{N}]/u.test(text.slice(i, i + 6));
}

/** A straight double mark closes when it follows a word or punctuation and precedes a space or punctuation. */
function closesHere(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !/[([{\u2014-]/.test(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** The closing single mark that pairs with the opener at `i`, or -1 (then it was an apostrophe). */
function singleClose(text: string, i: number, limit: number): number {
  const end = Math.min(limit, i + MAX_SINGLE_QUOTE_CHARS);
  for (let j = i + 2; j < end; j++) {
    if (DOUBLE_OPEN.has(text[j]) || DOUBLE_EITHER.has(text[j]) || text[j] === '\n') return -1;
    if (SINGLE_CLOSE.has(text[j]) && !isSpace(text[j - 1]) && !isWordChar(text[j + 1])) return j;
  }
  return -1;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function unbalanced(text: string, at: number, message: string): Diagnostic {
  return { severity: 'warning', message: `${message} (${JSON.stringify(text[at])} at ${at})`, rule: 'claims.unbalanced-quote', start: at, end: at + 1 };
}

/** The index of the quote whose marks enclose `offset`, or -1 (quotes in text order). */
export function quoteAt(quotes: Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < quotes[mid].open) hi = mid - 1;
    else if (offset >= quotes[mid].close) lo = mid + 1;
    else return mid;
  }
  return -1;
}

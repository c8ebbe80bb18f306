/** A small lexer for figures: digit runs, words and single symbols, with offsets into the text. */
export interface Lexeme {
  text: string;
  /** Lower-case text, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'digits' | 'word' | 'symbol';
  /** True when no space separates this lexeme from the previous one ("52-year", "$1", "bn"). */
  glued: boolean;
}

// A web address or an HTML character reference ("&#233;"), one opaque lexeme: its digits are no
// figures; digits with thousands separators (comma, narrow no-break space, Indian lakh grouping,
// or " , " and " . " as left by tokenised copy), a decimal part and an exponent after it
// ("1.2e+14"; "7E7" is a name); words (with combining accents) with inner apostrophes; any
// other single character.
// Every repetition either consumes what it matched or is bounded, so lexing stays linear.
const LEXEME = /(?:https?:\/\/|www\.)\S+|&#x?[\da-fA-F]{1,6};|\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d+)?|\d+(?:(?:[,\u202f\u00a0]| , )\d{3}(?!\d))*(?:(?:\.| \. )\d+(?:[eE][+-]?\d+(?![\p{L}\d]))?)?|\.\d+|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\S/gu;

export function lex(text: string, start: number, end: number): Lexeme[] {
  const out: Lexeme[] = [];
  const slice = text.slice(start, end);
  let previousEnd = -1;
  for (const m of slice.matchAll(LEXEME)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    const kind = /^[\d.]/.test(t) && t !== '.' ? 'digits' : /^\p{L}/u.test(t) && !t.includes(':') ? 'word' : 'symbol';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: s, end: s + t.length, kind, glued: s === previousEnd });
    previousEnd = s + t.length;
  }
  return out;
}

/** Longest phrase of `phrases` (lower-case words joined by spaces) starting at lexeme `i`. */
export function matchPhrase(lx: Lexeme[], i: number, phrases: ReadonlyMap<string, unknown> | ReadonlySet<string>, maxWords = 4): number {
  let best = -1;
  let key = '';
  for (let j = i; j < lx.length && j < i + maxWords; j++) {
    key = j === i ? lx[j].lower : `${key} ${lx[j].lower}`;
    if (phrases.has(key)) best = j + 1;
  }
  return best;
}

/** The phrase of lexemes [i, end) as a lookup key. */
export function keyOf(lx: Lexeme[], i: number, end: number): string {
  return lx.slice(i, end).map((l) => l.lower).join(' ');
}

/** A half-open range [start, end) in UTF-16 code units (JavaScript string indices). */
export interface Range {
  start: number;
  end: number;
}

/** A range with the text it covers: `input.slice(start, end) === text`. */
export interface Span extends Range {
  text: string;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}

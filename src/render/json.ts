import type { Digest } from '../model/digest.js';
import { escapeC1 } from './text.js';

// JSON.stringify leaves DEL and the C1 controls raw, and a terminal obeys them: they are escaped
// (the same JSON value), so `newsdigest --json` on a terminal is as safe as the text digest.

/** Pretty JSON, for one digest on a terminal or in a file. */
export function renderJson(digest: Digest): string {
  return escapeC1(JSON.stringify(digest, null, 2)) + '\n';
}

/** One compact line, for JSON Lines streams: a digest, or the error record that stands for one. */
export function renderJsonLine(record: Digest | { id: string | null; error: string }): string {
  return escapeC1(JSON.stringify(record)) + '\n';
}

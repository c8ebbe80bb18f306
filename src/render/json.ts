import type { Digest } from '../model/digest.js';

/** Pretty JSON, for one digest on a terminal or in a file. */
export function renderJson(digest: Digest): string {
  return JSON.stringify(digest, null, 2) + '\n';
}

/** One compact line, for JSON Lines streams. */
export function renderJsonLine(record: Digest | { id?: string; error: string }): string {
  return JSON.stringify(record) + '\n';
}

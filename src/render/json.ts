import type { Digest } from '../model/digest.js';
import { escapeC1 } from './text.js';

// JSON.stringify leaves DEL and the C1 controls raw, and a terminal obeys them: they are escaped
// (the same JSON value), so `newsdigest --json` on a terminal is as safe as the text digest.

/** Pretty JSON, for one digest on a terminal or in a file. */
export function renderJson(digest: Digest): string {
  return [...renderJsonPieces(digest)].join('');
}

/**
 * The text of renderJson in pieces of at most one list item each. A digest of a book-sized input
 * prints tens of megabytes: made as one string, it is held two or three times over (the string,
 * its escaped copy, the bytes written), which on a 5 MB article was a third of the peak memory.
 */
export function* renderJsonPieces(digest: Digest): Generator<string> {
  const fields = Object.entries(digest).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (let i = 0; i < fields.length; i++) {
    const [key, value] = fields[i];
    const after = i < fields.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let j = 0; j < value.length; j++) yield `    ${pretty(value[j], '    ')}${j < value.length - 1 ? ',\n' : '\n'}`;
      yield `  ]${after}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${pretty(value, '  ')}${after}`;
    }
  }
  yield '}\n';
}

/** JSON.stringify(value, null, 2) as it reads when nested at this indent (strings hold no raw line breaks). */
function pretty(value: unknown, indent: string): string {
  return escapeC1(JSON.stringify(value ?? null, null, 2)).replace(/\n/g, '\n' + indent);
}

/** One compact line, for JSON Lines streams: a digest, or the error record that stands for one. */
export function renderJsonLine(record: Digest | { id: string | null; error: string }): string {
  return escapeC1(JSON.stringify(record)) + '\n';
}

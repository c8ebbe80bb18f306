import { open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { DigestOptions } from '../digest.js';
import { renderJsonLine } from '../render/json.js';
import { InputError } from '../input/errors.js';
import { overLimit } from '../input/limits.js';
import type { Io } from './io.js';
import type { DigestPool } from './pool.js';

/** Tasks in flight per worker: enough to keep workers busy, few enough to bound memory. */
const QUEUE_PER_JOB = 4;

export type Line = { id: string | null; error: string } | { id: string | undefined; text: string };

/** One JSON Lines record to a task, or to the error record that stands for it. */
export function parseRecord(line: string, lineNo: number, maxBytes: number): Line {
  let record: unknown;
  try {
    // A byte-order mark can only open the file, so only the first line may carry one.
    record = JSON.parse(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line);
  } catch {
    return { id: null, error: `line ${lineNo} is not valid JSON` };
  }
  const r = record as { id?: unknown; text?: unknown } | null;
  const id = r && typeof r === 'object' ? recordId(r.id) : undefined;
  if (!r || typeof r !== 'object' || typeof r.text !== 'string') return { id: id ?? null, error: `line ${lineNo} has no "text" string` };
  if (!r.text.trim()) return { id: id ?? null, error: `line ${lineNo}: the text is empty` };
  if (Buffer.byteLength(r.text) > maxBytes) return { id: id ?? null, error: overLimit(`line ${lineNo}`, maxBytes).message };
  return { id, text: r.text.replace(/^\uFEFF/, '') };
}

/** The id as a string: numbers as written, other JSON values as JSON (never "[object Object]"). */
function recordId(id: unknown): string | undefined {
  if (id === undefined || id === null) return undefined;
  return typeof id === 'string' ? id : JSON.stringify(id);
}

/** Lines of a JSON Lines file or of stdin ("-"); a file that cannot be opened is an input error. */
export async function jsonlLines(file: string, io: Io): Promise<AsyncIterable<string>> {
  if (file === '-') return lineIterator(Readable.from(io.stdin));
  const handle = await open(path.resolve(io.cwd, file)).catch((err: NodeJS.ErrnoException) => {
    throw streamError(file, err);
  });
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw streamError(file, Object.assign(new Error('folder'), { code: 'EISDIR' }));
  }
  return lineIterator(handle.createReadStream());
}

/** Non-blank lines of a file, counted by streaming it (for a progress bar's total). */
export async function countRecords(file: string, io: Io): Promise<number> {
  let count = 0;
  for await (const line of await jsonlLines(file, io)) if (line.trim()) count++;
  return count;
}

/** readline drops lines emitted before iteration starts: take the iterator at once. */
function lineIterator(input: NodeJS.ReadableStream): AsyncIterable<string> {
  const iterator = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

/**
 * Start work on each item as it arrives and write the results in input order, with at most
 * `jobs * QUEUE_PER_JOB` items in flight so memory stays bounded on any input size. `start`
 * resolves to the text to write for the item, or null to write nothing.
 */
export async function streamOrdered<T>(items: AsyncIterable<T> | Iterable<T>, jobs: number, start: (item: T) => Promise<string | null>, write: (text: string) => Promise<void>, each: () => void): Promise<void> {
  const inFlight: Promise<string | null>[] = [];
  const flush = async (): Promise<void> => {
    const text = await inFlight.shift()!;
    if (text !== null) await write(text);
    each();
  };
  for await (const item of items) {
    const started = start(item);
    // Failures surface in order when awaited; one waiting behind a failure must not crash the process as unhandled.
    started.catch(() => undefined);
    inFlight.push(started);
    while (inFlight.length >= jobs * QUEUE_PER_JOB) await flush();
  }
  while (inFlight.length) await flush();
}

/** A JSON Lines record through the pool to its output line (a digest, or an error record). */
export async function digestLine(line: string, lineNo: number, pool: DigestPool, options: DigestOptions, maxBytes: number): Promise<string | null> {
  if (!line.trim()) return null;
  const record = parseRecord(line, lineNo, maxBytes);
  if ('error' in record) return renderJsonLine(record);
  const outcome = await pool.run(record.text, { ...options, id: record.id });
  return 'error' in outcome ? renderJsonLine({ id: record.id ?? null, error: outcome.error }) : outcome.line;
}

function streamError(file: string, err: NodeJS.ErrnoException): Error {
  if (err.code === 'ENOENT') return new InputError(`${file}: no such file: check the path`);
  if (err.code === 'EISDIR') return new InputError(`${file} is a folder: give a JSON Lines file`);
  if (err.code === 'EACCES') return new InputError(`${file}: permission denied: check the file's permissions`);
  return err;
}

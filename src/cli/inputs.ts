import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decode } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { DEFAULT_FETCH_LIMITS, fetchBytes, isUrl } from '../input/fetch.js';
import { htmlToArticle, looksLikeHtml } from '../input/html.js';
import { overLimit } from '../input/limits.js';
import type { Io } from './io.js';

export interface Article {
  /** The text the digest's offsets point into: the input as decoded, or the article extracted from a page. */
  text: string;
  path: string | null;
  label: string;
  format: 'text' | 'html';
  /** For pages: metadata, and why the page was read without a DOM when it was. */
  page?: { published: string | null; fallback: string | null };
}

/** Article files of a folder, read by extension. */
const ARTICLE_FILE = /\.(txt|text|md|html?|xhtml)$/i;

/** Inputs with each folder replaced by the article files in it (sorted, not recursive). */
export async function expandInputs(inputs: string[], io: Io): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) { out.push(input); continue; }
    const info = await stat(path.resolve(io.cwd, input)).catch(() => null);
    if (!info?.isDirectory()) { out.push(input); continue; }
    const names = (await readdir(path.resolve(io.cwd, input))).filter((n) => ARTICLE_FILE.test(n)).sort();
    if (!names.length) throw new InputError(`${input} is a folder with no article files (.txt, .md, .html) in it`);
    for (const name of names) out.push(path.join(input, name));
  }
  return out;
}

/** Read one input (a path, a web address, or "-" for stdin) into text, refusing what is not an article. */
export async function readArticle(input: string, io: Io, maxBytes: number): Promise<Article> {
  if (input === '-') return toArticle(await readLimited(io.stdin, 'standard input', maxBytes), null, 'standard input');
  if (isUrl(input)) {
    const page = await fetchBytes(input, { ...DEFAULT_FETCH_LIMITS, maxBytes });
    return toArticle(page.bytes, input, input, /html/i.test(page.contentType));
  }
  const full = path.resolve(io.cwd, input);
  let info;
  try {
    info = await stat(full);
  } catch (err) {
    throw fileError(input, err);
  }
  if (info.isDirectory()) throw new InputError(`${input} is a folder: give the article files inside it, for example ${path.join(input, '*.txt')}`);
  // A pipe ("<(curl ...)", /dev/stdin) or a device has no size to check first: read it up to the limit.
  if (info.isFIFO() || info.isCharacterDevice()) return toArticle(await readLimited(streamOf(full, input), input, maxBytes), input, input);
  if (!info.isFile()) throw new InputError(`${input} is not a regular file: give a text or HTML article`);
  if (info.size > maxBytes) throw overLimit(input, maxBytes, info.size);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    throw fileError(input, err);
  }
  return toArticle(bytes, input, input);
}

async function toArticle(bytes: Buffer, source: string | null, label: string, html = false): Promise<Article> {
  const text = decode(bytes, label).text;
  if (!html && !looksLikeHtml(text, source)) return { text, path: source, label, format: 'text' };
  const page = await htmlToArticle(text);
  if (!page.text.trim()) throw new InputError(`${label}: the page has no article text that could be found`);
  return { text: page.text, path: source, label, format: 'html', page: { published: page.published, fallback: page.fallback } };
}

/** All of a stream, refused as soon as it passes the limit (so /dev/zero ends). */
async function readLimited(stream: AsyncIterable<Buffer | string>, label: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) throw overLimit(label, maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** A read stream whose open errors become input errors when iterated. */
async function* streamOf(full: string, input: string): AsyncIterable<Buffer> {
  const stream = createReadStream(full);
  try {
    yield* stream as AsyncIterable<Buffer>;
  } catch (err) {
    throw fileError(input, err);
  } finally {
    stream.destroy();
  }
}

function fileError(input: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${input}: no such file: check the path`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${input}: permission denied: check the file's permissions`);
  if (code === 'EISDIR') return new InputError(`${input} is a folder: give the article files inside it`);
  return new InputError(`${input}: cannot read it (${code ?? 'unknown error'})`);
}


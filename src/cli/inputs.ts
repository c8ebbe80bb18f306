import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decode } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import type { Io } from './io.js';

export interface Article {
  text: string;
  path: string | null;
  label: string;
}

/** Read one input (a path, or "-" for stdin) into text, refusing what is not an article. */
export async function readArticle(input: string, io: Io, maxBytes: number): Promise<Article> {
  if (input === '-') {
    const bytes = await readStdin(io, maxBytes);
    return { text: decode(bytes, 'standard input').text, path: null, label: 'standard input' };
  }
  const full = path.resolve(io.cwd, input);
  let info;
  try {
    info = await stat(full);
  } catch (err) {
    throw fileError(input, err);
  }
  if (info.isDirectory()) throw new InputError(`${input} is a folder: give the article files inside it, for example ${path.join(input, '*.txt')}`);
  if (!info.isFile()) throw new InputError(`${input} is not a regular file: give a text or HTML article`);
  if (info.size > maxBytes) throw new InputError(`${input} is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} limit: raise it with --max-bytes if this is really one article`);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    throw fileError(input, err);
  }
  return { text: decode(bytes, input).text, path: input, label: input };
}

export async function readStdin(io: Io, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) throw new InputError(`standard input is over the ${megabytes(maxBytes)} limit: raise it with --max-bytes if this is really one article`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function fileError(input: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${input}: no such file: check the path`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${input}: permission denied: check the file's permissions`);
  if (code === 'EISDIR') return new InputError(`${input} is a folder: give the article files inside it`);
  return new InputError(`${input}: cannot read it (${code ?? 'unknown error'})`);
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

import { InputError } from './errors.js';

/** A size for people: bytes below a kilobyte, then KB, then MB (a 100-byte limit is not "0.00 MB"). */
export function byteSize(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The error for an input over --max-bytes; `size` when it is known before reading. */
export function overLimit(what: string, maxBytes: number, size?: number): InputError {
  const is = size === undefined ? 'is larger than' : `is ${byteSize(size)}, over`;
  return new InputError(`${what} ${is} the ${byteSize(maxBytes)} limit: raise it with --max-bytes if this is really one article`);
}

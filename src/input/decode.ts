import { InputError } from './errors.js';

/** Default cap on one input, in bytes; `--max-bytes` changes it. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Bytes to text: UTF-8 (byte-order mark dropped), UTF-16 with a byte-order mark, and Windows-1252
 * when the bytes are not UTF-8 at all. Binary, empty and damaged UTF-8 input are refused.
 */
export function decode(bytes: Uint8Array, label: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }, label);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }, label);
  }
  if (looksBinary(bytes)) {
    throw new InputError(`${label} looks like a binary file, not text: give a plain-text or HTML article`);
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }, label);
  } catch {
    const damage = utf8Damage(body);
    if (damage.firstBad >= 0 && damage.wellFormed > damage.bad) {
      const at = damage.firstBad + (hasBom ? 3 : 0);
      throw new InputError(`${label} is UTF-8 with invalid bytes (the first at byte ${at}): repair or re-save it as UTF-8`);
    }
    return checked({ text: decodeWindows1252(body), encoding: 'windows-1252' }, label);
  }
}

/**
 * Where UTF-8 first breaks, how many bytes break it, and how many well-formed multi-byte
 * characters there are. Windows-1252 text rarely holds a well-formed UTF-8 sequence ("café" is
 * 63 61 66 E9; "“CAFÉ”" happens to hold one, C9 94, beside a bad 93), so bytes with more good
 * sequences than bad bytes are damaged UTF-8: read as Windows-1252, every accented letter would
 * be garbled ("cafÃ©"), so the input is refused instead.
 */
function utf8Damage(bytes: Uint8Array): { firstBad: number; bad: number; wellFormed: number } {
  let firstBad = -1;
  let bad = 0;
  let wellFormed = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      wellFormed++;
      i += length;
      continue;
    }
    if (firstBad < 0) firstBad = i;
    bad++;
    i++;
  }
  return { firstBad, bad, wellFormed };
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (length === 0 || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}

function checked(decoded: Decoded, label: string): Decoded {
  if (!decoded.text.trim()) throw new InputError(`${label} is empty: give an article with some text`);
  return decoded;
}

/** NUL bytes, or many control bytes, mean this is not text in any encoding we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Written out here because
// TextDecoder('windows-1252') maps those bytes wrongly on some Node 20 releases.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Latin-1 natively, then the 0x80-0x9F range mended (a string built a byte at a time took 1.1 s on 10 MB). */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

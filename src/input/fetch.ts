import { InputError } from './errors.js';
import { overLimit } from './limits.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: Omit<FetchLimits, 'maxBytes'> = { timeoutMs: 15_000, maxRedirects: 5 };

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The bytes of a web page, with a timeout, a size limit and a redirect limit. */
export async function fetchBytes(url: string, limits: FetchLimits): Promise<{ bytes: Buffer; url: string; contentType: string }> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': 'newsdigest', accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' } });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        current = new URL(res.headers.get('location')!, current).href;
        if (!isUrl(current)) throw new InputError(`${url} redirects to ${current}, which is not a web address`);
        continue;
      }
      if (!res.ok) throw new InputError(`${url} answered HTTP ${res.status}: check the address`);
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > limits.maxBytes) throw overLimit(url, limits.maxBytes, declared);
      return { bytes: await readLimited(res, url, limits.maxBytes), url: current, contentType: res.headers.get('content-type') ?? '' };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new InputError(`${url} did not answer within ${limits.timeoutMs / 1000} s: try again later, or save the page and give the file`);
    // fetch's own message is only "fetch failed": the reason is in its cause ("bad port" has no code).
    const { cause } = err as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new InputError(`${url} could not be fetched (${reason}): check the address and the network`);
  }
  throw new InputError(`${url} redirected more than ${limits.maxRedirects} times: give the final address`);
}

async function readLimited(res: Response, url: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw overLimit(url, maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}


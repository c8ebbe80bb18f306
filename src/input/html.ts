import { InputError } from './errors.js';

/** Deeper nesting than real pages use is read as text without a DOM: Readability slows with depth (500 levels: 2.5 s). */
const MAX_DEPTH = 128;
/** More elements than this are read as text without a DOM: the parser slows sharply past it. */
const MAX_ELEMENTS = 200_000;

export interface HtmlArticle {
  /** The article as plain text: headline, by-line, then one paragraph per block. */
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  /** Why the page was read without a DOM, when it was. */
  fallback: string | null;
}

const HTML_TAG = /^<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section)\b/i;

/**
 * A page by its extension, or by its first tag after any comments. The comments are skipped by a
 * loop: a regular expression repeating lazy comment matches backtracked exponentially on "<!---->" runs.
 */
export function looksLikeHtml(text: string, path: string | null): boolean {
  if (path && /\.x?html?$/i.test(path)) return true;
  const head = text.slice(0, 4096);
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at])) at++;
    if (!head.startsWith('<!--', at)) break;
    const close = head.indexOf('-->', at + 4);
    if (close < 0) return false;
    at = close + 3;
  }
  return HTML_TAG.test(head.slice(at));
}

/**
 * The main article of a page: Readability over linkedom, with the title, by-line and date from the
 * page's metadata. Navigation, ads, lists of links and footers stay behind.
 */
export async function htmlToArticle(html: string): Promise<HtmlArticle> {
  const shape = measureNesting(html);
  if (shape.depth > MAX_DEPTH || shape.elements > MAX_ELEMENTS) {
    const reason = shape.depth > MAX_DEPTH ? `nesting deeper than ${MAX_DEPTH}` : `more than ${MAX_ELEMENTS} elements`;
    return { ...stripTags(html), fallback: `page read as plain text: ${reason}` };
  }
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  const metaTitle = meta(document, ['og:title', 'twitter:title']) ?? (document.querySelector('title')?.textContent?.trim() || null);
  const published = meta(document, ['article:published_time', 'datePublished', 'date', 'pubdate']);
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  if (!parsed?.content) {
    const fallback = stripTags(html);
    if (!fallback.text.trim()) throw new InputError('the page has no article text that could be found');
    return { ...fallback, fallback: 'no main article found: the whole page was read as text' };
  }
  const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const paragraphs = blocks(content.body);
  const title = clean(parsed.title || metaTitle || '') || null;
  const byline = clean(parsed.byline || meta(document, ['author']) || '') || null;
  const head = [title, byline && (/^by\s/i.test(byline) ? byline : `By ${byline}`)].filter(Boolean);
  const body = paragraphs[0] && title && clean(paragraphs[0]) === title ? paragraphs.slice(1) : paragraphs;
  return { text: [...head, ...body].join('\n\n') + '\n', title, byline, published: parsed.publishedTime ?? published, fallback: null };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
const SKIP = 'figcaption, figure, aside, nav, footer, script, style, noscript, button, form';

/** Text of block elements, one paragraph each, skipping blocks nested in other blocks and captions. */
function blocks(root: { querySelectorAll(s: string): ArrayLike<ElementLike> }): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.parentElement?.closest(BLOCKS) || el.closest(SKIP)) continue;
    const text = clean(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

interface ElementLike {
  textContent: string | null;
  parentElement: ElementLike | null;
  closest(s: string): ElementLike | null;
  getAttribute?(name: string): string | null;
}

function meta(document: { querySelector(s: string): ElementLike | null }, names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute?.('content')?.trim();
    if (value) return value;
  }
  return null;
}

const clean = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Maximum nesting depth and element count, in one linear pass over the tags. */
function measureNesting(html: string): { depth: number; elements: number } {
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|!doctype|!--)/i;
  let depth = 0;
  let max = 0;
  let elements = 0;
  // The attributes must start at a space or slash, so the name and the attributes cannot trade
  // characters: with two adjacent runs free to split, an unclosed "<aaaa..." went quadratic.
  for (const m of html.matchAll(/<(\/?)([a-zA-Z!][^\s/<>]*)((?:[\s/][^<>]*)?)>/g)) {
    if (m[1]) { depth = Math.max(0, depth - 1); continue; }
    elements++;
    if (m[3].endsWith('/') || VOID.test(m[2])) continue;
    max = Math.max(max, ++depth);
  }
  return { depth: max, elements };
}

/** A page as text without a DOM: scripts and styles dropped, blocks to paragraphs, tags removed. */
function stripTags(html: string): Omit<HtmlArticle, 'fallback'> {
  const title = clean(decodeEntities(/<title[^<>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '')) || null;
  const body = dropElements(html, ['script', 'style', 'noscript', 'nav', 'footer', 'header', 'aside'])
    .replace(/<\/?(p|div|h[1-6]|li|blockquote|section|article|br)\b[^<>]*>/gi, '\n\n')
    .replace(/<[^<>]*>/g, ' ');
  const paragraphs = decodeEntities(body).split(/\n\s*\n/).map(clean).filter(Boolean);
  const text = [title, ...paragraphs.filter((p) => p !== title)].filter(Boolean).join('\n\n') + '\n';
  return { text, title, byline: null, published: null };
}

/** Remove whole elements by name with indexOf scans (a lazy regex would go quadratic on unclosed tags). */
function dropElements(html: string, names: string[]): string {
  const lower = html.toLowerCase();
  const open = new RegExp(`<(${names.join('|')})\\b`, 'g');
  let out = '';
  let from = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    if (m.index < from) continue;
    const close = lower.indexOf(`</${m[1]}`, m.index);
    out += html.slice(from, m.index) + ' ';
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    from = end < 0 ? html.length : end + 1;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decode } from '../src/input/decode.js';
import { htmlToArticle, looksLikeHtml } from '../src/input/html.js';
import { fetchBytes } from '../src/input/fetch.js';
import { layout } from '../src/input/furniture.js';

describe('decode', () => {
  const text = 'Café owners said “prices” rose 5% – again.';
  const table: [string, Uint8Array, string, string][] = [
    ['UTF-8', Buffer.from(text, 'utf8'), text, 'utf-8'],
    ['UTF-8 with a byte-order mark (dropped)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text, 'utf-8'],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text, 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), text, 'utf-16be'],
    ['Windows-1252 (not valid UTF-8)', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80, 0x35]), 'Café “ok” €5', 'windows-1252'],
    ['Windows-1252 holding one well-formed UTF-8 pair by chance', Buffer.from([0x93, 0x43, 0x41, 0x46, 0xc9, 0x94]), '“CAFÉ”', 'windows-1252'],
    ['an overlong and a surrogate form are no UTF-8', Buffer.from([0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), 'AÀ¯í\u00a0€', 'windows-1252'],
    ['CRLF kept as it is', Buffer.from('One.\r\n\r\nTwo.'), 'One.\r\n\r\nTwo.', 'utf-8'],
  ];
  test.each(table)('%s', (_name, bytes, expected, encoding) => {
    expect(decode(bytes, 'x')).toEqual({ text: expected, encoding });
  });
  test.each([
    ['empty', new Uint8Array()],
    ['blank', Buffer.from(' \r\n\t ')],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])],
    ['UTF-8 with a broken sequence', Buffer.concat([Buffer.from('Café owners said “prices” '), Buffer.from([0xe2, 0x82]), Buffer.from(' rose – again.')])],
    ['UTF-8 cut inside its last character', Buffer.concat([Buffer.from('Café prices rose 5% – “again”'), Buffer.from([0xe2, 0x80])])],
  ])('refuses %s input', (_name, bytes) => {
    expect(() => decode(bytes, 'x')).toThrow(/empty|binary|invalid bytes \(the first at byte \d+\)/);
  });
  test('names the first invalid byte', () => {
    expect(() => decode(Buffer.concat([Buffer.from('Café “bar” '), Buffer.from([0xc3, 0x28])]), 'a.txt')).toThrow('a.txt is UTF-8 with invalid bytes (the first at byte 16): repair or re-save it as UTF-8');
  });
});

describe('layout: headline, dateline, by-line and furniture', () => {
  const table: [string, string, { title?: string | null; place?: string | null; agency?: string | null; byline?: string | null; first: string }][] = [
    ['AP dateline after junk and a repeated headline',
      'Close\nclose\n\nFerry service resumes\n\nFerry service resumes\n\nHELSINKI (AP) — Ferries sailed again on Friday.\n',
      { title: 'Ferry service resumes', place: 'HELSINKI', agency: 'AP', first: 'Ferries sailed again on Friday.' }],
    ['Reuters dateline with a date',
      'Bank holds rates\n\nLONDON, June 3 (Reuters) - The bank held rates.\n',
      { title: 'Bank holds rates', place: 'LONDON', agency: 'Reuters', first: 'The bank held rates.' }],
    ['agency only', 'Storm hits coast\n\n(CNN) — A storm hit the coast.\n', { title: 'Storm hits coast', place: null, agency: 'CNN', first: 'A storm hit the coast.' }],
    ['place with country', 'Vote delayed\n\nNAIROBI, Kenya (AP) — The vote was delayed.\n', { place: 'NAIROBI', agency: 'AP', first: 'The vote was delayed.' }],
    ['capital place and dash', 'Talks end\n\nBEIJING — Talks ended on Monday.\n', { place: 'BEIJING', agency: null, first: 'Talks ended on Monday.' }],
    ['by-line', 'Mill to close\n\nBy Ana Ruiz and Tom Wu\n\nThe mill will close in May.\n', { byline: 'By Ana Ruiz and Tom Wu', first: 'The mill will close in May.' }],
    ['no headline when the first line is a sentence', 'The mill will close in May. Workers were told on Monday.\n', { title: null, first: 'The mill will close in May. Workers were told on Monday.' }],
    ['a list of related stories, and a quoted marker',
      'Mill to close\n\nThe mill will close.\n\n"Related:"\n\nTen Towns Where Factories Came Back\n\nWhy The Rust Belt Votes The Way It Does\n\nWorkers said they were not surprised.\n',
      { first: 'The mill will close.' }],
    ['a headline running on to its subtitle, and section labels',
      'Sites overflow as crisis strikes;\nA safety tool is switched on.\n\nABSTRACT.\n\nThe tool was switched on.\n',
      { title: 'Sites overflow as crisis strikes;\nA safety tool is switched on.', first: 'The tool was switched on.' }],
    ['a caption ending with its credit', 'Bridge reopens\n\nThe mayor (left) at the bridge on Monday. Image: City Hall.\n\nThe bridge reopened.\n', { first: 'The bridge reopened.' }],
    ['a date line of its own', 'Mill to close\n\nTuesday, March 3, 2020\n\nThe mill will close.\n', { first: 'The mill will close.' }],
    ['a date glued in front of the first sentence', 'Mill to close\n\nTuesday, March 3, 2020 On Monday, the mill said it would close.\n',
      { first: 'On Monday, the mill said it would close.' }],
    ['a date that opens a sentence stays', 'Mill to close\n\nTuesday, March 3, 2020 was the last day of work at the mill.\n',
      { first: 'Tuesday, March 3, 2020 was the last day of work at the mill.' }],
    ['furniture lines', 'Mill to close\n\nAdvertisement\n\nThe mill will close.\n\nShare this\n\nFollow us on Twitter\n\nReporter Jo Lee contributed to this report.\n',
      { first: 'The mill will close.' }],
  ];
  test.each(table)('%s', (_name, text, want) => {
    const l = layout(text);
    if ('title' in want) expect(l.title?.text ?? null).toBe(want.title);
    if ('place' in want) expect(l.dateline?.place ?? null).toBe(want.place);
    if ('agency' in want) expect(l.dateline?.agency ?? null).toBe(want.agency);
    if ('byline' in want) expect(l.byline?.text ?? null).toBe(want.byline);
    expect(l.paragraphs[0].text).toBe(want.first);
    for (const p of [...l.paragraphs, ...l.furniture]) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  test('the body goes on after a list of related stories', () => {
    const l = layout('Mill to close\n\nThe mill will close.\n\nRelated stories\n\nTen Towns Where Factories Came Back\n\nWorkers said they were not surprised.\n');
    expect(l.paragraphs.map((p) => p.text)).toEqual(['The mill will close.', 'Workers said they were not surprised.']);
  });
  test('furniture never reaches the body', () => {
    const l = layout('Mill to close\n\nAdvertisement\n\nThe mill will close.\n\nShare this\n\nReporter Jo Lee contributed to this report.\n');
    expect(l.paragraphs.map((p) => p.text)).toEqual(['The mill will close.']);
  });
});

const PAGE = `<!doctype html><html><head><title>Dam opens | Example News</title>
<meta property="og:title" content="New dam opens on the river">
<meta name="author" content="Lena Fischer"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>New dam opens on the river</h1>
<p>The new dam on the river opened on Monday after six years of work, officials said, and it will supply power to 200,000 homes.</p>
<figure><figcaption>The dam at dusk. Photo: Example News</figcaption></figure>
<p>"This is a proud day for the region," said the regional governor, Karl Weber. He said the project had cost €2.1bn in all.</p>
<p>Engineers said the reservoir would take about two years to fill completely and would cover some 40 square kilometres.</p>
</article><aside><h3>Most read</h3><ol><li>Ten recipes for summer</li></ol></aside><footer>© Example News</footer></body></html>`;

describe('HTML pages', () => {
  test('sniffs HTML by content or extension', () => {
    expect(looksLikeHtml(PAGE, null)).toBe(true);
    expect(looksLikeHtml('The <b>mayor</b> said so.', null)).toBe(false);
    expect(looksLikeHtml('plain', 'page.html')).toBe(true);
    expect(looksLikeHtml('<!-- saved from a browser -->\n<!DOCTYPE html><p>Text</p>', null)).toBe(true);
  });
  test.each([
    ['empty comments', '<!---->'.repeat(600) + 'x'],
    ['spaced comments', '<!-- -->'.repeat(500) + ' text'],
    ['closers without openers', '<!--' + '-->'.repeat(1300)],
  ])('sniffing text that opens with %s is quick and says "not a page"', (_name, text) => {
    const started = Date.now();
    expect(looksLikeHtml(text, null)).toBe(false);
    expect(Date.now() - started).toBeLessThan(100);
  });
  test('a page with an unclosed tag of 400,000 letters is read in linear time', async () => {
    const started = Date.now();
    const page = await htmlToArticle('<html><body><p>The council met on Monday.</p><' + 'a'.repeat(400_000));
    expect(page.text).toMatch(/council met/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  test('keeps the article and leaves navigation, captions, lists and footers behind', async () => {
    const a = await htmlToArticle(PAGE);
    expect(a.title).toBe('New dam opens on the river');
    expect(a.byline).toBe('Lena Fischer');
    expect(a.text).toMatch(/proud day for the region/);
    for (const junk of ['Home', 'Most read', 'Ten recipes', 'Photo: Example News', '©']) expect(a.text).not.toContain(junk);
  });
  test('deep nesting is read without a DOM, quickly', async () => {
    const deep = '<div>'.repeat(5000) + '<p>The council met on Monday and voted to close the old bridge.</p>' + '</div>'.repeat(5000);
    const a = await htmlToArticle(deep);
    expect(a.fallback).toMatch(/nesting/);
    expect(a.text).toMatch(/old bridge/);
  });
});

describe('web addresses (a local server)', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE); return; }
      if (req.url === '/moved') { res.writeHead(301, { location: '/article' }); res.end(); return; }
      if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
      if (req.url === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(100_000)); return; }
      if (req.url === '/slow') return; // never answers
      res.writeHead(404); res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => { server.closeAllConnections(); server.close(); });
  const limits = { timeoutMs: 1000, maxBytes: 50_000, maxRedirects: 3 };

  test('fetches a page, following a redirect', async () => {
    const page = await fetchBytes(`${base}/moved`, limits);
    expect(page.url).toBe(`${base}/article`);
    expect(page.bytes.toString()).toContain('proud day');
  });
  test.each([
    ['a missing page', '/nowhere', /HTTP 404/],
    ['a redirect loop', '/loop', /redirected more than 3 times/],
    ['a page over the size limit', '/big', /larger than/],
    ['a server that never answers', '/slow', /did not answer within 1 s/],
  ])('refuses %s with a clear message', async (_name, url, message) => {
    await expect(fetchBytes(`${base}${url}`, limits)).rejects.toThrow(message);
  });
  test.each([
    ['a closed port', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      return `http://127.0.0.1:${port}/`;
    }, /could not be fetched \(ECONNREFUSED\)/],
    ['a port fetch refuses to use', async () => 'http://127.0.0.1:9/', /could not be fetched \(bad port\)/],
  ])('says why %s could not be fetched', async (_name, address, message) => {
    await expect(fetchBytes(await address(), limits)).rejects.toThrow(message);
  });
});

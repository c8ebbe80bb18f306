#!/usr/bin/env node
// Pathological inputs against the built digest (dist/): time per MB of each beside an ordinary
// article's time per MB, and the ratio. Numbers for people to read; the target is every row within
// 3x of ordinary. Each case runs in its own process with a time limit, so one that goes
// super-linear shows as a timeout instead of hanging the table.
//
//   npm run stress [-- --size BYTES] [--limit SECONDS] [--only case,case] [--data DIR]
//
// Ordinary text is the raw-article corpus (DIR/corpus/raw/articles.jsonl, DIR defaulting to
// ../shared beside the project or $NEWSDIGEST_EVAL_DATA) when present, else the project's fixtures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const size = Number(opt('--size') ?? 1e6);
const limitMs = Number(opt('--limit') ?? 120) * 1000;
const data = path.resolve(opt('--data') ?? process.env.NEWSDIGEST_EVAL_DATA ?? path.join(root, '..', 'shared'));
const bin = path.join(root, 'bin', 'newsdigest');

/** Ordinary news text: the raw corpus when present, else the fixtures. */
function ordinaryArticles() {
  const raw = path.join(data, 'corpus', 'raw', 'articles.jsonl');
  if (fs.existsSync(raw)) {
    return fs.readFileSync(raw, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  }
  const dir = path.join(root, 'fixtures');
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).map((d) => path.join(dir, d, 'article.txt')).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'))
    : [];
}

/** A deterministic stream of pseudo-random numbers (the same table on every run). */
function random(seed = 1) {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x80000000; };
}
const pick = (next, xs) => xs[Math.floor(next() * xs.length)];
const WORDS = ['the', 'council', 'said', 'on', 'monday', 'that', 'officials', 'would', 'meet', 'again', 'after', 'talks', 'over', 'water', 'rights', 'and', 'a', 'new', 'budget', 'for', 'schools'];
const NAMES = ['Maria', 'Okafor', 'Lindqvist', 'Harbour', 'Authority', 'Ministry', 'Northern', 'Valley', 'Trust', 'General', 'Counsel', 'Said', 'River', 'Party'];
const QUOTES = ['"', '“', '”', "'", '‘', '’', '«', '»'];

/** Repeat `unit(i)` until the text is `n` characters long. */
function fill(n, unit) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n; i++) { const u = unit(i); parts.push(u); length += u.length; }
  return parts.join('').slice(0, n);
}
const article = (articles) => articles[0] ?? 'The council met on Monday. "We will act," the mayor said.\n';
function concatenated(articles, n) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n && articles.length; i++) { const a = articles[i % articles.length]; parts.push(a); length += a.length + 2; }
  return parts.join('\n\n').slice(0, n);
}

/** The pathological texts, each built from its name and the target size. */
const CASES = {
  'no punctuation (one run)': (n) => { const r = random(2); return fill(n, () => pick(r, WORDS) + ' '); },
  '10,000 quote marks, unbalanced': (n) => {
    const r = random(3);
    let quotes = 0;
    const every = Math.max(1, Math.floor(n / 6 / 10_000));
    return fill(n, (i) => pick(r, WORDS) + (i % every === 0 && quotes++ < 10_000 ? ' ' + pick(r, QUOTES) : ' ') + (i % 97 === 96 ? '. ' : ''));
  },
  'quote marks only': (n) => { const r = random(4); return fill(n, () => pick(r, QUOTES) + (r() < 0.3 ? ' ' : '')); },
  'long capitalised runs': (n) => { const r = random(5); return fill(n, (i) => pick(r, NAMES) + (i % 5000 === 4999 ? '. ' : ' ')); },
  'capitalised, short sentences': (n) => { const r = random(6); return fill(n, (i) => pick(r, NAMES) + (i % 7 === 6 ? ' said. ' : ' ')); },
  'one 100 KB token in an article': (_, articles) => `${article(articles)}\n\n${'x'.repeat(100_000)}\n\n${article(articles)}`,
  '100k dashes': () => '-'.repeat(100_000),
  '100k dashes between words': () => fill(200_000, (i) => (i % 2 ? '-' : 'war')),
  'very long line (articles, no newlines)': (n, articles) => concatenated(articles, n).replace(/\s+/g, ' '),
  '10,000 numbers': (n) => {
    const r = random(7);
    const shapes = [() => `${Math.floor(r() * 1e6).toLocaleString('en-US')} soldiers`, () => `$${(r() * 100).toFixed(1)} million`, () => `${(r() * 100).toFixed(1)}%`, () => `${Math.floor(r() * 90)} years old`, () => `thousands of troops`, () => `${Math.floor(r() * 1e4)}`];
    const numbers = fill(n, (i) => (i < 10_000 ? pick(r, shapes)() + (i % 11 === 10 ? '. ' : ', ') : pick(r, WORDS) + ' '));
    return numbers;
  },
  'many tiny paragraphs': (n) => fill(n, (i) => (i % 3 ? 'Yes.\n\n' : 'He said so.\n\n')),
  'many tiny lines': (n) => fill(n, (i) => (i % 2 ? 'A\n' : 'Close\n')),
  'ordinary articles as one document': (n, articles) => concatenated(articles, n),
};
/** Pages through the CLI: each is written to a .html file. */
const nested = (depth) => `<html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}<p>The council met on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
const HTML_CASES = {
  'HTML nested 500 deep (CLI)': () => nested(500),
  'HTML nested 5,000 deep (CLI)': () => nested(5000),
  'HTML nested 100k deep (CLI)': () => nested(100_000),
  'HTML, 100k unclosed <p> (CLI)': () => `<html><body>${'<p>word '.repeat(100_000)}</body></html>`,
};

// A child process times one in-process case and prints {ms, chars}. CPU time, not wall time, so
// that other work on the machine does not move the numbers much.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
if (opt('--one')) {
  const { digest } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  const articles = ordinaryArticles();
  digest(article(articles));
  const name = opt('--one');
  if (name === 'ordinary') {
    // Each article on its own, as users run it: the sum of times over the sum of sizes.
    const sample = articles.slice(0, 400);
    let ms = 0;
    let chars = 0;
    for (const text of sample) { const t0 = cpuMs(); digest(text); ms += cpuMs() - t0; chars += text.length; }
    console.log(JSON.stringify({ ms, chars }));
  } else {
    const text = CASES[name](size, articles);
    const t0 = cpuMs();
    digest(text);
    console.log(JSON.stringify({ ms: cpuMs() - t0, chars: text.length }));
  }
  process.exit(0);
}

const only = opt('--only')?.split(',');
const wanted = (name) => !only || only.some((o) => name.toLowerCase().includes(o.toLowerCase()));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdigest-stress-'));
const rows = [];

function inProcess(name) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name, '--size', String(size), ...(opt('--data') ? ['--data', data] : [])], { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) return { failed: r.error?.code === 'ETIMEDOUT' ? `> ${limitMs / 1000} s` : `exit ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}` };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
/** CPU time of the CLI on a file (read by a preloaded hook at exit), or why it failed. */
const CPU_HOOK = `data:text/javascript,import fs from 'node:fs';process.on('exit',()=>{const u=process.cpuUsage();fs.writeFileSync(process.env.STRESS_CPU_FILE,String((u.user+u.system)/1000))})`;
function throughCli(file) {
  const cpuFile = path.join(tmp, 'cpu');
  fs.rmSync(cpuFile, { force: true });
  const r = spawnSync(process.execPath, ['--import', CPU_HOOK, bin, 'summarize', '--json', '--max-bytes', String(64 << 20), file], {
    encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 28, env: { ...process.env, STRESS_CPU_FILE: cpuFile },
  });
  if (r.error || r.status !== 0) return { failed: r.error?.code === 'ETIMEDOUT' ? `> ${limitMs / 1000} s` : `exit ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}` };
  return { ms: Number(fs.readFileSync(cpuFile, 'utf8')) };
}

console.error(`stress: ${size.toLocaleString('en-US')} characters per case, limit ${limitMs / 1000} s each`);
const ordinary = inProcess('ordinary');
if (ordinary.failed) throw new Error(`ordinary articles failed: ${ordinary.failed}`);
const perMb = (r) => r.ms / (r.chars / 1e6);
const ordinaryPerMb = perMb(ordinary);
const row = (name, r, note = '') => {
  const value = r.failed ? r.failed : `${perMb(r).toFixed(0)} ms/MB`;
  const ratio = r.failed ? 'n/a' : `${(perMb(r) / ordinaryPerMb).toFixed(2)}x`;
  rows.push([name, value, ratio, r.failed ? r.failed : `${r.ms.toFixed(0)} ms for ${(r.chars / 1e3).toFixed(0)} KB${note}`]);
  console.error(`  ${name}: ${value} (${ratio})`);
};
row('ordinary articles, one at a time', ordinary);
for (const name of Object.keys(CASES).filter(wanted)) row(name, inProcess(name));

// CLI rows (CPU time) subtract the cold start on a one-line text file, so the page's own work counts,
// loading the DOM libraries included.
const tinyText = path.join(tmp, 'tiny.txt');
fs.writeFileSync(tinyText, 'The council met on Monday.\n');
const startMs = [0, 1, 2].map(() => throughCli(tinyText).ms ?? 0).sort((a, b) => a - b)[1];
if (!startMs) throw new Error('the CLI failed on a one-line text');
for (const [name, build] of Object.entries(HTML_CASES).filter(([n]) => wanted(n))) {
  const file = path.join(tmp, 'page.html');
  const html = build();
  fs.writeFileSync(file, html);
  const r = throughCli(file);
  row(name, r.failed ? r : { ms: Math.max(0, r.ms - startMs), chars: html.length }, r.failed ? '' : ` (${r.ms.toFixed(0)} ms CPU less ${startMs.toFixed(0)} ms start-up)`);
}
fs.rmSync(tmp, { recursive: true, force: true });

const header = ['case', 'time per MB', 'vs ordinary', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log(`newsdigest stress, node ${process.version}; target: every row within 3x of ordinary`);
for (const r of [header, ...rows]) console.log(r.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());

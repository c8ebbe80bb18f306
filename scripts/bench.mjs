#!/usr/bin/env node
// Speed and memory of newsdigest, printed as one table. Numbers, never assertions: compare runs
// on the same machine, and paste before/after tables into commit messages.
//
//   npm run bench [-- --quick] [--cold] [--data DIR]
//
// --cold measures the cold starts alone (the rows that compare with `node -e 0`), 15 runs each.
//
// Uses the built CLI (dist/). The raw-article corpus (DIR/corpus/raw/articles.jsonl, DIR defaulting
// to ../shared beside the project or $NEWSDIGEST_EVAL_DATA) is used when present; otherwise the
// project's own fixtures stand in for it, and the table says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const quick = args.includes('--quick');
const coldOnly = args.includes('--cold');
const data = path.resolve(opt('--data') ?? process.env.NEWSDIGEST_EVAL_DATA ?? path.join(root, '..', 'shared'));
const bin = path.join(root, 'bin', 'newsdigest');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdigest-bench-'));
const rows = [];
const row = (what, value, note = '') => { rows.push([what, value, note]); console.error(`  ${what}: ${value} ${note}`); };

const fixtures = fs.existsSync(path.join(root, 'fixtures'))
  ? fs.readdirSync(path.join(root, 'fixtures')).map((d) => path.join(root, 'fixtures', d, 'article.txt')).filter((f) => fs.existsSync(f))
  : [];
const reference = [path.join(data, 'examples', 'ap-us-china-influence.txt'), ...fixtures].find((f) => fs.existsSync(f));
const rawFile = path.join(data, 'corpus', 'raw', 'articles.jsonl');
const corpus = fs.existsSync(rawFile)
  ? { file: rawFile, label: 'raw corpus' }
  : { file: writeFixtureCorpus(), label: 'fixtures x50 (raw corpus absent)' };
const records = fs.readFileSync(corpus.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const words = (s) => (s.match(/\S+/g) ?? []).length;
const totalWords = records.reduce((n, r) => n + words(r.text), 0);

/** Wall time of a command in ms, its peak RSS in MB and its CPU time in ms (from a preloaded reporter). */
function measure(argv, input) {
  const rssFile = path.join(tmp, 'rss');
  fs.rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(root, 'scripts', 'report-rss.mjs')).href, ...argv], {
    input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NEWSDIGEST_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const [rssKb, cpuUs] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').split(' ').map(Number) : [NaN, NaN];
  return { ms, rss: rssKb / 1024, cpu: cpuUs / 1000, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = coldOnly ? 15 : quick ? 3 : 7;
const coldStart = (argv) => median(Array.from({ length: runs }, () => measure(argv).ms));

console.error('measuring...');
const nodeMs = coldStart(['-e', '0']);
row('node -e 0', `${nodeMs.toFixed(0)} ms`, '(median of ' + runs + ')');
for (const [label, argv] of [['--version', [bin, '--version']], ['--help', [bin, 'summarize', '--help']], ['summarize --json (one article)', [bin, 'summarize', '--json', reference]]]) {
  const ms = coldStart(argv);
  row(`cold start ${label}`, `${ms.toFixed(0)} ms`, `${(ms / nodeMs).toFixed(2)}x node`);
}

if (coldOnly) {
  finish();
  process.exit(0);
}

const jsonl = records.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n') + '\n';
const rate = (ms) => `${(records.length / (ms / 1000)).toFixed(1)} articles/s`;
// One and two jobs take turns, three times each (once with --quick), and each row gives the
// median run: a single run on a shared machine can be off by a tenth either way.
const turns = quick ? 1 : 3;
const oneJob = [], twoJobs = [];
for (let i = 0; i < turns; i++) {
  oneJob.push(measure([bin, 'summarize', '--jsonl', '-'], jsonl));
  twoJobs.push(measure([bin, 'summarize', '--jsonl', '-', '--jobs', '2'], jsonl));
}
const medianRun = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
const batch = medianRun(oneJob);
const batch2 = medianRun(twoJobs);
const spread = (runs) => runs.length > 1 ? `, runs ${runs.map((m) => (m.ms / 1000).toFixed(1)).join(' / ')} s` : '';
row(`--jsonl --jobs 1 over ${corpus.label}`, rate(batch.ms), `${Math.round(totalWords / (batch.ms / 1000))} words/s, ${records.length} articles${spread(oneJob)}`);
const peakRss = (runs) => `${Math.max(...runs.map((m) => m.rss)).toFixed(0)} MB`;
row('peak RSS, --jsonl --jobs 1', peakRss(oneJob), '(highest run)');
// CPU time over wall time: the garbage collector's and compiler's threads keep more than one core
// busy even with one job, which bounds what more jobs can gain on this machine's cores.
const busy = (m) => `${(m.cpu / 1000).toFixed(1)} s CPU, ${(m.cpu / m.ms).toFixed(2)} cores busy`;
row('CPU, --jsonl --jobs 1', busy(batch));
row('--jsonl --jobs 2', rate(batch2.ms), `${(batch.ms / batch2.ms).toFixed(2)}x jobs 1, output ${twoJobs.every((m) => m.stdout === batch.stdout) ? 'identical' : 'DIFFERENT'}${spread(twoJobs)}`);
row('peak RSS, --jsonl --jobs 2', peakRss(twoJobs), '(highest run)');
const cores = os.availableParallelism();
row('CPU, --jsonl --jobs 2', busy(batch2), `(at most ${Math.min(2, cores / (batch.cpu / batch.ms)).toFixed(2)}x jobs 1 on ${cores} cores at jobs 1's CPU time)`);

// GNU parallel as a stand-in for any engine that pipes lines through a command.
const gnuParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
if (gnuParallel.status === 0) {
  const t = performance.now();
  const r = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '100', '-j', '2', bin, 'summarize', '--jsonl', '-'], { input: jsonl, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  row('GNU parallel --pipe --keep-order -j 2', rate(ms), `output ${r.stdout === batch.stdout ? 'byte-identical to one plain run' : 'DIFFERENT from one plain run'}`);
} else {
  row('GNU parallel', 'not installed', '(Debian package "parallel")');
}

const { default: nlp } = await import('compromise');
const t0 = performance.now();
for (const r of records) nlp(r.text);
const cms = performance.now() - t0;
row('compromise alone, parse (in process)', `${(records.length / (cms / 1000)).toFixed(1)} articles/s`, `${Math.round(totalWords / (cms / 1000))} words/s`);

// Time per MB is measured in this process on a warm pipeline (so start-up and first-call costs,
// shown above, are not counted); peak memory is that of the command on the same document.
const { digest } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
for (const r of records.slice(0, 20)) digest(r.text);
for (const size of quick ? [10e3, 1e6] : [10e3, 1e6, 5e6]) {
  const file = path.join(tmp, `big-${size}.txt`);
  let text = '';
  for (let i = 0; text.length < size; i++) text += records[i % records.length].text + '\n\n';
  text = text.slice(0, size);
  fs.writeFileSync(file, text);
  const times = Array.from({ length: size < 1e5 ? 5 : 1 }, () => { const t = performance.now(); digest(text); return performance.now() - t; });
  const cli = measure([bin, 'summarize', '--json', '--max-bytes', String(size * 2), file]);
  row(`one ${size >= 1e6 ? size / 1e6 + ' MB' : size / 1e3 + ' KB'} document`, `${(median(times) / (size / 1e6)).toFixed(0)} ms/MB`, `command: ${cli.ms.toFixed(0)} ms in all, peak RSS ${cli.rss.toFixed(0)} MB`);
}

finish();

/** Prints the table. */
function finish() {
  fs.rmSync(tmp, { recursive: true, force: true });
  const width = Math.max(...rows.map((r) => r[0].length));
  const vwidth = Math.max(...rows.map((r) => r[1].length));
  console.log(`newsdigest ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version} benchmark, node ${process.version}, ${os.cpus().length} cpus`);
  for (const [w, v, n] of rows) console.log(`${w.padEnd(width)}  ${v.padStart(vwidth)}  ${n}`);
}

function writeFixtureCorpus() {
  const file = path.join(tmp, 'fixtures.jsonl');
  const texts = fixtures.map((f) => fs.readFileSync(f, 'utf8'));
  fs.writeFileSync(file, Array.from({ length: 50 * texts.length }, (_, i) => JSON.stringify({ id: String(i), text: texts[i % texts.length] })).join('\n'));
  return file;
}

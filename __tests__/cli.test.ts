import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { run, EXIT } from '../src/cli/run.js';
import { colourLevel } from '../src/cli/colour.js';
import { streamOrdered } from '../src/cli/batch.js';
import type { Io } from '../src/cli/io.js';

const ARTICLE = `Harbour plan approved

PORTSMOUTH (Reuters) - The city council approved a £40m plan to rebuild the old harbour on Monday.

"This is a good day for the city," said Mayor Helen Ashby. She added that work would start in spring.
`;

const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const good = file('good.txt', ARTICLE);
mkdirSync(path.join(dir, 'empty-folder'));

interface Result { code: number; stdout: string; stderr: string }

async function cli(argv: string[], stdin: string | Buffer = '', env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Object.assign((async function* () { if (stdin.length) yield Buffer.from(stdin); })(), { isTTY: false }),
    env,
    cwd: dir,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('exit codes', () => {
  const table: [string, string[], number, RegExp | null][] = [
    ['a readable article', ['summarize', good], EXIT.ok, null],
    ['--version', ['--version'], EXIT.ok, null],
    ['--help', ['--help'], EXIT.ok, null],
    ['an unknown option', ['summarize', '--frobnicate', good], EXIT.usage, /unknown option/],
    ['an unknown command', ['frobnicate'], EXIT.usage, /unknown command/],
    ['a bad --sentences', ['summarize', '--sentences', 'zero', good], EXIT.usage, /whole number/],
    ['a missing file', ['summarize', 'nowhere.txt'], EXIT.usage, /no such file/],
    ['a folder with no articles', ['summarize', path.join(dir, 'empty-folder')], EXIT.usage, /no article files/],
    ['an empty file', ['summarize', file('empty.txt', '')], EXIT.usage, /is empty/],
    ['a blank file', ['summarize', file('blank.txt', ' \n\t\n')], EXIT.usage, /is empty/],
    ['a binary file', ['summarize', file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))], EXIT.usage, /binary/],
    ['damaged UTF-8', ['summarize', file('damaged.txt', Buffer.concat([Buffer.from('Café owners said “prices” '), Buffer.from([0xe2, 0x82]), Buffer.from(' rose – again.')]))], EXIT.usage, /invalid bytes \(the first at byte 31\)/],
    ['a file over --max-bytes', ['summarize', '--max-bytes', '10', good], EXIT.usage, /is \d+ bytes, over the 10 bytes limit/],
    ['an endless device over --max-bytes', ['summarize', '--max-bytes', '1000', '/dev/zero'], EXIT.usage, /larger than the 1000 bytes limit/],
    ['a missing --jsonl file', ['summarize', '--jsonl', 'nowhere.jsonl'], EXIT.usage, /no such file/],
  ];
  test.each(table)('%s', async (_name, argv, code, stderr) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    if (stderr) {
      expect(r.stderr).toMatch(stderr);
      expect(r.stdout).toBe('');
    }
    if (code === EXIT.usage) expect(r.stderr).toMatch(/^newsdigest: [^\n]+\n$/);
  });

  test('no permission', async () => {
    const locked = file('locked.txt', ARTICLE);
    chmodSync(locked, 0o000);
    const r = await cli(['summarize', locked]);
    chmodSync(locked, 0o644);
    // root can read anything: then the article is simply read.
    if (process.getuid?.() === 0) expect(r.code).toBe(EXIT.ok);
    else expect([r.code, r.stderr]).toEqual([EXIT.usage, expect.stringMatching(/permission denied/)]);
  });
});

describe('input and output', () => {
  test('--json prints the contract with offsets into the input', async () => {
    const r = await cli(['summarize', '--json', good]);
    const d = JSON.parse(r.stdout);
    expect(d.schemaVersion).toBe('1');
    expect(d.title).toBe('Harbour plan approved');
    expect(d.dateline).toMatchObject({ place: 'PORTSMOUTH', agency: 'Reuters' });
    for (const s of d.summary) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  test('stdin as -, and stdin when no input is given', async () => {
    for (const argv of [['summarize', '--json', '-'], ['summarize', '--json']]) {
      const r = await cli(argv, ARTICLE);
      expect(r.code).toBe(EXIT.ok);
      expect(JSON.parse(r.stdout).source.path).toBeNull();
    }
  });

  test('the terminal digest has no colour when NO_COLOR is set, and colour with FORCE_COLOR', async () => {
    expect((await cli(['summarize', good], '', { NO_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
    expect((await cli(['summarize', good], '', { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['summarize', '--no-color', good], '', { FORCE_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
  });

  test.each([
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['FORCE_COLOR in a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, true, 0],
    ['TERM=dumb on a terminal', undefined, { TERM: 'dumb' }, true, 0],
    ['--color in a pipe with NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--no-color with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, 0],
  ] as const)('colour on %s', (_name, flag, env, isTTY, level) => {
    expect(colourLevel(flag, env, isTTY)).toBe(level);
  });

  test('control characters in the article never reach the terminal', async () => {
    const evil = file('evil.txt', 'Title \u001b]0;pwned\u0007 here\n\nThe mayor said \u001b[2J the plan \u009b31m was approved.\n');
    const text = (await cli(['summarize', '--width', '60', evil])).stdout;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const json = (await cli(['summarize', '--json', evil])).stdout;
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('a file name with control characters or a line break stays one harmless line', async () => {
    const name = 'evil\u001b]0;pwned\u0007\nname.txt';
    const missing = await cli(['summarize', name]);
    expect(missing.stderr).toMatch(/^newsdigest: evil\]0;pwned ?name\.txt: no such file/);
    expect(missing.stderr.split('\n')).toHaveLength(2);
    const untitled = file(name, 'the plan was approved on monday by the council after a long debate.\n');
    const text = (await cli(['summarize', untitled])).stdout;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('a named pipe is read like a file (as from "<(curl ...)")', async () => {
    const fifo = path.join(dir, 'article.fifo');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${good}" > "${fifo}"`]);
    const r = await cli(['summarize', '--json', fifo]);
    writer.kill();
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(r.stdout).title).toBe('Harbour plan approved');
  });

  test('--width wraps the terminal digest', async () => {
    const lines = (await cli(['summarize', '--width', '50', good])).stdout.split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
  });
});

describe('ordered streaming', () => {
  test('writes results in input order, and the first failure rejects without leaving later ones unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => { unhandled.push(reason); };
    process.on('unhandledRejection', onUnhandled);
    const written: string[] = [];
    const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await streamOrdered([30, 10, 20], 2, async (ms) => { await delay(ms); return String(ms); }, async (s) => { written.push(s); }, () => undefined);
    expect(written).toEqual(['30', '10', '20']);
    const failing = streamOrdered([1, 2, 3], 2, async (n) => { await delay(5); if (n > 1) throw new Error(`bad ${n}`); return null; }, async () => undefined, () => undefined);
    await expect(failing).rejects.toThrow('bad 2');
    await delay(20);
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});

describe('the installed command in a pipe', () => {
  const bin = path.resolve('bin/newsdigest');
  test('all output arrives through a pipe, and | head ends quietly', () => {
    const many = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: String(i), text: ARTICLE })).join('\n');
    const full = spawnSync(bin, ['summarize', '--jsonl', '-'], { input: many, encoding: 'utf8' });
    expect(full.status).toBe(0);
    expect(full.stdout.trim().split('\n')).toHaveLength(200);
    const head = spawnSync('sh', ['-c', `${bin} summarize --jsonl - | head -1`], { input: many, encoding: 'utf8' });
    expect(head.stdout.trim().split('\n')).toHaveLength(1);
    expect(head.stderr).toBe('');
  });

  test('several inputs give one JSON document per line; a bad one is reported and the rest go on', () => {
    const r = spawnSync(bin, ['summarize', '--json', good, 'nowhere.txt', good], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(EXIT.usage);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Harbour plan approved', 'Harbour plan approved']);
    expect(r.stderr).toMatch(/nowhere.txt: no such file/);
  });

  test('terminal digests of several inputs are parted by one blank line, none before the first even when an input fails', () => {
    const r = spawnSync(bin, ['summarize', 'nowhere.txt', good, good], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(EXIT.usage);
    expect(r.stdout.startsWith('Harbour plan approved\n')).toBe(true);
    expect(r.stdout.match(/\n\nHarbour plan approved\n/g)).toHaveLength(1);
  });

  test('--jsonl keeps ids and order, and turns a bad record into an error record', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      'not json',
      JSON.stringify({ id: 7, text: '' }),
      JSON.stringify({ id: 'b', text: 'Officials said the bridge would reopen.' }),
    ].join('\n');
    const r = spawnSync(bin, ['summarize', '--jsonl', '-'], { input, encoding: 'utf8' });
    expect(r.status).toBe(EXIT.ok);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, 'error' in o])).toEqual([['a', false], [null, true], ['7', true], ['b', false]]);
    const schema = JSON.parse(readFileSync(path.resolve('schema/error-record.schema.json'), 'utf8'));
    const valid = new Ajv2020.default({ allowUnionTypes: true }).compile(schema);
    for (const record of out.filter((o) => 'error' in o)) expect([valid(record), valid.errors]).toEqual([true, null]);
  });

  test('--jsonl reads a first line after a byte-order mark, keeps any id as JSON, and turns an over-size record into an error record', () => {
    const input = [
      '\uFEFF' + JSON.stringify({ id: 'first', text: ARTICLE }),
      JSON.stringify({ id: { part: 2 }, text: 'Officials said the bridge would reopen.' }),
      JSON.stringify({ id: 'big', text: ARTICLE.repeat(20) }),
    ].join('\n');
    const r = spawnSync(bin, ['summarize', '--jsonl', '-', '--max-bytes', '4000'], { input, encoding: 'utf8' });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['first', '{"part":2}', 'big']);
    expect(out.map((o) => o.error)).toEqual([undefined, undefined, expect.stringMatching(/line 3 is larger than the 3.9 KB limit/)]);
  });

  test('--jobs 2 gives byte-identical output to one job, in input order', () => {
    const texts = [ARTICLE, 'Officials said the bridge would reopen.', ARTICLE.replace(/Ashby/g, 'Moreau')];
    const input = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: String(i), text: texts[i % 3] })).join('\n');
    const one = spawnSync(bin, ['summarize', '--jsonl', '-'], { input, encoding: 'utf8' });
    const two = spawnSync(bin, ['summarize', '--jsonl', '-', '--jobs', '2'], { input, encoding: 'utf8' });
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 30 }, (_, i) => String(i)));
  });

  test('an article over --timeout is skipped; the ones sent to its worker after it are still digested', () => {
    // About 1.5 MB of text digests in well over a second; start-up does not count against the limit.
    const slow = ARTICLE.repeat(7000);
    const input = ['a', 'slow', 'b', 'c'].map((id) => JSON.stringify({ id, text: id === 'slow' ? slow : ARTICLE })).join('\n');
    const r = spawnSync(bin, ['summarize', '--jsonl', '-', '--timeout', '1'], { input, encoding: 'utf8' });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'slow', 'b', 'c']);
    expect(out.map((o) => o.error ?? 'ok')).toEqual(['ok', expect.stringMatching(/took longer than 1 s/), 'ok', 'ok']);
  });

  test('a folder gives every article file in it', () => {
    const folder = path.join(dir, 'many');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'b.txt'), ARTICLE);
    writeFileSync(path.join(folder, 'a.txt'), ARTICLE);
    writeFileSync(path.join(folder, 'notes.bin'), 'skip me');
    const r = spawnSync(bin, ['summarize', '--json', folder], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).source.path))).toEqual(['a.txt', 'b.txt']);
  });

  test('an error is one line on stderr and nothing on stdout', () => {
    const r = spawnSync(bin, ['summarize', 'nowhere.txt'], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

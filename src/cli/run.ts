import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { DigestOptions } from '../digest.js';
import type { Digest } from '../model/digest.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { byteSize } from '../input/limits.js';
import { renderJsonPieces } from '../render/json.js';
import { oneLine } from '../render/text.js';
import type { Io } from './io.js';
import { expandInputs, readArticle } from './inputs.js';
import { progressBar } from './progress.js';

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;

interface SummarizeOptions {
  json?: boolean;
  jsonl?: string;
  sentences: number;
  ratio?: number;
  width?: number;
  color?: boolean;
  maxBytes: number;
  jobs: number;
  timeout: number;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ newsdigest summarize article.txt               a coloured digest in the terminal
  $ newsdigest summarize --json article.txt | jq '.claims[] | {speaker, quote}'
  $ cat article.txt | newsdigest summarize -       read standard input
  $ newsdigest summarize page.html                 the article of a saved web page
  $ newsdigest summarize --json articles/          every .txt/.html file of a folder, one JSON line each
  $ newsdigest summarize --jsonl in.jsonl -j 2     records {"id","text"} in, one digest per line out

Exit codes: 0 success, 1 internal error, 2 usage or input error.
Colour: off when NO_COLOR is set, with --no-color, with TERM=dumb, or when output is not a terminal;
FORCE_COLOR forces it on (FORCE_COLOR=0 off).`;

/** The command line, without touching the process: returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = new Command()
    .name('newsdigest')
    .description('Digest news articles: summary, actors, claims and figures, each with offsets into the text.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors on one line like every other error, with what to do in it.
      outputError: (s) => report(io, `${s.trim().replace(/^error:\s*/, '')}: see newsdigest summarize --help`),
    })
    .addHelpText('after', EXAMPLES);

  program
    .command('summarize')
    .alias('s')
    .description('digest articles: files, folders, web addresses, or - for standard input')
    .argument('[inputs...]', 'article files (text or HTML), folders of them, http(s) addresses, or - for standard input')
    .option('--json', 'print the digest as JSON (one compact line per article when there are several)')
    .option('--jsonl <file>', 'read JSON Lines records {"id","text"} from a file or - and write one digest per line')
    .option('-n, --sentences <n>', 'summary length in sentences', positiveInt, 3)
    .option('--ratio <r>', 'summary length as a share of the article\'s sentences (0-1)', ratio)
    .option('-w, --width <n>', 'wrap the terminal digest to this many columns (40 to 240)', positiveInt)
    .addOption(new Option('--color', 'force colour on'))
    .addOption(new Option('--no-color', 'turn colour off'))
    .option('-j, --jobs <n>', 'worker threads for several articles', positiveInt, 1)
    .option('--timeout <seconds>', 'with several articles, give up on one after this long and go on', positiveInt, 30)
    .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes').argParser(positiveInt).default(DEFAULT_MAX_BYTES, byteSize(DEFAULT_MAX_BYTES)))
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: SummarizeOptions) => {
      debug = Boolean(options.debug);
      code = await summarize(inputs, options, io);
    });

  try {
    if (!argv.length) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof InputError) {
      report(io, err.message);
      return EXIT.usage;
    }
    return internalError(err, io, debug);
  }
}

async function summarize(inputs: string[], options: SummarizeOptions, io: Io): Promise<number> {
  const digestOptions: DigestOptions = { sentences: options.sentences, ratio: options.ratio };
  if (options.jsonl !== undefined) {
    if (inputs.length) throw new InputError('--jsonl reads its own file: give no other inputs');
    return batchJsonl(options.jsonl, digestOptions, options, io);
  }
  if (!inputs.length) {
    if (io.stdin.isTTY) throw new InputError('no input: give an article file, or - to read standard input (see newsdigest summarize --help)');
    inputs = ['-'];
  }
  const files = await expandInputs(inputs, io);
  if (files.length === 1) return single(files[0], digestOptions, options, io);
  return many(files, digestOptions, options, io);
}

/** One article, in this thread: the fastest start, and nothing printed unless all of it worked. */
async function single(input: string, digestOptions: DigestOptions, options: SummarizeOptions, io: Io): Promise<number> {
  const article = await readArticle(input, io, options.maxBytes);
  const { loadDigest } = await import('./load-digest.js');
  const { digest } = await loadDigest();
  if (article.text.length >= LARGE_ARTICLE) setFlagsFromString('--heap-growing-percent=50');
  const d = digest(article.text, { ...digestOptions, path: article.path, format: article.format, page: article.page });
  if (options.json) await writePieces(io, renderJsonPieces(d));
  else await write(io, (await renderFor(io, options))(d));
  return EXIT.ok;
}

/** Several articles through worker threads, written in input order; a bad one is reported and skipped. */
async function many(files: string[], digestOptions: DigestOptions, options: SummarizeOptions, io: Io): Promise<number> {
  const { DigestPool } = await import('./pool.js');
  const pool = new DigestPool({ jobs: options.jobs, timeoutMs: options.timeout * 1000 });
  const render = options.json ? null : await renderFor(io, options);
  const progress = await progressBar(io, files.length);
  let code: number = EXIT.ok;
  const start = async (input: string): Promise<string | null> => {
    try {
      const article = await readArticle(input, io, options.maxBytes);
      const outcome = await pool.run(article.text, { ...digestOptions, path: article.path, format: article.format, page: article.page });
      if ('error' in outcome) throw new InputError(`${input}: ${outcome.error}`);
      return render ? render(JSON.parse(outcome.line) as Digest) : outcome.line;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      report(io, err.message);
      code = EXIT.usage;
      return null;
    }
  };
  try {
    // Terminal digests are parted by a blank line, decided at writing time: the first article may have failed.
    let written = 0;
    const separated = (s: string): Promise<void> => write(io, (render && written++ ? '\n' : '') + s);
    const { streamOrdered } = await import('./batch.js');
    await streamOrdered(files, options.jobs, start, separated, () => progress.tick());
  } finally {
    progress.stop();
    await pool.close();
  }
  return code;
}

/** JSON Lines in, JSON Lines out: a record that fails gives an error record and the run goes on. */
async function batchJsonl(file: string, digestOptions: DigestOptions, options: SummarizeOptions, io: Io): Promise<number> {
  const { countRecords, digestLine, jsonlLines, streamOrdered } = await import('./batch.js');
  const lines = await jsonlLines(file, io);
  const { DigestPool } = await import('./pool.js');
  const pool = new DigestPool({ jobs: options.jobs, timeoutMs: options.timeout * 1000 });
  const total = io.stderr.isTTY && file !== '-' ? await countRecords(file, io) : null;
  const progress = await progressBar(io, total);
  let lineNo = 0;
  try {
    await streamOrdered(lines, options.jobs, (line) => digestLine(line, ++lineNo, pool, digestOptions, options.maxBytes), (s) => write(io, s), () => progress.tick());
  } finally {
    progress.stop();
    await pool.close();
  }
  return EXIT.ok;
}

async function renderFor(io: Io, options: SummarizeOptions): Promise<(d: Digest) => string> {
  const { renderTerminal } = await import('../render/terminal.js');
  const { colourLevel, styleFor } = await import('./colour.js');
  const style = styleFor(colourLevel(options.color, io.env, io.stdout.isTTY));
  const width = Math.max(40, Math.min(options.width ?? io.stdout.columns ?? 80, 240));
  return (d) => renderTerminal(d, { width, style });
}

/**
 * From this many characters on, one article is held to a smaller heap. While collecting is cheap
 * V8 lets the heap grow to about four times what is live: on a 5 MB article, some 300 MB of heap
 * for under 100 MB of live data. Growing by half instead kept the peak under 300 MB at the same
 * CPU time. Short articles never come near the limits where this matters. V8 reads the flag at each
 * collection, so setting it here works in Node 20, though Node documents flags changed after start
 * as unsupported: it is a best effort, and the output is the same either way.
 */
const LARGE_ARTICLE = 1_000_000;

/** Writes pieces in blocks of about a megabyte: few system calls, and never the whole output as one string. */
async function writePieces(io: Io, pieces: Iterable<string>): Promise<void> {
  let block = '';
  for (const piece of pieces) {
    block += piece;
    if (block.length >= 1 << 20) {
      await write(io, block);
      block = '';
    }
  }
  if (block) await write(io, block);
}

/** Write, waiting for a slow reader when the stream asks us to (bounded memory on big batches). */
async function write(io: Io, text: string): Promise<void> {
  if (io.stdout.write(text) === false && io.stdout.once) await new Promise<void>((resolve) => io.stdout.once!('drain', resolve));
}

/** One line on stderr: a file name or page text inside a message must not break the line or drive the terminal. */
function report(io: Io, message: string): void {
  io.stderr.write(`newsdigest: ${oneLine(message)}\n`);
}

function internalError(err: unknown, io: Io, debug: boolean): number {
  const e = err as Error;
  report(io, `internal error: ${e?.message ?? String(err)} (run again with --debug for details, and please report it)`);
  if (debug && e?.stack) io.stderr.write(e.stack + '\n');
  return EXIT.internal;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

function ratio(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1');
  return n;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

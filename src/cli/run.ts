import { readFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { colourLevel, styleFor } from './colour.js';
import type { Io } from './io.js';
import { megabytes, readArticle } from './inputs.js';
import { escapeC1 } from '../render/text.js';

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
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ newsdigest summarize article.txt               a coloured digest in the terminal
  $ newsdigest summarize --json article.txt | jq '.claims[] | {speaker, quote}'
  $ cat article.txt | newsdigest summarize -       read standard input
  $ newsdigest summarize --json a.txt b.txt        one JSON document per line
  $ newsdigest summarize --jsonl articles.jsonl    records {"id","text"} in, one digest per line out

Exit codes: 0 success, 1 internal error, 2 usage or input error.
Colour: off when NO_COLOR is set, with --no-color, or when output is not a terminal; FORCE_COLOR forces it.`;

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
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run newsdigest summarize --help for usage)')
    .addHelpText('after', EXAMPLES);

  program
    .command('summarize')
    .alias('s')
    .description('digest one or more articles (a path, or - for standard input)')
    .argument('[inputs...]', 'article files (plain text), or - for standard input')
    .option('--json', 'print the digest as JSON (one compact line per article when there are several)')
    .option('--jsonl <file>', 'read JSON Lines records {"id","text"} from a file or - and write one digest per line')
    .option('-n, --sentences <n>', 'summary length in sentences', positiveInt, 3)
    .option('--ratio <r>', 'summary length as a share of the article\'s sentences (0-1)', ratio)
    .option('-w, --width <n>', 'wrap the terminal digest to this many columns', positiveInt)
    .addOption(new Option('--color', 'force colour on'))
    .addOption(new Option('--no-color', 'turn colour off'))
    .option('--max-bytes <n>', `largest input accepted (default ${megabytes(DEFAULT_MAX_BYTES)})`, positiveInt, DEFAULT_MAX_BYTES)
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
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof InputError) {
      io.stderr.write(`newsdigest: ${err.message}\n`);
      return EXIT.usage;
    }
    return internalError(err, io, debug);
  }
}

async function summarize(inputs: string[], options: SummarizeOptions, io: Io): Promise<number> {
  const { digest } = await import('../digest.js');
  const digestOptions = { sentences: options.sentences, ratio: options.ratio };
  if (options.jsonl !== undefined) {
    if (inputs.length) throw new InputError('--jsonl reads its own file: give no other inputs');
    const source = options.jsonl === '-' ? Readable.from(io.stdin) : createReadStream(options.jsonl);
    await new Promise<void>((resolve, reject) => {
      source.once('error', (err: NodeJS.ErrnoException) => reject(streamError(options.jsonl!, err)));
      source.once('readable', resolve);
      source.once('end', resolve);
    });
    let lineNo = 0;
    for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      io.stdout.write(escapeC1(JSON.stringify(digestRecord(line, lineNo, (text, id) => digest(text, { ...digestOptions, id })))) + '\n');
    }
    return EXIT.ok;
  }
  if (!inputs.length) {
    if (io.stdin.isTTY) throw new InputError('no input: give an article file, or - to read standard input (see newsdigest summarize --help)');
    inputs = ['-'];
  }
  const { renderTerminal } = await import('../render/terminal.js');
  const style = styleFor(colourLevel(options.color, io.env, io.stdout.isTTY));
  const width = Math.max(40, Math.min(options.width ?? io.stdout.columns ?? 80, 240));
  let code: number = EXIT.ok;
  for (const input of inputs) {
    try {
      const article = await readArticle(input, io, options.maxBytes);
      const d = digest(article.text, { ...digestOptions, path: article.path, format: article.format, page: article.page });
      if (options.json) io.stdout.write(escapeC1(inputs.length > 1 ? JSON.stringify(d) : JSON.stringify(d, null, 2)) + '\n');
      else io.stdout.write((inputs.length > 1 && input !== inputs[0] ? '\n' : '') + renderTerminal(d, { width, style }));
    } catch (err) {
      if (!(err instanceof InputError) || inputs.length === 1) throw err;
      io.stderr.write(`newsdigest: ${err.message}\n`);
      code = EXIT.usage;
    }
  }
  return code;
}

/** One JSON Lines record to one output record; a bad record gives an error record, never a stop. */
function digestRecord(line: string, lineNo: number, make: (text: string, id: string | undefined) => object): object {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNo} is not valid JSON` };
  }
  const r = record as { id?: unknown; text?: unknown };
  const id = r && typeof r === 'object' && r.id !== undefined && r.id !== null ? String(r.id) : undefined;
  if (!r || typeof r !== 'object' || typeof r.text !== 'string') return { id: id ?? null, error: `line ${lineNo} has no "text" string` };
  if (!r.text.trim()) return { id: id ?? null, error: `line ${lineNo}: the text is empty` };
  try {
    return make(r.text.replace(/^\uFEFF/, ''), id);
  } catch (err) {
    return { id: id ?? null, error: `internal error: ${(err as Error).message}` };
  }
}

function streamError(file: string, err: NodeJS.ErrnoException): Error {
  if (err.code === 'ENOENT') return new InputError(`${file}: no such file: check the path`);
  if (err.code === 'EISDIR') return new InputError(`${file} is a folder: give a JSON Lines file`);
  if (err.code === 'EACCES') return new InputError(`${file}: permission denied: check the file's permissions`);
  return err;
}

function internalError(err: unknown, io: Io, debug: boolean): number {
  const e = err as Error;
  io.stderr.write(`newsdigest: internal error: ${e?.message ?? String(err)} (run again with --debug for details, and please report it)\n`);
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

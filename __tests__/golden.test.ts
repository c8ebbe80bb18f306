// Golden digests: the current pipeline's output for every fixture must equal the reviewed files
// fixtures/<slug>/digest.json and digest.txt. When a change to the extractors is intended,
// regenerate them with `npm run build && node scripts/update-golden.mjs` and review the diff.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { digest } from '../src/digest.js';
import { renderTerminal } from '../src/render/terminal.js';
import { renderJson } from '../src/render/json.js';
import { run } from '../src/cli/run.js';
import { articlePath, FIXTURES_DIR, fixtureSlugs, goldenOutputs, goldenPath, readArticle, REGENERATE } from '../fixtures/golden.mjs';

const slugs = fixtureSlugs();

/** Longest diff shown; the rest is counted, not printed. */
const MAX_DIFF_LINES = 60;

/** The changed region of two texts, line by line: common head and tail cut, a little context kept. */
function lineDiff(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const from = Math.max(0, head - context);
  const out = [`@@ line ${head + 1} @@`];
  for (let i = from; i < head; i++) out.push(`  ${a[i]}`);
  for (let i = head; i < a.length - tail; i++) out.push(`- ${a[i]}`);
  for (let i = head; i < b.length - tail; i++) out.push(`+ ${b[i]}`);
  for (let i = a.length - tail; i < Math.min(a.length, a.length - tail + context); i++) out.push(`  ${a[i]}`);
  const hidden = out.length - MAX_DIFF_LINES;
  return (hidden > 0 ? [...out.slice(0, MAX_DIFF_LINES), `… ${hidden} more lines`] : out).join('\n');
}

/** What `newsdigest <argv>` prints, run from the repository root with fake streams. */
async function commandOutput(argv: string[]): Promise<string> {
  let stdout = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => s },
    stdin: Object.assign((async function* () {})(), { isTTY: true }),
    env: {},
    cwd: path.dirname(FIXTURES_DIR),
  };
  await run(argv, io);
  return stdout;
}

describe('golden digests', () => {
  test('there are at least four fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
  });

  test.each(slugs)('%s is a 300-700 word article with its expected.md', (slug) => {
    const words = readArticle(slug).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(700);
    expect(existsSync(goldenPath(slug, 'expected.md'))).toBe(true);
  });

  // The goldens are what a user sees: the command's own defaults must give the same output.
  test.each(slugs)('%s: the command line prints the golden files', async (slug) => {
    const outputs = goldenOutputs(slug, { digest, renderTerminal, renderJson });
    expect(await commandOutput(['summarize', '--json', articlePath(slug)])).toBe(outputs['digest.json']);
    expect(await commandOutput(['summarize', '--no-color', '--width', '80', articlePath(slug)])).toBe(outputs['digest.txt']);
  });

  describe.each(slugs)('%s', (slug) => {
    const outputs: Record<string, string> = goldenOutputs(slug, { digest, renderTerminal, renderJson });
    test.each(Object.keys(outputs))('%s matches the golden file', (file) => {
      const target = goldenPath(slug, file);
      if (!existsSync(target)) throw new Error(`fixtures/${slug}/${file} is missing: run \`${REGENERATE}\``);
      const expected = readFileSync(target, 'utf8');
      const actual = outputs[file];
      if (actual !== expected) {
        throw new Error(
          `fixtures/${slug}/${file} differs from the current output (- golden, + now):\n\n${lineDiff(expected, actual)}\n\n` +
            `If the change is intended, run \`${REGENERATE}\` and review \`git diff fixtures/\`.`,
        );
      }
    });
  });
});

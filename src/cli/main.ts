// The only module that touches the process: it wires real streams into run() and sets the exit
// code without calling process.exit(), so output piped to another program is never cut short.
import { run } from './run.js';

// `newsdigest ... | head -1` closes the pipe early: stop quietly instead of printing a stack.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// A closed stderr (`2>&-`, or a reader that went away) must not turn a message into a crash.
process.stderr.on('error', () => {});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});

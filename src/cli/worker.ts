// A worker thread of the batch pool: digests one article per message and posts back its JSON line
// (a string crosses threads far cheaper than a digest object, and the main thread stays free).
import { parentPort } from 'node:worker_threads';
import { digest } from '../digest.js';
import { renderJsonLine } from '../render/json.js';
import { READY, type Outcome, type Task } from './worker-messages.js';

parentPort!.on('message', (task: Task) => {
  let outcome: Outcome;
  try {
    outcome = { seq: task.seq, line: renderJsonLine(digest(task.text, task.options)) };
  } catch (err) {
    outcome = { seq: task.seq, error: `internal error: ${(err as Error).message}` };
  }
  parentPort!.postMessage(outcome);
});
parentPort!.postMessage(READY);

// A worker thread of the batch pool: digests one article per message and posts back its JSON line
// (a string crosses threads far cheaper than a digest object, and the main thread stays free).
import { parentPort } from 'node:worker_threads';
import { digest, type DigestOptions } from '../digest.js';
import { renderJsonLine } from '../render/json.js';

export interface Task {
  seq: number;
  text: string;
  options: DigestOptions;
}

export type Outcome = { seq: number; line: string } | { seq: number; error: string };

parentPort!.on('message', (task: Task) => {
  let outcome: Outcome;
  try {
    outcome = { seq: task.seq, line: renderJsonLine(digest(task.text, task.options)) };
  } catch (err) {
    outcome = { seq: task.seq, error: `internal error: ${(err as Error).message}` };
  }
  parentPort!.postMessage(outcome);
});

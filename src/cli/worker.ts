// A worker thread of the batch pool: digests one article per message and posts the digest back.
import { parentPort } from 'node:worker_threads';
import { digest, type DigestOptions } from '../digest.js';

export interface Task {
  seq: number;
  text: string;
  options: DigestOptions;
}

export type Outcome = { seq: number; digest: unknown } | { seq: number; error: string };

parentPort!.on('message', (task: Task) => {
  let outcome: Outcome;
  try {
    outcome = { seq: task.seq, digest: digest(task.text, task.options) };
  } catch (err) {
    outcome = { seq: task.seq, error: `internal error: ${(err as Error).message}` };
  }
  parentPort!.postMessage(outcome);
});

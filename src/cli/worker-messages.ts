// What the batch pool and its worker threads send each other.
import type { DigestOptions } from '../digest.js';

export interface Task {
  seq: number;
  text: string;
  options: DigestOptions;
}

export type Outcome = { seq: number; line: string } | { seq: number; error: string };

/** Sent once by a worker when the pipeline is loaded, so that time limits leave out start-up. */
export const READY = 'ready';

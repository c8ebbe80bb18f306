import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DigestOptions } from '../digest.js';
import { READY, type Outcome, type Task } from './worker-messages.js';

/**
 * No inlining by the optimising compiler in the threads of a batch. Each new article reaches code
 * paths the earlier ones never took, and every such deoptimisation recompiles the caller with all
 * it inlined; every worker pays this warm-up again, and its compiler threads compete with the
 * workers for the cores. Without inlining the digests run no slower and the compiling shrinks
 * (raw corpus on 2 cores: --jobs 1 14.3 -> 13.6 s, --jobs 2 10.9 -> 9.1 s; halving V8's inlining
 * budget instead gave 10.2 s).
 */
setFlagsFromString('--no-turbo-inlining');
/**
 * Each worker's heap grows by half instead of up to four times what is live (as for one large
 * article, see run.ts): over the raw corpus on 2 cores, peak RSS --jobs 1 221-224 -> 183-184 MB and
 * --jobs 2 310-351 -> 265-274 MB, for about 3% more CPU with one job and none measurable with two.
 */
setFlagsFromString('--heap-growing-percent=50');

export interface PoolOptions {
  jobs: number;
  /** A document that takes longer than this gets an error outcome and its worker is replaced. */
  timeoutMs: number;
}

/**
 * Tasks sent to a worker ahead of the one it is digesting. With one task at a time a worker waits,
 * after each article, for its result to reach the main thread and the next task to come back; when
 * every core is busy that round trip waits for a core too. One task ahead keeps the worker's port
 * full, and costs at most one article's text of memory per worker.
 */
const AHEAD = 1;

interface Job {
  task: Task;
  resolve: (o: Outcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, in the order it digests them; the first is under way. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** The worker has loaded the pipeline: its time limit runs only from then. */
  ready: boolean;
}

/**
 * Worker threads that digest articles in parallel. `run` resolves with each task's outcome;
 * a stuck document costs only its own worker, which is terminated and replaced, and the tasks sent
 * ahead to it go to the replacement.
 */
export class DigestPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  /** Set when a worker fails before it starts: respawning would fail the same way forever. */
  private broken: Error | null = null;
  private seq = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.jobs; i++) {
      const slot: Slot = { worker: null as unknown as Worker, jobs: [], timer: null, ready: false };
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  run(text: string, options: DigestOptions): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.waiting.push({ task: { seq: this.seq++, text, options }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Give the slot a fresh worker; messages from a worker the slot has let go are ignored. */
  private spawn(slot: Slot): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (outcome: Outcome | typeof READY) => {
      if (slot.worker !== worker) return;
      if (outcome === READY) {
        slot.ready = true;
        if (slot.jobs.length) this.startTimer(slot);
        return;
      }
      // A digest that threw may have left the thread's module state half-updated: start afresh.
      if ('error' in outcome) this.replace(slot);
      this.finish(slot, outcome);
    });
    let started = false;
    worker.once('online', () => (started = true));
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      if (!started) return this.fail(new Error(`a worker thread could not start: ${err.message}`));
      this.abandon(slot, `internal error: ${err.message}`);
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.jobs.length <= AHEAD && this.waiting.length) {
        const job = this.waiting.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage(job.task);
        if (slot.jobs.length === 1) this.startTimer(slot);
      }
    }
  }

  private startTimer(slot: Slot): void {
    if (!slot.ready) return;
    slot.timer = setTimeout(() => this.abandon(slot, `took longer than ${this.options.timeoutMs / 1000} s: skipped (raise --timeout to wait longer)`), this.options.timeoutMs);
  }

  /** The slot's first task is done: settle it, time the next one from now, and send more. */
  private finish(slot: Slot, outcome: Outcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    job?.resolve(outcome);
    if (slot.jobs.length) this.startTimer(slot);
    this.dispatch();
  }

  /** The worker is stuck or dead: its first task fails with `error`, the rest go to a fresh worker. */
  private abandon(slot: Slot, error: string): void {
    const seq = slot.jobs[0]?.task.seq;
    this.replace(slot);
    if (seq !== undefined) this.finish(slot, { seq, error });
  }

  /** Terminate the slot's worker and start another; tasks sent ahead to the old one are sent again. */
  private replace(slot: Slot): void {
    void slot.worker.terminate();
    this.waiting.unshift(...slot.jobs.splice(1));
    this.spawn(slot);
  }

  private fail(err: Error): void {
    this.broken = err;
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
    }
    for (const job of [...this.slots.flatMap((s) => s.jobs.splice(0)), ...this.waiting.splice(0)]) job.reject(err);
  }
}

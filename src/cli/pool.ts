import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DigestOptions } from '../digest.js';
import type { Outcome, Task } from './worker.js';

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

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Worker threads that digest articles in parallel. `run` resolves with each task's outcome;
 * a stuck document costs only its own worker, which is terminated and replaced.
 */
export class DigestPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; resolve: (o: Outcome) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  /** Set when a worker fails before it starts: respawning would fail the same way forever. */
  private broken: Error | null = null;
  private seq = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.jobs; i++) this.slots.push(this.spawn({ worker: null as unknown as Worker, task: null, timer: null }));
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
  private spawn(slot: Slot): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    slot.worker = worker;
    worker.on('message', (outcome: Outcome) => {
      if (slot.worker !== worker) return;
      // A digest that threw may have left the thread's module state half-updated: start afresh.
      if ('error' in outcome) {
        void worker.terminate();
        this.spawn(slot);
      }
      this.finish(slot, outcome);
    });
    let started = false;
    worker.once('online', () => (started = true));
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      if (!started) return this.fail(new Error(`a worker thread could not start: ${err.message}`));
      const task = slot.task;
      this.spawn(slot);
      if (task) this.finish(slot, { seq: task.seq, error: `internal error: ${err.message}` });
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.waiting.length) continue;
      const { task, resolve, reject } = this.waiting.shift()!;
      slot.task = task;
      this.pending.set(task.seq, { resolve, reject });
      slot.timer = setTimeout(() => this.expire(slot), this.options.timeoutMs);
      slot.worker.postMessage(task);
    }
  }

  private finish(slot: Slot, outcome: Outcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    const pending = this.pending.get(outcome.seq);
    this.pending.delete(outcome.seq);
    pending?.resolve(outcome);
    this.dispatch();
  }

  private fail(err: Error): void {
    this.broken = err;
    for (const p of [...this.pending.values(), ...this.waiting.splice(0)]) p.reject(err);
    this.pending.clear();
  }

  private expire(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    void slot.worker.terminate();
    this.spawn(slot);
    this.finish(slot, { seq: task.seq, error: `took longer than ${this.options.timeoutMs / 1000} s: skipped (raise --timeout to wait longer)` });
  }
}

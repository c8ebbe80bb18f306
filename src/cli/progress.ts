import type { Io } from './io.js';

export interface Progress {
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

/** A progress bar on stderr when stderr is a terminal; silent otherwise (pipes, logs, CI). */
export async function progressBar(io: Io, total: number | null): Promise<Progress> {
  if (!io.stderr.isTTY || io.env.TERM === 'dumb') return SILENT;
  const { default: progress } = await import('cli-progress');
  const format = total
    ? ' {bar} {value}/{total} articles · {percentage}% · {eta_formatted} left'
    : ' {value} articles';
  const bar = new progress.SingleBar(
    { format, stream: io.stderr as NodeJS.WritableStream, hideCursor: true, clearOnComplete: true, barsize: 30, etaBuffer: 50 },
    progress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

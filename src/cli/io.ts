/** Everything the command touches in the outside world, so tests can give it fakes. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

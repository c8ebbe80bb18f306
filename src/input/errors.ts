/**
 * A problem with what the user gave us (exit code 2). The message is one line that says what
 * happened and what to do.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

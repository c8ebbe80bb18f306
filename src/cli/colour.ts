import { Chalk, type ChalkInstance } from 'chalk';
import { PLAIN, type Style } from '../render/terminal.js';

/**
 * Whether to colour a stream. chalk 5 does not read NO_COLOR, so we decide here, in this order:
 * the --color/--no-color flag, NO_COLOR, FORCE_COLOR (0 or false: off), TERM=dumb, then whether it is a terminal.
 */
export function colourLevel(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  // As in supports-color: FORCE_COLOR=0 (or false) forces colour off, any other value on.
  if (force === '0' || force === 'false') return 0;
  if (force !== undefined && force !== '') return force === '2' ? 2 : force === '3' ? 3 : 1;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

export function styleFor(level: 0 | 1 | 2 | 3): Style {
  if (level === 0) return PLAIN;
  const c: ChalkInstance = new Chalk({ level });
  return {
    title: c.bold,
    heading: c.bold.underline,
    name: c.cyan,
    quote: c.green,
    number: c.yellow,
    dim: c.dim,
    warn: c.magenta,
  };
}

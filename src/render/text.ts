// C0 and C1 control characters (tab and newline excepted): article text must never be able to
// move the cursor, retitle the window or write the clipboard of the terminal it is printed to.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControls(s: string): string {
  return s.replace(CONTROL, '');
}

/** Text as one line for a terminal: controls dropped, every run of whitespace (line breaks too) one space. */
export function oneLine(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim();
}

/** Escape what JSON.stringify leaves raw but a terminal would obey (DEL and C1 controls). */
export function escapeC1(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Display width of a string, counting wide East Asian characters and emoji as two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp < 0x370) || cp === 0x200b || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Greedy word wrap to `width` columns; `indent` starts every line. */
export function wrap(s: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - displayWidth(indent));
  const out: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const w = displayWidth(word);
    if (line && lineWidth + 1 + w > room) {
      out.push(indent + line);
      line = '';
      lineWidth = 0;
    }
    line = line ? `${line} ${word}` : word;
    lineWidth += (lineWidth ? 1 : 0) + w;
  }
  if (line) out.push(indent + line);
  return out.length ? out : [indent];
}

/** Cut to `width` columns with an ellipsis. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export { digest, readDocument, type DigestOptions } from './digest.js';
export { renderTerminal } from './render/terminal.js';
export { renderJson, renderJsonLine } from './render/json.js';
export type * from './model/digest.js';
export type * from './model/document.js';
export type * from './model/span.js';

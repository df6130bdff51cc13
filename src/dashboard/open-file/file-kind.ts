// What a chosen file is, from its first bytes (and its name only where the bytes cannot tell): a feed document, a
// dossier export, or something the dashboard cannot read. Plain TypeScript, shared by the dialog and the worker.

export type FileKind = 'json' | 'csv' | 'xlsx' | 'binary' | 'empty';

/** How many first bytes fileKind looks at. */
export const SNIFF_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function fileKind(head: Uint8Array): FileKind {
  if (head.length === 0) return 'empty';
  // An .xlsx is a zip, whatever its name says.
  if (ZIP.every((byte, index) => head[index] === byte)) return 'xlsx';
  // Text never holds a NUL byte or other control characters (tab, line breaks and form feed aside).
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  if (controls > head.length / 100) return 'binary';
  let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (start < head.length && (head[start] === 0x20 || head[start] === 0x09 || head[start] === 0x0a || head[start] === 0x0d)) start += 1;
  if (start === head.length) return 'empty';
  // '{' opens a feed document; '[' or '<' (an HTML page) are handed to the feed parser too, which says what is wrong.
  const first = head[start];
  if (first === 0x7b || first === 0x5b || first === 0x3c) return 'json';
  return 'csv';
}

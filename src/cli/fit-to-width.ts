// Terminal output that fits the terminal: how wide the output may be, and table column widths
// that fit it (wrapping the cells that may wrap), or null when no table fits and the caller prints
// a stacked list instead. Pure apart from reading the stream it is given.
import type { OutputStream } from './context.js';

/**
 * Columns available on `stream`: a terminal's width, else COLUMNS when set (stdout piped from a
 * shell that exports it, or a CI log of known width), else null: no limit known.
 */
export function outputWidth(env: Record<string, string | undefined>, stream: OutputStream): number | null {
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : null;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Cells a string takes on a terminal: escape sequences take none, East Asian wide characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const code = char.codePointAt(0)!;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd) ? 2 : 1;
  }
  return width;
}

export type TableRow = readonly (string | { colSpan: number; content: string })[];

/**
 * cli-table3 column widths (padding included) so the table is at most `width` wide: `{}` when it
 * already fits as it is (or no width is known), else the widest wrappable columns narrowed one
 * cell at a time, never below their minimum content width (`minimums[i]`; null: never wrapped).
 * Null when even that is too wide: print the rows as a stacked list.
 */
export function fitColumns(rows: readonly TableRow[], minimums: readonly (number | null)[], width: number | null): { colWidths?: number[]; wordWrap?: boolean } | null {
  const widths = minimums.map(() => 2);
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (typeof cell !== 'string') return;
      for (const line of cell.split('\n')) widths[i] = Math.max(widths[i]!, displayWidth(line) + 2);
    });
  }
  const total = () => widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  if (width === null || total() <= width) return {};
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      const min = minimums[i];
      if (min !== null && min !== undefined && w > min + 2 && (widest === -1 || w > widths[widest]!)) widest = i;
    });
    if (widest === -1) return null;
    widths[widest]!--;
  }
  return { colWidths: widths, wordWrap: true };
}

/**
 * Parts joined with `separator` (" · " by default) into lines of at most `width` cells (when
 * known), each line after the first starting with `indent`. A part wider than a line is left whole.
 */
export function joinWrapped(parts: readonly string[], width: number | null, indent: string, firstIndent = indent, separator = ' · '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (part === '') continue;
    const prefix = lines.length === 0 ? firstIndent : indent;
    if (line === '') line = prefix + part;
    else if (width === null || displayWidth(line) + displayWidth(separator) + displayWidth(part) <= width) line += separator + part;
    else {
      lines.push(line);
      line = indent + part;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text word-wrapped to `width` cells (when known), each line after the first starting with `indent`. */
export function wrapWords(text: string, width: number | null, indent = '', firstIndent = indent): string[] {
  return joinWrapped(text.split(/\s+/), width, indent, firstIndent, ' ');
}

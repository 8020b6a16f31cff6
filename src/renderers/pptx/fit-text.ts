// How much text fits in a box on a slide, measured without a font engine: greedy word wrap with
// Arial's own advance widths (arial-widths.ts), the face every slide uses. The deck uses it to pick
// a font size within limits and, when even the smallest size does not fit, to spread a list evenly
// over more slides, so no text overflows its box in PowerPoint, Keynote, Google Slides or
// LibreOffice. Pure.
import { BOLD, MEASURED, REGULAR } from './arial-widths.js';
import { withoutUnprinted } from '../../core/report/unprinted.js';

/** Renderers differ a little in kerning and rounding: each line is taken as this much fuller than measured. */
const SAFETY = 1.04;
/** Line height as a multiple of the font size. */
const LINE = 1.2;

export interface Box {
  /** Width and height in inches. */
  w: number;
  h: number;
}

const INDEX = new Map([...MEASURED].map((char, i) => [char, i]));

/** A character's advance in ems: Arial's, else 0.6 (1 for CJK and emoji, about two average widths). */
function charWidth(char: string, bold: boolean): number {
  const i = INDEX.get(char);
  if (i !== undefined) return (bold ? BOLD : REGULAR)[i]! / 1000;
  return char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
}

/** Lines a paragraph takes at this font size in this width (words wrap at spaces; a word too long for a line breaks). */
export function lineCount(text: string, widthIn: number, fontPt: number, bold = false): number {
  const width = (widthIn * 72) / (fontPt * SAFETY);
  const space = charWidth(' ', bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \t\n\r]+/).filter((w) => w !== '')) {
    let size = 0;
    for (const char of word) size += charWidth(char, bold);
    if (used > 0 && used + space + size <= width) {
      used += space + size;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than a line breaks across lines.
    while (size > width) {
      lines++;
      size -= width;
    }
    used = size;
  }
  return lines;
}

export interface Paragraph {
  text: string;
  /** Relative size: 1 for body text, more for a heading line. */
  scale?: number;
  bold?: boolean;
}

/** Height in inches of paragraphs at a font size, with the space after each paragraph. */
export function textHeight(paragraphs: readonly Paragraph[], widthIn: number, fontPt: number, spaceAfterPt = 4): number {
  // Text boxes have insets of about 0.1 in on each side.
  const width = widthIn - 0.2;
  let points = 0;
  for (const p of paragraphs) {
    const size = fontPt * (p.scale ?? 1);
    points += lineCount(p.text, width, size, p.bold ?? false) * size * LINE + spaceAfterPt;
  }
  return points / 72 + 0.1;
}

/** The largest font size from max down to min (whole points) at which the paragraphs fit; null if none. */
export function fitFontSize(paragraphs: readonly Paragraph[], box: Box, max: number, min: number, spaceAfterPt = 4): number | null {
  for (let size = max; size >= min; size--) if (textHeight(paragraphs, box.w, size, spaceAfterPt) <= box.h) return size;
  return null;
}

/** Text that XML 1.0 can hold, as every printed format prints it (unprinted.ts; pptxgenjs escapes the rest). */
export function xmlSafe(text: string): string {
  return withoutUnprinted(text);
}

/**
 * Items split over pages of at most `maxPerPage` items on which `fits(page)` holds: each page
 * filled in order, then a last page left with a single item takes the previous page's last one
 * (when that still fits and leaves two behind; a page that would fit both was never closed). A split never leaves one item alone after a full
 * page; an item that fits on no page with another gets a page of its own.
 */
export function balancePages<T>(items: readonly T[], maxPerPage: number, fits: (page: readonly T[]) => boolean): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  for (const item of items) {
    const trial = [...page, item];
    if (page.length > 0 && (trial.length > maxPerPage || !fits(trial))) {
      pages.push(page);
      page = [item];
    } else page = trial;
  }
  if (page.length > 0) pages.push(page);
  const last = pages.length - 1;
  if (last > 0 && pages[last]!.length === 1) {
    const previous = pages[last - 1]!;
    const moved = [previous[previous.length - 1]!, ...pages[last]!];
    if (previous.length > 2 && fits(moved)) {
      pages[last - 1] = previous.slice(0, -1);
      pages[last] = moved;
    }
  }
  return pages;
}

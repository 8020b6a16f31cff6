// Advance widths of Arial, the deck's face (palette.ts), in thousandths of an em, read from the
// hmtx table of Liberation Sans, which is metric-compatible with Arial (same advance for every
// character), for printable ASCII and the punctuation the reports use. The deck sizes its text
// with these (fit-text.ts): an average width per character (0.44 em) let prose of 0.5 em run into
// the footer (seventh VP reading, class 6). Other characters count as 0.6 em, wide ones (CJK,
// emoji) as 1 em: more than they take, so text fits rather than overflows.

/** The characters below, in order: ' ' to '~', then ’ ‘ “ ” – — … ★ é · •. */
export const MEASURED = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}’‘“”–—…★é·•`;
export const REGULAR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 222, 222, 333, 333, 556, 1000, 1000, 1000, 556, 278, 350];
export const BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 278, 278, 500, 500, 556, 1000, 1000, 1000, 556, 278, 350];

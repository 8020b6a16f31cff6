// The characters no printed format shows, in one place, so that a note typed with them reads the
// same in the Markdown, the HTML and PDF, and the deck (the JSON results keep the text as typed):
// - C0/C1 controls other than tab and line breaks, and DEL: invisible, and HTML and XML 1.0 forbid
//   most of them (the validator's "forbidden code point"; a deck with one does not open);
// - explicit bidirectional controls (embeddings, overrides, isolates): they can make text display
//   in another order than it is stored ("Trojan Source"), and an unbalanced one reorders the rest
//   of a line. Right-to-left scripts do not need them: the renderer orders Hebrew or Arabic itself;
// - U+FFFE, U+FFFF and lone surrogates: not characters; UTF-8 cannot encode a lone surrogate.

/** Every character the printed formats drop. Global: use with `replace`, never with `test`. */
export const UNPRINTED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every unprinted character removed. */
export function withoutUnprinted(text: string): string {
  return text.replace(UNPRINTED, '');
}

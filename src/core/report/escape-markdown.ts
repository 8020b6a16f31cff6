// User text (organization, names, roles, notes, and the rubric text itself) goes into Markdown
// paragraphs, list items, headings and table cells. Escaped here, it stays text: it cannot end a
// table row, add a column, start a heading, list or quote, open a code span, emphasis or link,
// or inject HTML. Tested against hostile input with markdownlint.
import { withoutUnprinted } from './unprinted.js';

/** Any line break (a newline ends a table row) or tab, folded to a space. */
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
/** Characters with inline meaning anywhere: escapes, code, emphasis, links, HTML, tables, strikethrough, math. */
const INLINE = /[\\`*_[\]<>|~$]/g;

/** Markdown-safe inline text, on one line. */
export function escapeMarkdown(text: string): string {
  const folded = withoutUnprinted(text).replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  return (
    folded
      .replace(INLINE, (c) => `\\${c}`)
      // An entity reference (&amp; &#60;) would be decoded; a plain "R&D" is left alone.
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
      // Bare URLs and e-mail addresses become links (and trip markdownlint MD034): keep them text.
      .replace(/:\/\//g, '\\://')
      .replace(/@/g, '\\@')
      .replace(/\b(www)\./gi, '$1\\.')
      // At the start of a line: an ATX heading, a list item, a setext underline or thematic break.
      .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
      .replace(/^([=-]+)$/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Punctuation markdownlint (MD026) refuses at the end of a heading. */
const HEADING_TRAILING_PUNCTUATION = /[.,;:!\u3002\uFF0C\uFF1B\uFF1A\uFF01]+$/;

/** Markdown-safe text for a heading: escaped, without trailing punctuation. */
export function escapeHeading(text: string): string {
  return escapeMarkdown(text.trim().replace(HEADING_TRAILING_PUNCTUATION, '').trim());
}

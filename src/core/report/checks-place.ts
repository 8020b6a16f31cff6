// Where "What to check before committing" is, as the report's text points there. The view's text
// names the box by its heading in quotation marks, which holds in every format; each format turns
// that name into its own pointer: a link in HTML and Markdown, plus "page two" where the page is
// printed (the box opens page two of the PDF). A page number in a web page or a Markdown file
// leads nowhere (twelfth VP reading, class 10: "See What to check before committing, page 2" and
// "is on page two" in HTML and Markdown). A custom template that prints the text as it is still
// reads right: it names the box.
import { CHECKS_FIRST_HEADING } from './checks-first.js';

/** The box as the view's text names it: “What to check before committing”. */
export const CHECKS_BOX_NAME = `“${CHECKS_FIRST_HEADING}”`;

/** The Markdown heading's anchor (GitHub's slug of the heading). */
export const CHECKS_BOX_MARKDOWN_ANCHOR = `#${CHECKS_FIRST_HEADING.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}`;

/** The HTML section's id (templates/report.html.hbs). */
export const CHECKS_BOX_HTML_ID = 'checks-first';

/** Markdown already escaped: the box's name becomes a link to its heading. */
export function markdownChecksPointer(escaped: string): string {
  return escaped.split(CHECKS_BOX_NAME).join(`“[${CHECKS_FIRST_HEADING}](${CHECKS_BOX_MARKDOWN_ANCHOR})”`);
}

/** HTML already escaped: the box's name becomes a link, and in print "(page two)" follows it (styles.html.hbs, .print-only). */
export function htmlChecksPointer(escaped: string): string {
  return escaped
    .split(CHECKS_BOX_NAME)
    .join(`“<a href="#${CHECKS_BOX_HTML_ID}">${CHECKS_FIRST_HEADING}</a>”<span class="print-only"> (page two)</span>`);
}

// markdownlint on every generated report, plus a look at how it parses (through markdownlint's
// own micromark tokens, via a custom rule): which headings, tables, HTML and links the reader
// will see. Shared by the report tests; reusable for any other Markdown the CLI writes.
import { lint } from 'markdownlint/promise';
import type { MicromarkToken, Rule } from 'markdownlint';

/**
 * Default rules, except MD013 (line length): report lines carry whole sentences and table rows
 * built from user text, and Markdown renderers wrap them anyway; hard-wrapping would break tables.
 */
export const MARKDOWNLINT_CONFIG = { default: true, MD013: false } as const;

export interface MarkdownShape {
  /** markdownlint findings as "line RULE detail". */
  violations: string[];
  /** Heading texts as parsed, with their level: "2 Executive summary". */
  headings: string[];
  /** Body rows of each table, in order. */
  tableRows: number[];
  /** Any raw HTML, block or inline. */
  html: string[];
  /** Links of any kind (inline, reference, autolink, bare URL). */
  links: string[];
  /** Ordered and unordered lists, counted. */
  lists: number;
  /** Block quotes, counted. */
  blockQuotes: number;
}

function walk(tokens: readonly MicromarkToken[], visit: (t: MicromarkToken) => void): void {
  for (const token of tokens) {
    visit(token);
    walk(token.children, visit);
  }
}

export async function inspectMarkdown(markdown: string): Promise<MarkdownShape> {
  const shape: MarkdownShape = { violations: [], headings: [], tableRows: [], html: [], links: [], lists: 0, blockQuotes: 0 };
  const collect: Rule = {
    names: ['collect-shape'],
    description: 'collects the parsed structure for tests',
    tags: ['test'],
    parser: 'micromark',
    function: (params) => {
      walk(params.parsers.micromark.tokens, (t) => {
        // GFM token names (table, literalAutolink) are missing from the core micromark type union.
        const type: string = t.type;
        if (t.type === 'atxHeading' || t.type === 'setextHeading') {
          const level = t.type === 'atxHeading' ? (t.children.find((c) => c.type === 'atxHeadingSequence')?.text.length ?? 0) : 0;
          const text = t.children.find((c) => c.type === 'atxHeadingText' || c.type === 'setextHeadingText')?.text ?? '';
          shape.headings.push(`${level} ${text}`);
        }
        if (type === 'table') shape.tableRows.push(t.children.filter((c) => (c.type as string) === 'tableBody').flatMap((b) => b.children.filter((r) => (r.type as string) === 'tableRow')).length);
        if (t.type === 'htmlFlow' || t.type === 'htmlText') shape.html.push(t.text);
        if (type === 'link' || type === 'autolink' || type === 'literalAutolink' || type === 'image') shape.links.push(t.text);
        if (t.type === 'listOrdered' || t.type === 'listUnordered') shape.lists++;
        if (t.type === 'blockQuote') shape.blockQuotes++;
      });
    },
  };
  const results = await lint({ strings: { report: markdown }, config: MARKDOWNLINT_CONFIG, customRules: [collect] });
  shape.violations = (results.report ?? []).map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`.trim());
  return shape;
}

// Custom template failures are located in the template (file:line:col), like any other input.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { renderHtml } from '../../src/renderers/html/render-html.js';
import { templateText } from '../helpers/report-fixtures.js';

const view = { organization: 'Acme', imperatives: [{ title: 'One', questions: [{ id: 'q' }] }] };
const failure = (template: string) => {
  const result = renderMarkdown<object>(templateText(template), view);
  if (result.ok) throw new Error('expected the template to fail');
  return { message: result.message, at: result.at };
};

describe('describeTemplateError, through the Markdown renderer', () => {
  it.each([
    ['a missing field (strict mode)', 'a\n{{#each imperatives}}  {{nope}}{{/each}}\n', { line: 2, column: 26 }, '{{nope}} is neither a field of the view model here nor a helper (see docs/report.md)'],
    ['a missing helper argument', 'a\n\n {{md nope}}\n', { line: 3, column: 2 }, '{{md}} refers to a field the view model does not have (see docs/report.md)'],
    ['a field read from a missing one', '{{#each imperatives}}\n  {{md nope.x}}{{/each}}\n', { line: 2, column: 8 }, '{{nope.x}}: nope is not a field of the view model here (see docs/report.md)'],
    ['a syntax error, at its column', 'a\n\n  {{ foo bar }\n', { line: 3, column: 14 }, "syntax error: unexpected 'INVALID'"],
    ['a block never closed, where it opens', '# T\n\n{{#each imperatives}}\n- x\n', { line: 3, column: 1 }, '{{#each}} is never closed: {{/each}} is missing'],
    ['blocks that do not match', '{{#if organization}}\n{{/each}}\n', { line: 1, column: 4 }, "if doesn't match each"],
    ['a partial that does not exist', 'x\n {{> nope}}\n', { line: 2, column: 2 }, '{{> nope}} names a partial that does not exist'],
  ])('%s', (_, template, at, message) => {
    expect(failure(template)).toEqual({ message, at });
  });

  it('a position that does not fit the template is left out, not guessed', () => {
    // The failure is in a partial (its own text), so no place in the main template is given.
    const result = renderHtml({ main: templateText('<p>ok</p>\n{{> inner}}'), partials: { inner: templateText('\n\n\n\n<b>{{missing}}</b>') } }, view);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.at).toBeUndefined();
  });
});

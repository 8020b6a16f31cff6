// The shipped templates are precompiled at build time (scripts/build.mjs) and rendered from the
// precompiled spec on Handlebars' runtime alone; a custom template is compiled at run time. Both
// must print the same report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compareAudits } from '../../src/core/compare/compare-audits.js';
import { buildComparisonView } from '../../src/core/compare/build-comparison-view.js';
import { renderReport } from '../../src/core/report/render-report.js';
import type { ReportTemplate, TemplateSpecification } from '../../src/core/report/template-helpers.js';
import { TEMPLATE_OPTIONS } from '../../src/core/report/template-options.js';
import { markdownRenderer } from '../../src/renderers/markdown.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE, templateText } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** What the build writes to dist/templates/<name>.js, evaluated as the CLI imports it. */
function precompile(text: string): ReportTemplate {
  const source = Handlebars.precompile(text, TEMPLATE_OPTIONS) as unknown as string;
  return { text, spec: new Function(`return ${source};`)() as TemplateSpecification };
}

const set = defaultSet();
const team = TEAM_EXAMPLE.map((path) => loadSheet(path, set));

describe('precompiled and run-time compiled templates print the same', () => {
  it('the report, for one respondent and for a team, named and anonymized', () => {
    const text = readFileSync(join(REPO_ROOT, 'templates/report.md.hbs'), 'utf8');
    const precompiled = precompile(text);
    for (const sheets of [[team[0]!], team]) {
      for (const names of [false, true]) {
        const options = { format: 'md' as const, names };
        const compiled = renderReport(set, sheets, { ...options, template: templateText(text) });
        expect(compiled.ok).toBe(true);
        expect(renderReport(set, sheets, { ...options, template: precompiled })).toEqual(compiled);
      }
    }
  });

  it('the comparison', async () => {
    const text = readFileSync(join(REPO_ROOT, 'templates/compare.md.hbs'), 'utf8');
    const input = { kind: 'compare' as const, view: buildComparisonView(set, compareAudits(set, [team[0]!], team)) };
    const compiled = await markdownRenderer.render(input, { markdownTemplate: templateText(text) });
    expect(compiled.ok).toBe(true);
    expect(await markdownRenderer.render(input, { markdownTemplate: precompile(text) })).toEqual(compiled);
  });

  it('a template error names the same line either way', () => {
    const text = '# Report\n\n{{md organisation}}\n';
    const compiled = renderReport(set, [team[0]!], { format: 'md', names: false, template: templateText(text) });
    expect(compiled.ok).toBe(false);
    expect(renderReport(set, [team[0]!], { format: 'md', names: false, template: precompile(text) })).toEqual(compiled);
  });
});

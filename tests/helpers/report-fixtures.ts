// The shipped rubrics, template and examples, read the way the CLI reads them, for unit tests of
// the report core (which itself reads no files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { loadRubricSet, type RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import type { ReportTemplate } from '../../src/core/report/template-helpers.js';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import type { SourceFile } from '../../src/core/source/parse-yaml-source.js';
import { REPO_ROOT } from './run-cli.js';
import { expect } from 'vitest';
import { costProblem } from '../../src/core/readout/cost-signals.js';

export function sourceFile(path: string): SourceFile {
  const content = readFileSync(join(REPO_ROOT, path));
  return { path, content, size: content.byteLength };
}

export function defaultSet(): RubricSet {
  const files = readdirSync(join(REPO_ROOT, 'rubrics'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => sourceFile(`rubrics/${name}`));
  const { set, diagnostics } = loadRubricSet(files);
  if (!set) throw new Error(`default rubrics invalid: ${JSON.stringify(diagnostics)}`);
  return set;
}

/** A template given as text, as a custom --template is: with the compiler. */
export function templateText(text: string): ReportTemplate {
  return { text, compiler: Handlebars };
}

export function defaultTemplate(): ReportTemplate {
  return templateText(readFileSync(join(REPO_ROOT, 'templates', 'report.md.hbs'), 'utf8'));
}

/** A view rendered with the shipped Markdown template, without a brand; throws if it fails. */
export function markdownOf(view: ReportView): string {
  const result = renderMarkdown(defaultTemplate(), { ...view, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

/** An answers file from the repository, parsed against the set; throws on any diagnostic. */
export function loadSheet(path: string, set: RubricSet): AnswerSheet {
  const { sheet, diagnostics } = parseAnswers(sourceFile(path), set);
  if (!sheet || diagnostics.length > 0) throw new Error(`${path}: ${JSON.stringify(diagnostics)}`);
  return sheet;
}

/** Every answers file of the team example (ten respondents: 3 leadership, 3 sales managers, 4 salespeople). */
// The auditor's file last: it is no respondent, so the respondents keep their indexes in the sheets.
export const TEAM_EXAMPLE = readdirSync(join(REPO_ROOT, 'examples/acme'))
  .filter((name) => name.endsWith('.yaml'))
  .sort((a, b) => Number(a === 'auditor.yaml') - Number(b === 'auditor.yaml') || (a < b ? -1 : a > b ? 1 : 0))
  .map((name) => `examples/acme/${name}`);

/** The respondent names in the team example, for the tests that search every output for them. */
export const TEAM_NAMES = ['Alex Morgan', 'Priya Nair', 'Jordan Blake', 'Sam Ortiz', 'Maria Gonzalez', 'Tom Becker', 'Riley Chen', 'Ana Souza', 'Ben Carter', 'Kim Park'];

/** The team example scored, and its report view with examples/readout.yaml (`view`) and without a readout (`plain`). */
export function acmeViews(): { set: RubricSet; scores: ReturnType<typeof scoreAudit>; view: ReportView; plain: ReportView } {
  const set = defaultSet();
  const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
  const scores = scoreAudit(set, sheets);
  const readoutYaml = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
  const checked = checkReadout({ path: 'readout.yaml', content: Buffer.from(readoutYaml), size: readoutYaml.length }, set, scores);
  return { set, scores, view: buildReportView(set, sheets, scores, { names: false, readout: checked.readout }), plain: buildReportView(set, sheets, scores, { names: false }) };
}

/**
 * What checking a draft may find (VP reading 17, class A5): the draft copies each decision's cost
 * from the rubric, which cannot price it for a client; a cost that states neither money nor time is
 * a warning for the consultant to price it, at that cost's line, and nothing else. Derived from the
 * draft's own decisions, so a draft that gains or loses one is still held to it.
 */
export function expectDraftDiagnostics(draftYaml: string, diagnostics: readonly { rule: string; severity: string; line: number }[]): void {
  const lines = draftYaml.split('\n');
  const unpriced = lines.flatMap((line, i) => {
    const m = /^ {4}cost: (.*)$/.exec(line);
    return m !== null && costProblem(m[1]!.replace(/^"|"$/g, ''))?.rule === 'readout-cost-unstated' ? [i + 1] : [];
  });
  expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual(unpriced.map((line) => ['readout-cost-unstated', 'warning', line]));
}

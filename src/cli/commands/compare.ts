// `sales-audit compare <before> <after>`: two audits (files or folders of answers, or survey
// exports, read as `report` reads them) → what moved, as a terminal table, and as Markdown or JSON
// with --out.
import { isAuditorRole } from '../../core/answers/answers-constants.js';
import Table from 'cli-table3';
import { terminalStyle } from '../../formatters/terminal-style.js';
import type { AnswerSheet } from '../../core/answers/answer-sheet.js';
import { responseKey } from '../../core/answers/repeated-sheets.js';
import { compareAudits } from '../../core/compare/compare-audits.js';
import { buildComparisonView } from '../../core/compare/build-comparison-view.js';
import { comparisonResults } from '../../core/compare/render-comparison.js';
import { printable } from '../../core/printable.js';
import { formatOverall, formatScore } from '../../core/report/format.js';
import { DEFAULT_MIN_GROUP } from '../../core/scoring/config.js';
import { displayPath } from '../../io/collect-files.js';
import { useColor, type CliContext } from '../context.js';
import { fitColumns, joinWrapped, outputWidth, wrapWords } from '../fit-to-width.js';
import { loadAnswerSheetsOrFail } from '../load-answer-sheets.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import { isExportFile, readExportOrFail, type ExportReadOptions } from '../read-export.js';
import { clientOf, renderAndWrite } from '../report-output.js';
import { refuseOutputOverInputs, writeOutput } from '../write-output.js';

export interface CompareOptions extends Partial<ExportReadOptions> {
  rubrics?: string;
  out?: string;
  format: 'md' | 'json' | 'html' | 'pdf';
  browser?: string;
  /** --brand: the firm's brand file. */
  brand?: string;
  /** --client-has, --client-lacks: owner roles the client has and lacks, as `report` takes them. */
  clientHas?: string[];
  clientLacks?: string[];
  force: boolean;
}

export async function runCompare(ctx: CliContext, before: string, after: string, options: CompareOptions): Promise<void> {
  refuseOutputOverInputs(ctx, options.out, [before, after].map((path) => ({ path, what: 'input' })));
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  // Checked before any file is read: a typo in a role is a usage error, as in `report`.
  const client = clientOf(set, options);
  const nothingWritten = 'No comparison was made';
  // Each side is answers (a file or a folder) or a survey export, read as `report` reads it.
  const sheetsOf = async (path: string): Promise<AnswerSheet[]> => {
    if (!isExportFile(ctx, path)) return loadAnswerSheetsOrFail(ctx, set, [path], { nothingWritten });
    const read = await readExportOrFail(ctx, set, path, { ...options, keepNames: options.keepNames ?? false, skipInvalid: options.skipInvalid ?? false }, nothingWritten);
    return read.responses.map((r) => r.sheet);
  };
  const beforeSheets = await sheetsOf(before);
  const afterSheets = await sheetsOf(after);
  const comparison = compareAudits(set, beforeSheets, afterSheets, { client });
  warnNearlySameResponses(ctx, beforeSheets, afterSheets);

  if (comparison.rubrics.changed) {
    ctx.stderr.write(
      `warning: the rubrics changed between the two audits (before: ${comparison.rubrics.before.join(', ')}; after: ${comparison.rubrics.after.join(', ')}). ` +
        `Both are scored with the current rubrics; ${comparison.notComparable.length} question(s) are not comparable.\n`,
    );
  }
  const { organization } = comparison;
  if (organization.before !== null && organization.after !== null && organization.before !== organization.after) {
    ctx.stderr.write(`warning: the two audits name different organizations: "${printable(organization.before)}" and "${printable(organization.after)}"\n`);
  }

  const toStdout = options.out === '-';
  if (!toStdout) printComparisonTable(ctx, comparison);
  if (options.out === undefined) return;
  let written: string | null;
  if (options.format === 'json') {
    written = await writeOutput(ctx, options.out, `${JSON.stringify(comparisonResults(comparison), null, 2)}\n`, { force: options.force });
  } else {
    const view = buildComparisonView(set, comparison);
    written = await renderAndWrite(ctx, { kind: 'compare', view }, { out: options.out, format: options.format, browser: options.browser, brand: options.brand, force: options.force });
  }
  if (written !== null) ctx.stdout.write(`Comparison written to ${displayPath(ctx.cwd, written)}\n`);
}

/**
 * Two sides that hold the same responses but for a few people (an interim and a final report, one
 * person added): every change is then those people's answers, whatever the minimum group hides
 * in each report. Said, not refused: comparing them is how a consultant checks what a late
 * respondent moved. A person is a response here (respondent, date and every answer alike).
 */
function warnNearlySameResponses(ctx: CliContext, beforeSheets: readonly AnswerSheet[], afterSheets: readonly AnswerSheet[]): void {
  // The auditor's file holds checks of the sample, not a person's answers: no person to give away.
  const before = beforeSheets.filter((s) => !isAuditorRole(s.respondent.role));
  const after = afterSheets.filter((s) => !isAuditorRole(s.respondent.role));
  const keys = new Map<string, number>();
  for (const sheet of before) {
    const key = responseKey(sheet);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  let shared = 0;
  for (const sheet of after) {
    const key = responseKey(sheet);
    const left = keys.get(key) ?? 0;
    if (left > 0) {
      shared++;
      keys.set(key, left - 1);
    }
  }
  const differing = before.length - shared + (after.length - shared);
  if (shared === 0 || differing === 0 || differing >= DEFAULT_MIN_GROUP) return;
  ctx.stderr.write(
    `warning: the two sides hold the same ${shared} responses but for ${differing} ${differing === 1 ? 'person' : 'people'} (fewer than ${DEFAULT_MIN_GROUP}): ` +
      `every change this comparison shows is ${differing === 1 ? "that person's" : "those people's"} answers. Share it only with whoever may see them.\n`,
  );
}

function printComparisonTable(ctx: CliContext, comparison: ReturnType<typeof compareAudits>): void {
  const style = terminalStyle(useColor(ctx, ctx.stdout));
  const score = (s: number | null) => (s === null ? '–' : formatScore(s));
  const delta = (d: number | null) =>
    d === null ? '–' : d > 0 ? style.green(`▲ +${formatScore(d)}`) : d < 0 ? style.red(`▼ −${formatScore(-d)}`) : '= 0.0';
  const head = ['Imperative', 'Before', 'After', 'Change'].map((h) => style.bold(h));
  const rows = [
    ...comparison.imperatives.map((i) => [printable(i.title), score(i.before), score(i.after), delta(i.delta)]),
    // The overall keeps its two decimals (round-score.ts roundOverall).
    [style.bold('Overall'), comparison.overall.before === null ? '–' : formatOverall(comparison.overall.before), comparison.overall.after === null ? '–' : formatOverall(comparison.overall.after), delta(comparison.overall.delta)],
  ];
  const width = outputWidth(ctx.env, ctx.stdout);
  const fit = fitColumns([head, ...rows], [16, null, null, null], width);
  if (fit === null) {
    // Too narrow for a table: each imperative's title, then its figures below.
    const lines = rows.flatMap(([title, before, after, change]) => [...wrapWords(title!, width), ...joinWrapped([`before ${before}`, `after ${after}`, change!], width, '  ')]);
    lines.push(...summaryOf(comparison, width));
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return;
  }
  const table = new Table({ head, colAligns: ['left', 'right', 'right', 'right'], style: { head: [], border: [] }, ...fit });
  table.push(...rows);
  ctx.stdout.write(`${[table.toString(), ...summaryOf(comparison, width)].join('\n')}\n`);
}

function summaryOf(comparison: ReturnType<typeof compareAudits>, width: number | null): string[] {
  return joinWrapped(
    [
      `${comparison.moved.length} question(s) moved`,
      `actions: ${comparison.done.length} done, ${comparison.added.length} new, ${comparison.open.length} still open`,
      comparison.notComparable.length > 0 ? `${comparison.notComparable.length} not comparable` : '',
    ],
    width,
    '',
  );
}

// Where a report leaves the program: the template read from disk, the report written (or sent to
// stdout), and the terminal score summary. Used by `report` and at the end of `audit`.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AnswerSheet } from '../core/answers/answer-sheet.js';
import { printable } from '../core/printable.js';
import { formatNumber, formatScore, textBar } from '../core/report/format.js';
import type { PrecompiledTemplate } from '../core/report/render-markdown.js';
import { renderReport, type ReportFormat } from '../core/report/render-report.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import type { BandKey } from '../core/scoring/config.js';
import { scoreAudit } from '../core/scoring/score-audit.js';
import { createStyle, type Style } from '../formatters/ansi-style.js';
import { loadShippedTemplate } from '../io/load-template.js';
import { useColor, type CliContext, type OutputStream } from './context.js';
import { writeOutput } from './write-output.js';
import { fitColumns, joinWrapped, outputWidth, wrapWords, type TableRow } from './fit-to-width.js';
import { InputError, UsageError } from './errors.js';

export interface ReportOutputOptions {
  /** File to write, or '-' for stdout. */
  out: string;
  format: ReportFormat;
  /** A custom Handlebars template file (Markdown only). */
  template?: string;
  target?: number;
  anonymize: boolean;
  force: boolean;
}

/** The default template shipped in the package. */
export function defaultTemplatePath(ctx: CliContext): string {
  return join(ctx.packageRoot, 'templates', 'report.md.hbs');
}

async function readTemplate(ctx: CliContext, template: string | undefined): Promise<string | PrecompiledTemplate> {
  const path = template === undefined ? defaultTemplatePath(ctx) : resolve(ctx.cwd, template);
  try {
    return template === undefined ? await loadShippedTemplate(ctx.packageRoot, 'report.md') : await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the template ${template ?? path}: ${code === 'ENOENT' ? 'file not found' : (code ?? String(error))}`);
  }
}

/**
 * Scores the sheets, renders the report and writes it to `out` (atomically; never over an
 * existing file without `force`). Returns the absolute path written, or null for stdout.
 */
export async function renderAndWriteReport(ctx: CliContext, set: RubricSet, sheets: readonly AnswerSheet[], options: ReportOutputOptions): Promise<string | null> {
  const template = options.format === 'md' ? await readTemplate(ctx, options.template) : '';
  const rendered = renderReport(set, sheets, { format: options.format, template, target: options.target, anonymize: options.anonymize });
  if (!rendered.ok) {
    throw new InputError(`the report template ${options.template ?? '(built-in)'} failed: ${rendered.message}`);
  }
  return writeOutput(ctx, options.out, rendered.text, { force: options.force });
}

const BAND_COLORS: Record<BandKey, (style: Style) => Style> = {
  atRisk: (c) => c.red,
  developing: (c) => c.yellow,
  capable: (c) => c.cyan,
  highPerforming: (c) => c.green,
};

/**
 * The terminal summary: one row per imperative with a bar, score, target, gap and band, then the
 * overall score. Coloured on a terminal; plain when piped or when NO_COLOR is set. It fits the
 * output's width (fit-to-width.ts): the full table when it fits, else a shorter bar and wrapped
 * titles, else one imperative per block of lines.
 */
export async function printScoreSummary(
  ctx: CliContext,
  set: RubricSet,
  sheets: readonly AnswerSheet[],
  options: { target?: number; stream?: OutputStream } = {},
): Promise<void> {
  const stream = options.stream ?? ctx.stdout;
  // chalk's styles, without loading chalk (formatters/ansi-style.ts).
  const style = createStyle(useColor(ctx, stream));
  const scores = scoreAudit(set, sheets, { target: options.target });
  const width = outputWidth(ctx.env, stream);
  const rows = (barWidth: number): TableRow[] => [
    ...scores.imperatives.map((result) => {
      const colour = result.band === null ? style.dim : BAND_COLORS[result.band](style);
      return [
        printable(result.imperative.title),
        colour(textBar(result.score, barWidth)),
        result.score === null ? 'not scored' : formatScore(result.score),
        formatNumber(result.target),
        result.gap === null ? '' : formatScore(result.gap),
        result.band === null ? 'no answered questions' : colour(set.bandNames[result.band]),
      ];
    }),
    [
      style.bold('Overall'),
      '',
      style.bold(scores.overall.score === null ? 'not scored' : formatScore(scores.overall.score)),
      '',
      '',
      scores.overall.band === null ? '' : style.bold(BAND_COLORS[scores.overall.band](style)(set.bandNames[scores.overall.band])),
    ],
  ];
  const head = ['Imperative', '', 'Score', 'Target', 'Gap', 'Band'].map((h) => style.bold(h));
  // Titles, scores ("not scored") and band names may wrap; the bar, target and gap may not.
  const minimums = [16, null, 6, null, null, 10];
  let body = rows(20);
  let fit = fitColumns([head, ...body], minimums, width);
  if (fit === null || fit.colWidths !== undefined) {
    body = rows(10);
    fit = fitColumns([head, ...body], minimums, width);
  }
  const who = sheets.length === 1 ? '1 respondent' : `${sheets.length} respondents`;
  const footer = `${scores.actions.length} recommended actions from ${who}.`;
  if (fit === null) {
    stream.write(`${[...stackedSummary(scores, set, style, width), ...wrapWords(footer, width)].join('\n')}\n`);
    return;
  }
  // Loaded here, not at the top: a report sent to stdout prints no table (start-up time).
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head,
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left'],
    // cli-table3 colours headers and borders itself unless told not to; colour is ours to decide.
    style: { head: [], border: [] },
    // No rule between rows: five rows read better compact.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    ...fit,
  });
  table.push(...(body as string[][]));
  stream.write(`${table.toString()}\n${wrapWords(footer, width).join('\n')}\n`);
}

/** The summary for a terminal too narrow for any table: the title, then its figures below. */
function stackedSummary(scores: ReturnType<typeof scoreAudit>, set: RubricSet, style: Style, width: number | null): string[] {
  const lines: string[] = [];
  for (const result of scores.imperatives) {
    const colour = result.band === null ? style.dim : BAND_COLORS[result.band](style);
    lines.push(...wrapWords(style.bold(printable(result.imperative.title)), width));
    const figures =
      result.score === null
        ? ['not scored', `target ${formatNumber(result.target)}`, 'no answered questions']
        : [`${formatScore(result.score)}`, `target ${formatNumber(result.target)}`, `gap ${formatScore(result.gap ?? 0)}`, colour(set.bandNames[result.band!])];
    lines.push(...joinWrapped([`${colour(textBar(result.score, 10))} ${figures[0]}`, ...figures.slice(1)], width, '  '));
  }
  const overall = scores.overall;
  lines.push(
    ...joinWrapped(
      [style.bold(`Overall ${overall.score === null ? 'not scored' : formatScore(overall.score)}`), overall.band === null ? '' : style.bold(BAND_COLORS[overall.band](style)(set.bandNames[overall.band]))],
      width,
      '  ',
      '',
    ),
  );
  return lines;
}

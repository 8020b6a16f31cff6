// Where a report leaves the program: the template read from disk, the report written (or sent to
// stdout), and the terminal score summary. Used by `report` and at the end of `audit`.
import { basename, dirname, join, resolve } from 'node:path';
import { auditTallyOf, type AuditInput } from '../core/scoring/audit-tally.js';
import { printable } from '../core/printable.js';
import { buildReportView } from '../core/report/build-report-view.js';
import { formatNumber, formatOverall, formatScore, textBar } from '../core/report/format.js';
import { renderReport, type RenderReportOptions } from '../core/report/render-report.js';
import type { ReportFormat } from '../core/report/report-formats.js';
import type { ReportTemplate } from '../core/report/template-helpers.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import { ownerKeys } from '../core/rubric/owners.js';
import { own } from '../core/source/reserved-keys.js';
import { MANIFEST_FILE_NAME } from '../core/rubric/rubric-constants.js';
import type { BandKey } from '../core/scoring/config.js';
import { scoreAudit, type AuditScores } from '../core/scoring/score-audit.js';
import { terminalStyle, type Paint, type TerminalStyle } from '../formatters/terminal-style.js';
import { findBrowser } from '../io/find-browser.js';
import { readSourceFile } from '../io/read-sources.js';
import { MAX_SOURCE_BYTES } from '../core/source/source-file.js';
import { loadShippedHtmlTemplates, loadShippedPartials, loadShippedTemplate, templateFromText } from '../io/load-template.js';
import { RENDERERS } from '../renderers/index.js';
import type { PaperSize, RenderInput, RenderOptions } from '../renderers/renderer.js';
import type { ReadoutData } from '../core/readout/schema.js';
import { useColor, type CliContext, type OutputStream } from './context.js';
import { checkOutput, writeOutput, writeOutputs } from './write-output.js';
import { fitColumns, joinWrapped, outputWidth, wrapWords, type TableRow } from './fit-to-width.js';
import { InputError, UsageError } from './errors.js';
import { loadBrandOrFail } from './load-brand.js';
import type { Brand } from '../core/brand/parse-brand.js';

export interface ReportOutputOptions {
  /** File to write, or '-' for stdout. */
  out: string;
  format: ReportFormat;
  /** A custom Handlebars template file (Markdown, HTML or PDF). */
  template?: string;
  target?: number;
  /** Show respondent names (--names). */
  names?: boolean;
  /** --show-identifying-notes: print notes that may point to one person (identifying-notes.ts). */
  showIdentifyingNotes?: boolean;
  /** Accepted for scripts written before --names; has no effect (names are left out by default). */
  anonymize?: boolean;
  /** --min-group: roles with fewer respondents are folded in; default 3. */
  minGroup?: number;
  /** --focus: priorities on page one; default 5. */
  focus?: number;
  /** --client-has, --client-lacks: owner roles (keys of the set's owner catalog) the client has and lacks. */
  clientHas?: string[];
  clientLacks?: string[];
  force: boolean;
  /** Chromium or Chrome for --format pdf (else CHROME_PATH, else PATH). */
  browser?: string;
  /** The comparison with a portfolio (report --benchmark). */
  benchmarkResult?: RenderReportOptions['benchmark'];
  /** --brand: the firm's brand file (HTML, PDF, PPTX; checked for every format). */
  brand?: string;
  /** --paper: the PDF's page size (default A4). */
  paper?: PaperSize;
  /** --plan-size: actions the plan shows in full (default: the readout's, else 12). */
  planSize?: number;
  /** The readout, checked (read-readout.ts), or null. */
  readoutData?: ReadoutData | null;
}

/** The largest custom template read: a report template is a few KiB. */
const MAX_TEMPLATE_BYTES = MAX_SOURCE_BYTES;

/**
 * A custom template: a regular file under the size limit, refused at once otherwise (a FIFO would
 * wait for a writer forever, /dev/zero never ends). Read through readSourceFile, which stats
 * before it opens and never reads past the limit.
 */
async function readCustomTemplate(ctx: CliContext, template: string): Promise<ReportTemplate> {
  const file = await readSourceFile(ctx.cwd, resolve(ctx.cwd, template));
  if (file.readError !== undefined) {
    const reason = file.readError === 'it does not exist' ? 'file not found' : file.readError;
    throw new UsageError(`cannot read the template ${template}: ${reason}; --template takes a Handlebars template file`);
  }
  if (file.content === null || file.size > MAX_TEMPLATE_BYTES) {
    throw new UsageError(`the template ${template} is over the ${MAX_TEMPLATE_BYTES / (1024 * 1024)} MiB limit for templates; nothing was written`);
  }
  return templateFromText(typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8'));
}

/** Seconds a browser gets to start and print a PDF before it is killed (SALES_AUDIT_BROWSER_TIMEOUT overrides). */
const BROWSER_TIMEOUT_S = 60;
/**
 * The range SALES_AUDIT_BROWSER_TIMEOUT takes, in seconds. Below 1 s no browser starts (and a
 * value rounding to 0 ms meant "no limit" to playwright: a hang); above an hour a stuck browser
 * is better killed, and Node's timers overflow past 24.8 days anyway.
 */
const BROWSER_TIMEOUT_RANGE_S = { min: 1, max: 3600 } as const;

export function browserTimeoutMs(env: Record<string, string | undefined>): number {
  const raw = env.SALES_AUDIT_BROWSER_TIMEOUT;
  if (raw === undefined || raw.trim() === '') return BROWSER_TIMEOUT_S * 1000;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  const { min, max } = BROWSER_TIMEOUT_RANGE_S;
  if (!(seconds >= min && seconds <= max)) {
    throw new UsageError(`SALES_AUDIT_BROWSER_TIMEOUT must be a number of seconds from ${min} to ${max} (got "${printable(raw)}"); leave it unset for ${BROWSER_TIMEOUT_S} s`);
  }
  return Math.round(seconds * 1000);
}

export const NO_BROWSER_HELP =
  'no Chromium or Chrome found to print the PDF (looked for --browser, CHROME_PATH, then chromium, google-chrome and chrome on PATH). ' +
  'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium, or Google Chrome), ' +
  'point to it with --browser <path> or CHROME_PATH, or write --format html and print that page to PDF from any browser.';

/**
 * The templates and the browser a format needs, read and found before anything is rendered: a
 * missing browser or template fails at once (exit 2).
 */
async function renderOptionsFor(ctx: CliContext, format: Exclude<ReportFormat, 'json'>, kind: RenderInput['kind'], template: string | undefined, browser: string | undefined): Promise<RenderOptions> {
  const entry = RENDERERS[format];
  if (template !== undefined && entry.templates === 'none') throw new UsageError(`--template applies to --format md, html and pdf, not ${format}`);
  if (template !== undefined && kind === 'compare') throw new UsageError('--template applies to report and audit, not compare');
  if (browser !== undefined && format !== 'pdf') throw new UsageError('--browser applies to --format pdf only');
  const options: RenderOptions = {};
  if (entry.templates === 'markdown') {
    options.markdownTemplate = template !== undefined ? await readCustomTemplate(ctx, template) : await loadShippedTemplate(ctx.packageRoot, kind === 'report' ? 'report.md' : 'compare.md');
  } else if (entry.templates === 'html') {
    options.htmlTemplates =
      template !== undefined
        ? { main: await readCustomTemplate(ctx, template), partials: await loadShippedPartials(ctx.packageRoot) }
        : await loadShippedHtmlTemplates(ctx.packageRoot, kind === 'report' ? 'report.html' : 'compare.html');
  }
  if (format === 'pdf') {
    const found = findBrowser(ctx.cwd, ctx.env, browser);
    if (!found.found) throw new UsageError(found.problem === null ? NO_BROWSER_HELP : `${found.problem}. ${NO_BROWSER_HELP}`);
    options.print = { executablePath: found.path, timeoutMs: browserTimeoutMs(ctx.env) };
  }
  return options;
}

/**
 * A report or a comparison in any rendered format, written to `out` (atomically; never over an
 * existing file without `force`). Returns the absolute path written, or null for stdout.
 */
export async function renderAndWrite(
  ctx: CliContext,
  input: RenderInput,
  options: { out: string; format: Exclude<ReportFormat, 'json'>; template?: string; browser?: string; paper?: PaperSize; brand?: string; force: boolean },
  /** Files written with the output, all or none (the chart image beside a Markdown report). */
  sideFiles: readonly { out: string; content: string | Uint8Array }[] = [],
  /** The brand already loaded from options.brand (the report's view names its firm), so it is read once. */
  loadedBrand?: Brand | null,
): Promise<string | null> {
  const entry = RENDERERS[options.format];
  if (entry.binary && options.out === '-') {
    throw new UsageError(`--format ${options.format} writes a file: give --out a file name, such as --out report${entry.extension}`);
  }
  if (!entry.compare && input.kind === 'compare') throw new UsageError(`compare writes md, json, html or pdf, not ${options.format}`);
  if (options.out !== '-') await checkOutput(ctx, options.out, options);
  const brand = loadedBrand !== undefined ? loadedBrand : await loadBrandOrFail(ctx, options.brand, `No ${input.kind === 'report' ? 'report' : 'comparison'} was written`);
  // Decided (issue 20): no rasterizing here (it would need the browser for every deck); the deck
  // embeds the SVG, which PowerPoint 2016 and later show, and says so once.
  if (options.format === 'pptx' && brand?.logo?.mediaType === 'image/svg+xml') {
    ctx.stderr.write(`Note: the deck embeds the SVG logo as it is; PowerPoint 2016 and later show it, older viewers and some other apps show none. For them, give the brand a PNG logo (docs/formats.md#brand).\n`);
  }
  const renderOptions = await renderOptionsFor(ctx, options.format, input.kind, options.template, options.browser);
  if (brand !== null) renderOptions.brand = brand;
  if (renderOptions.print !== undefined && options.paper !== undefined) renderOptions.print.paper = options.paper;
  const renderer = await entry.load();
  const rendered = await renderer.render(input, renderOptions);
  if (!rendered.ok) {
    if (rendered.kind === 'environment') throw new UsageError(rendered.message);
    const what = input.kind === 'report' ? 'report' : 'compare';
    // A custom template's failure is located in it, like any other input file.
    if (options.template !== undefined && rendered.at !== undefined) throw new InputError(`${options.template}:${rendered.at.line}:${rendered.at.column}: ${rendered.message} (the ${what} template failed)`);
    throw new InputError(`the ${what} template ${options.template ?? '(built-in)'} failed: ${rendered.message}`);
  }
  if (sideFiles.length === 0) return writeOutput(ctx, options.out, rendered.content, options);
  const [written] = await writeOutputs(ctx, [{ out: options.out, content: rendered.content }, ...sideFiles], options);
  return written!;
}

/** The scores a report and its summary show: scored once, whichever uses them first. */
export function reportScores(set: RubricSet, input: AuditInput, options: Pick<ReportOutputOptions, 'target' | 'minGroup' | 'clientHas' | 'clientLacks'>): AuditScores {
  return scoreAudit(set, input, { target: options.target, minGroup: options.minGroup, client: clientOf(set, options) });
}

/** The client flags, checked against the owner catalog: a typo must not silently leave an owner unresolved. */
export function clientOf(set: RubricSet, options: Pick<ReportOutputOptions, 'clientHas' | 'clientLacks'>): { has: string[]; lacks: string[] } {
  const has = options.clientHas ?? [];
  const lacks = options.clientLacks ?? [];
  const named = [...has.map((r) => ['--client-has', r] as const), ...lacks.map((r) => ['--client-lacks', r] as const)];
  if (named.length === 0) return { has, lacks };
  const keys = ownerKeys(set.owners);
  if (keys.length === 0) throw new UsageError(`${named[0]![0]} needs an owner catalog (owners: in ${MANIFEST_FILE_NAME}), and these rubrics have none: their owners are shown as written`);
  for (const [flag, role] of named) {
    if (!keys.includes(role)) throw new UsageError(`${flag} ${role}: not an owner of the catalog; expected one of: ${keys.join(', ')}`);
    if (has.includes(role) && lacks.includes(role)) throw new UsageError(`${role} is given to both --client-has and --client-lacks`);
    // An owner with no fallback has no one to hand its steps to: the report named it anyway, as if the flag had not been given.
    if (flag === '--client-lacks' && own(set.owners!, role)?.fallback === undefined) throw new UsageError(`--client-lacks ${role}: the owner catalog gives ${role} no fallback (someone must own its steps), so every client has it`);
  }
  return { has, lacks };
}

/**
 * Scores the sheets (unless given their reportScores), renders the report and writes it to `out`
 * (atomically; never over an existing file without `force`). Returns the absolute path written,
 * or null for stdout.
 */
export async function renderAndWriteReport(
  ctx: CliContext,
  set: RubricSet,
  input: AuditInput,
  options: ReportOutputOptions,
  scores?: AuditScores,
): Promise<string | null> {
  const tally = auditTallyOf(set, input);
  const sheets = tally.respondents;
  scores ??= reportScores(set, tally, options);
  if (options.names === true && options.anonymize === true) {
    throw new UsageError('--names and --anonymize contradict each other: names are left out unless --names is given, so drop --anonymize');
  }
  const confidentiality = { names: options.names ?? false, minGroup: options.minGroup, focus: options.focus };
  if (options.format === 'json') {
    // The JSON results hold data, not presentation; a brand file is still checked, so a typo surfaces now.
    await loadBrandOrFail(ctx, options.brand, 'No report was written');
    const rendered = renderReport(set, tally, { format: 'json', target: options.target, ...confidentiality, planSize: options.planSize, scores, benchmark: options.benchmarkResult });
    if (!rendered.ok) throw new InputError(rendered.message);
    return writeOutput(ctx, options.out, rendered.text, { force: options.force });
  }
  const brand = await loadBrandOrFail(ctx, options.brand, 'No report was written');
  const view = buildReportView(set, sheets, scores, {
    names: options.names ?? false,
    target: options.target,
    focus: options.focus,
    benchmark: options.benchmarkResult?.view,
    planSize: options.planSize,
    readout: options.readoutData ?? null,
    showIdentifyingNotes: options.showIdentifyingNotes ?? false,
  });
  // A Markdown report in a file gets its scores chart as an SVG file beside it, linked from the
  // report. The chart's module (with the HTML renderer and the chart geometry) loads only then.
  const chart = options.format === 'md' && options.out !== '-' ? await import('../renderers/chart-svg.js') : null;
  if (chart !== null && chart.hasChart(view)) {
    const { chartFileName, renderChartSvg } = chart;
    const svgOut = join(dirname(options.out), chartFileName(basename(options.out)));
    await checkOutput(ctx, options.out, options);
    await checkOutput(ctx, svgOut, options);
    const svg = renderChartSvg(view, await loadShippedHtmlTemplates(ctx.packageRoot, 'chart.svg'));
    if (!svg.ok) throw new Error(`the scores chart failed: ${svg.message}`);
    return renderAndWrite(ctx, { kind: 'report', view: { ...view, chartImage: encodeURIComponent(basename(svgOut)) } }, { ...options, format: 'md' }, [{ out: svgOut, content: svg.content }], brand);
  }
  return renderAndWrite(ctx, { kind: 'report', view }, { ...options, format: options.format }, [], brand);
}

const BAND_COLORS: Record<BandKey, (style: TerminalStyle) => Paint> = {
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
  input: AuditInput,
  options: { target?: number; stream?: OutputStream; scores?: AuditScores } = {},
): Promise<void> {
  const stream = options.stream ?? ctx.stdout;
  const style = terminalStyle(useColor(ctx, stream));
  // The summary shows no role, so scores computed with any minimum group (the report's) serve.
  const scores = options.scores ?? scoreAudit(set, input, { target: options.target });
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
      style.bold(scores.overall.score === null ? 'not scored' : formatOverall(scores.overall.score)),
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
  const who = scores.respondents === 1 ? '1 respondent' : `${scores.respondents} respondents`;
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
function stackedSummary(scores: ReturnType<typeof scoreAudit>, set: RubricSet, style: TerminalStyle, width: number | null): string[] {
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
      [style.bold(`Overall ${overall.score === null ? 'not scored' : formatOverall(overall.score)}`), overall.band === null ? '' : style.bold(BAND_COLORS[overall.band](style)(set.bandNames[overall.band]))],
      width,
      '  ',
      '',
    ),
  );
  return lines;
}

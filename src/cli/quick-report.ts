// `sales-audit report` without commander (see quick-start.ts): bundled as dist/quick-report.cjs.
// Plain arguments are the answers files and folders, -r/--rubrics, -o/--out, --format md|json|html,
// --anonymize and --force. --target (which commander validates) and --template (which needs the
// Handlebars compiler) go to commander: the quick bundle carries only the Handlebars runtime and
// renders the shipped template precompiled (scripts/build.mjs).
import { loadShippedPartials, loadShippedTemplate } from '../io/load-template.js';
import { runReport, type ReportOptions } from './commands/report.js';
import { runQuick, splitArgs } from './quick-start.js';
import { FullPathRequired } from './quick-start-stub.js';

const VALUED = new Map([
  ['--rubrics', 'rubrics'],
  ['-r', 'rubrics'],
  ['--out', 'out'],
  ['-o', 'out'],
  ['--format', 'format'],
] as const);
const FLAGS = new Map([
  ['--anonymize', 'anonymize'],
  ['--force', 'force'],
] as const);

export function parseReportArgs(args: readonly string[]): { files: string[]; options: ReportOptions } | null {
  const split = splitArgs(args, new Set(VALUED.keys()));
  if (split === null || split.positional.length === 0) return null;
  // Survey exports need csv-parse or exceljs: the full path reads them.
  if (split.positional.some((p) => /\.(csv|tsv|txt|xlsx|json)$/i.test(p))) return null;
  // What commander passes: defaults for --out, --format, --anonymize and --force; the others only when given.
  const options: ReportOptions = { out: '-', format: 'md', anonymize: false, force: false };
  const given = new Set<string>();
  for (const [name, value] of split.options) {
    const key = VALUED.get(name as never) ?? FLAGS.get(name as never);
    if (key === undefined || given.has(key)) return null;
    given.add(key);
    if (key === 'anonymize' || key === 'force') options[key] = true;
    else if (key === 'format') {
      // pdf and pptx load their libraries and start a browser: the full CLI runs them.
      if (value !== 'md' && value !== 'json' && value !== 'html') return null;
      options.format = value;
    } else options[key] = value as string;
  }
  return { files: split.positional, options };
}

export function main(args: readonly string[], packageRoot: string): Promise<number | null> {
  return runQuick(args, packageRoot, parseReportArgs, async (ctx, { files, options }) => {
    if (options.format === 'md' && typeof (await loadShippedTemplate(ctx.packageRoot, 'report.md')) === 'string') {
      throw new FullPathRequired('the report template is not precompiled (edited after the build?)');
    }
    if (options.format === 'html') {
      const html = [await loadShippedTemplate(ctx.packageRoot, 'report.html'), ...Object.values(await loadShippedPartials(ctx.packageRoot))];
      if (html.some((t) => typeof t === 'string')) throw new FullPathRequired('the HTML templates are not precompiled (edited after the build?)');
    }
    // A report to a file also draws the radar (radar-svg.ts) from the HTML partials: precompiled too.
    if (options.format === 'md' && options.out !== '-') {
      const svgTemplates = [await loadShippedTemplate(ctx.packageRoot, 'radar.svg'), ...Object.values(await loadShippedPartials(ctx.packageRoot))];
      if (svgTemplates.some((t) => typeof t === 'string')) throw new FullPathRequired('the chart templates are not precompiled (edited after the build?)');
    }
    await runReport(ctx, files, options);
  });
}

// `sales-audit report` on the quick path (see quick-start.ts): bundled as dist/quick-report.cjs,
// with the Handlebars runtime only. It renders Markdown and HTML from the shipped templates
// precompiled (scripts/build.mjs) and JSON; a custom --template (which needs the Handlebars compiler), any
// other format, a survey export, or a template edited after the build go to the full CLI.
import { loadShippedPartials, loadShippedTemplate } from '../io/load-template.js';
// For the build (bin/quick.cjs writeCodeCache): the templates a run compiled, to cache them too.
export { loadedTemplateScripts } from '../io/load-template.js';
import { EXPORT_FILE } from './read-export.js';
import { runQuick } from './quick-start.js';
import { FullPathRequired } from './quick-start-stub.js';

export function main(args: readonly string[], packageRoot: string): Promise<number | null> {
  return runQuick(args, packageRoot, 'report', async (command, ctx) => {
    const { format, template, out } = command.opts<{ format: string; template?: string; out: string }>();
    if (template !== undefined) throw new FullPathRequired('a custom template needs the Handlebars compiler');
    // Survey exports need csv-parse or exceljs: the full path reads them.
    if (command.args.some((path) => EXPORT_FILE.test(path))) throw new FullPathRequired('a survey export is read on the full path');
    if (format === 'json') return;
    // pdf and pptx load their libraries (and a browser): the full path runs them.
    if (format !== 'md' && format !== 'html') throw new FullPathRequired(`--format ${format} is not in this bundle`);
    // HTML, and the radar SVG beside a Markdown report in a file, use the chart partials: precompiled too.
    const needed = [await loadShippedTemplate(ctx.packageRoot, format === 'md' ? 'report.md' : 'report.html')];
    if (format === 'html' || out !== '-') needed.push(await loadShippedTemplate(ctx.packageRoot, 'radar.svg'), ...Object.values(await loadShippedPartials(ctx.packageRoot)));
    if (needed.some((t) => typeof t === 'string')) throw new FullPathRequired('a report template is not precompiled (edited after the build?)');
  });
}

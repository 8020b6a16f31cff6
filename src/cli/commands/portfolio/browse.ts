// `portfolio list`, `portfolio stats`, `portfolio export --pack` and `portfolio import`: what a
// portfolio holds, and pooling portfolios through packs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makePack } from '../../../core/portfolio/make-pack.js';
import { parsePack } from '../../../core/portfolio/parse-record.js';
import { portfolioStats } from '../../../core/portfolio/portfolio-stats.js';
import { quarterOf } from '../../../core/portfolio/quarter.js';
import { SEGMENT_FIELDS, type PortfolioRecord, type SegmentField } from '../../../core/portfolio/record.js';
import { segmentText } from '../../../core/portfolio/segment.js';
import { printable } from '../../../core/printable.js';
import { describeFsError } from '../../../io/describe-fs-error.js';
import { addRecord, openPortfolio, PortfolioError } from '../../../io/portfolio-folder.js';
import type { CliContext } from '../../context.js';
import { ExitError, InputError, UsageError } from '../../errors.js';
import { writeOutput } from '../../write-output.js';
import { printProblems, readPortfolio } from './read-portfolio.js';

function readAll(ctx: CliContext, dir: string): { records: PortfolioRecord[]; problems: number } {
  const records: PortfolioRecord[] = [];
  const read = readPortfolio(ctx, dir, (r) => records.push(r));
  return { records, problems: read.problems.length };
}

/** Problems found (a file could not be read): exit 1 once the output is written. */
function exitForProblems(problems: number): void {
  if (problems > 0) throw new ExitError(1);
}

export function runPortfolioList(ctx: CliContext, options: { portfolio: string; json: boolean }): void {
  const { records, problems } = readAll(ctx, options.portfolio);
  records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(records.map((r) => ({ id: r.id, date: r.date, segment: r.segment, version: r.rubrics.version, respondents: r.respondents.total, overall: r.overall, ...(r.organization === undefined ? {} : { organization: r.organization }) })), null, 2)}\n`);
  } else {
    for (const r of records) {
      const org = r.organization === undefined ? '' : `  ${printable(r.organization)}`;
      ctx.stdout.write(`${r.id}  ${r.date.padEnd(10)}  ${String(r.respondents.total).padStart(4)} resp.  overall ${r.overall === null ? '–' : r.overall.toFixed(1).padStart(5)}  v${r.rubrics.version ?? '–'}  ${printable(segmentText(r.segment))}${org}\n`);
    }
    ctx.stdout.write(`${records.length} audit${records.length === 1 ? '' : 's'} in ${options.portfolio}.\n`);
  }
  exitForProblems(problems);
}

export function runPortfolioStats(ctx: CliContext, options: { portfolio: string; minBenchmark: number; json: boolean }): void {
  const { records, problems } = readAll(ctx, options.portfolio);
  const stats = portfolioStats(records, options.minBenchmark);
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    exitForProblems(problems);
    return;
  }
  const out: string[] = [`${stats.total} audit${stats.total === 1 ? '' : 's'} in ${options.portfolio}; a benchmark needs ${stats.minBenchmark} comparable audits (--min-benchmark).`, ''];
  out.push('By rubric version (only audits on the same version are compared):');
  for (const v of stats.byVersion) out.push(`  ${v.version === null ? 'unversioned' : `version ${v.version}`}: ${v.count}`);
  out.push('', 'By quarter:');
  for (const q of stats.byQuarter) out.push(`  ${q.quarter}: ${q.count}`);
  for (const field of stats.byField) {
    out.push('', `By ${field.field}:`);
    for (const v of field.values) out.push(`  ${printable(v.value)}: ${v.count}${v.missing > 0 ? ` (${v.missing} more needed for a benchmark)` : ''}`);
  }
  const short = stats.cells.filter((c) => c.missing > 0);
  out.push('', `Segment cells (all four fields): ${stats.cells.length}, ${short.length} below the minimum${short.length > 0 ? ' (a pack leaves these out):' : '.'}`);
  for (const c of short) out.push(`  ${printable(c.text)}: ${c.count}, ${c.missing} more needed`);
  ctx.stdout.write(`${out.join('\n')}\n`);
  exitForProblems(problems);
}

export async function runPortfolioExport(ctx: CliContext, options: { portfolio: string; pack: string; minBenchmark: number; fields?: string; force: boolean }): Promise<void> {
  const fields = options.fields === undefined ? [...SEGMENT_FIELDS] : options.fields.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = fields.filter((f) => !(SEGMENT_FIELDS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new UsageError(`--fields: ${unknown.join(', ')} is not a segment field (${SEGMENT_FIELDS.join(', ')})`);
  const { records, problems } = readAll(ctx, options.portfolio);
  const { pack, refusedCells, dropped } = makePack(records, options.minBenchmark, fields as SegmentField[]);
  await writeOutput(ctx, options.pack, `${JSON.stringify(pack, null, 1)}\n`, { force: options.force });
  const lines = [`Wrote ${pack.records.length} of ${records.length} audits to ${options.pack}.`, `Dropped from every audit: ${dropped.join('; ')}.`];
  if (refusedCells.length > 0) {
    const count = refusedCells.reduce((n, c) => n + c.count, 0);
    lines.push(`Left out: ${count} audit${count === 1 ? '' : 's'} in ${refusedCells.length} segment cell${refusedCells.length === 1 ? '' : 's'} with fewer than ${options.minBenchmark} audits (a small cell could point at the clients):`);
    for (const c of refusedCells) lines.push(`  ${printable(c.text)}: ${c.count}`);
  }
  ctx.stderr.write(`${lines.join('\n')}\n`);
  exitForProblems(problems);
}

export function runPortfolioImport(ctx: CliContext, packFile: string, options: { portfolio: string }): void {
  let text: string;
  try {
    text = readFileSync(resolve(ctx.cwd, packFile), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${packFile}: ${describeFsError(error)}`);
  }
  const parsed = parsePack(text);
  if (!parsed.ok) {
    printProblems(ctx, [{ file: resolve(ctx.cwd, packFile), rule: parsed.rule, line: parsed.line, column: parsed.column, message: parsed.message }]);
    throw new InputError(`${packFile} was not imported; nothing was added`);
  }
  const dir = resolve(ctx.cwd, options.portfolio);
  let added = 0;
  try {
    openPortfolio(dir, { create: true });
    for (const record of parsed.value.records) if (addRecord(dir, record).status === 'added') added++;
  } catch (error) {
    if (error instanceof PortfolioError) throw new UsageError(error.message);
    throw error;
  }
  const present = parsed.value.records.length - added;
  const quarters = parsed.value.records.map((r) => quarterOf(r.date)).sort();
  ctx.stdout.write(
    `Imported ${added} audit${added === 1 ? '' : 's'} from ${packFile}${quarters.length > 0 ? ` (${quarters[0]} to ${quarters.at(-1)})` : ''} into ${options.portfolio}` +
      `${present > 0 ? `; ${present} ${present === 1 ? 'was' : 'were'} there already` : ''}.\n`,
  );
}

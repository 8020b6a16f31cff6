// A portfolio folder read for a command: each record handed on, each unreadable file printed
// located (file:line:col, rule id) while the rest are read.
import { displayPath } from '../../../io/collect-files.js';
import { openPortfolio, PortfolioError, readRecords, type FolderProblem } from '../../../io/portfolio-folder.js';
import type { PortfolioManifest, PortfolioRecord } from '../../../core/portfolio/record.js';
import { printable } from '../../../core/printable.js';
import type { CliContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { resolve } from 'node:path';

export interface PortfolioRead {
  manifest: PortfolioManifest;
  records: number;
  problems: FolderProblem[];
}

export function printProblems(ctx: CliContext, problems: readonly FolderProblem[]): void {
  for (const p of problems) ctx.stderr.write(`${printable(displayPath(ctx.cwd, p.file))}:${p.line}:${p.column}  error  ${printable(p.message)}  ${p.rule}\n`);
}

/** Opens the portfolio (a usage error when it is none) and reads its records one by one. */
export function readPortfolio(ctx: CliContext, dir: string, onRecord: (record: PortfolioRecord) => void): PortfolioRead {
  const absolute = resolve(ctx.cwd, dir);
  try {
    const manifest = openPortfolio(absolute, { create: false });
    const problems: FolderProblem[] = [];
    const records = readRecords(absolute, onRecord, (p) => problems.push(p));
    printProblems(ctx, problems);
    if (problems.length > 0) {
      ctx.stderr.write(`${problems.length} file${problems.length === 1 ? '' : 's'} in ${dir} could not be read as records (above) and ${problems.length === 1 ? 'is' : 'are'} left out; the other ${records} were read.\n`);
    }
    return { manifest, records, problems };
  } catch (error) {
    if (error instanceof PortfolioError) throw new UsageError(error.message);
    throw error;
  }
}

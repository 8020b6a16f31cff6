// The readout file of `report --readout` and `validate --readout`: read, checked against the set
// and the scores (check-readout.ts), its findings printed located like validate's. An error ends
// the run with exit 1 and nothing written.
import { resolve } from 'node:path';
import { countBySeverity, type Diagnostic } from '../core/diagnostics.js';
import { checkReadout } from '../core/readout/check-readout.js';
import type { ReadoutData } from '../core/readout/schema.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import type { AuditScores } from '../core/scoring/score-audit.js';
import { stylish } from '../formatters/stylish.js';
import { readSourceFile } from '../io/read-sources.js';
import { useColor, type CliContext } from './context.js';
import { ExitError } from './errors.js';

/** The readout's findings; the readout itself when it has no error. */
export async function checkReadoutFile(
  ctx: CliContext,
  path: string,
  set: RubricSet,
  scores: AuditScores,
  plan?: Parameters<typeof checkReadout>[3],
  answeredOn?: readonly string[],
): Promise<{ readout: ReadoutData | null; diagnostics: Diagnostic[]; file: string }> {
  const source = await readSourceFile(ctx.cwd, resolve(ctx.cwd, path));
  const { readout, diagnostics } = checkReadout(source, set, scores, plan, answeredOn);
  return { readout, diagnostics, file: source.path };
}

/** `answeredOn`: the answers' dates, which the readout's decision day must not precede. */
export async function readReadoutOrFail(ctx: CliContext, path: string, set: RubricSet, scores: AuditScores, nothingWritten: string, answeredOn: readonly string[] = []): Promise<ReadoutData> {
  const { readout, diagnostics, file } = await checkReadoutFile(ctx, path, set, scores, undefined, answeredOn);
  if (diagnostics.length > 0) ctx.stderr.write(stylish({ files: [file], diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
  if (readout === null || countBySeverity(diagnostics).errors > 0) {
    ctx.stderr.write(`${nothingWritten}: fix the readout above and run the command again.\n`);
    throw new ExitError(1);
  }
  return readout;
}

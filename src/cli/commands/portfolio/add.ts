// `sales-audit portfolio add <results.json | answers folder | export> --portfolio <dir>`: one past
// audit into the portfolio as one record. Writes one file, reads none of the others.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordFromResults, recordFromScores } from '../../../core/portfolio/build-record.js';
import { normalizeSegment, segmentText, type SegmentResult } from '../../../core/portfolio/segment.js';
import type { PortfolioRecord, Segment, SegmentField } from '../../../core/portfolio/record.js';
import { Results } from '../../../core/report/results-schema.js';
import type { RubricSet } from '../../../core/rubric/load-rubric-set.js';
import { scoreAudit } from '../../../core/scoring/score-audit.js';
import { displayPath } from '../../../io/collect-files.js';
import { addRecord, openPortfolio, PortfolioError } from '../../../io/portfolio-folder.js';
import type { CliContext } from '../../context.js';
import { InputError, UsageError } from '../../errors.js';
import { loadAuditTally } from '../../load-audit-tally.js';
import { loadRubricsOrFail } from '../../load-rubrics.js';
import type { ExportReadOptions } from '../../read-export.js';
import { parseRecord } from '../../../core/portfolio/parse-record.js';

export interface AddOptions extends Partial<ExportReadOptions>, Partial<Record<SegmentField, string>> {
  portfolio: string;
  rubrics?: string;
  keepOrg: boolean;
  minGroup?: number;
}

/** A .json file holding a report's JSON results (rather than a SurveyJS export), parsed; null when it is not one. */
function readResults(ctx: CliContext, path: string): Results | null {
  if (!/\.json$/i.test(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(ctx.cwd, path), 'utf8'));
  } catch {
    return null;
  }
  const looksLikeResults = typeof json === 'object' && json !== null && 'imperatives' in json && 'rubrics' in json && 'overall' in json;
  if (!looksLikeResults) return null;
  const parsed = Results.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${path}: not valid report results at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  return parsed.data;
}

function segmentOf(options: AddOptions, header: Segment | undefined): Segment {
  // Flags win over the answers header, field by field.
  const merged: SegmentResult = normalizeSegment({ ...header, ...Object.fromEntries(Object.entries({ industry: options.industry, size: options.size, region: options.region, sale: options.sale }).filter(([, v]) => v !== undefined)) });
  if (!merged.ok) throw new UsageError(merged.message);
  return merged.segment;
}

async function recordOf(ctx: CliContext, set: RubricSet, inputs: string[], options: AddOptions, salt: string): Promise<PortfolioRecord> {
  const results = inputs.length === 1 ? readResults(ctx, inputs[0]!) : null;
  if (results !== null) {
    if (results.rubrics.digest !== set.digest) {
      throw new InputError(
        `${inputs[0]}: these results were scored with other rubrics (${results.rubrics.digest}) than the ones read (${set.digest}); give the rubrics they were scored with, --rubrics <folder>`,
      );
    }
    return recordFromResults(set, results, { segment: segmentOf(options, undefined), salt, keepOrg: options.keepOrg });
  }
  const audit = await loadAuditTally(ctx, set, inputs, options, 'Nothing was added');
  const sheets = audit.respondents;
  const organizations = new Set(sheets.map((s) => s.organization.trim().toLowerCase()));
  if (organizations.size > 1) throw new InputError(`these answers are from ${organizations.size} organizations: a record is one audit of one organization`);
  const scores = scoreAudit(set, audit, { minGroup: options.minGroup });
  const headers = sheets.map((s) => s.segment).filter((s): s is Segment => s !== undefined);
  return recordFromScores(set, sheets, scores, { segment: segmentOf(options, headers[0]), salt, keepOrg: options.keepOrg });
}

export async function runPortfolioAdd(ctx: CliContext, inputs: string[], options: AddOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const dir = resolve(ctx.cwd, options.portfolio);
  let added: ReturnType<typeof addRecord>;
  let record: PortfolioRecord;
  try {
    const manifest = openPortfolio(dir, { create: true });
    record = await recordOf(ctx, set, inputs, options, manifest.salt);
    added = addRecord(dir, record);
  } catch (error) {
    if (error instanceof PortfolioError) throw new UsageError(error.message);
    throw error;
  }
  const where = displayPath(ctx.cwd, added.path);
  if (added.status === 'added') {
    ctx.stdout.write(`Added the audit of ${record.date} (${record.respondents.total} respondent${record.respondents.total === 1 ? '' : 's'}, ${segmentText(record.segment)}) as ${where}${options.keepOrg ? ', with the organization name' : ''}.\n`);
    return;
  }
  const existing = parseRecord(readFileSync(added.path, 'utf8'));
  const same = existing.ok && JSON.stringify(existing.value) === JSON.stringify(record);
  ctx.stdout.write(
    same
      ? `This audit is in the portfolio already (${where}): nothing changed.\n`
      : `This audit is in the portfolio already (${where}), with other segment fields or organization name: nothing changed. To change them, delete that file and add the audit again.\n`,
  );
}

// The audit command's options and the checks on how they combine, done before anything is read or
// asked so a mistaken command fails at once (exit 2).
import { ROLES } from '../../../core/answers/schema.js';
import { MAX_NAME_CHARS } from '../../../core/answers/answers-constants.js';
import type { ReportFormat } from '../../../core/report/report-formats.js';
import { UsageError } from '../../errors.js';

export interface AuditOptions {
  rubrics?: string;
  org?: string;
  respondent?: string;
  role?: string;
  session?: string;
  resume?: string;
  answers?: string;
  out?: string;
  format: ReportFormat;
  template?: string;
  /** Chromium or Chrome for --format pdf. */
  browser?: string;
  target?: number;
  /** Show the respondent's name in the report (--names). */
  names?: boolean;
  focus?: number;
  /** --client-has, --client-lacks: owner roles the client has and lacks. */
  clientHas?: string[];
  clientLacks?: string[];
  /** --brand: the firm's brand file, checked before the first question. */
  brand?: string;
  force: boolean;
}

export function checkAuditOptions(options: AuditOptions): void {
  if (options.answers !== undefined && options.resume !== undefined) {
    throw new UsageError('--answers and --resume cannot be used together: --answers asks nothing, --resume continues an interview');
  }
  if (options.answers !== undefined && options.session !== undefined) {
    throw new UsageError('--session has no use with --answers: nothing is asked, so nothing is saved as you go');
  }
  if (options.resume !== undefined && options.session !== undefined) {
    throw new UsageError('--resume already names the session file; --session is for a new interview');
  }
  if (options.org !== undefined && options.org.trim() === '') throw new UsageError('--org must not be empty');
  for (const [flag, value] of [['--org', options.org], ['--respondent', options.respondent]] as const) {
    if (value !== undefined && value.trim().length > MAX_NAME_CHARS) throw new UsageError(`${flag} takes ${MAX_NAME_CHARS} characters at most (got ${value.trim().length})`);
  }
}

/**
 * --role takes one of the standard roles, so that several respondents group and compare cleanly;
 * "sales-manager" and "Sales Manager" are read as "sales manager". (An answers file may carry any
 * role text; a typo on the command line is more likely a mistake than a new role.)
 */
export function normalizeRole(text: string): string {
  const role = text.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  if ((ROLES as readonly string[]).includes(role)) return role;
  throw new UsageError(`--role must be one of: ${ROLES.join(', ')} (got "${text}")`);
}

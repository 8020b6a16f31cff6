// --org, --respondent and --role win over what an answers or session file says: one answers file
// can stand in for several demo respondents, and a typo in a session is fixed from the command line.
import type { AnswerSheet } from '../../../core/answers/answer-sheet.js';
import { normalizeRole, type AuditOptions } from './audit-options.js';

export function applyRespondentOverrides(sheet: AnswerSheet, options: AuditOptions): AnswerSheet {
  const name = options.respondent === undefined ? sheet.respondent.name : options.respondent.trim() === '' ? null : options.respondent.trim();
  return {
    ...sheet,
    organization: options.org?.trim() ?? sheet.organization,
    respondent: { name, role: options.role === undefined ? sheet.respondent.role : normalizeRole(options.role) },
  };
}

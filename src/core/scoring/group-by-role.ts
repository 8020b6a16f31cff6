import type { AnswerSheet } from '../answers/answer-sheet.js';
import { ROLES } from '../answers/answers-constants.js';

export interface RoleGroup {
  /** The role as first written in the answers files. */
  role: string;
  /** Indexes of the sheets (respondents) with this role. */
  respondents: number[];
}

const keyOf = (role: string) => role.trim().toLowerCase();

/**
 * Respondents grouped by role ("Sales Manager" and "sales manager" are one role). The usual roles
 * come in hierarchy order (leadership first), any others after them alphabetically.
 */
export function groupByRole(sheets: readonly AnswerSheet[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  sheets.forEach((sheet, index) => {
    const key = keyOf(sheet.respondent.role);
    const group = groups.get(key);
    if (group) group.respondents.push(index);
    else groups.set(key, { role: sheet.respondent.role.trim(), respondents: [index] });
  });
  const rank = (key: string) => {
    const i = (ROLES as readonly string[]).indexOf(key);
    return i === -1 ? ROLES.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => group);
}

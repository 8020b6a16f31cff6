import { ROLES } from '../answers/answers-constants.js';

export interface RoleGroup {
  /** The role as first written in the answers files; for a pool of roles (split-roles.ts), theirs joined by " or ". */
  role: string;
  /** Indexes of the sheets (respondents) with this role, or in this pool, in order. */
  respondents: number[];
  /** The role keys (groupKeyOf) of the answers it holds: one, or a pool's. */
  keys: string[];
}

/** The key that makes one role group of a role as written: "Sales Manager" and "sales manager" are one role. */
export const groupKeyOf = (role: string) => role.trim().toLowerCase();

/**
 * Respondents grouped by role ("Sales Manager" and "sales manager" are one role). The usual roles
 * come in hierarchy order (leadership first), any others after them alphabetically.
 */
export function groupByRole(sheets: readonly { respondent: { role: string } }[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  sheets.forEach((sheet, index) => {
    const key = groupKeyOf(sheet.respondent.role);
    const group = groups.get(key);
    if (group) group.respondents.push(index);
    else groups.set(key, { role: sheet.respondent.role.trim(), respondents: [index], keys: [key] });
  });
  const rank = (key: string) => {
    const i = (ROLES as readonly string[]).indexOf(key);
    return i === -1 ? ROLES.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => group);
}

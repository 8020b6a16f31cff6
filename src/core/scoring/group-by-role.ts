import { ROLES } from '../answers/answers-constants.js';

export interface RoleGroup {
  /** The role as first written in the answers files. */
  role: string;
  /** Indexes of the sheets (respondents) with this role. */
  respondents: number[];
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

/**
 * Each respondent's role as its index in `groups` (undefined for a respondent in none of them),
 * built once per list of groups: looking each answer up in the role's list of respondents
 * (`includes`) grew with the square of the respondents, most of 12 s of a Markdown report on a
 * 10,000-row survey export. scoreAudit and questionByRole both read the shown roles' index from
 * here. Pure; the cache only remembers the index of each list.
 */
const roleIndexes = new WeakMap<readonly RoleGroup[], readonly (number | undefined)[]>();

export function roleIndexOf(groups: readonly RoleGroup[]): readonly (number | undefined)[] {
  let index = roleIndexes.get(groups);
  if (index === undefined) {
    const built: number[] = [];
    groups.forEach(({ respondents }, r) => {
      for (const i of respondents) built[i] = r;
    });
    roleIndexes.set(groups, built);
    index = built;
  }
  return index;
}

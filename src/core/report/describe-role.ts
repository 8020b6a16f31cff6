// Roles are written in the singular in answers files ("salesperson"); sentences about a group of
// respondents need the plural ("salespeople"), and the verb must agree ("leadership rates").
// A Map, not an object: a role is user text, and a role named "__proto__" or "constructor" must
// not read Object.prototype's members.
import { POOL_JOINER } from '../scoring/split-roles.js';
import { listText } from './format.js';

const GROUPS = new Map<string, { name: string; plural: boolean }>([
  ['leadership', { name: 'leadership', plural: false }],
  ['sales manager', { name: 'sales managers', plural: true }],
  ['salesperson', { name: 'salespeople', plural: true }],
  ['other', { name: 'other respondents', plural: true }],
]);

/** The people in a role as a group, lower case: "salespeople"; other roles as written. */
export function roleGroup(role: string): { name: string; plural: boolean } {
  const known = GROUPS.get(role.trim().toLowerCase());
  if (known !== undefined) return known;
  // A pool of the usual roles (split-roles.ts): "leadership or sales manager" is "leadership and sales managers".
  const parts = role.split(POOL_JOINER).map((part) => GROUPS.get(part.trim().toLowerCase()));
  if (parts.length > 1 && parts.every((part) => part !== undefined)) return { name: listText(parts.map((part) => part!.name)), plural: true };
  return { name: `respondents in the role "${role.trim()}"`, plural: true };
}

export function roleGroupName(role: string): string {
  return roleGroup(role).name;
}

/**
 * How many people each shown group holds: "3 leadership, 3 sales managers and 4 salespeople"; a
 * pool's count reads "6 in leadership and sales managers together, 4 salespeople" (split-roles.ts),
 * as "6 leadership and sales managers and 4 salespeople" reads as three groups.
 */
export function groupCountsText(roles: readonly { count: number; group: string; pooled?: boolean }[]): string {
  const parts = roles.map((r) => (r.pooled === true ? `${r.count} in ${r.group} together` : `${r.count} ${r.group}`));
  return roles.some((r) => r.pooled === true) ? parts.join(', ') : listText(parts);
}

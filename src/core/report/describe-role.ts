// Roles are written in the singular in answers files ("salesperson"); sentences about a group of
// respondents need the plural ("salespeople"), and the verb must agree ("leadership rates").
// A Map, not an object: a role is user text, and a role named "__proto__" or "constructor" must
// not read Object.prototype's members.
const GROUPS = new Map<string, { name: string; plural: boolean }>([
  ['leadership', { name: 'leadership', plural: false }],
  ['sales manager', { name: 'sales managers', plural: true }],
  ['salesperson', { name: 'salespeople', plural: true }],
  ['other', { name: 'other respondents', plural: true }],
]);

/** The people in a role as a group, lower case: "salespeople"; other roles as written. */
export function roleGroup(role: string): { name: string; plural: boolean } {
  return GROUPS.get(role.trim().toLowerCase()) ?? { name: `respondents in the role "${role.trim()}"`, plural: true };
}

export function roleGroupName(role: string): string {
  return roleGroup(role).name;
}


// Roles are written in the singular in answers files ("salesperson"); sentences about a group of
// respondents need the plural ("salespeople").
const GROUP_NAMES: Record<string, string> = {
  leadership: 'leadership',
  'sales manager': 'sales managers',
  salesperson: 'salespeople',
  other: 'other respondents',
};

/** The people in a role as a group, lower case: "salespeople"; unknown roles are quoted as written. */
export function roleGroupName(role: string): string {
  return GROUP_NAMES[role.trim().toLowerCase()] ?? `respondents in the role "${role.trim()}"`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

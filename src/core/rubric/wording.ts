// A prompt or help text is one text, or a mapping { default, <role>: text }. Everything that shows
// a question (interview, report, rubrics, compare, survey) picks its words through here, so a role
// is matched the same way everywhere.
import { ROLES } from '../answers/answers-constants.js';

export type WordingValue = string | ({ default: string } & Record<string, string>);

/** The roles a set has when its manifest lists none: the answers file's usual roles. */
export const DEFAULT_ROLES: readonly string[] = ROLES;

/** "Sales-Manager", " sales_manager " and "sales manager" are one role. */
export function roleKey(role: string): string {
  return role.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
}

/**
 * The wording for a role: that role's text when the mapping has one, else the default. With no
 * role (reports, several respondents) it is the default.
 */
export function wordingFor(wording: WordingValue, role?: string | null): string {
  if (typeof wording === 'string') return wording;
  if (role !== undefined && role !== null) {
    const wanted = roleKey(role);
    for (const [key, text] of Object.entries(wording)) {
      if (key !== 'default' && roleKey(key) === wanted) return text;
    }
  }
  return wording.default;
}

/** Whether the mapping has a text of its own for this role (not only the default it falls back to). */
export function hasWordingFor(wording: WordingValue, role?: string | null): boolean {
  if (typeof wording === 'string' || role === undefined || role === null) return false;
  const wanted = roleKey(role);
  return Object.keys(wording).some((key) => key !== 'default' && roleKey(key) === wanted);
}

/** Every distinct wording of a text, the default first (to recognize any of them, e.g. in an export). */
export function allWordings(wording: WordingValue): string[] {
  if (typeof wording === 'string') return [wording];
  return [...new Set([wording.default, ...Object.values(wording)])];
}

/** The role keys a mapping names besides `default` (none for a plain text). */
export function wordingRoles(wording: WordingValue | undefined): string[] {
  if (wording === undefined || typeof wording === 'string') return [];
  return Object.keys(wording).filter((key) => key !== 'default');
}

// Who owns an action, for this client: the owner catalog of the set manifest names each owner
// role with a title and a fallback for a company without that role, and the client says which
// roles it has (--client-has, --client-lacks, the answers file's `client`). The report shows the
// resolved owner, never "X (or Y where there is none)"; one sentence under the plan's owners says
// which role's actions went to whom (report/build-report-view.ts fallbackOwnersText). Pure.
import type { ClientRoles } from '../answers/answer-sheet.js';
import { own } from '../source/reserved-keys.js';
import type { SetManifest } from './schema.js';

export type OwnerCatalog = NonNullable<SetManifest['owners']>;

/**
 * Which roles the client has: the flags first (they are what the consultant typed for this
 * report), then the answers files' `client` (a role any file says the client has counts as had),
 * then the catalog's `assumed`.
 */
export function clientRolesOf(flags: Partial<ClientRoles> | undefined, sheets: readonly { client?: ClientRoles }[]): (key: string) => boolean | undefined {
  const has = new Set(flags?.has ?? []);
  const lacks = new Set(flags?.lacks ?? []);
  const sheetHas = new Set(sheets.flatMap((s) => s.client?.has ?? []));
  const sheetLacks = new Set(sheets.flatMap((s) => s.client?.lacks ?? []));
  return (key) => {
    if (has.has(key)) return true;
    if (lacks.has(key)) return false;
    if (sheetHas.has(key)) return true;
    if (sheetLacks.has(key)) return false;
    return undefined;
  };
}

/**
 * The title of whoever owns the action at this client: the owner's own title when the client has
 * the role, else its fallback's, followed until a role the client has (or a role with no
 * fallback: someone must own it). Without a catalog, the owner as written. Null when the action
 * names no owner.
 */
export function resolveOwner(catalog: OwnerCatalog | null, owner: string | undefined, hasRole: (key: string) => boolean | undefined): string | null {
  if (owner === undefined) return null;
  if (catalog === null) return owner;
  const seen = new Set<string>();
  let key = owner;
  for (;;) {
    // own(): an owner written "constructor" must not find Object's own member.
    const entry = own(catalog, key);
    // validate reports an unknown owner (owner-unknown); shown as written rather than lost.
    if (entry === undefined) return key;
    const has = hasRole(key) ?? entry.assumed === 'present';
    if (has || entry.fallback === undefined || seen.has(key)) return entry.title;
    seen.add(key);
    key = entry.fallback;
  }
}

/** Every owner key the catalog has, to tell a client flag that names none of them. */
export function ownerKeys(catalog: OwnerCatalog | null): string[] {
  return catalog === null ? [] : Object.keys(catalog);
}

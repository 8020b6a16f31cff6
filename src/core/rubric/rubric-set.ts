// A rubric set from per-file results: the set rules (they need every file), the order, the digest.
import { createRequire } from 'node:module';
import { compareDiagnostics, diagnostic, FILE_START, type Diagnostic, type RuleId } from '../diagnostics.js';
import { ownCopy as ownStringCopy } from '../source/own-copy.js';
import type { SourceFile } from '../source/source-file.js';
import type { Locator, PathSegment } from '../source/parse-yaml-source.js';
import { suggestion } from '../source/zod-diagnostics.js';
import { checkActions } from './action-rules.js';
import { MANIFEST_FILE_NAME, type BAND_KEYS } from './rubric-constants.js';
import type { Fieldwork, Recommendation, Rubric, SetManifest } from './schema.js';
import type { OwnerCatalog } from './owners.js';
import { DEFAULT_ROLES, roleKey, wordingRoles } from './wording.js';

export type BandNames = Record<(typeof BAND_KEYS)[number], string>;

export const DEFAULT_BAND_NAMES: BandNames = {
  atRisk: 'At risk',
  developing: 'Developing',
  capable: 'Capable',
  highPerforming: 'High performing',
};

export interface Imperative extends Rubric {
  /** The file the rubric came from, as given. */
  file: string;
}

export interface RubricSet {
  title: string;
  description: string | null;
  /** The manifest's version, or null (portfolio benchmarks compare audits on the same version only). */
  version?: string | null;
  imperatives: Imperative[];
  bandNames: BandNames;
  /** The respondents' roles a prompt or help may be worded for (the manifest's, else DEFAULT_ROLES). */
  roles: string[];
  /** The manifest's owner catalog, or null: then an action's owner is free text. */
  owners: OwnerCatalog | null;
  /** The audit sample's rule and the base below which checks set no level (the manifest's `sampling:`); absent: the default minimum, no rule text. */
  sampling?: { minimum: number; rule: string | null; fieldwork?: Fieldwork };
  /** The shared slots steps run in, with how many may start per horizon; null when the manifest has none. */
  slots?: NonNullable<SetManifest['slots']> | null;
  /** Who may take a step when its owner has no room (action id to owner key); null when the manifest has none. */
  alternatives?: NonNullable<SetManifest['alternatives']> | null;
  /** sha256 of the set's content (not its formatting): tells whether answers were given against the same rubrics. */
  digest: string;
}

export interface RubricSetResult {
  /** The set, when no file has an error. Warnings do not prevent it. */
  set: RubricSet | null;
  diagnostics: Diagnostic[];
}

/**
 * What the set rules read of a rubric: its id, its questions' ids and wording roles, and its
 * actions' ids and links. The set rules take only this, so none can depend on a field it does
 * not carry, and a check that wants findings alone (`validate`, AssembleOptions.findingsOnly)
 * keeps this rather than each rubric's text: on a set of a thousand files, holding every rubric
 * until the end cost about 7 % of the run.
 */
export interface RubricOutline {
  id: string;
  questions: {
    id: string;
    /** The roles the prompt, the help and each level's description are worded for (wordingRoles), and the roles asked (`roles:`). */
    roles: { prompt: string[]; help: string[]; levels: string[][]; asked: string[]; scoredBy: string[] };
    /** The decision's id, when the question names one. */
    decision: string | null;
    /** The decisions of the set whose subject the question's answers bear on (`informs:`). */
    informs: string[];
    recommendations: Pick<Recommendation, 'id' | 'requires' | 'horizon' | 'owner' | 'frees' | 'spends' | 'slot' | 'covers' | 'decision'>[];
  }[];
}

/**
 * `kept`: the outline is kept in place of the rubric (AssembleOptions.findingsOnly) and outlives
 * the file's parse, so its strings are own copies (own-copy.ts). Made for a set, it lives only
 * while the set is assembled, beside the rubric it was read from, and copies nothing: copying
 * there made about 500 strings (the shipped set's ids) for every report and dropped them again.
 */
export function outlineOf(rubric: Rubric, kept: boolean): RubricOutline {
  const ownCopy = kept ? ownStringCopy : sameString;
  return {
    id: ownCopy(rubric.id),
    questions: rubric.questions.map((question) => ({
      id: ownCopy(question.id),
      roles: { prompt: wordingRoles(question.prompt), help: wordingRoles(question.help), levels: question.levels.map((l) => wordingRoles(l.description)), asked: (question.roles ?? []).map(ownCopy), scoredBy: (question.scoredBy ?? []).map(ownCopy) },
      decision: question.decision === undefined ? null : ownCopy(question.decision.id),
      informs: (question.informs ?? []).map(ownCopy),
      recommendations: question.recommendations.map(({ id, requires, horizon, owner, frees, spends, slot, covers, decision }) => ({
        id: ownCopy(id),
        requires: requires.map(ownCopy),
        horizon,
        owner: owner === undefined ? undefined : ownCopy(owner),
        frees: frees === undefined ? undefined : ownCopy(frees),
        spends: spends === undefined ? undefined : ownCopy(spends),
        slot: slot === undefined ? undefined : ownCopy(slot),
        covers: covers?.map(ownCopy),
        decision: decision === undefined ? undefined : ownCopy(decision),
      })),
    })),
  };
}

const sameString = (text: string): string => text;

/** What one file contributes to a set. */
export interface RubricFileResult {
  diagnostics: Diagnostic[];
  /** Present when the file is a rubric that passed the schema (it may still have rule findings). */
  rubric?: Rubric;
  /** In place of `rubric` when only findings are wanted (AssembleOptions.findingsOnly). */
  outline?: RubricOutline;
  /** Present when the file is a valid manifest (_set.yaml). */
  manifest?: SetManifest;
  /** Finds positions in the file, for the set rules' findings; absent when the file did not parse. */
  locate?: Locator;
}

/** The last segment of a path with either separator (run for every file: no split into all segments). */
function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function baseNameOf(path: string): string {
  return fileNameOf(path).replace(/\.ya?ml$/i, '');
}

export function isManifestPath(path: string): boolean {
  return fileNameOf(path) === MANIFEST_FILE_NAME;
}

export interface AssembleOptions {
  /**
   * Only the findings are wanted (`validate`): the result's set is always null, and each rubric
   * is kept as its outline rather than whole.
   */
  findingsOnly?: boolean;
  /** Where the set was looked for (the folder given), to locate an empty set. */
  origin?: string;
}

/** The set from every file's result, in file order. */
export function assembleRubricSet(files: readonly SourceFile[], results: readonly RubricFileResult[], options: AssembleOptions = {}): RubricSetResult {
  const diagnostics: Diagnostic[] = [];
  const at = (index: number, path: readonly PathSegment[], atKey = false) => {
    const locate = results[index]!.locate;
    if (!locate) return FILE_START;
    return atKey ? locate.key(path) : locate.value(path);
  };
  /** A finding at `path` of the index-th file. */
  const report = (index: number, path: readonly PathSegment[], rule: RuleId, message: string, atKey = false) => diagnostics.push(diagnostic(files[index]!.path, rule, message, at(index, path, atKey)));

  let manifest: { value: SetManifest; index: number } | null = null;
  /** Each rubric that passed the schema, as the set rules see it. */
  const rubrics: { rubric: RubricOutline; index: number }[] = [];
  results.forEach((result, index) => {
    diagnostics.push(...result.diagnostics);
    if (result.manifest) manifest = { value: result.manifest, index };
    const outline = result.outline ?? (result.rubric && outlineOf(result.rubric, false));
    if (outline) rubrics.push({ rubric: outline, index });
  });

  const rubricFiles = files.filter((f) => !isManifestPath(f.path));
  if (rubricFiles.length === 0) {
    diagnostics.push(diagnostic(options.origin ?? files[0]?.path ?? '.', 'set-empty', 'no rubric files (*.yaml, *.yml) found: a rubric set needs at least one imperative'));
  }
  const firstById = new Map<string, string>();
  /** Rubrics whose imperative id is not a duplicate: a copied file is reported once, not once per action in it. */
  const distinct: typeof rubrics = [];
  for (const { rubric, index } of rubrics) {
    const file = files[index]!.path;
    const first = firstById.get(rubric.id);
    if (first === undefined) {
      firstById.set(rubric.id, file);
      distinct.push({ rubric, index });
    } else report(index, ['id'], 'duplicate-imperative-id', `imperative id "${rubric.id}" is already used by ${first}`);
  }
  const found = manifest as { value: SetManifest; index: number } | null;
  const listed = new Set<string>();
  found?.value.order?.forEach((id, i) => {
    if (listed.has(id)) report(found.index, ['order', i], 'manifest-duplicate-imperative', `order lists "${id}" twice`);
    listed.add(id);
    // With a file that failed the schema, its id is unknown, so an unlisted id may be its (one bad
    // value in a rubric buried its own finding under ten of these: hostile-input pass, session 18).
    if (!firstById.has(id) && rubrics.length === rubricFiles.length) report(found.index, ['order', i], 'manifest-unknown-imperative', `order lists "${id}", but no rubric in the set has that id`);
  });
  diagnostics.push(
    ...checkActions({
      rubrics: distinct.map(({ rubric, index }) => ({ rubric, index, file: files[index]!.path })),
      complete: rubrics.length === rubricFiles.length,
      at,
    }),
  );

  // Roles: the manifest's list (each once, none called "default"), and every per-role wording
  // naming one of them.
  const roles = found?.value.roles ?? [...DEFAULT_ROLES];
  const roleKeys = new Set<string>();
  roles.forEach((role, i) => {
    const key = roleKey(role);
    const problem = key === 'default' ? '"default" names the wording for every other role; it cannot be a role' : roleKeys.has(key) ? `role "${role}" is listed twice` : null;
    if (problem !== null) report(found!.index, ['roles', i], 'manifest-invalid-role', problem);
    roleKeys.add(key);
  });
  const known = roles.filter((r) => roleKey(r) !== 'default').join(', ');
  for (const { rubric, index } of rubrics) {
    rubric.questions.forEach((question, q) => {
      // Most questions name no role: nothing to list (this runs on every question of the set).
      const { prompt, help, levels, asked, scoredBy } = question.roles;
      if (prompt.length === 0 && help.length === 0 && asked.length === 0 && scoredBy.length === 0 && levels.every((roles) => roles.length === 0)) return;
      const where: { path: PathSegment[]; role: string; what: string; atKey: boolean }[] = [];
      for (const field of ['prompt', 'help'] as const) for (const role of question.roles[field]) where.push({ path: ['questions', q, field, role], role, what: `${field} is worded for`, atKey: true });
      question.roles.levels.forEach((roles, l) => {
        for (const role of roles) where.push({ path: ['questions', q, 'levels', l, 'description', role], role, what: `level ${l + 1} is worded for`, atKey: true });
      });
      question.roles.asked.forEach((role, r) => where.push({ path: ['questions', q, 'roles', r], role, what: 'roles lists', atKey: false }));
      scoredBy.forEach((role, r) => where.push({ path: ['questions', q, 'scoredBy', r], role, what: 'scoredBy lists', atKey: false }));
      for (const { path, role, what, atKey } of where) {
        if (roleKeys.has(roleKey(role)) && roleKey(role) !== 'default') continue;
        report(index, path, 'role-unknown', `question "${question.id}": ${what} "${role}", which is not a role of the set (${known}); ${found ? `add it to roles in ${MANIFEST_FILE_NAME}` : `list the set's roles in ${MANIFEST_FILE_NAME}`} or fix the name`, atKey);
      }
    });
  }

  // Decisions: ids unique across the set (a readout refers to them by id).
  const decisions = new Map<string, string>();
  for (const { rubric, index } of distinct) {
    rubric.questions.forEach((question, q) => {
      if (question.decision === null) return;
      const first = decisions.get(question.decision);
      const here = `${rubric.id}/${question.id}`;
      if (first === undefined) decisions.set(question.decision, here);
      else {
        report(index, ['questions', q, 'decision', 'id'], 'decision-id-duplicate', `decision id "${question.decision}" is already used by question ${first}; decision ids are unique across the set`);
      }
    });
  }

  // A step's `decision` names a decision of the set (it may live in another imperative). With a
  // file that failed the schema, its decisions are unknown, so an unknown id may just live there.
  if (rubrics.length === rubricFiles.length) {
    let knownDecisions: string[] | undefined; // for a suggestion: made on the first unknown one
    for (const { rubric, index } of distinct) {
      rubric.questions.forEach((question, q) => {
        question.recommendations.forEach((recommendation, r) => {
          const id = recommendation.decision;
          if (id === undefined || decisions.has(id)) return;
          report(index, ['questions', q, 'recommendations', r, 'decision'], 'unknown-decision', `action "${recommendation.id}" carries out decision "${id}", but no question of the set names a decision with that id${suggestion(id, (knownDecisions ??= [...decisions.keys()]))}`);
        });
        // A question's `informs` names decisions of the set too.
        question.informs.forEach((id, k) => {
          if (decisions.has(id)) return;
          report(index, ['questions', q, 'informs', k], 'unknown-decision', `question "${question.id}" informs decision "${id}", but no question of the set names a decision with that id${suggestion(id, (knownDecisions ??= [...decisions.keys()]))}`);
        });
      });
    }
  }

  // An action field whose value must be a key of one of the manifest's catalogs (owners, slots):
  // each unknown value located at the field, under the catalog's own rule.
  const checkCatalogKeys = (catalog: Readonly<Record<string, unknown>>, fields: readonly ('owner' | 'frees' | 'spends' | 'slot')[], rule: RuleId, what: (field: string, key: string) => string) => {
    for (const { rubric, index } of distinct) {
      rubric.questions.forEach((question, q) => {
        question.recommendations.forEach((recommendation, r) => {
          for (const field of fields) {
            const key = recommendation[field];
            if (key === undefined || Object.hasOwn(catalog, key)) continue;
            report(index, ['questions', q, 'recommendations', r, field], rule, `action "${recommendation.id}": ${what(field, key)}`);
          }
        });
      });
    }
  };

  // Owners: with a catalog, every action's owner and every fallback is a key of it.
  const catalog = found?.value.owners;
  if (catalog !== undefined) {
    const keys = Object.keys(catalog);
    const unknown = (key: string) => `"${key}" is not in the owner catalog of ${MANIFEST_FILE_NAME} (${keys.join(', ')})${suggestion(key, keys)}`;
    for (const [key, entry] of Object.entries(catalog)) {
      if (entry.fallback !== undefined && !Object.hasOwn(catalog, entry.fallback)) report(found!.index, ['owners', key, 'fallback'], 'owner-unknown', `owner "${key}" falls back to ${unknown(entry.fallback)}`);
    }
    checkCatalogKeys(catalog, ['owner', 'frees', 'spends'], 'owner-unknown', (field, key) => `${field} ${unknown(key)}; use a key of the catalog, or add the owner to it`);
    // An alternative owner (VP reading 17, item 23) is an owner of the catalog too.
    for (const [id, key] of Object.entries(found?.value.alternatives ?? {})) {
      if (!Object.hasOwn(catalog, key)) report(found!.index, ['alternatives', id], 'owner-unknown', `the alternative owner of "${id}" is ${unknown(key)}; use a key of the catalog, or add the owner to it`);
    }
  }

  // Alternatives: each names an action of the set. As for `order`, an action of a file that failed
  // the schema is unknown, not missing.
  const alternatives = found?.value.alternatives ?? {};
  if (rubrics.length === rubricFiles.length) {
    const actionIds = distinct.flatMap(({ rubric }) => rubric.questions.flatMap((q) => q.recommendations.map((r) => r.id)));
    for (const id of Object.keys(alternatives)) {
      if (!actionIds.includes(id)) report(found!.index, ['alternatives', id], 'alternative-unknown-action', `an alternative owner for "${id}", which is no action of the set${suggestion(id, actionIds)}`, true);
    }
  }

  // Slots: every action's `slot` is a key of the manifest's slot catalog, which says how many
  // steps may start in it per horizon (scoring/shape-plan.ts).
  const slots = found?.value.slots ?? {};
  const slotKeys = Object.keys(slots);
  checkCatalogKeys(
    slots,
    ['slot'],
    'slot-unknown',
    (_, key) => `slot "${key}" is not in the slot catalog of ${MANIFEST_FILE_NAME}${slotKeys.length === 0 ? ' (it has none)' : ` (${slotKeys.join(', ')})`}${suggestion(key, slotKeys)}; use a key of the catalog, or add the slot to it`,
  );

  // The auditor's fieldwork (sampling.fieldwork, rubric review 11, edit 14): an estimate for each
  // question of the set, keyed by its id, so a sample can be priced (fieldwork.ts); one for no
  // question is a typo, a question with none would be priced at nothing.
  const fieldwork = found?.value.sampling?.fieldwork;
  if (fieldwork !== undefined) {
    const ids = distinct.flatMap(({ rubric }) => rubric.questions.map((q) => q.id));
    for (const key of Object.keys(fieldwork)) {
      // As for `order`: a question of a file that failed the schema is unknown, not missing.
      if (ids.includes(key) || rubrics.length !== rubricFiles.length) continue;
      report(found!.index, ['sampling', 'fieldwork', key], 'fieldwork-unknown-question', `fieldwork for "${key}", which is no question of the set${suggestion(key, ids)}`, true);
    }
    const missing = ids.filter((id) => !Object.hasOwn(fieldwork, id));
    if (missing.length > 0) report(found!.index, ['sampling', 'fieldwork'], 'fieldwork-missing', `no fieldwork estimate for ${missing.map((id) => `"${id}"`).join(', ')}: a sample's hours would leave ${missing.length === 1 ? 'its check' : 'their checks'} out`, true);
  }

  diagnostics.sort(compareDiagnostics);
  if (options.findingsOnly || diagnostics.some((d) => d.severity === 'error')) return { set: null, diagnostics };

  const order = found?.value.order ?? [];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  let digest: string | undefined;
  const imperatives: Imperative[] = rubrics
    .map(({ index }) => {
      const rubric = results[index]!.rubric;
      if (!rubric) throw new Error('internal: a rubric kept as an outline, and a set asked for');
      return { ...rubric, file: files[index]!.path };
    })
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  return {
    set: {
      title: found?.value.title ?? 'Sales readiness audit',
      description: found?.value.description ?? null,
      version: found?.value.version ?? null,
      imperatives,
      bandNames: { ...DEFAULT_BAND_NAMES, ...found?.value.bands },
      roles,
      owners: found?.value.owners ?? null,
      ...(found?.value.sampling === undefined ? {} : { sampling: { minimum: found.value.sampling.minimum, rule: found.value.sampling.rule ?? null, ...(found.value.sampling.fieldwork === undefined ? {} : { fieldwork: found.value.sampling.fieldwork }) } }),
      slots: found?.value.slots ?? null,
      alternatives: found?.value.alternatives ?? null,
      // Computed on first read: `validate` never reads it, and hashing costs start-up time.
      get digest() {
        return (digest ??= digestOf(imperatives));
      },
    },
    diagnostics,
  };
}

/** Digest over the content that affects scoring and asking, independent of file names and formatting. */
export function digestOf(imperatives: readonly Rubric[]): string {
  // node:crypto takes about 5 ms to load: only the commands that read a digest load it.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return `sha256:${createHash('sha256').update(digestInputOf(imperatives)).digest('hex')}`;
}

/** The text digestOf hashes. */
export function digestInputOf(imperatives: readonly Rubric[]): string {
  const content = imperatives.map(({ id, title, weight, target, questions }) => ({
    id,
    title,
    weight,
    target,
    questions: questions.map((q) => ({ id: q.id, prompt: q.prompt, weight: q.weight, na: q.na, levels: q.levels.map((l) => l.score), ...(q.scoredBy === undefined ? {} : { scoredBy: q.scoredBy }), recommendations: q.recommendations })),
  }));
  return JSON.stringify(content);
}

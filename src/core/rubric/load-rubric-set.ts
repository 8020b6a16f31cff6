// Rubric files in, one rubric set (or located diagnostics) out. Pure: the caller reads the files.
import { createHash } from 'node:crypto';
import { compareDiagnostics, RULES, type Diagnostic, type Position, type RuleId } from '../diagnostics.js';
import { fileDiagnostic, parseYamlSource, type SourceFile } from '../source/parse-yaml-source.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import { RUBRIC_RULES } from './rubric-rules.js';
import { MANIFEST_FILE_NAME, Rubric, SetManifest, type BAND_KEYS } from './schema.js';

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
  imperatives: Imperative[];
  bandNames: BandNames;
  /** sha256 of the set's content (not its formatting): tells whether answers were given against the same rubrics. */
  digest: string;
}

export interface RubricSetResult {
  /** The set, when no file has an error. Warnings do not prevent it. */
  set: RubricSet | null;
  diagnostics: Diagnostic[];
}

export function baseNameOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.ya?ml$/i, '');
}

export function isManifestPath(path: string): boolean {
  return (path.split(/[\\/]/).pop() ?? '') === MANIFEST_FILE_NAME;
}

export function loadRubricSet(files: readonly SourceFile[]): RubricSetResult {
  const diagnostics: Diagnostic[] = [];
  const rubrics: { rubric: Rubric; file: string; idAt: () => Position }[] = [];
  let manifest: { value: SetManifest; file: string; orderAt: (i: number) => Position } | null = null;

  for (const file of files) {
    const parsed = parseYamlSource(file);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    diagnostics.push(...parsed.warnings);
    if (isManifestPath(file.path)) {
      const result = SetManifest.safeParse(parsed.value);
      if (!result.success) {
        diagnostics.push(...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate));
        continue;
      }
      manifest = { value: result.data, file: file.path, orderAt: (i) => parsed.locate.value(['order', i]) };
      continue;
    }
    const result = Rubric.safeParse(parsed.value);
    if (!result.success) {
      diagnostics.push(...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate));
      continue;
    }
    const rubric = result.data;
    for (const rule of RUBRIC_RULES) {
      rule({
        rubric,
        baseName: baseNameOf(file.path),
        report: (ruleId: RuleId, path, message, options) => {
          const at = options?.atKey ? parsed.locate.key(path) : parsed.locate.value(path);
          diagnostics.push({ file: file.path, ...at, severity: RULES[ruleId].severity, rule: ruleId, message });
        },
      });
    }
    rubrics.push({ rubric, file: file.path, idAt: () => parsed.locate.value(['id']) });
  }

  // Set rules: they need every file.
  const rubricFiles = files.filter((f) => !isManifestPath(f.path));
  if (rubricFiles.length === 0) {
    diagnostics.push(
      fileDiagnostic(files[0]?.path ?? '.', 'set-empty', 'error', 'no rubric files (*.yaml, *.yml) found: a rubric set needs at least one imperative'),
    );
  }
  const firstById = new Map<string, string>();
  for (const { rubric, file, idAt } of rubrics) {
    const first = firstById.get(rubric.id);
    if (first === undefined) firstById.set(rubric.id, file);
    else diagnostics.push({ file, ...idAt(), severity: 'error', rule: 'duplicate-imperative-id', message: `imperative id "${rubric.id}" is already used by ${first}` });
  }
  if (manifest?.value.order) {
    manifest.value.order.forEach((id, i) => {
      if (!firstById.has(id)) {
        diagnostics.push({
          file: manifest!.file,
          ...manifest!.orderAt(i),
          severity: 'error',
          rule: 'manifest-unknown-imperative',
          message: `order lists "${id}", but no rubric in the set has that id`,
        });
      }
    });
  }

  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { set: null, diagnostics };

  const order = manifest?.value.order ?? [];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  const imperatives: Imperative[] = rubrics
    .map(({ rubric, file }) => ({ ...rubric, file }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  return {
    set: {
      title: manifest?.value.title ?? 'Sales readiness audit',
      description: manifest?.value.description ?? null,
      imperatives,
      bandNames: { ...DEFAULT_BAND_NAMES, ...manifest?.value.bands },
      digest: digestOf(imperatives),
    },
    diagnostics,
  };
}

/** Digest over the content that affects scoring and asking, independent of file names and formatting. */
export function digestOf(imperatives: readonly Rubric[]): string {
  const content = imperatives.map(({ id, title, weight, target, questions }) => ({
    id,
    title,
    weight,
    target,
    questions: questions.map((q) => ({ id: q.id, prompt: q.prompt, weight: q.weight, na: q.na, levels: q.levels.map((l) => l.score), recommendations: q.recommendations })),
  }));
  return `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

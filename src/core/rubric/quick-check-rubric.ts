// The rubric schema checked by hand, for the fast path: loading zod costs more than validating
// every rubric a person will ever write. It answers only "certainly valid, and here is exactly what
// zod would return" (defaults filled in, text trimmed, keys in the schema's order) or null for
// "anything else", in which case the caller runs zod (schema.ts), the single source of truth.
// tests/unit/fast-path-parity.test.ts holds it to zod on fixtures and on generated values.
import { DEFAULT_EFFORT, EFFORTS, HORIZONS, KEBAB_CASE, MAX_WEIGHT } from './rubric-constants.js';
import type { Level, Question, Recommendation, Rubric, SetManifest } from './schema.js';

/** Thrown inside the check when the value is not certainly valid; never escapes this module. */
class NotValid extends Error {}
const invalid = (): never => {
  throw new NotValid();
};

type Obj = Record<string, unknown>;

function object(value: unknown, keys: ReadonlySet<string>): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) return invalid(); // plain objects only
  // A key present with the value undefined stays in zod's output: leave such values to zod.
  for (const [key, v] of Object.entries(value)) if (!keys.has(key) || v === undefined) return invalid();
  return value as Obj;
}

function list(value: unknown, min: number): unknown[] {
  return Array.isArray(value) && value.length >= min ? value : invalid();
}

/** z.string().trim().min(1) */
function text(value: unknown): string {
  if (typeof value !== 'string') return invalid();
  const trimmed = value.trim();
  return trimmed.length >= 1 ? trimmed : invalid();
}

/** Wording: z.union([text, z.object({ default: text }).catchall(text)]); zod puts `default` first. */
function wording(value: unknown): Question['prompt'] {
  if (typeof value === 'string') return text(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) return invalid();
  const entries = Object.entries(value);
  // zod drops a `__proto__` key; leave that (and undefined values) to zod.
  if (entries.some(([key, v]) => key === '__proto__' || v === undefined)) return invalid();
  const o = value as Obj;
  const out: Record<string, string> = { default: text(o.default) };
  for (const [key, v] of entries) if (key !== 'default') out[key] = text(v);
  return out as Question['prompt'];
}

function kebab(value: unknown): string {
  return typeof value === 'string' && KEBAB_CASE.test(value) ? value : invalid();
}

/** z.int(); -0 is left to zod. */
function int(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0) ? value : invalid();
}

function positive(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_WEIGHT ? value : invalid();
}

const LEVEL_KEYS = new Set(['score', 'label', 'description']);
const RECOMMENDATION_KEYS = new Set(['id', 'below', 'action', 'horizon', 'owner', 'requires', 'effort']);
const QUESTION_KEYS = new Set(['id', 'prompt', 'help', 'weight', 'na', 'levels', 'recommendations']);
const RUBRIC_KEYS = new Set(['id', 'title', 'summary', 'reflection', 'weight', 'target', 'questions']);
const MANIFEST_KEYS = new Set(['title', 'description', 'order', 'roles', 'bands']);
const BANDS_KEYS = new Set(['atRisk', 'developing', 'capable', 'highPerforming']);

/** The schema's keys, for the test that keeps this file in step with schema.ts. */
export const QUICK_CHECK_KEYS = {
  Level: LEVEL_KEYS,
  Recommendation: RECOMMENDATION_KEYS,
  Question: QUESTION_KEYS,
  Rubric: RUBRIC_KEYS,
  SetManifest: MANIFEST_KEYS,
  bands: BANDS_KEYS,
} as const;

function level(value: unknown): Level {
  const o = object(value, LEVEL_KEYS);
  return { score: int(o.score), label: text(o.label), description: text(o.description) };
}

function recommendation(value: unknown): Recommendation {
  const o = object(value, RECOMMENDATION_KEYS);
  const horizon = o.horizon;
  const out = {
    id: kebab(o.id),
    below: int(o.below),
    action: text(o.action),
    horizon: (HORIZONS as readonly unknown[]).includes(horizon) ? (horizon as Recommendation['horizon']) : invalid(),
  } as Recommendation;
  if (o.owner !== undefined) out.owner = text(o.owner);
  out.requires = o.requires === undefined ? [] : list(o.requires, 0).map(kebab);
  const effort = o.effort === undefined ? DEFAULT_EFFORT : o.effort;
  out.effort = (EFFORTS as readonly unknown[]).includes(effort) ? (effort as Recommendation['effort']) : invalid();
  return out;
}

function question(value: unknown): Question {
  const o = object(value, QUESTION_KEYS);
  const out = { id: kebab(o.id), prompt: wording(o.prompt) } as Question;
  if (o.help !== undefined) out.help = wording(o.help);
  out.weight = positive(o.weight, 1);
  out.na = o.na === undefined ? false : typeof o.na === 'boolean' ? o.na : invalid();
  out.levels = list(o.levels, 2).map(level);
  out.recommendations = o.recommendations === undefined ? [] : list(o.recommendations, 0).map(recommendation);
  return out;
}

function rubric(value: unknown): Rubric {
  const o = object(value, RUBRIC_KEYS);
  const out = { id: kebab(o.id), title: text(o.title), summary: text(o.summary) } as Rubric;
  if (o.reflection !== undefined) out.reflection = text(o.reflection);
  out.weight = positive(o.weight, 1);
  if (o.target === undefined) out.target = 75;
  else out.target = typeof o.target === 'number' && o.target >= 0 && o.target <= 100 ? o.target : invalid();
  out.questions = list(o.questions, 1).map(question);
  return out;
}

function manifest(value: unknown): SetManifest {
  const o = object(value, MANIFEST_KEYS);
  const out: SetManifest = {};
  if (o.title !== undefined) out.title = text(o.title);
  if (o.description !== undefined) out.description = text(o.description);
  if (o.order !== undefined) out.order = list(o.order, 0).map(kebab);
  if (o.roles !== undefined) out.roles = list(o.roles, 1).map(text);
  if (o.bands !== undefined) {
    const b = object(o.bands, BANDS_KEYS);
    const bands: NonNullable<SetManifest['bands']> = {};
    if (b.atRisk !== undefined) bands.atRisk = text(b.atRisk);
    if (b.developing !== undefined) bands.developing = text(b.developing);
    if (b.capable !== undefined) bands.capable = text(b.capable);
    if (b.highPerforming !== undefined) bands.highPerforming = text(b.highPerforming);
    out.bands = bands;
  }
  return out;
}

function attempt<T>(check: (value: unknown) => T, value: unknown): T | null {
  try {
    return check(value);
  } catch (error) {
    if (error instanceof NotValid) return null;
    throw error;
  }
}

/** What `Rubric.parse(value)` returns, when the value is certainly valid; otherwise null. */
export function quickCheckRubric(value: unknown): Rubric | null {
  return attempt(rubric, value);
}

/** What `SetManifest.parse(value)` returns, when the value is certainly valid; otherwise null. */
export function quickCheckSetManifest(value: unknown): SetManifest | null {
  return attempt(manifest, value);
}

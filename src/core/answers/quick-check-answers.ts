// The answers schema checked by hand, for the fast path (see quick-check-rubric.ts for why): the
// exact output of `AnswersFile.parse(value)` when the value is certainly valid, otherwise null and
// zod decides. tests/unit/fast-path-parity.test.ts holds it to zod.
import type { AnswersData } from './answer-sheet-from.js';
import type { Evidence } from './answers-constants.js';
import { EVIDENCE, isCalendarDate, NOT_APPLICABLE } from './answers-constants.js';

class NotValid extends Error {}
const invalid = (): never => {
  throw new NotValid();
};

type Obj = Record<string, unknown>;
type Entry = AnswersData['answers'][string] extends Record<string, infer E> | null ? E : never;

/** A plain object with only `keys` (all of them when `keys` is null), none of them undefined. */
function object(value: unknown, keys: ReadonlySet<string> | null): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) return invalid();
  for (const [key, v] of Object.entries(value)) if ((keys !== null && !keys.has(key)) || v === undefined) return invalid();
  return value as Obj;
}

function string(value: unknown): string {
  return typeof value === 'string' ? value : invalid();
}

/** z.string().trim().min(1) */
function text(value: unknown): string {
  const trimmed = string(value).trim();
  return trimmed.length >= 1 ? trimmed : invalid();
}

function score(value: unknown): number | typeof NOT_APPLICABLE {
  if (value === NOT_APPLICABLE) return value;
  return typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0) ? value : invalid();
}

const ENTRY_KEYS = new Set(['score', 'note', 'evidence']);
const RESPONDENT_KEYS = new Set(['name', 'role']);
const RUBRICS_KEYS = new Set(['digest', 'source', 'questions']);
const FILE_KEYS = new Set(['version', 'organization', 'respondent', 'date', 'rubrics', 'answers']);

/** The schema's keys, for the test that keeps this file in step with schema.ts. */
export const QUICK_CHECK_ANSWERS_KEYS = { AnswersFile: FILE_KEYS, respondent: RESPONDENT_KEYS, rubrics: RUBRICS_KEYS, entry: ENTRY_KEYS } as const;

function entry(value: unknown): Entry {
  if (typeof value !== 'object' || value === null) return score(value);
  const o = object(value, ENTRY_KEYS);
  const out: Exclude<Entry, number | string> = { score: score(o.score) };
  if (o.note !== undefined) out.note = string(o.note);
  if (o.evidence !== undefined) out.evidence = (EVIDENCE as readonly unknown[]).includes(o.evidence) ? (o.evidence as Evidence) : invalid();
  return out;
}

function answersFile(value: unknown): AnswersData {
  const o = object(value, FILE_KEYS);
  if (o.version !== 1) return invalid();
  const organization = text(o.organization);
  const r = object(o.respondent, RESPONDENT_KEYS);
  const respondent: AnswersData['respondent'] = {} as AnswersData['respondent'];
  if (r.name !== undefined) respondent.name = string(r.name).trim();
  respondent.role = text(r.role);
  const date = string(o.date);
  if (!isCalendarDate(date)) return invalid();
  const out: AnswersData = { version: 1, organization, respondent, date } as AnswersData;
  if (o.rubrics !== undefined) {
    const b = object(o.rubrics, RUBRICS_KEYS);
    const rubrics: NonNullable<AnswersData['rubrics']> = {};
    if (b.digest !== undefined) rubrics.digest = string(b.digest);
    if (b.source !== undefined) rubrics.source = string(b.source);
    if (b.questions !== undefined) rubrics.questions = Array.isArray(b.questions) ? b.questions.map(string) : invalid();
    out.rubrics = rubrics;
  }
  const answers: AnswersData['answers'] = {};
  if (o.answers !== undefined) {
    for (const [imperative, byQuestion] of Object.entries(object(o.answers, null))) {
      if (byQuestion === null) {
        answers[imperative] = null;
        continue;
      }
      const entries: Record<string, Entry> = {};
      for (const [question, value] of Object.entries(object(byQuestion, null))) entries[question] = entry(value);
      answers[imperative] = entries;
    }
  }
  out.answers = answers;
  return out;
}

/** What `AnswersFile.parse(value)` returns, when the value is certainly valid; otherwise null. */
export function quickCheckAnswers(value: unknown): AnswersData | null {
  try {
    return answersFile(value);
  } catch (error) {
    if (error instanceof NotValid) return null;
    throw error;
  }
}

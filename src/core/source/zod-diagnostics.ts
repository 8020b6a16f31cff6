// Turns zod issues into located diagnostics with our own wording. zod's issue path maps straight
// to a YAML node; the locator turns that node into file:line:col.
import type * as z from 'zod';
import { diagnostic, type Diagnostic, type RuleId } from '../diagnostics.js';
import type { Locator, PathSegment } from './parse-yaml-source.js';
import { own } from './reserved-keys.js';

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** "in questions[0]" or "at the top level", for messages about a mapping. */
function inMapping(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
}

/** The subject of a sentence about the value at `path`. */
function subject(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the document' : formatPath(path);
}

export function describeValueType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinity';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value;
}

const EXPECTED_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  record: 'a mapping',
};

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) {
      return { found: false, value: undefined };
    }
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value: node };
}

/**
 * The keys a schema allows at a path of the input, for "did you mean" suggestions: the key a
 * question may have is suggested for a question, never one that belongs elsewhere in the file.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let candidates: z.ZodType[] = [schema];
  const expand = (types: z.ZodType[]): z.ZodType[] =>
    types.flatMap((t) => {
      const def = (t as unknown as { def: { type: string; innerType?: z.ZodType; options?: z.ZodType[] } }).def;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return expand([def.innerType!]);
      if (def.type === 'union') return expand(def.options!);
      return [t];
    });
  for (const segment of path) {
    candidates = expand(candidates).flatMap((t) => {
      const def = (t as unknown as { def: { type: string; valueType?: z.ZodType; element?: z.ZodType } }).def;
      if (def.type === 'object') {
        const child = own((t as unknown as { shape: Record<string, z.ZodType> }).shape, String(segment));
        return child ? [child] : [];
      }
      if (def.type === 'record') return [def.valueType!];
      if (def.type === 'array' && typeof segment === 'number') return [def.element!];
      return [];
    });
  }
  return expand(candidates).flatMap((t) => ((t as unknown as { def: { type: string } }).def.type === 'object' ? Object.keys((t as unknown as { shape: object }).shape) : []));
}

export function zodIssuesToDiagnostics(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  locate: Locator,
  schema: z.ZodType,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (rule: RuleId, path: readonly PathSegment[], message: string, atKey = false) => out.push(diagnostic(file, rule, message, atKey ? locate.key(path) : locate.value(path)));
  const flat = issues.flatMap((issue) => unwrapUnion(issue));
  for (const issue of flat) {
    const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
    const where = subject(path);
    // Whatever zod calls it (a type error, a literal that does not match), a key that is not
    // there at all is a missing key.
    if (issue.code !== 'unrecognized_keys' && path.length > 0) {
      const { found, value } = valueAt(input, path);
      const parent = valueAt(input, path.slice(0, -1));
      if ((!found || value === undefined) && parent.found && typeof parent.value === 'object' && parent.value !== null && !Array.isArray(parent.value)) {
        push('schema-required', path, `missing required key "${String(path[path.length - 1])}" ${inMapping(path.slice(0, -1))}`);
        continue;
      }
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          push('schema-unknown-key', [...path, key], `unknown key "${key}" ${inMapping(path)}${suggestion(key, known)}`, true);
        }
        break;
      }
      case 'invalid_type': {
        const { value } = valueAt(input, path);
        const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
        push('schema-type', path, `${where} must be ${expected}, found ${describeValueType(value)}`);
        break;
      }
      case 'too_small':
        if (issue.origin === 'array') push('schema-value', path, `${where} ${issue.message}`);
        else if (issue.origin === 'string') push('schema-value', path, `${where} must not be empty`);
        else push('schema-value', path, `${where} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`);
        break;
      case 'too_big':
        // A schema's own message says why the cap is what it is ("at most 5 findings: page one has
        // room for three"); zod's default ("Too big: …") is replaced by one that names the unit, as
        // "firm must be at most 120" left the reader to guess characters (hostile-input pass, session 18).
        if (!issue.message.startsWith('Too big')) push('schema-value', path, `${where} ${issue.message}`);
        else if (issue.origin === 'string') push('schema-value', path, `${where} must be at most ${String(issue.maximum)} characters`);
        else if (issue.origin === 'array') push('schema-value', path, `${where} must have at most ${String(issue.maximum)} entries`);
        else push('schema-value', path, `${where} must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`);
        break;
      case 'invalid_value':
        push('schema-value', path, `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
        break;
      case 'invalid_format':
      case 'custom':
        // Our own refinements word their messages to follow the path: "must be a real calendar date".
        push('schema-value', path, `${where} ${issue.message}`);
        break;
      case 'invalid_key': {
        // A record's key its key schema refused ("comments: { constructor: … }"): say what the key
        // must be, at the key, instead of zod's "Invalid key in record".
        const key = String(path.at(-1));
        const why = issue.issues.map((inner) => inner.message).find((message) => message !== '') ?? 'is not a valid key';
        push('schema-value', path, `key "${key}" ${inMapping(path.slice(0, -1))} ${why}`, true);
        break;
      }
      case 'invalid_union':
        if (issue.message === ZOD_UNION_MESSAGE) {
          // No branch takes a value of this type (unwrapUnion found none to follow).
          const expected = [...new Set(issue.errors.flatMap((branch) => branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => EXPECTED_NAMES[(i as { expected: string }).expected] ?? (i as { expected: string }).expected)))];
          push('schema-type', path, `${where} must be ${expected.join(' or ')}, found ${describeValueType(valueAt(input, path).value)}`);
          break;
        }
        push('schema-value', path, `${where}: ${issue.message}`);
        break;
      default:
        push('schema-value', path, `${where}: ${issue.message}`);
    }
  }
  return out;
}

/** zod's own message for a union no branch accepts; a union with its own `error` words it itself. */
const ZOD_UNION_MESSAGE = 'Invalid input';

/**
 * A union such as "text, or a mapping { default, … }" fails as one invalid_union issue holding every
 * branch's issues. When exactly the branches for the value's type failed inside the value (a
 * mapping without `default`), report those inner issues, located where they are; when no branch
 * takes the value's type at all, keep the union issue (reported as a wrong type).
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.message !== ZOD_UNION_MESSAGE || !Array.isArray(issue.errors)) return [issue];
  const typed = issue.errors.find((branch) => branch.length > 0 && !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (typed === undefined) return [issue];
  return typed.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

// Typos are the commonest unknown key; point at the key the author probably meant, among the
// keys allowed exactly there. Also used for ids that refer to something (an unknown prerequisite).
export function suggestion(key: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = key.length <= 3 ? 2 : 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d > 0) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

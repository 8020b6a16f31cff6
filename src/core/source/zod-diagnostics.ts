// Turns zod issues into located diagnostics with our own wording. zod's issue path maps straight
// to a YAML node; the locator turns that node into file:line:col.
import type { z } from 'zod';
import type { Diagnostic, RuleId } from '../diagnostics.js';
import type { Locator, PathSegment } from './parse-yaml-source.js';

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

export function zodIssuesToDiagnostics(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  locate: Locator,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (rule: RuleId, path: readonly PathSegment[], message: string, atKey = false) => {
    const at = atKey ? locate.key(path) : locate.value(path);
    out.push({ file, ...at, severity: 'error', rule, message });
  };
  for (const issue of issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
    const where = subject(path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          push('schema-unknown-key', [...path, key], `unknown key "${key}" ${inMapping(path)}${suggestion(key)}`, true);
        }
        break;
      case 'invalid_type': {
        const { found, value } = valueAt(input, path);
        const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
        if (!found || value === undefined) {
          const key = path[path.length - 1];
          push('schema-required', path, `missing required key "${String(key)}" ${inMapping(path.slice(0, -1))}`);
        } else {
          push('schema-type', path, `${where} must be ${expected}, found ${describeValueType(value)}`);
        }
        break;
      }
      case 'too_small':
        if (issue.origin === 'array') push('schema-value', path, `${where} ${issue.message}`);
        else if (issue.origin === 'string') push('schema-value', path, `${where} must not be empty`);
        else push('schema-value', path, `${where} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`);
        break;
      case 'too_big':
        push('schema-value', path, `${where} must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`);
        break;
      case 'invalid_value':
        push('schema-value', path, `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
        break;
      case 'invalid_format':
        push('schema-value', path, `${where} ${issue.message}`);
        break;
      default:
        push('schema-value', path, `${where}: ${issue.message}`);
    }
  }
  return out;
}

// Typos are the commonest unknown key; point at the key the author probably meant.
const KNOWN_KEYS = [
  'id', 'title', 'summary', 'reflection', 'weight', 'target', 'questions', 'prompt', 'help', 'na', 'levels',
  'recommendations', 'score', 'label', 'description', 'below', 'action', 'horizon', 'owner', 'order', 'bands',
  'organization', 'respondent', 'name', 'role', 'date', 'rubrics', 'digest', 'answers', 'note', 'version',
];

function suggestion(key: string): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_KEYS) {
    const d = editDistance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance && d > 0) {
      best = known;
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

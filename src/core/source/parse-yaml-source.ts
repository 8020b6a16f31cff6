// Turns the bytes of one YAML file into a plain value plus a way to find any path's position in
// the source, or into located diagnostics. Never throws on any input: hostile files are findings.
//
// One library defines what a file means: js-yaml, with YAML 1.2's core schema (about ten times
// quicker than `yaml` to load and to parse, and most files have no finding). `yaml`, which keeps
// source positions, is used only to place findings: it parses a file again when, and only when,
// something in it has to be located (a syntax error js-yaml refused, a schema or rule finding).
// Nothing here reads YAML syntax itself.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { diagnostic, FILE_START, pointAt, type Diagnostic, type Position, type RuleId } from '../diagnostics.js';
import { openingBehind, unclosedOpenings } from './locate-unclosed.js';
import { RESERVED_KEYS, type KeyPath } from './reserved-keys.js';
import { decodeSourceText, type SourceFile } from './source-file.js';

export type { SourceFile } from './source-file.js';

/**
 * Values a document may hold once its aliases are followed, per character of its text (plus a
 * floor for short files). Without aliases a document has fewer values than characters; an alias
 * bomb (nine aliases of nine aliases of …) has millions from a few hundred bytes, and every
 * check that walks the value would walk them all.
 */
const MAX_VALUES_PER_CHARACTER = 10;
const MIN_VALUE_BUDGET = 10_000;

export type PathSegment = string | number;

export interface Locator {
  /** Position of the node at `path`, or of its nearest existing ancestor (a missing key: its parent mapping). */
  value(path: readonly PathSegment[]): Position;
  /** Position of the key at `path` (for unknown keys); falls back to the value. */
  key(path: readonly PathSegment[]): Position;
}

export type ParsedYaml =
  | {
      ok: true;
      value: unknown;
      locate: Locator;
      /** The path of every mapping key that is a reserved name (reserved-keys.ts), in document order. */
      reservedKeys: KeyPath[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

const YAML_ERROR_RULES: Record<string, RuleId> = {
  TAB_AS_INDENT: 'yaml-tab-indent',
};

/** Longest message taken from the parser: some quote whole stretches of the (hostile) input. */
const MAX_MESSAGE_LENGTH = 160;

export function parseYamlSource(file: SourceFile): ParsedYaml {
  const decoded = decodeSourceText(file);
  if ('diagnostic' in decoded) return { ok: false, diagnostics: [decoded.diagnostic] };
  const { text } = decoded;

  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, filename: file.path });
  } catch (error) {
    return { ok: false, diagnostics: syntaxDiagnostics(file.path, text, error) };
  }
  if (value === null || value === undefined) {
    if (text.replace(/^\s*#.*$/gm, '').trim() === '') {
      return { ok: false, diagnostics: [diagnostic(file.path, 'file-empty', 'file is empty: expected a YAML mapping')] };
    }
  }
  const reservedKeys = reservedKeysWithin(value, Math.max(MIN_VALUE_BUDGET, text.length * MAX_VALUES_PER_CHARACTER));
  if (reservedKeys === null) {
    return { ok: false, diagnostics: [diagnostic(file.path, 'yaml-alias-limit', 'document expands its aliases into too many values (an alias bomb?); refused')] };
  }
  return { ok: true, value, locate: lazyLocator(file), reservedKeys };
}

/**
 * A `yaml-reserved-key` error at every reserved key of a parsed file (`__proto__`, `constructor`,
 * `prototype`): to report before the schema, since a record schema drops such a key without a word.
 */
export function reservedKeyDiagnostics(path: string, parsed: Extract<ParsedYaml, { ok: true }>): Diagnostic[] {
  return parsed.reservedKeys.map((keyPath) =>
    diagnostic(path, 'yaml-reserved-key', `key "${String(keyPath.at(-1))}" is reserved (JavaScript objects use the name, and it would be dropped or misread); rename it`, parsed.locate.key(keyPath)),
  );
}

/** A mapping or list met on the walk, and the key that reached it from its parent's step. */
interface Step {
  node: object;
  key: PathSegment | null;
  parent: Step | null;
}

/**
 * One walk of the value, aliases followed: null when it holds more than `budget` values, else the
 * path of every reserved key in it, in document order. Both questions are asked of every file, and
 * one walk answers both. A stack, not recursion: a hostile file may nest deeply. Only mappings and
 * lists are visited (a scalar holds no key), pushed in reverse so they come in document order;
 * a path is built only for a reserved key, from the steps that led to it.
 */
function reservedKeysWithin(value: unknown, budget: number): KeyPath[] | null {
  const found: KeyPath[] = [];
  let seen = 1;
  const stack: Step[] = typeof value === 'object' && value !== null ? [{ node: value, key: null, parent: null }] : [];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const node = step.node as Record<string, unknown> | unknown[];
    if (Array.isArray(node)) {
      seen += node.length;
      for (let i = node.length - 1; i >= 0; i--) {
        const child = node[i];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, key: i, parent: step });
      }
    } else {
      // Keys and values in two native calls: looking each value up by its key is a keyed load on
      // objects of every shape js-yaml builds, the walk's dearest step.
      const keys = Object.keys(node);
      const values = Object.values(node);
      seen += keys.length;
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = values[i];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, key: keys[i]!, parent: step });
      }
      for (let i = 0; i < keys.length; i++) if (RESERVED_KEYS.has(keys[i]!)) found.push(pathTo(step, keys[i]!));
    }
    if (seen > budget) return null;
  }
  return found;
}

function pathTo(step: Step, key: string): KeyPath {
  const path: KeyPath = [key];
  for (let at: Step | null = step; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * The findings of a file js-yaml refused, located by `yaml`'s parse. Where `yaml` finds nothing
 * wrong (the two libraries disagree on a corner of YAML), js-yaml's refusal stands, at its mark.
 */
function syntaxDiagnostics(path: string, text: string, error: unknown): Diagnostic[] {
  const parsed = parseWithPositions(text);
  const diagnostics: Diagnostic[] = parsed === null ? [] : yamlErrorDiagnostics(path, text, parsed);
  if (diagnostics.length > 0) return diagnostics;
  if (error instanceof YAMLException) {
    // js-yaml reads the text with a line end added when it has none, so its mark can sit one
    // line past the file's last line: held to the text.
    const lines = text.split('\n');
    const line = Math.min((error.mark?.line ?? 0) + 1, lines.length);
    const column = line === (error.mark?.line ?? 0) + 1 ? (error.mark?.column ?? 0) + 1 : lines[line - 1]!.length + 1;
    return [diagnostic(path, 'yaml-syntax', cleanYamlMessage(error.reason || error.message), pointAt(line, column))];
  }
  // Not a YAML problem js-yaml reports as such (the document nests too deeply for the stack).
  return [diagnostic(path, 'yaml-syntax', cleanYamlMessage(error instanceof Error ? error.message : String(error)))];
}

/** `yaml`'s errors, else its duplicate keys, located. */
function yamlErrorDiagnostics(path: string, text: string, { doc, positionOf, lineCounter }: WithPositions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Errors caused by an unclosed quote or bracket are located at the opening, with the parser's
  // position as the end of the range (locate-unclosed.ts).
  const openings = doc.errors.length > 0 ? unclosedOpenings(text) : [];
  const reported = new Set<number>();
  for (const yamlError of doc.errors) {
    const rule = YAML_ERROR_RULES[yamlError.code] ?? 'yaml-syntax';
    const opening = openingBehind(yamlError.code, yamlError.message, yamlError.pos[0], openings, text, (offset) => lineCounter.linePos(offset).line);
    if (opening !== null) {
      // Errors further in caused by the same opening say nothing new.
      if (reported.has(opening.offset)) continue;
      reported.add(opening.offset);
      const end = lineCounter.linePos(yamlError.pos[0]);
      const at = positionOf(opening.offset, yamlError.pos[0]);
      const endText = yamlError.pos[0] >= text.length ? `the end of the file (line ${end.line})` : `line ${end.line}, column ${end.col}`;
      diagnostics.push(diagnostic(path, rule, opening.message(endText), at));
      continue;
    }
    diagnostics.push(diagnostic(path, rule, cleanYamlMessage(yamlError.message), positionOf(yamlError.pos[0], yamlError.pos[1])));
  }
  if (diagnostics.length === 0) diagnostics.push(...duplicateKeyDiagnostics(path, doc, positionOf));
  return diagnostics;
}

interface WithPositions {
  doc: Document;
  positionOf: (start: number, end: number) => Position;
  lineCounter: LineCounter;
}

/** `yaml`'s parse with positions, or null where `yaml` itself gives up (a stack overflow on deep nesting). */
function parseWithPositions(text: string): WithPositions | null {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  // uniqueKeys is off because the parser's own check compares every key with every other key of a
  // mapping (quadratic: minutes for 100k keys); duplicateKeyDiagnostics does it in one pass.
  // logLevel 'error': the parser must not print process warnings on stderr.
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  } catch {
    return null;
  }
  const positionOf = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  return { doc, positionOf, lineCounter };
}

/**
 * A locator that parses the text with positions on its first use: most files never need one. It
 * holds the file, not its decoded text, and decodes again when asked (the decoding is the same):
 * the caller holds the bytes anyway, and the text, kept for every file of a large set, was
 * garbage collected again and again for the few files that have a finding.
 */
function lazyLocator(file: SourceFile): Locator {
  let locator: Locator | null = null;
  const get = () => {
    if (locator === null) {
      const decoded = decodeSourceText(file);
      const parsed = 'text' in decoded ? parseWithPositions(decoded.text) : null;
      locator = parsed === null ? { value: () => FILE_START, key: () => FILE_START } : createLocator(parsed.doc, parsed.positionOf);
    }
    return locator;
  };
  return { value: (path) => get().value(path), key: (path) => get().key(path) };
}

function cleanYamlMessage(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) return 'the document nests too deeply to read';
  // yaml's messages carry a trailing "at line X, column Y" we already report as the location.
  const firstLine = (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+:?\s*$/, '').trim();
  return firstLine.length > MAX_MESSAGE_LENGTH ? `${firstLine.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : firstLine;
}

/** Scalar keys seen twice in one mapping, each reported at its second (and later) occurrence. */
function duplicateKeyDiagnostics(file: string, doc: Document, positionOf: (start: number, end: number) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { isScalar, visit } = yamlLibrary();
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Pair>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, pair);
          continue;
        }
        const at = pair.key.range ? positionOf(pair.key.range[0], pair.key.range[1]) : FILE_START;
        const firstLine = (first.key as Node).range ? positionOf((first.key as Node).range![0], (first.key as Node).range![0]).line : null;
        const shown = String(pair.key.value);
        out.push(
          diagnostic(file, 'yaml-duplicate-key', `duplicate key "${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}"${firstLine === null ? '' : ` (first on line ${firstLine})`}`, at),
        );
      }
    },
  });
  return out;
}

function createLocator(doc: Document, positionOf: (start: number, end: number) => Position): Locator {
  const rangeOf = (node: Node | null | undefined): Position => {
    if (!node || !node.range) return FILE_START;
    return positionOf(node.range[0], node.range[1]);
  };
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  // One index per mapping, built on first use: files with thousands of problems stay linear.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, segment: PathSegment): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      }
      indexes.set(map, index);
    }
    return index.get(String(segment));
  };
  const walk = (path: readonly PathSegment[], wantKey: boolean): Position => {
    let node: unknown = doc.contents;
    let keyNode: unknown = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        if (!pair) return rangeOf(node as Node);
        keyNode = pair.key;
        if (pair.value === null || pair.value === undefined) return rangeOf(pair.key as Node);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined || item === null) return rangeOf(node as Node);
        keyNode = null;
        node = item;
      } else {
        return rangeOf(node as Node);
      }
    }
    if (wantKey && keyNode) return rangeOf(keyNode as Node);
    return rangeOf(node as Node);
  };
  return { value: (path) => walk(path, false), key: (path) => walk(path, true) };
}

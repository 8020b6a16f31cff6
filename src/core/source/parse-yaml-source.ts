// Turns the bytes of one YAML file into a plain value plus a way to find any path's position in
// the source, or into located diagnostics. Never throws on any input: hostile files are findings.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Position, RuleId } from '../diagnostics.js';
import { openingBehind, unclosedOpenings } from './locate-unclosed.js';
import { decodeSourceText, FILE_START, fileDiagnostic, type SourceFile } from './source-file.js';

// Moved to source-file.ts so reading files does not load the YAML parser; re-exported for existing imports.
export { decodeSourceText, fileDiagnostic, MAX_SOURCE_BYTES, type SourceFile } from './source-file.js';

/** Aliases expanded per document before we call it an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface Locator {
  /** Position of the node at `path`, or of its nearest existing ancestor (a missing key: its parent mapping). */
  value(path: readonly PathSegment[]): Position;
  /** Position of the key at `path` (for unknown keys); falls back to the value. */
  key(path: readonly PathSegment[]): Position;
}

export type ParsedYaml =
  | { ok: true; value: unknown; locate: Locator; text: string; warnings: Diagnostic[] }
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

  const lineCounter = new LineCounter();
  // uniqueKeys is off because the parser's own check compares every key with every other key of a
  // mapping (quadratic: minutes for 100k keys); duplicateKeyDiagnostics below does it in one pass.
  // logLevel 'error': the parser must not print process warnings (a collection used as a key)
  // on stderr; such a file gets its findings from the schema like any other.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  const positionOf = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };

  const diagnostics: Diagnostic[] = [];
  // Errors caused by an unclosed quote or bracket are located at the opening, with the parser's
  // position as the end of the range (locate-unclosed.ts).
  const openings = doc.errors.length > 0 ? unclosedOpenings(text) : [];
  const reported = new Set<number>();
  for (const error of doc.errors) {
    const rule = YAML_ERROR_RULES[error.code] ?? 'yaml-syntax';
    const opening = openingBehind(error.code, error.message, error.pos[0], openings, text, (offset) => lineCounter.linePos(offset).line);
    if (opening !== null) {
      // Errors further in caused by the same opening say nothing new.
      if (reported.has(opening.offset)) continue;
      reported.add(opening.offset);
      const end = lineCounter.linePos(error.pos[0]);
      const at = positionOf(opening.offset, error.pos[0]);
      const endText = error.pos[0] >= text.length ? `the end of the file (line ${end.line})` : `line ${end.line}, column ${end.col}`;
      diagnostics.push(fileDiagnostic(file.path, rule, 'error', opening.message(endText), at));
      continue;
    }
    diagnostics.push(fileDiagnostic(file.path, rule, 'error', cleanYamlMessage(error.message), positionOf(error.pos[0], error.pos[1])));
  }
  if (diagnostics.length === 0) diagnostics.push(...duplicateKeyDiagnostics(file.path, doc, positionOf));
  for (const warning of doc.warnings) {
    diagnostics.push(fileDiagnostic(file.path, 'yaml-warning', 'warning', cleanYamlMessage(warning.message), positionOf(warning.pos[0], warning.pos[1])));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && text.trim().replace(/^#.*$/gm, '').trim() === '')) {
    return { ok: false, diagnostics: [...diagnostics, fileDiagnostic(file.path, 'file-empty', 'error', 'file is empty: expected a YAML mapping')] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError
        ? `document expands more than ${MAX_ALIAS_COUNT} aliases (an alias bomb?); refused`
        : `cannot read YAML value: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, diagnostics: [...diagnostics, fileDiagnostic(file.path, 'yaml-alias-limit', 'error', message)] };
  }
  // Only warnings are left in `diagnostics` here.
  return { ok: true, value, locate: createLocator(doc, positionOf), text, warnings: diagnostics };
}

/**
 * The value the exact path reads from `text` when it reads it without an error or warning, else
 * null: the one definition the fast reader is held to (tests/unit/fast-yaml.test.ts) and the
 * build stores for the shipped rubrics (fast-check-sources.ts).
 */
export function exactYamlValue(text: string): { value: unknown } | null {
  const parsed = parseYamlSource({ path: '-', content: text, size: text.length });
  return parsed.ok && parsed.warnings.length === 0 ? { value: parsed.value } : null;
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
          fileDiagnostic(file, 'yaml-duplicate-key', 'error', `duplicate key "${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}"${firstLine === null ? '' : ` (first on line ${firstLine})`}`, at),
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

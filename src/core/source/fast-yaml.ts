// The fast YAML reader: js-yaml (about ten times quicker than `yaml` to load and to parse) with
// YAML 1.2's core schema, for files that have nothing wrong with them. It aims to answer only where
// it reads what `yaml` reads (parseYamlSource, the reference with positions); for anything else it
// returns undefined and the caller takes the exact path. What is known to differ, and hands over:
// - a plain scalar js-yaml and `yaml` resolve differently (0b101, -.5, -0): every plain scalar is
//   resolved by js-yaml and also classified with the patterns `yaml` resolves by (captured from
//   it: fast-check-sources.ts); `<<` (a merge key) too;
// - text matched before parsing (HAND_OVER): tags, anchors and aliases (an alias bomb, too),
//   directives, tabs, complex keys, escaped line breaks, collections used as keys, `\U` escapes,
//   lines over 1,024 characters (`yaml` limits implicit keys), document markers run into text,
//   a byte order mark past the start;
// - what the parse shows (ParseWatch): a quoted scalar or a flow collection that goes on to another
//   line (`yaml` refuses one whose next line is not indented past its key; js-yaml reads it), a
//   key that is null or empty (js-yaml makes it "null", `yaml` ""), and a __proto__ key;
// - before js-yaml only (blockHeaderHandOver, startsIndented): keep chomping or an indentation
//   indicator on a block scalar, a block scalar whose first line is blank, a document whose first
//   line of content is indented;
// - duplicate keys and anything js-yaml rejects make it throw.
// Before js-yaml, an answers file that passes those checks goes to the line reader (block-yaml.ts):
// nested block mappings of scalars, read a line at a time with the same resolver of plain scalars.
// It is several times quicker cold; what it does not read goes on to js-yaml.
// tests/unit/fast-yaml.test.ts holds both to `yaml` on every YAML file in the repository, on
// edge cases (among them each case above) and on generated and randomly edited documents.
import { FAILSAFE_SCHEMA, load, Type, types, type LoadOptions } from 'js-yaml';
import { YAML_CORE_SCALARS } from '../fast/fast-checks.js';
import { MAX_IMPLICIT_KEY_LENGTH, readBlockYaml, UNREADABLE } from './block-yaml.js';

class Disagreement extends Error {}

const yamlPatterns = YAML_CORE_SCALARS.map((p) => ({ kind: p.kind, re: new RegExp(p.source, p.flags) }));

function yamlKind(text: string): string {
  for (const p of yamlPatterns) if (p.re.test(text)) return p.kind;
  return 'str';
}

function jsYamlKind(text: string): string {
  if (types.null.resolve(text)) return 'null';
  if (types.bool.resolve(text)) return 'bool';
  if (types.int.resolve(text)) return 'int';
  if (types.float.resolve(text)) return 'float';
  return 'str';
}

// Memoized: scores, weights and thresholds repeat the same few texts thousands of times in a big
// set, and each check runs js-yaml's resolvers and `yaml`'s patterns. Bounded, for hostile input.
const agreedKinds = new Map<string, string | null>();
const MAX_REMEMBERED_KINDS = 10_000;

/** The kind both readers give this plain scalar, or null when they differ (the file is handed over). */
function agreedKind(text: string): string | null {
  let kind = agreedKinds.get(text);
  if (kind !== undefined) return kind;
  kind = jsYamlKind(text);
  if (text === '<<' || yamlKind(text) !== kind) kind = null;
  // The same number too: `yaml` reads -0 as -0, js-yaml as 0.
  else if ((kind === 'int' || kind === 'float') && !Object.is(types[kind].construct(text), Number(text))) kind = null;
  if (agreedKinds.size >= MAX_REMEMBERED_KINDS) agreedKinds.clear();
  agreedKinds.set(text, kind);
  return kind;
}

/**
 * The one resolver of plain scalars: js-yaml's own core types do the reading, and the kind `yaml`
 * gives the same text must agree, or the file is handed over.
 */
const coreScalar = new Type('tag:sales-audit,2026:core-scalar', {
  kind: 'scalar',
  resolve(text: string) {
    if (scalarKind(text) === null) throw new Disagreement();
    return true;
  },
  // The kind again rather than one remembered from resolve: nothing then depends on js-yaml calling
  // construct right after resolve (and agreedKind remembers the texts that are not plain words).
  construct: plainScalarValue,
});

/** A plain scalar's value as both readers give it, or UNREADABLE when they differ. */
export function plainScalarValue(text: string): unknown {
  const kind = scalarKind(text);
  if (kind === null) return UNREADABLE;
  return kind === 'str' ? text : types[kind as 'null' | 'bool' | 'int' | 'float'].construct(text);
}

/** The kind of a plain scalar's text for both readers, or null when they differ. */
function scalarKind(text: string): string | null {
  // A letter that starts none of null, true, false (or .inf, numbers): text for both readers. The common case, kept quick.
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) return 'str';
  return agreedKind(text);
}

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

// What hands a file over before parsing: constructs the two readers may read differently, or
// that need `yaml`'s limits. A tag, anchor or alias counts wherever a node can start: at a line's
// start, after a space, a flow indicator, or a colon (`{"k":&a v, "j":*a}` is an anchor and an
// alias to both readers). Each pattern is tried only when the text has the character it needs
// (a search over 10 KB of text costs more than parsing it otherwise). Prose such as "R&D", "Great!"
// or "[1]" does not match; a file where one matches anyway ("*important*") merely takes the exact path.
const HAND_OVER: readonly [string, RegExp | null][] = [
  ['\t', null], // tabs: `yaml` refuses some where js-yaml does not
  ['\r', /\r(?!\n)/], // a carriage return that does not end a line
  ['%', /^%/m], // directives: %YAML 1.1 would change what `yes` means
  ['!', /(?:^|[\s[\]{},:])!/m], // a tag, "!" alone too: `x: !` is "" to `yaml`, null to js-yaml
  ['&', /(?:^|[\s[\]{},:])&\S/m], // an anchor
  ['*', /(?:^|[\s[\]{},:])\*\S/m], // an alias (an alias bomb, too)
  ['?', null], // an explicit (complex) key: explicitKey() below
  // A collection used as a key (`[a]:`, `{[a]:1}`): the readers turn it into different text; or a
  // flow collection closed at the start of a line: `yaml` warns when it is not indented enough.
  // closerHandOver() below.
  [']', null],
  ['}', null],
  ['\\', /\\\r?\n/], // an escaped line break in double quotes
  ['#', null], // a comment without a space before it, after a collection or a quote: `yaml` refuses it (glued below)
  ['---', /^---(?:\S|[ \t]+\S)/m], // "---" run into text, or with content after it: the readers differ
  ['...', /^\.\.\.\S/m],
  ['\\U', null], // an eight-digit escape: js-yaml turns one beyond U+10FFFF into lone surrogates
  ['\ufeff', null], // a byte order mark past the start (decodeSourceText removes the first): part of a key to js-yaml
];

function handOver(text: string): boolean {
  for (const [char, pattern] of HAND_OVER) {
    if (!text.includes(char)) continue;
    if (char === '?' ? explicitKey(text) : char === ']' || char === '}' ? closerHandOver(text, char) : char === '#' ? glued(text) : pattern === null || pattern.test(text)) return true;
  }
  return hasLongLine(text);
}

// `yaml` refuses an implicit key longer than 1,024 characters; js-yaml does not. A line that long is
// handed over whatever it holds. (A loop over line breaks: /^[^\n]{1025}/m costs ten times more.)
function hasLongLine(text: string): boolean {
  let start = 0;
  while (text.length - start > MAX_IMPLICIT_KEY_LENGTH) {
    const end = text.indexOf('\n', start);
    if (end === -1 || end - start > MAX_IMPLICIT_KEY_LENGTH) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Watches js-yaml's parse (its `listener` option: an event when each node opens and closes) for
 * what the readers take differently once parsed: a quoted scalar or flow collection spanning
 * lines, a mapping with a null or empty key (js-yaml's "null") or a __proto__ key.
 */
class ParseWatch {
  /** Position and line where each open node began, innermost last. */
  private readonly opened: number[] = [];

  readonly listener = (event: 'open' | 'close', state: { input: string; position: number; line: number; result: unknown }): void => {
    if (event === 'open') {
      this.opened.push(state.position, state.line);
      return;
    }
    const startLine = this.opened.pop()!;
    let at = this.opened.pop()!;
    const result = state.result;
    // Checked on every mapping, not only where the text shows a null word: an empty key (`{: b}`,
    // `[a, : b]`) is "null" to js-yaml and "" to `yaml`, and no cheap pattern finds every one. A
    // pair inside a flow sequence (`[a, : b]`) gets no event of its own: its list checks it.
    if (result !== null && typeof result === 'object') {
      if (!Array.isArray(result)) {
        if (hasKeyReadDifferently(result)) throw new Disagreement();
      } else for (const item of result) if (item !== null && typeof item === 'object' && !Array.isArray(item) && hasKeyReadDifferently(item)) throw new Disagreement();
    }
    if (state.line === startLine) return;
    // The node's first character: past the spaces, line breaks and comments before it.
    const text = state.input;
    let line = startLine;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 32 || c === 13) at++;
      else if (c === 10) {
        at++;
        line++;
      } else if (c === 35) while (at < text.length && text.charCodeAt(at) !== 10) at++;
      else break;
    }
    // A quoted scalar (its value is text) or a flow collection (a list or mapping starting with a
    // bracket) that ends on a later line than it starts. A block mapping may start with a quoted key.
    const first = text[at];
    const quoted = (first === '"' || first === "'") && typeof result === 'string';
    const flow = (first === '[' || first === '{') && typeof result === 'object' && result !== null;
    if (state.line > line && (quoted || flow)) throw new Disagreement();
  };
}

function hasKeyReadDifferently(mapping: object): boolean {
  return Object.hasOwn(mapping, 'null') || Object.hasOwn(mapping, '__proto__');
}

/**
 * A "]" or "}" with only spaces before it on its line, or followed by spaces and a colon. A loop
 * over the closers: the patterns /^[ ]*\}/m and /\}[ ]*:/ cost more than the rest of the checks.
 */
function closerHandOver(text: string, closer: string): boolean {
  for (let at = text.indexOf(closer); at !== -1; at = text.indexOf(closer, at + 1)) {
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) === 32) before--;
    if (before < 0 || text.charCodeAt(before) === 10) return true;
    let after = at + 1;
    while (text.charCodeAt(after) === 32) after++;
    if (text.charCodeAt(after) === 58) return true; // ':'
  }
  return false;
}

/**
 * A "#" right after "]", "}" or a quote. A loop over the "#"s: every rubric has a comment, and
 * /[\]}"']#/ tries its class at each of a file's characters.
 */
function glued(text: string): boolean {
  for (let at = text.indexOf('#', 1); at !== -1; at = text.indexOf('#', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 93 || before === 125 || before === 34 || before === 39) return true; // ] } " '
  }
  return false;
}

/** A "?" that starts a node (a line, after dashes, or after [ or {) and is followed by a space or the line's end. */
function explicitKey(text: string): boolean {
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 13)) continue;
    let i = at - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45)) i--; // spaces and dashes
    const before = i < 0 ? 10 : text.charCodeAt(i);
    if (before === 10 || before === 13 || before === 91 || before === 123) return true; // line start, [ or {
  }
  return false;
}

// What js-yaml reads where `yaml` refuses the text or reads it otherwise, found by a hostile review
// of the line reader (which leaves each of these to js-yaml), checked only before js-yaml reads:
// - a block scalar header with keep chomping (`|+`) or an indentation indicator (`>1`): js-yaml
//   keeps a line break too many when blank lines end the text without a final break, and reads
//   `>1` over a line of spaces otherwise;
// - a block scalar whose first line is blank or only spaces: `yaml` refuses such a line with more
//   spaces than the text after it is indented by;
// - a document whose first line of content is indented: `yaml` refuses a later line indented less
//   (` -\n-`), js-yaml reads it.
// Loops over the indicators rather than multi-line patterns: every rubric has dozens of `>-`.

/** A block scalar header with `+` or an indentation digit, or followed by a blank line. */
function blockHeaderHandOver(text: string): boolean {
  for (const indicator of ['|', '>']) {
    for (let at = text.indexOf(indicator); at !== -1; at = text.indexOf(indicator, at + 1)) {
      let i = at + 1;
      let keepOrIndentation = false;
      for (let k = 0; k < 2; k++) {
        const c = text.charCodeAt(i);
        if (c === 43 || (c >= 49 && c <= 57)) keepOrIndentation = true; // + or 1-9
        else if (c !== 45) break; // -
        i++;
      }
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      if (text.charCodeAt(i) === 35) {
        // a comment, to the line's end
        const lineEnd = text.indexOf('\n', i);
        i = lineEnd === -1 ? text.length : lineEnd;
      }
      const end = text.charCodeAt(i);
      if (!(Number.isNaN(end) || end === 10 || end === 13)) continue; // more on the line: not a header
      if (keepOrIndentation) return true;
      // The next line: blank, or only spaces.
      i = text.indexOf('\n', i);
      if (i === -1) continue;
      i++;
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      const next = text.charCodeAt(i);
      if (i < text.length ? next === 10 || next === 13 : text.charCodeAt(i - 1) !== 10) return true;
    }
  }
  return false;
}

/** Whether the first line with content (past blank lines, comments and `---`) starts with a space. */
function startsIndented(text: string): boolean {
  let at = 0;
  for (;;) {
    let i = at;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const marker = i === at && /^---[ \t]*\r?(?:\n|$)/.test(text.slice(i, i + 8));
    if (!(c === 10 || c === 13 || c === 35 || marker)) return i > at && i < text.length;
    const end = text.indexOf('\n', i);
    if (end === -1) return false;
    at = end + 1;
  }
}

/**
 * The document's value as `yaml` would read it, or undefined when the exact path must decide.
 * `shape`: 'mappings' where the text should be nested mappings of scalars (an answers file): the
 * line reader tries it first. Not for rubrics: their lists always send it on to js-yaml, and a
 * thousand files paid for the lines it read first (validate, 1,000 files: about 6 %).
 */
export function fastLoadYaml(text: string, shape: 'any' | 'mappings' = 'any'): unknown {
  if (handOver(text)) return undefined;
  if (shape === 'mappings') {
    const simple = readBlockYaml(text, plainScalarValue);
    if (simple !== undefined) return simple;
  }
  if (blockHeaderHandOver(text) || startsIndented(text)) return undefined;
  try {
    const value = load(text, { schema: SCHEMA, listener: new ParseWatch().listener } as LoadOptions);
    // No document, or only comments: the exact path says the file is empty, with its rule.
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

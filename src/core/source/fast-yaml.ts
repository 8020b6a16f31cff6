// The fast YAML reader: js-yaml (about ten times quicker than `yaml` to load and to parse) with
// YAML 1.2's core schema, for files that have nothing wrong with them. It answers only where it
// certainly reads what `yaml` reads (parseYamlSource, the reference with positions); for anything
// else it returns undefined and the caller takes the exact path:
// - every plain scalar is resolved (null, true/false, numbers, text) and also classified with the
//   patterns `yaml` itself resolves by (captured from it: fast-check-sources.ts); any difference,
//   such as 0b101 or -.5, which js-yaml and `yaml` read differently, hands the file over;
// - `<<` merge keys, tags, anchors and aliases (an alias bomb, too), directives, tabs, complex keys
//   and escaped line breaks hand the file over (HAND_OVER); duplicate keys and anything js-yaml
//   rejects make it throw.
// tests/unit/fast-yaml.test.ts holds it to `yaml` on every YAML file in the repository, on
// edge cases and on generated and randomly edited documents.
import { FAILSAFE_SCHEMA, load, Type, types } from 'js-yaml';
import { YAML_CORE_SCALARS } from '../fast/fast-checks.js';

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

let lastKind = 'str';

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
    // A letter that starts none of null, true, false (or .inf, numbers): text for both readers. The common case, kept quick.
    const c = text.charCodeAt(0) | 0x20;
    if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) {
      lastKind = 'str';
      return true;
    }
    const kind = agreedKind(text);
    if (kind === null) throw new Disagreement();
    lastKind = kind;
    return true;
  },
  construct(text: string) {
    return lastKind === 'str' ? text : types[lastKind as 'null' | 'bool' | 'int' | 'float'].construct(text);
  },
});

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

// What hands a file over before parsing: constructs the two readers may read differently, or
// that need `yaml`'s limits. Each pattern is tried only when the text has the character it needs
// (a search over 10 KB of text costs more than parsing it otherwise). Prose such as "R&D", "Great!"
// or "[1]" does not match; a file where one matches anyway ("*important*") merely takes the exact path.
const HAND_OVER: readonly [string, RegExp | null][] = [
  ['\t', null], // tabs: `yaml` refuses some where js-yaml does not
  ['\r', /\r(?!\n)/], // a carriage return that does not end a line
  ['%', /^%/m], // directives: %YAML 1.1 would change what `yes` means
  ['!', /(?:^|[\s[\]{},])!\S/m], // a tag
  ['&', /(?:^|[\s[\]{},])&\S/m], // an anchor
  ['*', /(?:^|[\s[\]{},])\*\S/m], // an alias (an alias bomb, too)
  ['?', null], // an explicit (complex) key: explicitKey() below
  [']', /\][ ]*:(?:[ ]|$)/], // a collection used as a key: the readers turn it into different text
  ['}', /\}[ ]*:(?:[ ]|$)/],
  [']', /^[ ]*\]/m], // a flow collection closed at the start of a line: `yaml` warns when it is not indented enough
  ['}', /^[ ]*\}/m],
  ['\\', /\\\r?\n/], // an escaped line break in double quotes
  ['#', /[\]}"']#/], // a comment without a space before it, after a collection or a quote: `yaml` refuses it
  ['---', /^---\S/m], // "---" or "..." run into text: js-yaml takes it for a document marker
  ['...', /^\.\.\.\S/m],
];

function handOver(text: string): boolean {
  for (const [char, pattern] of HAND_OVER) {
    if (!text.includes(char)) continue;
    if (char === '?' ? explicitKey(text) : pattern === null || pattern.test(text)) return true;
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

/** The document's value as `yaml` would read it, or undefined when the exact path must decide. */
export function fastLoadYaml(text: string): unknown {
  if (handOver(text)) return undefined;
  try {
    return load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
}

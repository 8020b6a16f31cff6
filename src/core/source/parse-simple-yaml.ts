// A fast reader for the plain YAML that rubric and answers files are written in: block mappings
// and sequences, plain and single-line quoted scalars, one-line flow collections, and `|` / `>`
// block scalars. It exists for start-up time: the full parser (`yaml`) costs tens of milliseconds
// to load and warm up, and source positions matter only for files that have problems.
//
// It is deliberately partial. Whenever the text steps outside the subset it knows exactly (tabs,
// anchors, tags, multi-line plain scalars, null values, unusual numbers, duplicate keys, ...), it
// returns undefined and the caller uses parseYamlSource, the reference. Whatever it does return
// equals `parseDocument(text).toJS()`: tests/unit/parse-simple-yaml.test.ts compares the two on
// every fixture and on generated documents.

/** Returned when the text is outside the subset: use the full parser. */
export const NOT_SIMPLE = undefined;

type Value = string | number | boolean | Value[] | { [key: string]: Value };

class NotSimple extends Error {}
const bail = (): never => {
  throw new NotSimple();
};

// Characters YAML forbids or treats specially (C0/C1 controls, NEL, line and paragraph
// separators, a BOM inside the text) and tabs, which YAML forbids in indentation.
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** A key the subset accepts (then only if it resolves to a string), matched where a line's content starts. */
// A plain key; single spaces inside it are part of it (role names such as `sales manager`).
const KEY = /[A-Za-z0-9_](?:[A-Za-z0-9_-]| (?=[A-Za-z0-9_-])){0,199}(?=:(?:[ \n]|$))/y;

// The YAML 1.2 core schema's patterns, exactly as the `yaml` package resolves plain scalars.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
// The forms of those the subset converts itself; any other null, bool or number falls back.
const SIMPLE_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const SIMPLE_FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;

/** A plain scalar's value under the core schema, or a bail-out for forms the subset leaves to the full parser. */
function resolvePlain(text: string): Value {
  const c = text.charCodeAt(0) | 0x20; // lower case, for letters
  // A letter that starts none of null, true, false: certainly a string. The common case, kept quick.
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) return text;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (SIMPLE_INT.test(text)) return parseInt(text, 10);
  if (SIMPLE_FLOAT.test(text)) return parseFloat(text);
  if (CORE_NULL.test(text) || CORE_BOOL.test(text) || CORE_INT.test(text) || CORE_FLOAT.test(text)) return bail();
  return text;
}

// A plain scalar may not start with an indicator; "-" is allowed before a digit (negative numbers).
const PLAIN_START_BLOCK = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[0-9])/;
// In flow collections it may not contain flow indicators, quotes, colons or comments either.
const PLAIN_FLOW = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[0-9])[^,[\]{}#:'"]*$/;

/** Without trailing spaces (only spaces: YAML's trimming leaves other white space alone). */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The text before a ` #` comment, trimmed. */
function stripComment(text: string): string {
  const hash = text.indexOf(' #');
  return hash === -1 ? text : trimSpacesEnd(text.slice(0, hash));
}

function plainScalar(text: string): Value {
  const value = stripComment(text);
  if (!PLAIN_START_BLOCK.test(value) || value.includes(': ') || value.endsWith(':')) return bail();
  return resolvePlain(value);
}

/** A quoted scalar on one line, followed by nothing or a comment. */
function quotedScalar(text: string): string {
  const quote = text[0];
  let out = '';
  let i = 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) return bail(); // continues on the next line
    if (quote === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        break;
      }
    } else if (c === '"') {
      break;
    } else if (c === '\\') {
      const escaped = ESCAPES[text[i + 1] ?? ''];
      if (escaped === undefined) return bail();
      out += escaped;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  const rest = text.slice(i + 1);
  if (rest !== '' && !/^ +(?:#.*)?$/.test(rest)) return bail();
  return out;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

function flowItem(text: string): Value {
  let start = 0;
  while (text.charCodeAt(start) === 32) start++;
  const item = trimSpacesEnd(text.slice(start));
  return PLAIN_FLOW.test(item) ? resolvePlain(item) : bail();
}

/** `[a, b]` or `{ k: v, k2: v2 }` on one line, scalars only. */
function flowCollection(text: string): Value {
  if (text.includes('#') || text.includes('"') || text.includes("'")) return bail();
  const close = text[0] === '[' ? ']' : '}';
  if (!text.endsWith(close)) return bail();
  const inner = text.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return bail();
  const items = /^ *$/.test(inner) ? [] : inner.split(',');
  if (close === ']') return items.map(flowItem);
  const map: Record<string, Value> = {};
  for (const item of items) {
    const pair = /^ *([A-Za-z0-9_][A-Za-z0-9_-]{0,199}): (.*)$/.exec(item);
    if (!pair) return bail();
    const key = pair[1]!;
    if (Object.prototype.hasOwnProperty.call(map, key) || key === '__proto__' || resolvePlain(key) !== key) return bail();
    map[key] = flowItem(pair[2]!);
  }
  return map;
}

/**
 * Reads line by line without copying lines: each line is its start offset, indentation and end
 * (trailing spaces excluded) in the text. Values are the only strings it makes.
 */
class Reader {
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  /** End of the content, trailing spaces excluded. */
  private readonly ends: number[] = [];
  /** End of the line as written, before its line break. */
  private readonly rawEnds: number[] = [];
  private i = 0;

  constructor(private readonly text: string) {
    for (let start = 0; start <= text.length; ) {
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd === -1) lineEnd = text.length;
      let indent = 0;
      while (text.charCodeAt(start + indent) === 32) indent++;
      let end = lineEnd;
      while (end > start + indent && text.charCodeAt(end - 1) === 32) end--;
      this.starts.push(start);
      this.indents.push(indent);
      this.ends.push(end);
      this.rawEnds.push(lineEnd);
      start = lineEnd + 1;
    }
  }

  private contentStart(line: number): number {
    return this.starts[line]! + this.indents[line]!;
  }

  private isBlank(line: number): boolean {
    return this.contentStart(line) === this.ends[line];
  }

  private content(line: number): string {
    return this.text.slice(this.contentStart(line), this.ends[line]);
  }

  /** Skips blank lines and whole-line comments; returns the index of the next line with content, or -1. */
  private peek(): number {
    for (; this.i < this.starts.length; this.i++) {
      const start = this.contentStart(this.i);
      if (start !== this.ends[this.i] && this.text.charCodeAt(start) !== 35) return this.i;
    }
    return -1;
  }

  /** End of the key at the start of the line's content, or -1 when the line does not start with one. */
  private keyEnd(line: number): number {
    KEY.lastIndex = this.contentStart(line);
    return KEY.test(this.text) ? KEY.lastIndex : -1;
  }

  private isSequenceItem(line: number): boolean {
    const start = this.contentStart(line);
    return this.text.charCodeAt(start) === 45 && (start + 1 === this.ends[line] || this.text.charCodeAt(start + 1) === 32);
  }

  document(): Value {
    let first = this.peek();
    if (first !== -1 && this.indents[first] === 0 && this.content(first) === '---') {
      this.i++; // an explicit document start, as many editors write it
      first = this.peek();
    }
    if (first === -1 || this.indents[first] !== 0 || this.keyEnd(first) === -1) return bail();
    const root = this.mapping(0);
    if (this.peek() !== -1) return bail();
    return root;
  }

  private mapping(indent: number): Record<string, Value> {
    const map: Record<string, Value> = {};
    for (let line = this.peek(); line !== -1 && this.indents[line]! >= indent; line = this.peek()) {
      if (this.indents[line]! > indent) return bail();
      const end = this.keyEnd(line);
      // An indentless sequence ends at the next key; anything else at this indent is not ours.
      if (end === -1) return bail();
      const key = this.text.slice(this.contentStart(line), end);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key) || resolvePlain(key) !== key) return bail();
      map[key] = this.value(end + 1, indent, true);
    }
    return map;
  }

  private sequence(indent: number): Value[] {
    const list: Value[] = [];
    for (let line = this.peek(); line !== -1 && this.indents[line]! >= indent; line = this.peek()) {
      if (this.indents[line]! > indent) return bail();
      if (!this.isSequenceItem(line)) break; // the next key of the mapping holding an indentless sequence
      let inline = this.contentStart(line) + 1;
      while (this.text.charCodeAt(inline) === 32) inline++;
      const column = inline - this.starts[line]!;
      if (inline >= this.ends[line]! || this.text.charCodeAt(inline) === 35) {
        list.push(this.value(inline, indent, false));
        continue;
      }
      // `- key: value` opens a mapping whose keys line up with this first key; `- - x` a sequence
      // whose dashes line up with the second dash. The line is re-read from that column.
      const previousIndent = this.indents[line]!;
      this.indents[line] = column;
      if (this.isSequenceItem(line)) {
        list.push(this.sequence(column));
      } else if (this.keyEnd(line) !== -1) {
        list.push(this.mapping(column));
      } else {
        this.indents[line] = previousIndent;
        list.push(this.value(inline, indent, false));
      }
    }
    return list;
  }

  /**
   * The value from offset `from` of the current line to its end, which may continue on the lines
   * below. `indent` is the indentation of the mapping or sequence that holds it.
   */
  private value(from: number, indent: number, inMapping: boolean): Value {
    const line = this.i++;
    let start = from;
    while (this.text.charCodeAt(start) === 32) start++;
    const end = this.ends[line]!;
    if (start >= end || this.text.charCodeAt(start) === 35) {
      const next = this.peek();
      if (next !== -1 && this.indents[next]! > indent) return this.isSequenceItem(next) ? this.sequence(this.indents[next]!) : this.mapping(this.indents[next]!);
      if (next !== -1 && inMapping && this.indents[next] === indent && this.isSequenceItem(next)) return this.sequence(indent);
      return bail(); // an empty value is null: rare enough to leave to the full parser
    }
    const text = this.text.slice(start, end);
    const c = text[0];
    if (c === '|' || c === '>') return this.blockScalar(text, indent);
    let value: Value;
    if (c === '"' || c === "'") value = quotedScalar(text);
    else if (c === '[' || c === '{') value = flowCollection(text);
    else value = plainScalar(text);
    // A more indented line below (even a comment) could continue this scalar: not ours.
    for (let j = this.i; j < this.starts.length; j++) {
      if (this.isBlank(j)) continue;
      if (this.indents[j]! > indent) return bail();
      break;
    }
    return value;
  }

  /** `|`, `|-`, `>` or `>-` and the more indented lines below it. */
  private blockScalar(header: string, indent: number): string {
    const match = /^([|>])(-?)$/.exec(header);
    if (!match) return bail();
    const folded = match[1] === '>';
    const strip = match[2] === '-';
    const first = this.i;
    // Leading blank lines, or no content at all: not ours.
    if (first >= this.starts.length || this.isBlank(first) || this.indents[first]! <= indent) return bail();
    const contentIndent = this.indents[first]!;
    const parts: string[] = [];
    let blanks = 0;
    let j = first;
    for (; j < this.starts.length; j++) {
      const lineStart = this.starts[j]!;
      if (this.isBlank(j)) {
        if (this.rawEnds[j]! - lineStart > contentIndent) return bail(); // spaces beyond the indentation are content
        blanks++;
        continue;
      }
      if (this.indents[j]! < contentIndent) break;
      if (this.rawEnds[j] !== this.ends[j]) return bail(); // trailing spaces are content: not ours
      const text = this.text.slice(lineStart + contentIndent, this.ends[j]);
      if (folded && text.charCodeAt(0) === 32) return bail(); // more-indented lines fold differently
      if (parts.length === 0) parts.push(text);
      else parts.push(folded ? (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + text : '\n'.repeat(blanks + 1) + text);
      blanks = 0;
    }
    // Trailing blank lines belong to the scalar but are chomped; leave them to be skipped.
    this.i = j - blanks;
    return parts.join('') + (strip ? '' : '\n');
  }
}

/** The value of a YAML document written in the simple subset, or undefined when it is not. */
export function parseSimpleYaml(source: string): unknown {
  let text = source;
  if (text.includes('\r')) {
    text = text.replace(/\r\n/g, '\n');
    if (text.includes('\r')) return NOT_SIMPLE;
  }
  if (UNUSUAL_CHARACTER.test(text)) return NOT_SIMPLE;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof NotSimple) return NOT_SIMPLE;
    throw error;
  }
}

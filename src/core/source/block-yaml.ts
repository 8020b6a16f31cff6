// The quickest YAML reader, for the shape of an answers file (as the interview writes it, and as
// people write it by hand): nested block mappings of plain keys whose values are plain scalars,
// quoted scalars on one line, or block scalars (| and >). It reads a line at a time with native
// string searches, where a general parser walks every character in JavaScript; cold, at every
// start, that difference was most of a report's parsing time (the HTML report on the ten answers
// files of examples/acme went from 2.80 × to 2.34 × `node -e 0`). Anything outside that shape, or
// anything it is not sure of (a list, a flow collection, a multi-line plain or quoted scalar, an
// escape, a comment after a block header, trailing spaces in a block scalar...), makes it return
// undefined, and fastLoadYaml reads the text with js-yaml as before. Plain scalars are resolved by
// the caller's resolver (fast-yaml.ts), the one js-yaml uses there, so a text the two readers
// resolve differently is handed over too. tests/unit/fast-yaml.test.ts holds it to `yaml` directly
// (without fastLoadYaml's checks before it) on every YAML file in the repository, on edge cases, on
// generated documents and on random edits of the answers files.
/** What the resolver returns for a plain scalar it cannot vouch for: the text is handed over. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

export type PlainScalarResolver = (text: string) => unknown;

// Thrown to stop reading, as the same object every time: an Error would capture a stack trace at
// every file handed over.
const HAND_OVER = Symbol('hand over');

// Characters that make a text not ours to read: control characters (YAML forbids most; js-yaml
// refuses them), a tab (white space to YAML in places the reader only looks for spaces), a carriage
// return that ends no line, NEL and the Unicode line and paragraph separators (line breaks to some
// readers), a byte order mark inside the text, the non-characters U+FFFE and U+FFFF, and a lone
// surrogate. (fastLoadYaml hands tabs and lone carriage returns over before; the reader must be
// right on its own all the same: a hostile review found both.)
const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// A key line: a plain key of letters, digits, '_' and '-' starting with a letter or '_', a colon,
// then spaces or the line's end (`key:value` is a plain scalar, not a pair). Sticky: tried at the
// line's indentation.
const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/y;

// A block scalar's header: | or >, an optional chomping indicator, nothing else but spaces.
const BLOCK_HEADER = /^([|>])([-+]?) *$/;

// What may follow a closing quote: spaces, then optionally a comment after at least one space.
const AFTER_QUOTE = /^(?: +(?:#.*)?)?$/;

// An empty flow mapping or list, the way `yaml` writes an empty one, alone on its line.
const EMPTY_COLLECTION = /^(\{\}|\[\])(?: +(?:#.*)?)?$/;

/** `yaml` refuses an implicit key whose colon is more than this many characters past its start. */
export const MAX_IMPLICIT_KEY_LENGTH = 1024;

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * The document's value when the text is nothing but nested block mappings of such keys and
 * scalars, as `yaml` reads it; undefined for anything else (including a text with no content).
 */
export function readBlockYaml(text: string, resolvePlain: PlainScalarResolver): Record<string, unknown> | undefined {
  let value;
  try {
    value = new BlockReader(text, resolvePlain).read();
  } catch (error) {
    // A stack overflow too: a mapping nested thousands deep is left to the parsers, which say so.
    if (error === HAND_OVER || error instanceof RangeError) return undefined;
    throw error;
  }
  // Searched only once the whole text is read: a file handed over costs only the lines read before.
  return value === undefined || UNSUPPORTED_CHARACTER.test(text) ? undefined : value;
}

class BlockReader {
  /** The lines split off so far, without their line breaks. */
  private readonly lines: string[] = [];
  /** Where the next line to split off starts in the text; the text's length once all are. */
  private nextStart = 0;
  /** Whether the last line ends with a line break (a block scalar running to the end needs one). */
  private readonly endsWithBreak: boolean;
  /** The index of the line to read next. */
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly resolvePlain: PlainScalarResolver,
  ) {
    this.endsWithBreak = text.charCodeAt(text.length - 1) === 10;
  }

  /**
   * Line `i`, or undefined past the last one. Lines are split off as they are asked for, so a file
   * handed over early (at its first list, say) is not split whole.
   */
  private line(i: number): string | undefined {
    const { lines, text } = this;
    while (lines.length <= i) {
      if (this.nextStart >= text.length) return undefined;
      let end = text.indexOf('\n', this.nextStart);
      if (end === -1) end = text.length;
      // A carriage return before the line break is not text; one anywhere else hands the text over
      // (UNSUPPORTED_CHARACTER, searched after the read).
      lines.push(text.slice(this.nextStart, text.charCodeAt(end - 1) === 13 ? end - 1 : end));
      this.nextStart = end + 1;
    }
    return lines[i];
  }

  read(): Record<string, unknown> | undefined {
    const first = this.nextContentLine(0);
    if (first === -1) return undefined; // empty, or only comments: the exact path says so
    if (indentOf(this.line(first)!) !== 0) throw HAND_OVER;
    const root: Record<string, unknown> = {};
    this.at = first;
    // At indentation 0 it reads to the end: a line indented less does not exist.
    this.readMapping(root, 0);
    return root;
  }

  /** The index of the next line from `from` that is neither blank nor a comment, or -1. */
  private nextContentLine(from: number): number {
    for (let i = from; ; i++) {
      const line = this.line(i);
      if (line === undefined) return -1;
      const indent = indentOf(line);
      if (indent < line.length && line.charCodeAt(indent) !== 35) return i;
    }
  }

  /**
   * The pairs of a mapping whose keys sit at `indent`, from the current line (a key line at that
   * indentation) to the first content line indented less; the current line is then that line.
   */
  private readMapping(mapping: Record<string, unknown>, indent: number): void {
    for (;;) {
      const index = this.nextContentLine(this.at);
      if (index === -1) return;
      const line = this.line(index)!;
      const lineIndent = indentOf(line);
      this.at = index;
      if (lineIndent < indent) return;
      if (lineIndent > indent) throw HAND_OVER;
      KEY.lastIndex = indent;
      const match = KEY.exec(line);
      if (match === null) throw HAND_OVER;
      const key = match[1]!;
      if (key.length >= MAX_IMPLICIT_KEY_LENGTH) throw HAND_OVER;
      // A key is a plain scalar too: `true`, `null` or `no` as a key is not simply text to every reader.
      if (key === '__proto__' || Object.hasOwn(mapping, key) || this.resolvePlain(key) !== key) throw HAND_OVER;
      const rest = line.slice(KEY.lastIndex);
      this.at = index + 1;
      mapping[key] = this.readValue(rest, indent);
    }
  }

  /** The value after a key at `keyIndent` (`rest`: the key line's text after the colon and spaces). */
  private readValue(rest: string, keyIndent: number): unknown {
    const first = rest.charCodeAt(0);
    if (rest.length === 0 || first === 35) {
      // Nothing on the key's line: a nested mapping when the next content line is indented more, else null.
      const next = this.nextContentLine(this.at);
      if (next === -1 || indentOf(this.line(next)!) <= keyIndent) return null;
      const nested: Record<string, unknown> = {};
      this.at = next;
      this.readMapping(nested, indentOf(this.line(next)!));
      return nested;
    }
    let value: unknown;
    if (first === 39) value = singleQuoted(rest);
    else if (first === 34) value = doubleQuoted(rest);
    else if (first === 124 || first === 62) value = this.blockScalar(rest, keyIndent);
    else if (first === 123 || first === 91) value = emptyCollection(rest);
    else value = this.plain(rest);
    // A scalar ends its line: a next line indented past the key would continue it or be an error.
    const next = this.nextNonBlankLine(this.at);
    if (next !== -1 && indentOf(this.line(next)!) > keyIndent) throw HAND_OVER;
    return value;
  }

  private nextNonBlankLine(from: number): number {
    for (let i = from; ; i++) {
      const line = this.line(i);
      if (line === undefined) return -1;
      if (indentOf(line) < line.length) return i;
    }
  }

  /** A plain scalar on one line, its comment removed, resolved as both readers resolve it. */
  private plain(rest: string): unknown {
    const first = rest.charCodeAt(0);
    // An indicator cannot start a plain scalar, nor "-", "?" or ":" followed by a space.
    if ('-?:,[]{}#&*!|>\'"%@`'.includes(rest[0]!) && !(first === 45 && rest.length > 1 && rest.charCodeAt(1) !== 32)) throw HAND_OVER;
    // Only spaces end it: trimEnd() would also take a no-break space, which is text to YAML.
    let end = rest.indexOf(' #');
    if (end === -1) end = rest.length;
    while (rest.charCodeAt(end - 1) === 32) end--;
    const text = rest.slice(0, end);
    // ": " or a final ":" would make it a key (an error here); leave every such text to the parsers.
    if (text.includes(': ') || text.endsWith(':')) throw HAND_OVER;
    const value = this.resolvePlain(text);
    if (value === UNREADABLE) throw HAND_OVER;
    return value;
  }

  /**
   * A literal (|) or folded (>) block scalar, with clip, strip (-) or keep (+) chomping. Its lines
   * all share the first line's indentation (a literal scalar may indent further); no comment after
   * the header, no trailing spaces, no blank line before the first line of text.
   */
  private blockScalar(rest: string, keyIndent: number): string {
    const header = BLOCK_HEADER.exec(rest);
    if (header === null) throw HAND_OVER;
    const literal = header[1] === '|';
    const chomping = header[2];
    const firstLine = this.line(this.at);
    if (firstLine === undefined) throw HAND_OVER;
    const indent = indentOf(firstLine);
    if (indent === firstLine.length || indent <= keyIndent) throw HAND_OVER;
    let value = '';
    let emptyLines = 0;
    let content = 0;
    let i = this.at;
    let line: string | undefined;
    for (; (line = this.line(i)) !== undefined; i++) {
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        // Spaces past the indentation would be text: left to the parsers.
        if (line.length > indent) throw HAND_OVER;
        emptyLines++;
        continue;
      }
      if (lineIndent < indent) break;
      if ((lineIndent > indent && !literal) || line.charCodeAt(line.length - 1) === 32) throw HAND_OVER;
      const text = line.slice(indent);
      if (content === 0) value = text;
      else if (literal) value += '\n'.repeat(emptyLines + 1) + text;
      else value += emptyLines === 0 ? ` ${text}` : '\n'.repeat(emptyLines) + text;
      content++;
      emptyLines = 0;
    }
    // At the end of a text without a final line break, the readers may differ on the last one.
    if (line === undefined && !this.endsWithBreak) throw HAND_OVER;
    this.at = i;
    if (chomping === '-') return value;
    if (chomping === '+') return `${value}\n${'\n'.repeat(emptyLines)}`;
    return `${value}\n`;
  }
}

/** `{}` or `[]`: anything else in brackets is js-yaml's to read. */
function emptyCollection(rest: string): Record<string, never> | never[] {
  const match = EMPTY_COLLECTION.exec(rest);
  if (match === null) throw HAND_OVER;
  return match[1] === '{}' ? {} : [];
}

/** A single-quoted scalar closed on its line ('' is a quote), then nothing but spaces or a comment. */
function singleQuoted(rest: string): string {
  let value = '';
  let from = 1;
  for (;;) {
    const quote = rest.indexOf("'", from);
    if (quote === -1) throw HAND_OVER;
    if (rest.charCodeAt(quote + 1) === 39) {
      value += rest.slice(from, quote + 1);
      from = quote + 2;
      continue;
    }
    value += rest.slice(from, quote);
    if (!AFTER_QUOTE.test(rest.slice(quote + 1))) throw HAND_OVER;
    return value;
  }
}

/** A double-quoted scalar without escapes, closed on its line, then nothing but spaces or a comment. */
function doubleQuoted(rest: string): string {
  const quote = rest.indexOf('"', 1);
  if (quote === -1) throw HAND_OVER;
  const value = rest.slice(1, quote);
  if (value.includes('\\') || !AFTER_QUOTE.test(rest.slice(quote + 1))) throw HAND_OVER;
  return value;
}

// Where a YAML syntax error really starts. The `yaml` parser reports an unclosed quote where it
// gave up looking for the closing one (the end of the file, when no other quote follows) and an
// unclosed flow collection where the block structure resumes (the line after `[`, or many lines
// below a multi-line one). The person fixing it needs the opening quote or bracket: find it in the
// concrete syntax tree, innermost first.
import type { CST } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

export interface Opening {
  /** Offset of the opening quote or bracket. */
  offset: number;
  /** What opened: a quote character, `[` or `{`. */
  char: '"' | "'" | '[' | '{';
}

/** Quotes and flow collections that the text opens and never closes, in order of their offsets. */
export function unclosedOpenings(text: string): Opening[] {
  const out: Opening[] = [];
  const check = (token: CST.Token | undefined): void => {
    if (token === undefined) return;
    if (token.type === 'double-quoted-scalar' && !closesDoubleQuote(token.source)) out.push({ offset: token.offset, char: '"' });
    else if (token.type === 'single-quoted-scalar' && !closesSingleQuote(token.source)) out.push({ offset: token.offset, char: "'" });
    else if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close)) out.push({ offset: token.start.offset, char: token.start.source as '[' | '{' });
    }
  };
  // Walked with a stack, not recursively: a hostile file nests ten thousand levels deep.
  const stack: CST.Token[] = [];
  for (const token of new (yamlLibrary().Parser)().parse(text)) if (token.type === 'document' && token.value) stack.push(token.value);
  while (stack.length > 0) {
    const token = stack.pop()!;
    check(token);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push(item.key);
        if (item.value) stack.push(item.value);
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function closesDoubleQuote(source: string): boolean {
  if (source.length < 2 || !source.endsWith('"')) return false;
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function closesSingleQuote(source: string): boolean {
  // '' inside single quotes is an escaped quote: the last run of quotes must be odd.
  let quotes = 0;
  for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) quotes++;
  return quotes % 2 === 1;
}

const QUOTE_NAMES = { '"': 'double quote', "'": 'single quote' } as const;

/**
 * For a parser error caused by something left open, the opening and a message that says so;
 * null for any other error. `errorOffset` is where the parser reported it; `lineOf` gives the
 * line of an offset in `text` (the parser's own line counter).
 */
export function openingBehind(
  code: string,
  message: string,
  errorOffset: number,
  openings: readonly Opening[],
  text: string,
  lineOf: (offset: number) => number,
): { offset: number; message: (end: string) => string } | null {
  let wanted: Opening['char'] | null = null;
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (code === 'MISSING_CHAR' && quote) wanted = quote[1] as '"' | "'";
  else if (/^Flow sequence .*end with a \]$/.test(message)) wanted = '[';
  else if (/^Flow map .*end with a \}$/.test(message)) wanted = '{';
  if (wanted === null) return null;
  // The innermost: the last such opening before the error.
  const opening = openings.filter((o) => o.char === wanted && o.offset < errorOffset).at(-1);
  if (opening === undefined) return null;
  const name = wanted === '"' || wanted === "'" ? QUOTE_NAMES[wanted] : `"${wanted}"`;
  // Closed further down after all: the value goes on to a line indented no more than its key, where
  // YAML ends it. Saying "not closed" would send the reader looking for a character that is there.
  const closedAt = closingOffset(text, opening);
  if (closedAt !== null && !NEW_ENTRY.test(text.slice(opening.offset, closedAt))) {
    const line = lineOf(closedAt);
    return {
      offset: opening.offset,
      message: () =>
        `${name} opened here is closed on line ${line}, but the value goes on to lines that are not indented past its key, where YAML ends it: indent those lines further, or keep the value on one line`,
    };
  }
  const what = wanted === '"' || wanted === "'" ? `${name} opened here is not closed` : `${name} opened here is not closed with "${wanted === '[' ? ']' : '}'}"`;
  return { offset: opening.offset, message: (end) => `${what}: the parser read on to ${end} without finding it` };
}

// A line that starts a key, a list item or a comment: a quote "closed" only past one of these was
// never closed (an apostrophe further down), and the old message stands.
const NEW_ENTRY = /\n[ ]*(?:-[ ]|#|[^\s:#"'[{][^:#\n]*:(?:[ ]|\n|$))/;

/** Where the quote or bracket opened at `opening` is closed in the text, read plainly (no indentation rules); null if nowhere. */
function closingOffset(text: string, opening: Opening): number | null {
  const at = opening.offset + 1;
  if (opening.char === '"') {
    for (let i = at; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i;
    }
    return null;
  }
  if (opening.char === "'") {
    for (let i = at; i < text.length; i++) {
      if (text[i] !== "'") continue;
      if (text[i + 1] === "'") i++;
      else return i;
    }
    return null;
  }
  const close = opening.char === '[' ? ']' : '}';
  let depth = 1;
  for (let i = at; i < text.length; i++) {
    if (text[i] === opening.char) depth++;
    else if (text[i] === close && --depth === 0) return i;
  }
  return null;
}

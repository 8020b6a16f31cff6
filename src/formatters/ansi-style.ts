// The terminal styles the stylish formatter uses, producing exactly what chalk produces at level 1
// (basic colours), without loading chalk: its import (terminal detection, node:tty and node:os)
// costs `validate` about 10 ms at start-up (docs/benchmarks.md). The algorithm is chalk's: re-open
// a style after a nested close code, and close and re-open around line breaks.
// tests/unit/ansi-style.test.ts holds it to chalk.

const CODES = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
} as const;

export type StyleName = keyof typeof CODES;
export const STYLE_NAMES = Object.keys(CODES) as StyleName[];

export type Style = ((text: string) => string) & { readonly [name in StyleName]: Style };

interface Styler {
  open: string;
  close: string;
  openAll: string;
  closeAll: string;
  parent: Styler | undefined;
}

function replaceAll(text: string, find: string, replacement: string): string {
  return text.split(find).join(find + replacement);
}

/** Closes the styles before every line break and re-opens them after it (a CRLF stays whole). */
function encaseLineBreaks(text: string, close: string, open: string): string {
  return text.replace(/\r?\n/g, (lineBreak) => close + lineBreak + open);
}

function apply(styler: Styler | undefined, text: string): string {
  if (styler === undefined || text === '') return text;
  let out = text;
  if (out.includes('\u001B')) {
    for (let s: Styler | undefined = styler; s !== undefined; s = s.parent) out = replaceAll(out, s.close, s.open);
  }
  if (out.includes('\n')) out = encaseLineBreaks(out, styler.closeAll, styler.openAll);
  return styler.openAll + out + styler.closeAll;
}

function build(styler: Styler | undefined, enabled: boolean): Style {
  const style = ((text: string) => (enabled ? apply(styler, text) : text)) as Style;
  for (const name of STYLE_NAMES) {
    Object.defineProperty(style, name, {
      get: () => {
        const [open, close] = CODES[name].map((code) => `\u001B[${code}m`) as [string, string];
        const child: Styler = {
          open,
          close,
          openAll: (styler?.openAll ?? '') + open,
          closeAll: close + (styler?.closeAll ?? ''),
          parent: styler,
        };
        return build(child, enabled);
      },
    });
  }
  return style;
}

/** Styles for text; with `enabled` false every style returns the text unchanged. */
export function createStyle(enabled: boolean): Style {
  return build(undefined, enabled);
}

// Colours for a terminal: the program's one way to style text (the stylish formatter, the score
// summary, compare's table, the interview). Whether to colour is decided once, by the caller
// (cli/context.ts useColor: --no-color, NO_COLOR, FORCE_COLOR, TERM=dumb, a terminal or not);
// here it is only applied. node:util's styleText, told not to check the stream itself
// (validateStream: false, read by Node 20.18+ and 22.8+; earlier versions never check): its own
// check looks at process.stdout, not at the stream the text goes to. Not chalk: its colour
// detection, which we never used, imports node:process, whose ES module view reads process.stdin
// and so opens standard input: with chalk's own start, about 3 ms of every command that styles
// anything (2 % of `validate`).
import { styleText } from 'node:util';

export type Paint = (text: string) => string;

const FORMATS = ['bold', 'dim', 'underline', 'red', 'yellow', 'green', 'cyan'] as const;

export type TerminalStyle = Record<(typeof FORMATS)[number], Paint>;

const same: Paint = (text) => text;

export function terminalStyle(color: boolean): TerminalStyle {
  // An empty text stays empty, as it did with chalk: no codes around nothing.
  const paint = (format: (typeof FORMATS)[number]): Paint => (color ? (text) => (text === '' ? '' : styleText(format, text, { validateStream: false })) : same);
  return Object.fromEntries(FORMATS.map((format) => [format, paint(format)])) as TerminalStyle;
}

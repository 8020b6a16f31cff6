// Screen text is built in the core as plain strings; colour is injected by the CLI (terminal-style
// or nothing), so the words and the layout are testable without a terminal.

export interface TextStyle {
  title(text: string): string;
  strong(text: string): string;
  muted(text: string): string;
  accent(text: string): string;
  warn(text: string): string;
}

const same = (text: string) => text;

export const PLAIN_STYLE: TextStyle = { title: same, strong: same, muted: same, accent: same, warn: same };

/**
 * Word-wraps one paragraph to `width` columns, each line starting with `indent`. Words longer
 * than a line are left whole: a URL broken in two helps nobody. `firstLineTaken` columns of the
 * first line are already used (text that follows a prompt's message on its line).
 */
export function wrapText(text: string, width: number, indent = '', firstLineTaken = 0): string[] {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= room - (lines.length === 0 ? firstLineTaken : 0)) line += ` ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

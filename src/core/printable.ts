// User text (organization names, keys, ids) quoted in terminal messages: it must never move the
// cursor, retitle the window, change colours or split a line. Control characters are shown
// escaped, line breaks as ↵. Markdown and JSON output have their own escaping.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(/\r?\n/g, ' ↵ ').replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

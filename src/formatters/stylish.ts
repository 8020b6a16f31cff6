// Default, for people: `file:line:col  severity  message  rule`, grouped by file, with a summary.
import { countBySeverity } from '../core/diagnostics.js';
import { createStyle } from './ansi-style.js';
import type { Formatter } from './formatter.js';

// Messages quote user text (keys, ids); never let it move the cursor or split a line on a terminal.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r?\n/g, ' ↵ ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export const stylish: Formatter = (report, { color }) => {
  const c = createStyle(color); // chalk's output without loading chalk (start-up time)
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const lines: string[] = [];
  for (const d of report.diagnostics) {
    const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
    lines.push(`${c.underline(`${printable(d.file)}:${d.line}:${d.column}`)}  ${severity}  ${printable(d.message)}  ${c.dim(d.rule)}`);
  }
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  if (errors === 0 && warnings === 0) {
    lines.push(c.green(`✔ ${files} checked, no problems`));
  } else {
    if (lines.length > 0) lines.push('');
    const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
    lines.push((errors > 0 ? c.red.bold : c.yellow.bold)(`✖ ${parts.join(', ')} in ${files}`));
  }
  return `${lines.join('\n')}\n`;
};

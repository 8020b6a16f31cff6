// Default, for people: `file:line:col  severity  message  rule`, grouped by file, with a summary.
import { countBySeverity } from '../core/diagnostics.js';
import { printable } from '../core/printable.js';
import type { Formatter } from './formatter.js';
import { terminalStyle } from './terminal-style.js';

export const stylish: Formatter = (report, { color }) => {
  const c = terminalStyle(color);
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
    const total = c.bold(`✖ ${parts.join(', ')} in ${files}`);
    lines.push(errors > 0 ? c.red(total) : c.yellow(total));
  }
  return `${lines.join('\n')}\n`;
};

// GitHub Actions workflow commands: each finding becomes an annotation on the file's line.
// GitHub shows at most 10 error annotations per step, so a plain summary line follows.
import { countBySeverity } from '../core/diagnostics.js';
import type { Formatter } from './formatter.js';

function escapeData(s: string): string {
  // Other control characters (ESC, BEL) would reach the log raw: escape them the same way.
  // eslint-disable-next-line no-control-regex
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report) => {
  const lines = report.diagnostics.map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(`sales-audit ${d.rule}`)}`,
    ].join(',');
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(d.message)}`;
  });
  const { errors, warnings } = countBySeverity(report.diagnostics);
  lines.push(`sales-audit: ${report.files.length} file(s) checked, ${errors} error(s), ${warnings} warning(s)`);
  return `${lines.join('\n')}\n`;
};

// For machines: a JSON array of findings with their full ranges, stable key order.
import type { Formatter } from './formatter.js';

export const json: Formatter = (report) =>
  `${JSON.stringify(
    report.diagnostics.map(({ file, line, column, endLine, endColumn, severity, rule, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      severity,
      rule,
      message,
    })),
    null,
    2,
  )}\n`;

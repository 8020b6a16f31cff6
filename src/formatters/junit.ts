// JUnit XML as CI dashboards read it: one test case per file, failing when the file has findings.
import type { Diagnostic } from '../core/diagnostics.js';
import type { Formatter } from './formatter.js';

function escapeXml(s: string): string {
  // Characters XML 1.0 forbids outright are dropped; markup characters are escaped.
  // eslint-disable-next-line no-control-regex
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (report, { strict = false }) => {
  const byFile = new Map<string, Diagnostic[]>(report.files.map((f) => [f, []]));
  for (const d of report.diagnostics) {
    if (!byFile.has(d.file)) byFile.set(d.file, []);
    byFile.get(d.file)!.push(d);
  }
  // A file fails as the run does: on errors, and on warnings only with --strict. Warnings of a
  // passing file are kept as its output, so a green test case still shows them.
  const fails = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error' || strict);
  const failures = [...byFile.values()].filter(fails).length;
  const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="sales-audit validate" tests="${byFile.size}" failures="${failures}" errors="0">`);
  out.push(`  <testsuite name="rubrics" tests="${byFile.size}" failures="${failures}" errors="0" skipped="0">`);
  for (const [file, diagnostics] of byFile) {
    const name = escapeXml(file);
    if (diagnostics.length === 0) {
      out.push(`    <testcase classname="${name}" name="${name}"/>`);
      continue;
    }
    const details = escapeXml(diagnostics.map(line).join('\n'));
    out.push(`    <testcase classname="${name}" name="${name}">`);
    if (fails(diagnostics)) {
      const summary = `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}`;
      out.push(`      <failure message="${escapeXml(summary)}" type="${escapeXml(diagnostics[0]!.rule)}">${details}</failure>`);
    } else {
      out.push(`      <system-out>${details}</system-out>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
};

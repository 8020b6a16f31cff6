// SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.
import { RULES, type RuleId } from '../core/diagnostics.js';
import type { Formatter } from './formatter.js';

export const sarif: Formatter = (report) => {
  const ruleIds = Object.keys(RULES) as RuleId[];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sales-audit',
            version: report.toolVersion,
            informationUri: 'https://github.com/sales-audit/sales-audit',
            rules: ruleIds.map((id) => ({
              id,
              name: RULES[id].title,
              shortDescription: { text: RULES[id].title },
              fullDescription: { text: RULES[id].description },
              defaultConfiguration: { level: RULES[id].severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        artifacts: report.files.map((file) => ({ location: { uri: toUri(file) } })),
        results: report.diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIds.indexOf(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

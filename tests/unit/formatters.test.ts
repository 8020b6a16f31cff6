import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { FORMATTERS } from '../../src/formatters/index.js';
import { VALIDATE_FORMATS } from '../../src/cli/program.js';
import { expectGolden } from '../helpers/golden.js';

const diagnostics: Diagnostic[] = [
  { file: 'rubrics/a,b.yaml', line: 3, column: 1, endLine: 3, endColumn: 7, severity: 'error', rule: 'schema-unknown-key', message: 'unknown key "wieght" at the top level (did you mean "weight"?)' },
  { file: 'rubrics/a,b.yaml', line: 9, column: 5, endLine: 12, endColumn: 1, severity: 'warning', rule: 'question-without-help', message: 'question "q" has no help text: 100% <b>&</b>\nsecond line' },
];
const report = { files: ['rubrics/a,b.yaml', 'rubrics/clean.yaml'], diagnostics, toolVersion: '1.2.3' };

describe('formatters', () => {
  it('the registry and the CLI choices list the same formats', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual([...VALIDATE_FORMATS].sort());
  });

  for (const name of Object.keys(FORMATTERS) as (keyof typeof FORMATTERS)[]) {
    it(`${name} output is stable`, async () => {
      expectGolden(`formatters/${name}.txt`, await FORMATTERS[name](report, { color: false }));
    });
  }

  it('stylish colours only when asked', async () => {
    expect(await FORMATTERS.stylish(report, { color: false })).not.toMatch(/\u001b\[/);
    expect(await FORMATTERS.stylish(report, { color: true })).toMatch(/\u001b\[/);
  });

  it('github escapes data and properties', async () => {
    const out = await FORMATTERS.github(report, { color: false });
    expect(out).toContain('::error file=rubrics/a%2Cb.yaml,line=3,col=1,endLine=3,endColumn=7,title=sales-audit schema-unknown-key::unknown key');
    expect(out).toContain('100%25 <b>&</b>%0Asecond line');
    expect(out.trimEnd().split('\n').at(-1)).toBe('sales-audit: 2 file(s) checked, 1 error(s), 1 warning(s)');
  });

  it('json is an array of located findings', async () => {
    const parsed = JSON.parse(await FORMATTERS.json(report, { color: false })) as unknown[];
    expect(parsed).toEqual(diagnostics.map((d) => ({ ...d })));
    expect(Object.keys(parsed[0] as object)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
  });

  it('junit fails a file on warnings only with --strict', async () => {
    const warningsOnly = { ...report, diagnostics: diagnostics.filter((d) => d.severity === 'warning') };
    const relaxed = await FORMATTERS.junit(warningsOnly, { color: false });
    expect(relaxed).toMatch(/failures="0"/);
    expect(relaxed).toContain('<system-out>rubrics/a,b.yaml:9:5 warning');
    expect(await FORMATTERS.junit(warningsOnly, { color: false, strict: true })).toMatch(/<testsuites [^>]*failures="1"/);
  });

  it('github escapes control characters that would reach the log raw', async () => {
    const hostile = { ...report, diagnostics: [{ ...diagnostics[0]!, message: 'a\u001b]0;title\u0007b' }] };
    expect(await FORMATTERS.github(hostile, { color: false })).toContain('::a%1B]0;title%07b');
  });

  it('junit has one test case per file and escapes markup', async () => {
    const out = await FORMATTERS.junit(report, { color: false });
    expect(out).toMatch(/<testsuites name="sales-audit validate" tests="2" failures="1"/);
    expect(out.match(/<testcase /g)).toHaveLength(2);
    expect(out).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(out).not.toContain('<b>');
  });

  it('sarif lists every rule and locates results', async () => {
    const log = JSON.parse(await FORMATTERS.sarif(report, { color: false }));
    expect(log.version).toBe('2.1.0');
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toContain('schema-unknown-key');
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'schema-unknown-key',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'rubrics/a%2Cb.yaml' }, region: { startLine: 3, startColumn: 1 } } }],
    });
    expect(rules[log.runs[0].results[1].ruleIndex]).toBe('question-without-help');
  });
});

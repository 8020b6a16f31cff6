// A rule's severity is stated once, in the catalog (diagnostics.ts RULES): every finding takes it
// from there (diagnostic()), so no check can report a catalog warning as an error or the reverse.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type Diagnostic } from '../../src/core/diagnostics.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { sourceFile } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const FIXTURES = 'tests/fixtures/rubrics';

/** The catalog's severity, but for the cap's summary, which is an error when it hides one. */
function catalogSeverity(d: Diagnostic): string {
  return d.rule === 'too-many-problems' ? d.severity : RULES[d.rule].severity;
}

describe('every finding carries its rule’s severity from the catalog', () => {
  const invalid = readdirSync(join(REPO_ROOT, FIXTURES, 'invalid')).filter((n) => n.endsWith('.yaml'));
  const sets = readdirSync(join(REPO_ROOT, FIXTURES, 'sets'));

  it.each(invalid)('invalid/%s', (name) => {
    const { diagnostics } = loadRubricSet([sourceFile(`${FIXTURES}/invalid/${name}`)]);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.severity, `${d.rule} at ${d.line}:${d.column}`).toBe(catalogSeverity(d));
  });

  it.each(sets)('sets/%s', (name) => {
    const folder = `${FIXTURES}/sets/${name}`;
    const files = readdirSync(join(REPO_ROOT, folder)).filter((n) => n.endsWith('.yaml')).sort().map((n) => sourceFile(`${folder}/${n}`));
    const { diagnostics } = loadRubricSet(files);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.severity, `${d.rule} at ${d.file}:${d.line}`).toBe(catalogSeverity(d));
  });
});

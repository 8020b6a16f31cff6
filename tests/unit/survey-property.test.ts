// Random and mutated CSV never crashes the import: it always gives located findings (rule, row
// and column at least 1) or responses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { randomEdits } from '../helpers/random-edits.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

const set = defaultSet();
const q = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const GOOD = googleFormsCsv(q, madeUpResponses(q, 3, ['leadership', 'salesperson']), { emails: true });
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-survey-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function check(content: string | Uint8Array): Promise<void> {
  const path = join(dir, `p${n++}.csv`);
  writeFileSync(path, content);
  const r = await readSurveyExport(set, path, { file: 'p.csv', from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
  expect(r.diagnostics.length + r.responses.length).toBeGreaterThan(0);
  for (const d of r.diagnostics) {
    expect(Object.keys(RULES)).toContain(d.rule);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file).toBe('p.csv');
  }
  if (r.errorCount === 0) expect(r.responses.length).toBeGreaterThan(0);
}

describe('import on random and mutated CSV', () => {
  it('mutations of a real Google Forms export', async () => {
    const inserts = ['"', '""', ',', '\r\n', '\n', '\r', '\t', ';', '\uFEFF', '\u0000', '=cmd|', 'é', '\uD800', 'Leadership', 'Absent', '4', ''];
    await fc.assert(fc.asyncProperty(randomEdits(GOOD, inserts), check), { numRuns: 150 });
  });
  it('arbitrary text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }),
          fc.array(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Timestamp', 'Your role', 'Leadership', '"', '')), { maxLength: 6 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
        ),
        async (content) => {
          if (content.length === 0) return; // the empty file has its own test (survey-empty)
          await check(content);
        },
      ),
      { numRuns: 200 },
    );
  });
});

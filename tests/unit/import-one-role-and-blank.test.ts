// Two classes of survey export that a fresh-clone walk of `import` found (h-done15):
// - a form sent to one role (`survey --role salesperson`) holds only the questions that role is
//   asked (`roles:`), and its export was refused for "no column" on every question it leaves out;
// - a submission that answers nothing (a form sent empty) was written as an answers file and
//   counted as a respondent, so it swelled its role's group and the report's respondent count.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport, type ReadExportOptions } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { googleFormsCsv, madeUpResponses, questionsOf } from '../helpers/survey-exports.js';

const set = defaultSet();
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-one-role-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: ReadExportOptions = { file: 'export.csv', from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' };
let n = 0;
async function read(content: string, extra: Partial<ReadExportOptions> = {}) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return readSurveyExport(set, path, { ...options, ...extra });
}
const at = (r: { diagnostics: { rule: string; line: number; column: number }[] }) => r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);

describe('the export of a form sent to one role (survey --role)', () => {
  const salespersonForm = buildQuestionnaire(set, { role: 'salesperson', askName: false, askOrganization: false, help: true });
  const asked = questionsOf(salespersonForm);
  const responses = madeUpResponses(salespersonForm, 4, ['salesperson']);

  it('the form leaves out questions the role is not asked (else this test proves nothing)', () => {
    const all = set.imperatives.reduce((sum, i) => sum + i.questions.length, 0);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(all);
  });

  it('imports with --role, with no finding and one sheet per response', async () => {
    const r = await read(googleFormsCsv(salespersonForm, responses), { role: 'salesperson' });
    expect(at(r)).toEqual([]);
    expect(r.responses).toHaveLength(4);
    expect(r.responses.every((x) => x.sheet.respondent.role === 'salesperson')).toBe(true);
  });

  it('a question the role IS asked still needs its column', async () => {
    const [header, ...rows] = googleFormsCsv(salespersonForm, responses).split('\r\n');
    const title = asked[0]!.title;
    const broken = [header!.replace(title.includes(',') ? `"${title}"` : title, 'Something else'), ...rows].join('\r\n');
    const r = await read(broken, { role: 'salesperson' });
    expect(r.diagnostics.filter((d) => d.rule === 'survey-missing-column').map((d) => d.message)).toEqual([expect.stringContaining(asked[0]!.key)]);
  });

  it('without --role it is refused for its missing role column, as before', async () => {
    const r = await read(googleFormsCsv(salespersonForm, responses));
    expect(r.diagnostics.some((d) => d.rule === 'survey-missing-column' && d.message.includes('no role column'))).toBe(true);
    expect(r.responses).toEqual([]);
  });
});

describe('a submission that answers nothing', () => {
  const form = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
  const people = madeUpResponses(form, 4, ['leadership', 'sales manager', 'salesperson']);
  const blank = (submitted: string, email?: string) => ({ role: 'salesperson', submitted, answers: {}, ...(email === undefined ? {} : { email }) });

  it('is left out with one located warning, and is not a respondent', async () => {
    const r = await read(googleFormsCsv(form, [people[0]!, blank('2026-11-26 15:00:00'), ...people.slice(1)]));
    expect(at(r)).toEqual(['survey-blank-response 3:1']);
    expect(r.warningCount).toBe(1);
    expect(r.errorCount).toBe(0);
    expect(r.blankRows).toEqual([3]);
    expect(r.responses.map((x) => x.row)).toEqual([2, 4, 5, 6]);
  });

  it('many are named in ranges in one finding', async () => {
    const blanks = Array.from({ length: 5 }, (_, i) => blank(`2026-11-27 10:0${i}:00`));
    const r = await read(googleFormsCsv(form, [...people, ...blanks]));
    expect(at(r)).toEqual(['survey-blank-response 6:1']);
    expect(r.diagnostics[0]!.message).toContain('5 submissions left out, rows 6–10');
    expect(r.responses).toHaveLength(4);
  });

  it("a blank resubmission never replaces a person's answers", async () => {
    const first = { ...people[2]!, email: 'ann@client.example' };
    const r = await read(googleFormsCsv(form, [first, blank('2026-12-01 09:00:00', 'ann@client.example')], { emails: true }));
    expect(at(r)).toEqual(['survey-blank-response 3:1']);
    expect(r.droppedRows).toEqual([]);
    expect(r.responses).toHaveLength(1);
    expect(Object.keys(r.responses[0]!.sheet.answers).length).toBeGreaterThan(0);
  });

  it('a row with one answer is a response, however many it leaves blank', async () => {
    const key = questionsOf(form)[0]!.key;
    const one = { role: 'leadership', submitted: '2026-11-28 09:00:00', answers: { [key]: 1 } };
    const r = await read(googleFormsCsv(form, [one]));
    expect(at(r)).toEqual([]);
    expect(r.responses).toHaveLength(1);
  });
});

// survey → a simulated export of each tool → import → report, through the built CLI. The report
// from the export must equal the report of the same answers given through `audit --answers`.
import { mkdtempSync, readdirSync as readdirAll, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The answers files of a folder: its entries but the hidden import marker (docs/survey.md, "All or nothing"). */
const readdirSync = (folder: string) => readdirAll(folder).filter((name) => !name.startsWith('.'));
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { serializeAnswers } from '../../src/core/answers/serialize-answers.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { buildQuestionnaire, type Questionnaire } from '../../src/core/survey/questionnaire.js';
import { BRANCHING_RUBRIC as RUBRIC } from '../helpers/branching-rubric.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { runCli } from '../helpers/run-cli.js';
import { googleFormsBranchingCsv, googleFormsCsv, madeUpResponses, microsoftFormsRows, questionsOf, surveyJsResults, typeformCsv, type SimulatedResponse } from '../helpers/survey-exports.js';

const set = defaultSet();
const questionnaire = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-survey-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's today (local time), the date of a response without a timestamp (SurveyJS results). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function sheetOf(r: SimulatedResponse, kind: string): AnswerSheet {
  const answers: AnswerSheet['answers'] = {};
  for (const [key, value] of Object.entries(r.answers)) {
    const [imperative, question] = key.split('/') as [string, string];
    (answers[imperative] ??= {})[question] = { score: value === 'n/a' ? null : value, note: r.notes?.[key] ?? null, evidence: 'claimed' };
  }
  return { source: null, organization: 'Acme Corp', respondent: { name: null, role: r.role }, date: kind === 'surveyjs' ? today() : r.submitted.slice(0, 10), rubrics: { digest: set.digest, source: null, questions: null }, answers };
}

/** The minimal rubric with a formula for a question and "-No" for a level's label. */
function formulaRubrics(): string {
  const rubrics = join(dir, 'formula-rubrics');
  const minimal = readFileSync(join(__dirname, '../fixtures/rubrics/valid/minimal.yaml'), 'utf8').replace('prompt: Is there a plan?', 'prompt: "=HYPERLINK(\\"http://x\\",\\"y\\")"').replace('label: No,', 'label: "-No",');
  rmSync(rubrics, { recursive: true, force: true });
  require('node:fs').mkdirSync(rubrics);
  writeFileSync(join(rubrics, 'minimal.yaml'), minimal);
  return rubrics;
}

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function exportOf(kind: string, q: Questionnaire, responses: SimulatedResponse[]): Promise<{ name: string; content: string | Buffer }> {
  switch (kind) {
    case 'gforms':
      // The one form that branches on the role: each role's questions are their own columns.
      return { name: 'Sales survey (Responses) - Form Responses 1.csv', content: q.roleQuestion ? googleFormsBranchingCsv(q, responses, { emails: true }) : googleFormsCsv(q, responses, { emails: true }) };
    case 'typeform':
      return { name: 'responses-typeform.csv', content: typeformCsv(q, responses) };
    case 'msforms':
      return { name: 'Sales survey(1-30).xlsx', content: await xlsx(microsoftFormsRows(q, responses)) };
    case 'surveyjs':
      return { name: 'results.json', content: JSON.stringify(surveyJsResults(q, responses)) };
    default: {
      // A plain CSV: the role and the answers, titled by element name, as another tool might export.
      const questions = questionsOf(q);
      const rows = [['date', 'role', ...questions.map((x) => x.key)], ...responses.map((r) => [r.submitted.slice(0, 10), r.role, ...questions.map((x) => String(r.answers[x.key] ?? ''))])];
      return { name: 'plain.csv', content: rows.map((r) => r.join(',')).join('\n') };
    }
  }
}


/** A report read straight from an export says "Response dates" where answers files say "Interview dates"; the rest is the same. */
function sameSource(report: string): string {
  return report.replace(/^- \*\*(Interview|Response) (dates?):\*\*/m, '- **$2:**');
}

describe('sales-audit survey', () => {
  it('writes one form that branches on the role, with the same titles and choice texts in every format', async () => {
    // Each role's copy of the questions, worded for it (prompts and levels).
    const branches = questionnaire.branches.map((b) => ({ role: b.role, choice: b.choice, questions: b.sections.flatMap((s) => s.questions) }));
    // Re-pinned (fx-words17): h-rub16a, h-rub16b and h-rub16c (rubric review 14, R1) together leave "other" no
    // question, so the form branches on the roles asked: the set's roles but "other".
    expect(branches.map((b) => b.role)).toEqual(set.roles.filter((r) => r !== 'other'));
    const all = branches.flatMap((b) => b.questions);

    const js = await runCli(['survey', '--format', 'surveyjs']);
    expect(js.exitCode).toBe(0);
    const form = JSON.parse(js.stdout) as { pages: { elements: { name: string; title: string; visibleIf?: string; choices?: { value: unknown; text: string }[] }[] }[] };
    const elements = form.pages.flatMap((p) => p.elements).filter((e) => e.name.includes('/'));
    expect(elements.map((e) => e.name).sort()).toEqual(all.map((x) => x.name).sort());
    for (const b of branches) {
      const mine = elements.filter((e) => e.visibleIf === `{role} = '${b.choice}'`);
      expect(mine.map((e) => e.title)).toEqual(b.questions.map((x) => x.title));
      expect(mine.map((e) => e.choices!.map((c) => c.text))).toEqual(b.questions.map((x) => x.choices.map((c) => c.text)));
    }
    expect(form.pages).toHaveLength(set.imperatives.length);

    // csv and xlsx: one column of wording per role.
    const csv = await runCli(['survey', '--format', 'csv']);
    const rows = parse(csv.stdout, { bom: true, relax_column_count: true }) as string[][];
    const header = rows[0]!;
    const questionRows = rows.filter((r) => r[0]!.includes('/'));
    for (const b of branches) {
      const column = header.indexOf(`question (${b.choice})`);
      expect(column).toBeGreaterThan(1);
      // A question the role is not asked (roles:) has an empty cell in that role's column.
      expect(questionRows.map((r) => r[column]).filter((t) => t !== '')).toEqual(b.questions.map((x) => x.title));
      const firstChoice = header.indexOf(`choice 1 (${b.choice})`);
      expect(questionRows.map((r) => r[firstChoice]).filter((t) => t !== '')).toEqual(b.questions.map((x) => x.choices[0]!.text));
    }

    const out = join(dir, 'q.xlsx');
    expect((await runCli(['survey', '--format', 'xlsx', '--out', out])).exitCode).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheetRows: string[][] = [];
    workbook.worksheets[0]!.eachRow((r) => sheetRows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(sheetRows[0]).toEqual(header);
    expect(sheetRows.filter((r) => r[0]!.includes('/')).map((r) => r[2])).toEqual(questionRows.map((r) => r[2]));

    // Google Forms: a page per role, reached from the role choice; each role's page ends the form.
    const gs = await runCli(['survey', '--format', 'gforms']);
    for (const x of all) {
      expect(gs.stdout).toContain(JSON.stringify(x.title));
      for (const c of x.choices) expect(gs.stdout).toContain(JSON.stringify(c.text));
    }
    expect(gs.stdout).toContain('FormApp.create(');
    expect(gs.stdout).toContain('Logger.log(');
    expect(gs.stdout).toContain('form.setCollectEmail(false);');
    branches.forEach((b, i) => {
      expect(gs.stdout).toContain(`var page${i + 1} = form.addPageBreakItem().setTitle(${JSON.stringify(`Questions for: ${b.choice}`)});`);
      expect(gs.stdout).toContain(`role.createChoice(${JSON.stringify(b.choice)}, page${i + 1})`);
      // The page break after a role's page sends that page to SUBMIT (navigation applies to the page before the break).
      if (i > 0) expect(gs.stdout).toContain(`page${i + 1}.setGoToPage(FormApp.PageNavigationType.SUBMIT);`);
    });
    expect(gs.stdout.indexOf('role.setChoices(')).toBeGreaterThan(gs.stdout.lastIndexOf('form.addMultipleChoiceItem()'));
  });

  it("--organization and --by name the client and the firm; emails are collected only with --collect-emails, and the description says what is kept", async () => {
    const plain = await runCli(['survey', '--format', 'surveyjs', '--organization', 'Acme Corp', '--by', 'Northwind Advisory']);
    const form = JSON.parse(plain.stdout) as { title: string; description: string };
    expect(form.title).toBe(`Acme Corp: ${set.title}`);
    expect(form.description).toContain('Northwind Advisory runs this survey for Acme Corp and sees the answers.');
    expect(form.description).toContain('does not record your email address');
    const emails = await runCli(['survey', '--format', 'gforms', '--collect-emails']);
    expect(emails.stdout).toContain('form.setCollectEmail(true);');
    expect(emails.stdout).toContain('records your email address, only so that a second submission replaces your first');
  });

  it('--role words the questionnaire for that role and asks no role; an unknown role is a usage error', async () => {
    const js = await runCli(['survey', '--format', 'surveyjs', '--role', 'Sales-Manager']);
    expect(js.exitCode).toBe(0);
    const elements = (JSON.parse(js.stdout) as { pages: { elements: { name: string }[] }[] }).pages.flatMap((p) => p.elements);
    expect(elements.map((e) => e.name)).not.toContain('role');
    expect(js.stdout).toContain('"expression": "\'sales manager\'"');
    const bare = await runCli(['survey', '--format', 'surveyjs', '--no-help-text']);
    const questionElements = (JSON.parse(bare.stdout) as { pages: { elements: { name: string; description?: string }[] }[] }).pages.flatMap((p) => p.elements).filter((e) => e.name.includes('/'));
    expect(questionElements.filter((e) => e.description !== undefined)).toEqual([]);
    const bad = await runCli(['survey', '--format', 'csv', '--role', 'intern']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--role must be one of');
    // A role of the set that the rubrics ask nothing (the shipped set's "other"): no empty form, a usage error.
    const unasked = await runCli(['survey', '--format', 'csv', '--role', 'other']);
    expect(unasked.exitCode).toBe(2);
    expect(unasked.stdout).toBe('');
    expect(unasked.stderr).toContain('--role other: the rubrics ask that role no question, so there is no form to write (the roles asked: leadership, sales manager, salesperson)');
  });

  it('never overwrites without --force, and refuses xlsx on stdout', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, 'keep');
    expect((await runCli(['survey', '--format', 'surveyjs', '--out', out])).exitCode).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await runCli(['survey', '--format', 'surveyjs', '--out', out, '--force'])).exitCode).toBe(0);
    expect((await runCli(['survey', '--format', 'xlsx'])).exitCode).toBe(2);
  });

  it('neutralizes formula-looking cells in the CSV it writes; the XLSX holds them as text cells', async () => {
    const rubrics = formulaRubrics();
    const csv = await runCli(['survey', '--format', 'csv', '--rubrics', rubrics]);
    expect(csv.exitCode).toBe(0);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.stdout).toContain("'-No: No written plan exists.");
    const out = join(dir, 'formula.xlsx');
    await runCli(['survey', '--format', 'xlsx', '--rubrics', rubrics, '--out', out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((r) => cells.push(...(r.values as unknown[]).slice(1)));
    // Text cells, no formula: inert without the apostrophe a CSV needs (review finding 12).
    expect(cells).toContain(`=HYPERLINK("http://x","y")`);
    expect(cells).toContain('-No: No written plan exists.');
    expect(cells.every((c) => typeof c !== 'object' || c === null)).toBe(true); // no formula cells
  });

  it("reads back an export whose titles and choices were copied from the CSV with the apostrophe (review finding 12)", async () => {
    const rubrics = formulaRubrics();
    const file = join(dir, 'copied.csv');
    writeFileSync(file, 'Timestamp,"\'=HYPERLINK(""http://x"",""y"")"\r\n11/20/2026 10:00:00,\'-No: No written plan exists.\r\n11/21/2026 10:00:00,"\'-No"\r\n');
    const r = await runCli(['import', file, '--rubrics', rubrics, '--out', join(dir, 'copied'), '--organization', 'Acme', '--role', 'leadership']);
    expect(r.stderr).not.toMatch(/error|warning/);
    expect(r.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'copied'))).toHaveLength(2);
  });
});

describe.each(['gforms', 'msforms', 'typeform', 'surveyjs', 'csv'])('round trip through %s', (kind) => {
  // 30 respondents; gforms and surveyjs through the one form that branches on the role.
  const responses = madeUpResponses(questionnaire, 30, ['leadership', 'sales manager', 'salesperson'], 7);
  if (kind === 'csv') for (const r of responses) delete r.notes; // the plain CSV carries no notes

  it('one response: report from the export equals audit --answers on the same answers', async () => {
    const one = [responses[0]!];
    const exported = await exportOf(kind, questionnaire, one);
    const file = join(dir, `${kind}-one-${exported.name}`);
    writeFileSync(file, exported.content);
    const answers = join(dir, `${kind}-one.yaml`);
    writeFileSync(answers, serializeAnswers(sheetOf(one[0]!, kind)));
    const fromExport = await runCli(['report', file, '--organization', 'Acme Corp', '--out', '-']);
    const fromAudit = await runCli(['audit', '--answers', answers, '--out', '-']);
    expect(fromExport.stderr).not.toContain('error');
    expect(fromExport.exitCode).toBe(0);
    expect(fromAudit.exitCode).toBe(0);
    // The same report, but for the one line that says where the answers came from.
    expect(fromExport.stdout).toContain('- **Response date:**');
    expect(sameSource(fromExport.stdout)).toBe(sameSource(fromAudit.stdout));
  });

  it('every response: import writes one answers file each; their report equals the report of the same answers', async () => {
    const exported = await exportOf(kind, questionnaire, responses);
    const file = join(dir, `${kind}-${exported.name}`);
    writeFileSync(file, exported.content);
    const out = join(dir, `${kind}-answers`);
    const imported = await runCli(['import', file, '--out', out, '--organization', 'Acme Corp']);
    expect(imported.stderr).not.toMatch(/error|warning/);
    expect(imported.exitCode).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(responses.length);
    expect(written.every((f) => /^response-\d{4}(-\d{4}-\d{2}-\d{2}-\d{6})?\.yaml$/.test(f))).toBe(true);
    for (const f of written) expect(readFileSync(join(out, f), 'utf8')).not.toMatch(/@|Person \d/);

    const direct = join(dir, `${kind}-direct`);
    require('node:fs').mkdirSync(direct);
    // Named so that file order is row order (r00, r01, … r29): a report lists respondents in file order.
    // The same answers, marked as survey responses (what import writes): the reports must be equal, "Response dates" included.
    responses.forEach((r, i) => writeFileSync(join(direct, `r${String(i).padStart(2, "0")}.yaml`), serializeAnswers({ ...sheetOf(r, kind), collected: 'survey' })));
    const fromImport = await runCli(['report', out, '--out', '-']);
    const fromDirect = await runCli(['report', direct, '--out', '-']);
    const fromExport = await runCli(['report', file, '--organization', 'Acme Corp', '--out', '-']);
    expect(fromImport.stdout).toBe(fromDirect.stdout);
    expect(fromExport.stdout).toBe(fromDirect.stdout);
    expect(fromImport.stdout).toMatch(/^- \*\*Response dates?:\*\*/m);
    expect(fromDirect.stdout).toContain('30 (10 leadership');

    // Importing again into the same folder writes nothing and says why.
    const again = await runCli(['import', file, '--out', out, '--organization', 'Acme Corp']);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('never overwrites');
  });
});

describe('import: errors stop everything unless --skip-invalid', () => {
  it('a bad row: exit 1 and nothing written; with --skip-invalid the others are written and the row is listed', async () => {
    const responses = madeUpResponses(questionnaire, 4, ['leadership', 'salesperson']);
    const csv = googleFormsCsv(questionnaire, responses).replace(',Salesperson,', ',Intern,');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv);
    const out = join(dir, 'bad-answers');
    const refused = await runCli(['import', file, '--out', out, '--organization', 'Acme']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('bad.csv:3:2  error');
    expect(refused.stderr).toContain('survey-unknown-role');
    expect(refused.stderr).toContain('No answers file was written');
    expect(() => readdirSync(out)).toThrow();
    const skipped = await runCli(['import', file, '--out', out, '--organization', 'Acme', '--skip-invalid']);
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('Skipped 1 invalid row (--skip-invalid): 3');
    expect(readdirSync(out)).toHaveLength(3);
  });

  it('--skip-invalid, or no flag at all, when the only bad row is an earlier submission dropped anyway (review finding 7)', async () => {
    const responses = madeUpResponses(questionnaire, 3, ['leadership']);
    const later = { ...responses[0]!, submitted: '2026-11-30 08:00:00' };
    const csv = googleFormsCsv(questionnaire, [...responses, later], { emails: true }).replace(/(\r\n[^\r\n]*?,Leadership,)("(?:[^"]|"")*"|[^,]*),/, '$1Bogus,'); // the cell may be quoted, with commas
    const file = join(dir, 'dup.csv');
    writeFileSync(file, csv);
    for (const [flags, out] of [[[], 'dup-a'], [['--skip-invalid'], 'dup-b']] as const) {
      const r = await runCli(['import', file, '--out', join(dir, out), '--organization', 'Acme', ...flags]);
      expect(r.stderr).toContain('dup.csv:2:2  warning  row 2 dropped');
      expect(r.exitCode).toBe(0);
      expect(readdirSync(join(dir, out))).toHaveLength(3);
    }
  });

  it('the finding cap shows errors before warnings, names every dropped row in one line, and counts the rest at no location (review finding 8)', async () => {
    const responses = madeUpResponses(questionnaire, 130, ['leadership']);
    const again = responses.slice(0, 125).map((r) => ({ ...r, submitted: '2026-11-30 08:00:00' }));
    const all = [...responses, ...again];
    // One bad choice in the last row, and 120 unknown columns (warnings) to push it past the cap.
    const lines = googleFormsCsv(questionnaire, all, { emails: true }).split('\r\n');
    lines[0] = `${lines[0]}${',Extra'.repeat(120)}`;
    lines[all.length] = lines[all.length]!.replace(',Leadership,', ',Leadership,Bogus choice,').replace(/,Bogus choice,("[^"]*"|[^,]*),/, ',Bogus choice,');
    const file = join(dir, 'many.csv');
    writeFileSync(file, lines.join('\r\n'));
    const r = await runCli(['import', file, '--out', join(dir, 'many'), '--organization', 'Acme']);
    expect(r.exitCode).toBe(1);
    const findings = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(error|warning)/.test(l));
    expect(findings[0]).toMatch(new RegExp(`^\\S*many\\.csv:${all.length + 1}:4  error  .*survey-invalid-choice$`));
    expect(r.stderr).toMatch(/many\.csv:2:2 {2}warning {2}125 earlier submissions dropped, rows 2–126:/);
    expect(r.stderr).toContain('…and 0 more errors and 21 more warnings in');
    expect(r.stderr).not.toContain('too-many-problems');
  });

  it('import and report take the organization by one rule, and say "from the file name" only when it is (review finding 21)', async () => {
    const responses = madeUpResponses(questionnaire, 2, ['leadership']);
    const plain = join(dir, 'Client survey.csv');
    writeFileSync(plain, googleFormsCsv(questionnaire, responses));
    const withColumn = join(dir, 'with-organization.csv');
    writeFileSync(withColumn, googleFormsCsv(questionnaire, responses).replace(/^Timestamp,/, 'Timestamp,Organization,').replace(/\r\n(\d+\/[^,]*),/g, '\r\n$1,Globex,'));
    const notice = 'taken from the file name, "Client survey"';
    const imported = await runCli(['import', plain, '--out', join(dir, 'org-plain')]);
    const reported = await runCli(['report', plain, '--format', 'json', '--out', '-']);
    for (const r of [imported, reported]) {
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toContain(notice);
    }
    expect(readFileSync(join(dir, 'org-plain', readdirSync(join(dir, 'org-plain'))[0]!), 'utf8')).toMatch(/organization: "?Client survey"?\n/);
    const fromColumn = await runCli(['report', withColumn, '--format', 'json', '--out', '-']);
    expect(fromColumn.exitCode).toBe(0);
    expect(fromColumn.stderr).not.toContain('file name');
    expect(fromColumn.stdout).toContain('"Globex"');
    expect((await runCli(['import', withColumn, '--out', join(dir, 'org-column')])).stderr).not.toContain('file name');
  });

  it('--keep-names keeps the email when the export has no name column', async () => {
    const responses = madeUpResponses(questionnaire, 2, ['leadership']);
    const file = join(dir, 'names.csv');
    writeFileSync(file, googleFormsCsv(questionnaire, responses, { emails: true }));
    const out = join(dir, 'names');
    expect((await runCli(['import', file, '--out', out, '--organization', 'Acme', '--keep-names'])).exitCode).toBe(0);
    const first = readFileSync(join(out, readdirSync(out)[0]!), 'utf8');
    expect(first).toContain('name: "person1@client.example"');
  });
});

describe('the branching form carries each role its own wording, and leaves out the roles a question does not ask', () => {
  const rubrics = () => {
    const folder = join(dir, 'branching-rubrics');
    require('node:fs').mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'coaching.yaml'), RUBRIC);
    return folder;
  };
  const branchingSet = () => {
    const loaded = loadRubricSet([{ path: 'coaching.yaml', content: RUBRIC, size: RUBRIC.length }]);
    expect(loaded.diagnostics).toEqual([]);
    return loaded.set!;
  };

  it('30 respondents through the Google Forms and SurveyJS branching forms give the report of the same answers', async () => {
    const folder = rubrics();
    const small = branchingSet();
    const q = buildQuestionnaire(small, { role: null, askName: false, askOrganization: false, help: true });
    // Salespeople see their own wording, and no span question.
    const salesperson = q.branches.find((b) => b.role === 'salesperson')!.sections.flatMap((s) => s.questions);
    expect(salesperson.map((x) => x.title)).toEqual(['How often does your manager coach you on a live deal?']);
    // A level in the role's own words is offered alone: the label is the team's finding.
    expect(salesperson[0]!.choices[0]!.text).toBe('My manager coaches me less than once a quarter.');
    const leadership = q.branches.find((b) => b.role === 'leadership')!.sections.flatMap((s) => s.questions);
    expect(leadership[0]!.choices[0]!.text).toMatch(/^Rarely: /);
    const responses = madeUpResponses(q, 30, ['leadership', 'sales manager', 'salesperson'], 3);
    expect(responses.filter((r) => r.role === 'salesperson').every((r) => !('coaching/span' in r.answers))).toBe(true);

    const direct = join(dir, 'branching-direct');
    require('node:fs').mkdirSync(direct);
    responses.forEach((r, i) => {
      const sheet = sheetOf(r, 'gforms');
      writeFileSync(join(direct, `r${String(i).padStart(2, '0')}.yaml`), serializeAnswers({ ...sheet, collected: 'survey', rubrics: { ...sheet.rubrics, digest: small.digest } }));
    });
    const fromDirect = await runCli(['report', direct, '--rubrics', folder, '--out', '-']);
    expect(fromDirect.exitCode).toBe(0);
    expect(fromDirect.stdout).toContain('30 (10 leadership');

    const csvFile = join(dir, 'branching-gforms.csv');
    const csvText = googleFormsBranchingCsv(q, responses, { emails: true });
    // One column per item: the cadence question four times (once per role of the set, "other" too), span twice.
    const header = (parse(csvText, { bom: true }) as string[][])[0]!;
    const questions = header.filter((h) => !h.startsWith('Evidence'));
    expect(questions.filter((h) => h.includes('coached') || h.includes('coach you') || h.includes('you coach'))).toHaveLength(4);
    expect(header.filter((h) => h === 'How many salespeople does each manager lead?')).toHaveLength(2);
    writeFileSync(csvFile, csvText);
    const fromGforms = await runCli(['report', csvFile, '--rubrics', folder, '--organization', 'Acme Corp', '--out', '-']);
    expect(fromGforms.stderr).not.toMatch(/error|warning/);
    expect(fromGforms.stdout).toBe(fromDirect.stdout);

    const surveyjsFile = join(dir, 'branching-results.json');
    writeFileSync(surveyjsFile, JSON.stringify(surveyJsResults(q, responses)));
    const out = join(dir, 'branching-surveyjs');
    const imported = await runCli(['import', surveyjsFile, '--rubrics', folder, '--out', out, '--organization', 'Acme Corp']);
    expect(imported.stderr).not.toMatch(/error|warning/);
    expect(readdirSync(out)).toHaveLength(30);
    // SurveyJS responses carry no date: the answers are the same, the dates today's.
    const fromSurveyJs = await runCli(['report', out, '--rubrics', folder, '--format', 'json', '--out', '-']);
    const fromDirectJson = await runCli(['report', direct, '--rubrics', folder, '--format', 'json', '--out', '-']);
    const withoutDates = (text: string) => JSON.stringify({ ...JSON.parse(text), date: null, respondents: null });
    expect(withoutDates(fromSurveyJs.stdout)).toBe(withoutDates(fromDirectJson.stdout));
  });
});

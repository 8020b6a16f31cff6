// Reading response exports: every bad-input case of issue 11 §4, each asserting its rule and its
// location (file:row:column, the header quoted), through the same reader the CLI uses.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { detectExportKind } from '../../src/core/survey/export-kinds.js';
import { parseTimestamp } from '../../src/core/survey/parse-timestamp.js';
import { buildQuestionnaire, choiceText } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport, type ReadExportOptions } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { googleFormsCsv, madeUpResponses, questionsOf, typeformCsv } from '../helpers/survey-exports.js';

const set = defaultSet();
const q = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const questions = questionsOf(q);
const responses = madeUpResponses(q, 6, ['leadership', 'sales manager', 'salesperson']);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-survey-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: ReadExportOptions = { file: 'export.csv', from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' };
let n = 0;
async function read(content: string | Uint8Array, extra: Partial<ReadExportOptions> = {}, ext = 'csv') {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, content);
  return readSurveyExport(set, path, { ...options, ...extra });
}
const at = (r: { diagnostics: { rule: string; line: number; column: number }[] }) => r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);
const GOOD = googleFormsCsv(q, responses);
// Google Forms columns: Timestamp, Your role, then question/evidence pairs.
const answerColumn = (i: number) => 3 + 2 * i;

describe('a good Google Forms export', () => {
  it('gives one sheet per response, with the role, the date from the timestamp, and no finding', async () => {
    const r = await read(GOOD);
    expect(r.diagnostics).toEqual([]);
    expect(r.kind).toBe('gforms');
    expect(r.responses.map((x) => x.sheet.respondent.role)).toEqual(responses.map((x) => x.role));
    expect(r.responses[0]!.sheet.date).toBe(responses[0]!.submitted.slice(0, 10));
    expect(r.responses.every((x) => x.sheet.respondent.name === null)).toBe(true);
  });
  it('a formula-looking note stays inert text, exactly as typed', async () => {
    const r = await read(GOOD);
    expect(r.responses[0]!.sheet.answers[questions[0]!.imperativeId]![questions[0]!.questionId]!.note).toBe('=HYPERLINK("http://evil.example","click")');
  });
});

describe('choices in the respondent\'s own words', () => {
  it('a salesperson picks a level in their own words alone; a form from an earlier version ("Label: wording") reads the same', async () => {
    const salesperson = q.branches.find((b) => b.role === 'salesperson')!.sections.flatMap((s) => s.questions);
    const ownWords = salesperson.flatMap((x) => x.choices).filter((c) => c.value !== 'n/a');
    expect(ownWords.length).toBeGreaterThan(50);
    expect(ownWords.every((c) => !c.text.startsWith(`${c.label}: `))).toBe(true);
    // The same answers through a form whose choices still carry the label in front.
    const earlier = {
      ...q,
      branches: q.branches.map((b) => ({
        ...b,
        sections: b.sections.map((sec) => ({
          ...sec,
          questions: sec.questions.map((x) => ({ ...x, choices: x.choices.map((c) => (c.value === 'n/a' || c.text.startsWith(`${c.label}: `) ? c : { ...c, text: choiceText(c.label, c.text) })) })),
        })),
      })),
    };
    const now = await read(GOOD);
    const before = await read(googleFormsCsv(earlier, responses));
    expect(before.diagnostics).toEqual([]);
    expect(before.responses.map((x) => x.sheet.answers)).toEqual(now.responses.map((x) => x.sheet.answers));
    expect(now.responses.some((x) => x.sheet.respondent.role === 'salesperson')).toBe(true);
  });
});

describe('bad input: located, all at once', () => {
  it('an unknown column is a warning at row 1 quoting its title, and is ignored', async () => {
    const r = await read(GOOD.replace('Timestamp,', 'Timestamp,Department,').replace(/\r\n(\d+\/[^,]*),/g, '\r\n$1,Sales,'));
    expect(at(r)).toEqual(['survey-unknown-column 1:2']);
    expect(r.diagnostics[0]!.message).toContain('"Department"');
    expect(r.responses).toHaveLength(6);
  });

  it('a missing question column is an error at row 1 naming the question', async () => {
    const title = questions[4]!.title;
    // The title as the export writes it: quoted, inner quotes doubled, when it holds a comma or a quote.
    const cell = /[",]/.test(title) ? `"${title.replace(/"/g, '""')}"` : title;
    expect(GOOD).toContain(`,${cell},`);
    const r = await read(GOOD.replace(`,${cell},`, ',Renamed question,'));
    expect(at(r)).toContain('survey-missing-column 1:1');
    expect(r.diagnostics.find((d) => d.rule === 'survey-missing-column')!.message).toContain(questions[4]!.key);
    expect(r.errorCount).toBeGreaterThan(0);
  });

  it('a cell that matches no choice is an error at its row and column, listing the accepted choices', async () => {
    const lines = GOOD.split('\r\n');
    const cells = lines[2]!.split(',');
    lines[2] = lines[2]!.replace(/^([^,]*,[^,]*,)/, '$1"Somewhat, I guess",').replace(/,"Somewhat, I guess",("[^"]*"|[^,]*),/, ',"Somewhat, I guess",');
    expect(cells.length).toBeGreaterThan(3);
    const r = await read(lines.join('\r\n'));
    const d = r.diagnostics.find((x) => x.rule === 'survey-invalid-choice')!;
    expect(`${d.line}:${d.column}`).toBe(`3:${answerColumn(0)}`);
    expect(d.message).toContain(`"${questions[0]!.title.slice(0, 40)}`);
    // Re-pinned after rubric review 15 (edit 4, h-rub18a): plan-provided's levels 0-1 read the named list.
    expect(d.message).toMatch(/accepted: "No named target list from the company" \(0\), "Named target lists, no touch sequence or ideas" \(1\)/);
  });

  it('an unknown role is an error at the role cell', async () => {
    const r = await read(GOOD.replace(',Sales manager,', ',Intern,'));
    expect(at(r)).toEqual(['survey-unknown-role 3:2']);
    expect(r.diagnostics[0]!.message).toContain('"Intern"');
  });

  it('every problem comes in one run', async () => {
    const r = await read(GOOD.replace(',Sales manager,', ',Intern,').replace('Timestamp,', 'Timestamp,Extra,').replace(/\r\n(\d+\/[^,]*),/g, '\r\n$1,,').replace('11/21/2026', 'yesterday'));
    expect(at(r)).toEqual(expect.arrayContaining(['survey-unknown-column 1:2', 'survey-invalid-date 3:1', 'survey-unknown-role 3:3']));
  });

  it('an empty file, a header-only file, and files that are not tables', async () => {
    expect(at(await read(''))).toEqual(['survey-empty 1:1']);
    expect(at(await read(GOOD.split('\r\n')[0]! + '\r\n'))).toEqual(['survey-empty 2:1']);
    expect(at(await read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 9])))).toEqual(['survey-not-a-table 1:1']);
    const unclosed = await read(`${GOOD.split('\r\n').slice(0, 3).join('\r\n')}\r\n"unclosed,quote\r\n`);
    expect(unclosed.diagnostics.map((d) => d.rule)).toEqual(['survey-not-a-table']);
    expect(unclosed.diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
    // A quote inside an unquoted cell (a formula typed into a hand-made CSV): located at its row.
    const stray = await read(`${GOOD.split('\r\n').slice(0, 2).join('\r\n')}\r\nx,=HYPERLINK("y")\r\n`);
    expect(stray.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['survey-not-a-table 3']);
    expect(at(await read('{"not": "a list"}', {}, 'json'))).toEqual(['survey-not-a-table 1:1']);
    expect(at(await read('PK\u0003\u0004 truncated', {}, 'xlsx'))).toEqual(['survey-not-a-table 1:1']);
  });

  it('one row numbering for CSV: rows as a spreadsheet shows them, blank lines and quoted line breaks included (review finding 13)', async () => {
    const lines = GOOD.split('\r\n');
    // A blank line after the header is row 2 in a spreadsheet, so the bad cell of the third response is in row 5.
    const bad = [lines[0], '', lines[1], lines[2], lines[3]!.replace(/^([^,]*,[^,]*,)("[^"]*"|[^,]*)/, '$1Bogus'), ...lines.slice(4)].join('\r\n');
    expect(at(await read(bad)).filter((x) => x.startsWith('survey-invalid-choice'))).toEqual([`survey-invalid-choice 5:${answerColumn(0)}`]);
    // Two responses whose notes hold line breaks, then a stray quote in the next row's first note: row 4, at that field.
    const rows = parseCsv(GOOD) as string[][];
    const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    rows[1]![answerColumn(0)] = rows[2]![answerColumn(0)] = 'one\r\ntwo\r\nthree';
    const quote = [...rows.slice(0, 3).map((r) => r.map(field).join(',')), [...rows[3]!.slice(0, answerColumn(0)).map(field), 'ab"c'].join(',')].join('\r\n');
    expect(at(await read(quote))).toEqual([`survey-not-a-table 4:${answerColumn(0) + 1}`]);
  });

  it('a quote never closed stops at its row once the record outgrows any real row, not at the end of the file (review finding 14)', async () => {
    const lines = GOOD.split('\r\n');
    const r = await read(`${lines.slice(0, 3).join('\r\n')}\r\n${lines[3]!.split(',').slice(0, 2).join(',')},"${'a'.repeat(2_500_000)}`);
    expect(at(r)).toEqual(['survey-cell-too-long 4:3']);
    expect(r.diagnostics[0]!.message).toContain('a quote never closed');
  });

  it('JSON: a syntax error at its line and column, a finding in an entry at its key (review finding 13)', async () => {
    expect(at(await read('[{"role": "Leadership",\n "prospecting-plan/plan-provided": 2,}]', {}, 'json'))).toEqual(['survey-not-a-table 2:38']);
    expect(at(await read('[{"role": "Leadership"', {}, 'json'))).toEqual(['survey-not-a-table 1:23']);
    const r = await read('[{"role": "Leadership", "prospecting-plan/plan-provided": 2},\n  {"role": "Leadership", "prospecting-plan/plan-provided": 9}]', {}, 'json');
    expect(at(r)).toEqual(['survey-invalid-choice 2:26']);
    expect(r.diagnostics[0]!.message).toMatch(/^entry 2: "prospecting-plan\/plan-provided": "9"/);
    const wrapped = await read('{"responses": [\n{"role": "Intern", "prospecting-plan/plan-provided": 2}]}', {}, 'json');
    expect(at(wrapped)).toEqual(['survey-unknown-role 2:2']);
  });

  it("Excel's UTF-16 text with a BOM (tab-separated) reads the same as the UTF-8 export", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    const r = await read(utf16);
    expect(r.diagnostics).toEqual([]);
    expect(r.responses).toHaveLength(6);
    const tsv = GOOD.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
    const t = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    expect(t.diagnostics).toEqual([]);
    expect(t.responses).toHaveLength(6);
  });

  it('Windows-1252 is read as such, with a warning naming the encoding', async () => {
    const accented = GOOD.replace('Saw the plan in the CRM', 'Vu le plan: très détaillé');
    const r = await read(iconv.encode(accented, 'win1252'));
    expect(at(r)).toEqual(['survey-encoding 1:1']);
    expect(r.diagnostics[0]!.message).toContain('Windows-1252');
    const notes = r.responses.flatMap((x) => Object.values(x.sheet.answers).flatMap((a) => Object.values(a).map((v) => v.note)));
    expect(notes).toContain('Vu le plan: très détaillé');
  });

  it('a UTF-8 BOM with one bad byte: still UTF-8, the byte read as U+FFFD and named at its cell (review finding 11)', async () => {
    const accented = GOOD.replace('Saw the plan in the CRM', 'Vu le plan au café').replace(/"click"/g, '"cliqué"');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accented, 'utf8')]);
    // The last "é" (2 bytes in UTF-8) becomes one Windows-1252 byte: 0xE9 then "\n"/"," is no UTF-8.
    const at0 = bytes.lastIndexOf(Buffer.from('café', 'utf8')) + 3;
    const damaged = Buffer.concat([bytes.subarray(0, at0), Buffer.from([0xe9]), bytes.subarray(at0 + 2)]);
    const r = await read(damaged);
    expect(r.kind).toBe('gforms');
    const lastNoted = responses.map((x, i) => (x.notes?.[questions[0]!.key] === 'Saw the plan in the CRM' ? i : -1)).filter((i) => i >= 0).at(-1)!;
    expect(at(r)).toEqual([`survey-encoding ${lastNoted + 2}:${answerColumn(0) + 1}`]);
    expect(r.diagnostics[0]!.message).toContain(`"${questions[0]!.noteTitle.slice(0, 30)}`);
    const notes = r.responses.flatMap((x) => Object.values(x.sheet.answers).flatMap((a) => Object.values(a).map((v) => v.note)));
    expect(notes).toContain('=HYPERLINK("http://evil.example","cliqué")');
    expect(notes).toContain('Vu le plan au caf\uFFFD');
    expect(r.responses[0]!.sheet.date).toBe(responses[0]!.submitted.slice(0, 10));
  });

  it('a UTF-8 BOM, LF line ends and quoted newlines in a note', async () => {
    const lf = `\uFEFF${GOOD.replace(/\r\n/g, '\n').replace('Saw the plan in the CRM', '"Saw the plan\nin the CRM, twice"')}`;
    const r = await read(lf);
    expect(r.diagnostics).toEqual([]);
    const notes = r.responses.flatMap((x) => Object.values(x.sheet.answers).flatMap((a) => Object.values(a).map((v) => v.note)));
    expect(notes).toContain('Saw the plan\nin the CRM, twice');
  });

  it('a cell over 10,000 characters is an error at its row and column', async () => {
    const r = await read(GOOD.replace('Saw the plan in the CRM', 'x'.repeat(10_001)));
    const d = r.diagnostics.find((x) => x.rule === 'survey-cell-too-long')!;
    expect(d.line).toBe(6);
    expect(d.column).toBe(answerColumn(0) + 1);
    expect(d.message).toContain('10,001');
  });

  it('an Excel or JSON file over the 50 MiB limit is refused before it is opened', async () => {
    const path = join(dir, 'huge.xlsx');
    writeFileSync(path, 'PK\u0003\u0004');
    truncateSync(path, 51 * 1024 * 1024);
    const r = await readSurveyExport(set, path, options);
    expect(at(r)).toEqual(['survey-too-large 1:1']);
    expect(r.diagnostics[0]!.message).toMatch(/51\.0 MiB, over the 50 MiB limit/);
  });

  it('a blank role uses --role; with neither, the role cell is the error', async () => {
    const blank = GOOD.replace(',Sales manager,', ',,');
    expect(at(await read(blank))).toEqual(['survey-unknown-role 3:2']);
    expect((await read(blank, { role: 'other' })).responses[1]!.sheet.respondent.role).toBe('other');
  });

  it('the same email twice: the latest submission wins, the earlier row is named', async () => {
    const twice = [...responses, { ...responses[1]!, submitted: '2026-11-30 08:00:00' }];
    const r = await read(googleFormsCsv(q, twice, { emails: true }));
    expect(at(r)).toEqual(['survey-duplicate-response 3:2']);
    expect(r.diagnostics[0]!.message).toContain('row 8');
    expect(r.diagnostics[0]!.message).not.toContain('@');
    expect(r.responses.map((x) => x.row)).toEqual([2, 4, 5, 6, 7, 8]);
  });

  it('an error in a row a later submission replaces does not count (review finding 7)', async () => {
    const later = { ...responses[1]!, submitted: '2026-11-30 08:00:00' };
    const csv = googleFormsCsv(q, [...responses, later], { emails: true }).replace(/(\r\n[^\r\n]*?,Sales manager,)("(?:[^"]|"")*"|[^,]*),/, '$1Bogus,'); // the cell may be quoted, with commas
    const r = await read(csv);
    expect(r.errorCount).toBe(0);
    expect(at(r)).toEqual(['survey-duplicate-response 3:2']);
    expect(r.diagnostics[0]!.message).toMatch(/row 3 dropped: .*row 8.*the errors in row 3 do not count/);
    expect(r.invalidRows).toEqual([]);
    expect(r.responses.map((x) => x.row)).toEqual([2, 4, 5, 6, 7, 8]);
  });

  it('many duplicates: one finding with the count and every row, in ranges (review finding 8)', async () => {
    const many = madeUpResponses(q, 30, ['leadership']);
    const again = many.slice(0, 25).map((x) => ({ ...x, submitted: '2026-11-30 08:00:00' }));
    const r = await read(googleFormsCsv(q, [...many, ...again], { emails: true }));
    expect(at(r)).toEqual(['survey-duplicate-response 2:2']);
    expect(r.diagnostics[0]!.message).toContain('25 earlier submissions dropped, rows 2–26:');
    expect(r.droppedRows).toHaveLength(25);
    expect(r.warningCount).toBe(1);
  });

  it('--keep-names takes a name or an email, never a Typeform token or "anonymous" (review finding 15)', async () => {
    const tf = await read(typeformCsv(q, responses), { keepNames: true });
    expect(tf.kind).toBe('typeform');
    expect(tf.responses.map((x) => x.sheet.respondent.name)).toEqual(responses.map(() => null));
    const ms = GOOD.split('\r\n');
    const rows = [
      `ID,Start time,Completion time,Email,Name,${ms[0]!.slice('Timestamp,'.length)}`,
      ...ms.slice(1, 3).map((line, i) => `${i + 1},2026-11-26 14:00:00,2026-11-26 14:03:05,${i === 0 ? 'anonymous' : 'ann@client.example'},,${line.slice(line.indexOf(',') + 1)}`),
    ];
    const r = await read(rows.join('\r\n'), { keepNames: true });
    expect(r.kind).toBe('msforms');
    expect(r.responses.map((x) => x.sheet.respondent.name)).toEqual([null, 'ann@client.example']);
  });

  it('a Typeform token twice: the latest Submitted At wins', async () => {
    const twice = [{ ...responses[0]!, submitted: '2026-12-01 08:00:00' }, ...responses];
    const r = await read(typeformCsv(q, twice));
    expect(r.kind).toBe('typeform');
    expect(r.droppedRows).toEqual([3]);
  });
});

/** GOOD with its submission times replaced, in row order, and the same email in every row (so the latest wins). */
function withStamps(stamps: string[], emails = false): string {
  const twice = responses.slice(0, stamps.length).map((r) => ({ ...r, email: emails ? 'same@client.example' : r.email }));
  let i = 0;
  return googleFormsCsv(q, twice, { emails }).replace(/\r\n\d+\/\d+\/\d{4} [\d:]+,/g, () => `\r\n${stamps[i++]},`);
}

describe('the date order: decided once per file (review finding 6)', () => {
  it('a first number over 12 anywhere makes the whole column day first, so the later submission wins', async () => {
    // A UK-locale sheet: 12 November, then 13 November. Read cell by cell, row 2 was 11 December.
    const r = await read(withStamps(['12/11/2026 10:00:00', '13/11/2026 09:00:00'], true));
    expect(at(r)).toEqual(['survey-duplicate-response 2:2']);
    expect(r.responses.map((x) => [x.row, x.sheet.date])).toEqual([[3, '2026-11-13']]);
  });
  it('a date the other way round in a day-first file is an error at its cell, naming the row that settled it', async () => {
    const r = await read(withStamps(['13/11/2026 10:00:00', '11/14/2026 09:00:00', '10/11/2026 09:00:00']));
    expect(at(r)).toEqual(['survey-invalid-date 3:1']);
    expect(r.diagnostics[0]!.message).toContain('row 2');
    expect(r.responses.map((x) => x.sheet.date)).toEqual(['2026-11-13', '2026-11-10']);
  });
  it('a second number over 12 settles month first, with no warning', async () => {
    const r = await read(withStamps(['12/11/2026 10:00:00', '11/14/2026 09:00:00']));
    expect(r.diagnostics).toEqual([]);
    expect(r.responses.map((x) => x.sheet.date)).toEqual(['2026-12-11', '2026-11-14']);
  });
  it('when nothing settles it: month first, and a warning at the first ambiguous cell that says so', async () => {
    const r = await read(withStamps(['11/11/2026 10:00:00', '12/11/2026 10:00:00', '1/2/2026 09:00:00']));
    expect(at(r)).toEqual(['survey-ambiguous-date 3:1']);
    expect(r.diagnostics[0]!.message).toMatch(/"Timestamp".*month first/);
    expect(r.responses.map((x) => x.sheet.date)).toEqual(['2026-11-11', '2026-12-11', '2026-01-02']);
    expect(r.errorCount).toBe(0);
  });
  it('parseTimestamp reads a cell in the order it is given', () => {
    expect(parseTimestamp('12/11/2026 10:00:00', 'day-first')?.date).toBe('2026-11-12');
    expect(parseTimestamp('12/11/2026 10:00:00', 'month-first')?.date).toBe('2026-12-11');
    expect(parseTimestamp('13/11/2026 10:00:00', 'month-first')).toBeNull();
  });
});

describe('layouts and timestamps', () => {
  it('detects each tool from its header', () => {
    expect(detectExportKind(['Timestamp', 'Email Address', 'Q'])).toBe('gforms');
    expect(detectExportKind(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Q'])).toBe('msforms');
    expect(detectExportKind(['Q', 'Submitted At', 'Token'])).toBe('typeform');
    expect(detectExportKind(['Your role', 'Q'])).toBe('csv');
  });
  it('reads the timestamps the tools write', () => {
    expect(parseTimestamp('11/26/2026 14:03:05')).toEqual({ date: '2026-11-26', sortKey: '2026-11-26T14:03:05' });
    expect(parseTimestamp('26/11/2026 14:03:05', 'day-first')?.date).toBe('2026-11-26');
    expect(parseTimestamp('2026-11-26 14:03:05')?.sortKey).toBe('2026-11-26T14:03:05');
    expect(parseTimestamp('2026-11-26T14:03:05.000Z')?.sortKey).toBe('2026-11-26T14:03:05');
    expect(parseTimestamp('11/26/26 2:03:05 PM')?.sortKey).toBe('2026-11-26T14:03:05');
    expect(parseTimestamp('2026/02/30 10:00')).toBeNull();
    expect(parseTimestamp('yesterday')).toBeNull();
  });
});

describe('the answers files import writes', () => {
  it('parse back to exactly the sheets read, notes with quotes, newlines and formulas included', async () => {
    const { importedAnswersFile } = await import('../../src/core/survey/imported-answers-file.js');
    const { parseAnswers } = await import('../../src/core/answers/parse-answers.js');
    const noted = GOOD.replace('Saw the plan in the CRM', '"He said ""yes""\nthen: - no #1 \u2028 ok"');
    const r = await read(noted, { keepNames: true, organization: 'Acme: "Corp" #1' });
    for (const response of r.responses) {
      const text = importedAnswersFile(response.sheet, 'export.csv, row 2');
      const parsed = parseAnswers({ path: 'x.yaml', content: text, size: text.length }, set);
      expect(parsed.diagnostics).toEqual([]);
      expect({ ...parsed.sheet!, source: null, rubrics: null }).toEqual({ ...response.sheet, source: null, rubrics: null });
    }
    expect(r.responses.some((x) => Object.values(x.sheet.answers).some((a) => Object.values(a).some((v) => v.note?.includes('""') === false && v.note.includes('"yes"'))))).toBe(true);
  });
});

describe('the evidence question twice (hostile-input pass, session 18)', () => {
  const quoted = (rows: string[][]) => `${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
  /** GOOD with a second copy of the first question's evidence column, holding `second(row)`. */
  const withSecondEvidence = (second: (row: string[]) => string) => {
    const [header, ...rows] = parseCsv(GOOD, { bom: true }) as string[][];
    return quoted([[...header!, header![answerColumn(0)]!], ...rows.map((r) => [...r, second(r)])]);
  };
  it('two different notes in one response: located at the second column, as two answers are', async () => {
    const r = await read(withSecondEvidence((row) => (row[answerColumn(0)] === '' ? '' : 'a different note')));
    const noted = responses.map((x, i) => (x.notes?.[questions[0]!.key] ? i : -1)).filter((i) => i >= 0);
    expect(noted.length).toBeGreaterThan(0);
    const last = 1 + 2 * questions.length + 1;
    expect(at(r)).toEqual(noted.map((i) => `survey-duplicate-column ${i + 2}:${last + 1}`));
    expect(r.diagnostics[0]!.message).toContain(`a second evidence answer to ${questions[0]!.key} in one response`);
  });
  it('the same note twice, or the second copy left empty: one note, no finding', async () => {
    expect((await read(withSecondEvidence((row) => row[answerColumn(0)]!))).diagnostics).toEqual([]);
    expect((await read(withSecondEvidence(() => ''))).diagnostics).toEqual([]);
  });
});

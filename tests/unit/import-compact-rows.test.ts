// The importer holds each row as codes and a list of notes until finish() (issue 21, Scale): the
// sheets it gives back are the rows as read, whatever the number of levels; with notesKept, the
// notes past it are counted for the rows kept and never for a row left out.
import { describe, expect, it } from 'vitest';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { createResponseImporter } from '../../src/core/survey/import-responses.js';

function setOf(levels: number) {
  const lines = ['id: wide', 'title: Wide', 'summary: One question of many levels.', 'questions:', '  - id: q', '    prompt: How far?', '    levels:'];
  for (let i = 0; i < levels; i++) lines.push(`      - { score: ${i}, label: L${i}, description: Level ${i}. }`);
  lines.push('    recommendations:', '      - { id: act, at: 0, action: Start., horizon: 30, owner: Head of sales }');
  const content = `${lines.join('\n')}\n`;
  const { set, diagnostics } = loadRubricSet([{ path: 'wide.yaml', content, size: content.length }]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return set!;
}

const HEADER = ['Email', 'Your role', 'How far?', 'Evidence (optional): How far?'];
const options = { file: 'x.csv', kind: 'csv' as const, organization: 'A', role: null, keepNames: false, today: '2026-12-06' };

describe('the importer as codes', () => {
  it('reads back every level of a question of 300 (a byte per answer would wrap past 253)', () => {
    const set = setOf(300);
    const importer = createResponseImporter(set, HEADER, options);
    for (const level of [0, 127, 128, 253, 254, 299]) importer.addRow([`p${level}@x`, 'leadership', `L${level}`, ''], level + 2);
    const scores = importer.finish().responses.map((r) => r.sheet.answers.wide!.q!.score);
    expect(scores).toEqual([0, 127, 128, 253, 254, 299]);
  });

  it('with notesKept, keeps the first notes of a question, counts the rest of the rows kept, and drops a replaced row with its note', () => {
    const set = setOf(3);
    const importer = createResponseImporter(set, [...HEADER], { ...options, notesKept: 2 });
    importer.addRow(['a@x', 'leadership', 'L1', 'first'], 2);
    importer.addRow(['b@x', 'leadership', 'L2', 'second'], 3);
    importer.addRow(['c@x', 'leadership', 'L0', 'third'], 4);
    importer.addRow(['d@x', 'leadership', 'L0', 'fourth'], 5);
    // b submits again: row 3 (a kept note) is replaced, and row 6's note is past the two kept.
    importer.addRow(['b@x', 'leadership', 'L1', 'again'], 6);
    const result = importer.finish();
    expect(result.droppedRows).toEqual([3]);
    expect(result.responses.map((r) => r.sheet.answers.wide!.q!.note)).toEqual(['first', null, null, null]);
    expect(result.notesNotKept).toEqual([3]);
  });

  it('without notesKept, every note is kept (import writes them all)', () => {
    const set = setOf(3);
    const importer = createResponseImporter(set, HEADER, options);
    for (let i = 0; i < 60; i++) importer.addRow([`p${i}@x`, 'leadership', 'L1', `note ${i}`], i + 2);
    const result = importer.finish();
    expect(result.responses.map((r) => r.sheet.answers.wide!.q!.note)).toEqual(Array.from({ length: 60 }, (_, i) => `note ${i}`));
    expect(result.notesNotKept).toEqual([0]);
  });

  it('holds a long identity as its hash and a long timestamp as its start: the same person is still one, the date still refused', () => {
    const set = setOf(3);
    const importer = createResponseImporter(set, ['Timestamp', ...HEADER], options);
    const long = `${'x'.repeat(9_000)}@example.com`;
    importer.addRow(['11/26/2026 10:00:00', long, 'leadership', 'L1', ''], 2);
    importer.addRow(['11/26/2026 11:00:00', long.toUpperCase(), 'leadership', 'L2', ''], 3);
    importer.addRow([`11/26/2026 12:00:00${' trailing'.repeat(1_000)}`, 'y@x', 'leadership', 'L0', ''], 4);
    importer.addRow(['9'.repeat(9_000), 'z@x', 'leadership', 'L0', ''], 5);
    const result = importer.finish();
    expect(result.droppedRows).toEqual([2]);
    // A date and time is read from the start of its cell: the first stands, the second is no date.
    expect(result.invalidRows).toEqual([5]);
    expect(result.diagnostics.find((d) => d.rule === 'survey-invalid-date')).toMatchObject({ line: 5, column: 1, message: expect.stringContaining(`"${'9'.repeat(40)}"`) });
  });
});

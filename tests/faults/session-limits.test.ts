// "Anything the interview saves can be read back": with every question of the built-in set given
// a note at the typed limit, in the characters YAML writes longest, the session stays under the
// answers-file limit and reads back whole; and a session over it is never saved.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { questionKeys, type AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { MAX_NOTE_CHARS, ROLES } from '../../src/core/answers/answers-constants.js';
import { asksRole } from '../../src/core/rubric/level-range.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { MAX_SOURCE_BYTES } from '../../src/core/source/source-file.js';
import { saveSession, sessionBytes, SessionTooLarge } from '../../src/io/session-file.js';
import { defaultSet } from '../helpers/interview-sets.js';

const set = defaultSet();
// The role asked the most questions writes the largest session: a session holds only what its role is asked.
const askedOf = (role: string) => set.imperatives.flatMap((i) => i.questions.filter((q) => asksRole(q, role)).map((q) => `${i.id}/${q.id}`));
const ROLE = [...ROLES].sort((a, b) => askedOf(b).length - askedOf(a).length)[0]!;
const ASKED = askedOf(ROLE);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheetWithNotes(note: string, keys = ASKED): AnswerSheet {
  const answers: AnswerSheet['answers'] = {};
  for (const key of keys) {
    const [imperative, question] = key.split('/') as [string, string];
    (answers[imperative] ??= {})[question] = { score: 1, note, evidence: 'observed' };
  }
  return { source: null, organization: 'O'.repeat(200), respondent: { name: 'N'.repeat(200), role: ROLE }, date: '2026-11-26', rubrics: { digest: set.digest, source: 'built-in', questions: questionKeys(set) }, answers };
}

// The costliest characters: a C1 control (escaped as \x85 or \u0085), a lone surrogate, a BOM, CJK.
const COSTLY = ['\u0085', '\ud800', '\ufeff', '\u4e2d', '\u0007', '"', '\\'];

describe('session limits', () => {
  for (const ch of COSTLY) {
    it(`a note of ${MAX_NOTE_CHARS} × U+${ch.charCodeAt(0).toString(16).padStart(4, '0')} on every question a role is asked fits the 1 MiB limit and read back`, async () => {
      const sheet = sheetWithNotes(ch.repeat(MAX_NOTE_CHARS));
      expect(sessionBytes(sheet)).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
      const path = join(dir, 'costly.session.yaml');
      await saveSession(path, sheet);
      const content = readFileSync(path);
      const { sheet: read, diagnostics } = parseAnswers({ path: 'costly.session.yaml', content: new Uint8Array(content), size: content.length }, set);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const notes = Object.values(read!.answers).flatMap((byQuestion) => Object.values(byQuestion).map((a) => a.note));
      expect(notes).toHaveLength(ASKED.length);
      // Trimmed by the reader as by the prompt: the same text comes back (a lone surrogate is not text: replaced).
      if (ch !== '\ud800') for (const note of notes) expect(note).toBe(ch.repeat(MAX_NOTE_CHARS).trim() || null);
    });
  }

  it('a session over the limit is refused and the file left as it was', async () => {
    const path = join(dir, 'big.session.yaml');
    await saveSession(path, sheetWithNotes('small'));
    const before = readFileSync(path);
    // A custom set of 300 questions with full notes: over 1 MiB.
    const many = Array.from({ length: 300 }, (_, i) => `big/q${i}`);
    await expect(saveSession(path, sheetWithNotes('x'.repeat(MAX_NOTE_CHARS), many))).rejects.toBeInstanceOf(SessionTooLarge);
    expect(readFileSync(path)).toEqual(before);
  });
});

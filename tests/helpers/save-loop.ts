// Child process for the kill-during-save test: saves a growing session file as fast as it can,
// says "ready" after the first save, and runs until it is killed.
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { saveSession } from '../../src/io/session-file.js';

const [path, ...keys] = process.argv.slice(2);
const sheet: AnswerSheet = {
  source: null,
  organization: 'Acme Corp',
  respondent: { name: 'Dana Lee', role: 'leadership' },
  date: '2026-11-26',
  rubrics: { digest: null, source: null, questions: keys },
  answers: {},
};
for (let i = 0; ; i++) {
  const key = keys[i % keys.length]!;
  const [imperative, question] = key.split('/') as [string, string];
  // Long notes make each write take long enough for a kill to land in the middle of one.
  (sheet.answers[imperative] ??= {})[question] = { score: i % 5, note: `save ${i}: ${'evidence '.repeat(200)}`, evidence: 'claimed' };
  await saveSession(path!, sheet);
  if (i === 0) process.stdout.write('ready\n');
}

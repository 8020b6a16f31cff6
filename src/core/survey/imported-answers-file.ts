// An imported response as an answers file, written without the YAML library: `import` writes
// 10,000 of them, and the library's stringify costs about a millisecond each. The layout is
// fixed and small, ids are kebab-case (plain YAML), and every free text (organization, role, name,
// notes) is a JSON string, which is a valid YAML double-quoted scalar. A test parses the output
// back and compares it with the sheet. Pure.
import type { AnswerSheet } from '../answers/answer-sheet.js';
import { NOT_APPLICABLE } from '../answers/answers-constants.js';

/** A YAML double-quoted scalar: JSON's escaping, plus the two line separators JSON leaves as is. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function importedAnswersFile(sheet: AnswerSheet, origin: string): string {
  const lines = [
    `# sales-audit answers, imported from ${origin.replace(/[\r\n]+/g, ' ')}. Edit freely.`,
    'version: 1',
    `organization: ${quoted(sheet.organization)}`,
    'respondent:',
    ...(sheet.respondent.name === null ? [] : [`  name: ${quoted(sheet.respondent.name)}`]),
    `  role: ${quoted(sheet.respondent.role)}`,
    `date: ${quoted(sheet.date)}`,
  ];
  const imperatives = Object.entries(sheet.answers).filter(([, byQuestion]) => Object.keys(byQuestion).length > 0);
  if (imperatives.length === 0) lines.push('answers: {}');
  else {
    lines.push('answers:');
    for (const [imperativeId, byQuestion] of imperatives) {
      lines.push(`  ${imperativeId}:`);
      for (const [questionId, answer] of Object.entries(byQuestion)) {
        const score = answer.score === null ? NOT_APPLICABLE : String(answer.score);
        lines.push(answer.note === null ? `    ${questionId}: ${score}` : `    ${questionId}: { score: ${score}, note: ${quoted(answer.note)} }`);
      }
    }
  }
  if (sheet.rubrics.digest !== null) lines.push('rubrics:', `  digest: ${quoted(sheet.rubrics.digest)}`);
  return `${lines.join('\n')}\n`;
}

// An imported response as an answers file, written without the YAML library: `import` writes
// 10,000 of them, and the library's stringify costs about a millisecond each. The layout is
// fixed and small, ids are kebab-case (plain YAML), and every free text (organization, role, name,
// notes) is a JSON string, which is a valid YAML double-quoted scalar. A test parses the output
// back and compares it with the sheet. Pure.
import type { AnswerSheet } from '../answers/answer-sheet.js';
import { NOT_APPLICABLE } from '../answers/answers-constants.js';

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** A YAML double-quoted scalar: JSON's escaping, plus the two line separators JSON leaves as is. */
function quoted(text: string): string {
  const json = JSON.stringify(text);
  return LINE_SEPARATORS.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

// Built by appending to one string: an array of lines joined per file took nearly twice the time.
export function importedAnswersFile(sheet: AnswerSheet, origin: string): string {
  let text = `# sales-audit answers, imported from ${origin.replace(/[\r\n]+/g, ' ')}. Edit freely.\nversion: 1\norganization: ${quoted(sheet.organization)}\nrespondent:\n`;
  if (sheet.respondent.name !== null) text += `  name: ${quoted(sheet.respondent.name)}\n`;
  text += `  role: ${quoted(sheet.respondent.role)}\ndate: ${quoted(sheet.date)}\n`;
  if (sheet.collected !== undefined) text += `collected: ${sheet.collected}\n`;
  let answers = '';
  for (const imperativeId in sheet.answers) {
    const byQuestion = sheet.answers[imperativeId]!;
    let lines = '';
    for (const questionId in byQuestion) {
      const answer = byQuestion[questionId]!;
      const score = answer.score === null ? NOT_APPLICABLE : String(answer.score);
      lines += answer.note === null ? `    ${questionId}: ${score}\n` : `    ${questionId}: { score: ${score}, note: ${quoted(answer.note)} }\n`;
    }
    if (lines !== '') answers += `  ${imperativeId}:\n${lines}`;
  }
  text += answers === '' ? 'answers: {}\n' : `answers:\n${answers}`;
  if (sheet.rubrics.digest !== null) text += `rubrics:\n  digest: ${quoted(sheet.rubrics.digest)}\n`;
  return text;
}

// Several answers files make one report only when they describe one organization, answered
// against one rubric set. When they do not, the report is still written (a renamed company or a
// reworded question should not block a consultant), but the person is told plainly which files differ.
import type { RespondentRecord } from '../answers/answer-sheet.js';
import { printable } from '../printable.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';

function groupFiles(sheets: readonly RespondentRecord[], keyOf: (sheet: RespondentRecord) => string | null): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  sheets.forEach((sheet, i) => {
    const key = keyOf(sheet);
    if (key === null) return;
    const files = groups.get(key) ?? [];
    files.push(sheet.source ?? `respondent ${i + 1}`);
    groups.set(key, files);
  });
  return groups;
}

const list = (files: readonly string[]) => printable(files.join(', '));

/** Warnings (plain sentences) about answers files that do not belong together; empty when they do. */
export function describeMixedSheets(set: RubricSet, sheets: readonly RespondentRecord[]): string[] {
  const warnings: string[] = [];
  const organizations = groupFiles(sheets, (s) => s.organization);
  if (organizations.size > 1) {
    const first = sheets[0]!.organization;
    warnings.push(
      `the answers files name ${organizations.size} organizations: ${[...organizations].map(([org, files]) => `"${printable(org)}" (${list(files)})`).join('; ')}. ` +
        `They are reported together as "${printable(first)}"; pass one organization's files to report on it alone.`,
    );
  }
  const otherDigests = groupFiles(sheets, (s) => (s.rubrics.digest !== null && s.rubrics.digest !== set.digest ? s.rubrics.digest : null));
  if (otherDigests.size > 0) {
    warnings.push(
      `answers given against other rubrics than the current ones (${set.digest}): ${[...otherDigests].map(([digest, files]) => `${printable(digest)} (${list(files)})`).join('; ')}. ` +
        'They are scored with the current rubrics; answers to questions that no longer exist are ignored.',
    );
  }
  return warnings;
}

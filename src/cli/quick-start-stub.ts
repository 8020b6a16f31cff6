// Stands in, in the quick bundles, for the exact checkers and the survey export readers
// (scripts/build.mjs swaps it in for check-rubric-file.ts, parse-answers.ts and
// read-survey-export.ts, and for the handlers of the commands a bundle does not run): a file the
// fast checks cannot vouch for needs the YAML parser with positions and zod, and an export needs
// csv-parse or exceljs, which the quick path does not load, so it hands over to the full CLI
// (quick-start.ts).
export class FullPathRequired extends Error {
  override name = 'FullPathRequired';
}

export function checkRubricFile(): never {
  throw new FullPathRequired('a rubric file needs the exact checks');
}

export function parseAnswers(): never {
  throw new FullPathRequired('an answers file needs the exact checks');
}

export function readSurveyExport(): never {
  throw new FullPathRequired('a survey export is read on the full path');
}

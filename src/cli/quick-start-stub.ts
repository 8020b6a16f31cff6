// Stands in for the exact checkers in the quick bundles (scripts/build.mjs swaps it in for
// check-rubric-file.ts and parse-answers.ts, and for the handlers of the commands a bundle does not
// run): a file the fast checks cannot vouch for needs the YAML parser with positions and zod, which
// the quick path does not load, so it hands over to the full CLI (quick-start.ts).
export class FullPathRequired extends Error {
  override name = 'FullPathRequired';
}

export function checkRubricFile(): never {
  throw new FullPathRequired('a rubric file needs the exact checks');
}

export function parseAnswers(): never {
  throw new FullPathRequired('an answers file needs the exact checks');
}

/**
 * How every format names a question: "Q1.1" (imperative 1, its first question). A bare "1.1" sat
 * beside the plan's "#1", the imperative headings' "1." and evidence counts, and read as one of them
 * ("1.1 seen (document)" on a slide; ninth VP reading, class 10). One formatter, so no format drifts.
 * Indexes count from 0.
 */
export function questionRef(imperativeIndex: number, questionIndex: number): string {
  return `Q${imperativeIndex + 1}.${questionIndex + 1}`;
}

/**
 * Orders refs as the rubric does: Q1.2 before Q1.10 and Q2.1. Not localeCompare with `numeric`:
 * its first call builds an ICU collator, 6 to 30 ms of CPU in a report that sorts a handful of refs.
 */
export function compareQuestionRefs(a: string, b: string): number {
  const [ai = 0, aq = 0] = a.slice(1).split('.').map(Number);
  const [bi = 0, bq = 0] = b.slice(1).split('.').map(Number);
  return ai - bi || aq - bq;
}

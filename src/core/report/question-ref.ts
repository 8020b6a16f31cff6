/**
 * How every format names a question: "Q1.1" (imperative 1, its first question). A bare "1.1" sat
 * beside the plan's "#1", the imperative headings' "1." and evidence counts, and read as one of them
 * ("1.1 seen (document)" on a slide; ninth VP reading, class 10). One formatter, so no format drifts.
 * Indexes count from 0.
 */
export function questionRef(imperativeIndex: number, questionIndex: number): string {
  return `Q${imperativeIndex + 1}.${questionIndex + 1}`;
}

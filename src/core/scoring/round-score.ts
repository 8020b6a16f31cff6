/**
 * Scores and gaps are shown with one decimal, and everything derived from a score (its band, its
 * gap, the overall score) is computed from the score as shown, so a reader can redo any number in
 * the report by hand and never sees 60.0 next to "Developing". toPrecision first removes binary
 * noise such as 62.449999999 for 62.45.
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

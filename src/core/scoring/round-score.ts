/**
 * Scores and gaps are shown with one decimal, and everything derived from a score (its band, its
 * gap, the overall score) is computed from the score as shown, so a reader can redo any number in
 * the report by hand and never sees 60.0 next to "Developing". toPrecision first removes binary
 * noise such as 62.449999999 for 62.45.
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/**
 * The overall score, to two decimals: it is the weighted mean of the imperatives' scores as shown,
 * and rounding that mean to one decimal again read 34.45 as 34.5, then 35 in whole points, where
 * the printed working gives 34 (twelfth VP reading, class 2). Its whole points are rounded from
 * this figure, which the annex prints, so a reader redoes page one's number from the working.
 */
export function roundOverall(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/** Σ(weight × value) / Σ weight over the items that have a value; null when none has one. */
export function weightedMean(items: Iterable<{ weight: number; value: number | null }>): number | null {
  let weighted = 0;
  let total = 0;
  for (const { weight, value } of items) {
    if (value === null) continue;
    weighted += weight * value;
    total += weight;
  }
  return total === 0 ? null : weighted / total;
}

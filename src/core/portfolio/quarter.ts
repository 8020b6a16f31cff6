/** "2026-11-26" or "2026-Q4" → "2026-Q4": what a pack keeps of a date, and how dates are counted. */
export function quarterOf(date: string): string {
  if (/^\d{4}-Q[1-4]$/.test(date)) return date;
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

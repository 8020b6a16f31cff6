// A Mermaid bar chart of the imperatives against their targets. xychart-beta is older and more
// widely rendered (GitHub included) than radar-beta; the report always keeps a plain table beside it.

export interface ChartRow {
  /** Axis label; made safe here for a Mermaid string. */
  label: string;
  score: number | null;
  target: number;
}

/** Text as a Mermaid string literal: no quotes, backticks, backslashes or line breaks inside. */
export const mermaidString = (text: string) => `"${text.replace(/["`\\\r\n]/g, ' ').replace(/\s+/g, ' ').trim()}"`;

/**
 * The body of a ```mermaid block: bars for scores, a line for targets. Imperatives without a
 * score are left out (a bar at 0 would read as "scored zero"; the table beside the chart says
 * "not scored"); with none scored there is no chart: null.
 */
export function mermaidChart(rows: readonly ChartRow[]): string | null {
  const scored = rows.filter((r): r is ChartRow & { score: number } => r.score !== null);
  if (scored.length === 0) return null;
  return [
    'xychart-beta',
    '    title "Score by imperative (bars) against target (line)"',
    `    x-axis [${scored.map((r) => mermaidString(r.label)).join(', ')}]`,
    '    y-axis "Score" 0 --> 100',
    `    bar [${scored.map((r) => r.score.toFixed(1)).join(', ')}]`,
    `    line [${scored.map((r) => String(r.target)).join(', ')}]`,
  ].join('\n');
}

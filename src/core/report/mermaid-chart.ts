// A Mermaid bar chart of the imperatives against their targets. xychart-beta is older and more
// widely rendered (GitHub included) than radar-beta; the report always keeps a plain table beside it.

export interface ChartRow {
  /** Axis label; made safe here for a Mermaid string. */
  label: string;
  score: number | null;
  target: number;
}

const mermaidString = (text: string) => `"${text.replace(/["`\\\r\n]/g, ' ').replace(/\s+/g, ' ').trim()}"`;

/** The body of a ```mermaid block: bars for scores (0 when not scored), a line for targets. */
export function mermaidChart(rows: readonly ChartRow[]): string {
  return [
    'xychart-beta',
    '    title "Score by imperative (bars) against target (line)"',
    `    x-axis [${rows.map((r) => mermaidString(r.label)).join(', ')}]`,
    '    y-axis "Score" 0 --> 100',
    `    bar [${rows.map((r) => (r.score === null ? '0' : r.score.toFixed(1))).join(', ')}]`,
    `    line [${rows.map((r) => String(r.target)).join(', ')}]`,
  ].join('\n');
}

// The scores chart's file name beside a Markdown report.
/** "acme.md" → "acme.chart.svg": the side file's name, next to the report. */
export function chartFileName(reportName: string): string {
  return `${reportName.replace(/\.(md|markdown)$/i, '')}.chart.svg`;
}

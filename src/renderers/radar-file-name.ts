// The radar image's file name beside a Markdown report.
/** "acme.md" → "acme.radar.svg": the side file's name, next to the report. */
export function radarFileName(reportName: string): string {
  return `${reportName.replace(/\.(md|markdown)$/i, '')}.radar.svg`;
}

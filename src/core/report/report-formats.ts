// The output formats of a report (report, audit, compare), in one list: the CLI's --format choices,
// the default file extensions and the session-file naming all read it. JSON is the results data;
// the others render the report's view model (src/renderers/).
export const REPORT_FORMATS = ['md', 'json', 'html', 'pdf', 'pptx'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

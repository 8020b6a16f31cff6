// Default names for the report and the session file: the organization and the date, so a folder
// of audits sorts and reads well. Pure.
import type { ReportFormat } from '../report/report-formats.js';

/** "Acme Corp." → "acme-corp"; accents folded, anything else becomes a hyphen. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'audit' : slug;
}

export function defaultReportName(organization: string, date: string, format: ReportFormat): string {
  return `${slugify(organization)}-${date}.${format}`;
}

/** The session file sits next to the report and is named after it: acme-corp-2026-11-26.session.yaml. */
export function sessionNameForReport(reportName: string): string {
  return `${reportName.replace(/\.(md|markdown|json|html|pdf|pptx)$/i, '')}.session.yaml`;
}

/**
 * The n-th variant of a file name, numbered before its extension: acme.md → acme-2.md,
 * acme.session.yaml → acme-2.session.yaml. The first is the name itself. A new interview never
 * starts over someone's session or report: it takes the next free number.
 */
export function numberedFileName(name: string, n: number): string {
  if (n <= 1) return name;
  const match = /^(.*?)((?:\.session)?\.(?:ya?ml|md|markdown|json|html|pdf|pptx))$/i.exec(name);
  return match ? `${match[1]}-${n}${match[2]}` : `${name}-${n}`;
}

/** A report name for a session named after its report (acme.session.yaml → acme.md), or null. */
export function reportNameForSession(sessionName: string, format: ReportFormat): string | null {
  const match = /^(.+)\.session\.ya?ml$/i.exec(sessionName);
  return match ? `${match[1]}.${format}` : null;
}

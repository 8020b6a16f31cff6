// Default names for the report and the session file: the organization and the date, so a folder
// of audits sorts and reads well. Pure.

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

export function defaultReportName(organization: string, date: string, format: 'md' | 'json'): string {
  return `${slugify(organization)}-${date}.${format}`;
}

/** The session file sits next to the report and is named after it: acme-corp-2026-11-26.session.yaml. */
export function sessionNameForReport(reportName: string): string {
  return `${reportName.replace(/\.(md|markdown|json)$/i, '')}.session.yaml`;
}

/** acme.session.yaml → acme-2.session.yaml: a fresh session must never replace someone's answers. */
export function numberedSessionName(sessionName: string, n: number): string {
  const match = /^(.*?)(\.session)?(\.ya?ml)$/i.exec(sessionName);
  if (!match) return `${sessionName}-${n}`;
  return `${match[1]}-${n}${match[2] ?? ''}${match[3]}`;
}

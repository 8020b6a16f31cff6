// Titles and cells as tools export them differ from what was typed in small ways: spaces doubled
// or trimmed, curly quotes for straight ones, a different case, a non-breaking space, the
// apostrophe that kept a formula-like cell inert in our questionnaire CSV. Compared
// through this, they are the same text. Pure.

export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // The apostrophe a CSV of ours puts before a formula-like text (neutralize-cell.ts): a title
    // or choice copied from that sheet into a survey tool comes back with it.
    .replace(/^'(?=[=+\-@])/, '')
    .toLowerCase();
}

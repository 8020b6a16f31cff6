// How report templates are compiled, in one place: at run time for a custom template
// (render-markdown.ts) and at build time for the shipped ones (scripts/build.mjs precompiles
// templates/*.hbs, so a report does not pay for compiling its template: about 100 ms).
// noEscape: we write Markdown, not HTML; user text is escaped by the {{md}} helper instead.
// strict: a typo in a template field fails loudly instead of printing nothing.
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true } as const;

// HTML templates (templates/*.html.hbs, src/renderers/html/): escaping ON, so every {{value}} is
// HTML-escaped by Handlebars itself (a note holding </svg><script> stays text); strict as above.
// Never the Markdown options for HTML.
export const HTML_TEMPLATE_OPTIONS = { strict: true } as const;

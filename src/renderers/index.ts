// The output formats of a report, in one registry (like src/formatters/ for validate). Each entry
// says what it needs and loads its module only when used: pptxgenjs and playwright-core are
// heavy, and `validate`, `--help` or a Markdown report must not pay for them.
import type { ReportFormat } from '../core/report/report-formats.js';
import type { Renderer } from './renderer.js';

export type RenderedFormat = Exclude<ReportFormat, 'json'>;

export interface RendererEntry {
  /** File name extension, with the dot. */
  extension: string;
  /** Output is bytes (a file is needed, not a terminal). */
  binary: boolean;
  /** Which templates the CLI loads for it. */
  templates: 'markdown' | 'html' | 'none';
  /** Renders comparisons too (compare --format). */
  compare: boolean;
  load(): Promise<Renderer>;
}

export const RENDERERS: Record<RenderedFormat, RendererEntry> = {
  md: { extension: '.md', binary: false, templates: 'markdown', compare: true, load: async () => (await import('./markdown.js')).markdownRenderer },
  html: { extension: '.html', binary: false, templates: 'html', compare: true, load: async () => (await import('./html.js')).htmlRenderer },
  pdf: { extension: '.pdf', binary: true, templates: 'html', compare: true, load: async () => (await import('./pdf.js')).pdfRenderer },
  pptx: { extension: '.pptx', binary: true, templates: 'none', compare: false, load: async () => (await import('./pptx.js')).pptxRenderer },
};

// What a renderer is: one output format of the report (or of a comparison), from the view model.
// A renderer reads its numbers and words from the view model and never computes one; it may
// place them (chart geometry) and escape them for its format. The CLI loads templates and finds a
// browser; renderers get them passed in.
import type { Brand } from '../core/brand/parse-brand.js';
import type { ReportTemplate, TemplatePosition } from '../core/report/template-helpers.js';
import type { ComparisonView } from '../core/compare/build-comparison-view.js';
import type { RenderResult } from '../core/report/render-markdown.js';
import type { ReportView } from '../core/report/report-view.js';
import type { HtmlTemplateSet } from './html/render-html.js';

export type RenderInput = { kind: 'report'; view: ReportView } | { kind: 'compare'; view: ComparisonView };

export interface PrintOptions {
  /** The Chromium or Chrome executable to print with. */
  executablePath: string;
  /** Milliseconds the browser gets to start and print before it is killed. */
  timeoutMs: number;
  /** The page size (--paper); default A4. */
  paper?: PaperSize;
}

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface RenderOptions {
  /** Markdown: the template (a custom one, or the shipped one precompiled). */
  markdownTemplate?: ReportTemplate;
  /** HTML and PDF: the page template and the shipped partials. */
  htmlTemplates?: HtmlTemplateSet;
  /** PDF: the browser that prints the HTML. */
  print?: PrintOptions;
  /** --brand: the firm's name, logo, colours, footer and "prepared by" (HTML, PDF, PPTX; Markdown names the firm). */
  brand?: Brand;
}

/**
 * ok: the output, text or bytes. Otherwise what went wrong: `template` (a custom template failed:
 * the input's fault, exit 1) or `environment` (no browser, a browser that crashed or hung: exit 2).
 */
export type Rendered = { ok: true; content: string | Uint8Array } | { ok: false; kind: 'template' | 'environment'; message: string; at?: TemplatePosition };

/** A template's result as a renderer's: its failure is a `template` failure, with its place in the template. */
export function renderedFromTemplate(result: RenderResult): Rendered {
  return result.ok ? { ok: true, content: result.text } : { ok: false, kind: 'template', message: result.message, at: result.at };
}

export interface Renderer {
  render(input: RenderInput, options: RenderOptions): Promise<Rendered>;
}

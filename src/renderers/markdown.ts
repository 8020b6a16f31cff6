// Markdown: the report and the comparison through their Handlebars templates (escaping off, {{md}}
// instead: src/core/report/render-markdown.ts). The template gets the view model and `brand` (--brand, or null).
import { renderMarkdown } from '../core/report/render-markdown.js';
import { renderedFromTemplate, type Renderer } from './renderer.js';

export const markdownRenderer: Renderer = {
  async render(input, options) {
    if (options.markdownTemplate === undefined) throw new Error('the Markdown renderer needs a template');
    return renderedFromTemplate(renderMarkdown<object>(options.markdownTemplate, { ...input.view, brand: options.brand ?? null }));
  },
};

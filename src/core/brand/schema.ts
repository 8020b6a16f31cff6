// The brand file (--brand brand.yaml): the consulting firm's name, logo, colours, footer line and
// "prepared by", applied to the HTML and PDF reports, the deck and the survey form. One zod schema is
// the only source of truth: the CLI checks files against it and `sales-audit schema brand` prints it
// as JSON Schema.
import * as z from 'zod';
import { nonEmptyText } from '../rubric/schema.js';

/** "#1F3A5F" or "#1f3a5f" (six hex digits), or the short "#13F". */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const color = (what: string) =>
  z
    .string()
    .regex(HEX_COLOR, { message: 'must be a colour written as "#RRGGBB" (six hex digits, such as "#1F3A5F"), in quotes' })
    .meta({ description: what, examples: ['#1F3A5F'] });

/** Short enough for one line in a page footer and on a slide. */
export const MAX_BRAND_LINE = 120;

// One line: a line break would print as a second footer line on a slide or a page (hostile-input pass, session 18).
const line = (what: string) =>
  nonEmptyText
    .max(MAX_BRAND_LINE, { message: `must be at most ${MAX_BRAND_LINE} characters (one line on a slide)` })
    .refine((text) => !/[\r\n\u2028\u2029]/.test(text), { message: 'must be one line: it holds a line break' })
    .meta({ description: what });

export const BrandFile = z
  .strictObject({
    firm: line('The firm preparing the report: in the header, the footer, the title slide and the survey form.'),
    logo: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'A PNG or SVG file, relative to this brand file, at most 512 KiB. It is embedded in each report as data, never fetched; an SVG is shown as an image, so no script in it runs.' }),
    colors: z
      .strictObject({
        primary: color('Headings, rules and the score bars.').optional(),
        accent: color('Highlights: the headline bar and the title slide band.').optional(),
      })
      .optional()
      .meta({ description: 'Hex colours. Quote them: an unquoted # starts a YAML comment.' }),
    footer: line('One line at the foot of every page and slide, such as a confidentiality notice.').optional(),
    preparedBy: line('Who prepared the report: "Jordan Reyes, Partner".').optional(),
  })
  .meta({ title: 'sales-audit brand', description: "The consulting firm's brand for the report, the deck and the survey form (--brand)." });

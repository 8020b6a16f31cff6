// A brand file (YAML bytes) to a Brand, or located diagnostics: the schema's findings (an invalid
// colour, an unknown key) and the logo's (unreadable, too large, not an image), the logo's located
// at the `logo:` key; with a Brand, a warning for a primary colour too light to be read as text. Pure: the logo's bytes come through `readLogo`, which the CLI backs with the
// file system (paths relative to the brand file).
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseYamlSource, type SourceFile } from '../source/parse-yaml-source.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import { checkLogo, MAX_LOGO_BYTES, type Logo } from './logo.js';
import { BrandFile } from './schema.js';

export interface Brand {
  firm: string;
  logo: Logo | null;
  /** Six hex digits, upper case, without the "#": what both CSS (with a "#") and the deck take. */
  colors: { primary: string; accent: string };
  footer: string | null;
  preparedBy: string | null;
  /**
   * Who prepared the report, as every format prints it: "Jordan Reyes, Partner, Northwind Advisory",
   * or the firm alone. One source, so the page, the Markdown and the deck cannot name the author
   * differently (twelfth VP reading, class 10: "Jordan Reyes, Partner" against "…, Northwind Advisory").
   */
  byline: string;
}

/** The house colours, used for whatever the brand file leaves out (and with no brand file). */
export const DEFAULT_COLORS = { primary: '1F3A5F', accent: '1F3A5F' } as const;

/** A logo file as read for the core: its bytes, or why it could not be read. */
export type LogoFile = { bytes: Uint8Array } | { readError: string } | { tooLarge: number };

export type ParsedBrand = { brand: Brand; diagnostics: Diagnostic[] } | { brand: null; diagnostics: Diagnostic[] };

/** "#1f3a5f" or "#13f" → "1F3A5F". */
export function normalizeColor(hex: string): string {
  const digits = hex.slice(1).toUpperCase();
  return digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
}

export function parseBrand(file: SourceFile, readLogo: (path: string, limit: number) => LogoFile): ParsedBrand {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { brand: null, diagnostics: parsed.diagnostics };
  const result = BrandFile.safeParse(parsed.value);
  if (!result.success) {
    const diagnostics = zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate, BrandFile).map((d) =>
      // An unquoted "#1F3A5F" is a YAML comment, which leaves the key empty: say so where it happens.
      /^colors\.\w+ must be text, found null$/.test(d.message) ? { ...d, message: `${d.message}: quote the colour ("#1F3A5F"), since an unquoted # starts a YAML comment` } : d,
    );
    return { brand: null, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  const data = result.data;
  let logo: Logo | null = null;
  if (data.logo !== undefined) {
    const at = parsed.locate.key(['logo']);
    const fail = (problem: string): ParsedBrand => ({ brand: null, diagnostics: [diagnostic(file.path, 'brand-logo', `logo ${data.logo} ${problem}`, at)] });
    const read = readLogo(data.logo, MAX_LOGO_BYTES);
    if ('readError' in read) return fail(`cannot be read: ${read.readError}`);
    if ('tooLarge' in read) return fail(`is ${Math.ceil(read.tooLarge / 1024)} KiB, over the ${MAX_LOGO_BYTES / 1024} KiB limit for a logo; save a smaller PNG or SVG`);
    const checked = checkLogo(read.bytes);
    if (!checked.ok) return fail(checked.problem);
    logo = checked.logo;
  }
  const diagnostics: Diagnostic[] = [];
  if (data.colors?.primary !== undefined) {
    const contrast = contrastWithWhite(normalizeColor(data.colors.primary));
    if (contrast < MIN_TEXT_CONTRAST) {
      diagnostics.push(diagnostic(file.path, 'brand-low-contrast', `colors.primary ${data.colors.primary} is the text colour of headings, deck titles and labels on white, at a contrast of ${(Math.floor(contrast * 10) / 10).toFixed(1)}:1, under the ${MIN_TEXT_CONTRAST}:1 text needs to be read: use a darker shade as primary and this colour as accent`, parsed.locate.value(['colors', 'primary'])));
    }
  }
  return {
    brand: {
      firm: data.firm,
      logo,
      colors: {
        primary: data.colors?.primary === undefined ? DEFAULT_COLORS.primary : normalizeColor(data.colors.primary),
        accent: data.colors?.accent === undefined ? (data.colors?.primary === undefined ? DEFAULT_COLORS.accent : normalizeColor(data.colors.primary)) : normalizeColor(data.colors.accent),
      },
      footer: data.footer ?? null,
      preparedBy: data.preparedBy ?? null,
      byline: data.preparedBy === undefined ? data.firm : `${data.preparedBy}, ${data.firm}`,
    },
    diagnostics,
  };
}

/** WCAG 2's contrast for normal-size text (AA): the deck's labels and the page's kicker are that small. */
const MIN_TEXT_CONTRAST = 4.5;

/** WCAG 2's contrast ratio of a colour ("1F3A5F") against white, from its relative luminance. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

// The brand file: one zod schema, read through the project's YAML path, with located findings for
// an invalid colour, an unknown key, and a logo that is unreadable, too large or not an image (the
// logo's located at the `logo:` key). The logo reader is injected: no file system here.
import { describe, expect, it } from 'vitest';
import { checkLogo, MAX_LOGO_BYTES } from '../../src/core/brand/logo.js';
import { parseBrand, type LogoFile } from '../../src/core/brand/parse-brand.js';

const PNG_1x1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0eNT6AAAAEUlEQVR4nGNgYGD4z8DAwMAAAw0BAWBVaU0AAAAASUVORK5CYII=', 'base64'));
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100"/></svg>');

function parse(text: string, logos: Record<string, LogoFile> = {}) {
  return parseBrand({ path: 'brand.yaml', content: text, size: text.length }, (path) => logos[path] ?? { readError: 'it does not exist' });
}

describe('parseBrand', () => {
  it('reads a full brand file: colours normalised, the logo embedded as data', () => {
    const parsed = parse('firm: Northwind Advisory\nlogo: logo.png\ncolors:\n  primary: "#1e4d5c"\n  accent: "#D82"\nfooter: Confidential\npreparedBy: Jordan Reyes, Partner\n', { 'logo.png': { bytes: PNG_1x1 } });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.brand).toMatchObject({ firm: 'Northwind Advisory', colors: { primary: '1E4D5C', accent: 'DD8822' }, footer: 'Confidential', preparedBy: 'Jordan Reyes, Partner', byline: 'Jordan Reyes, Partner, Northwind Advisory' });
    expect(parsed.brand!.logo).toMatchObject({ mediaType: 'image/png', aspect: 2 });
    expect(parsed.brand!.logo!.dataUri).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('only the firm is required; the accent follows the primary colour when not given', () => {
    const parsed = parse('firm: Solo\ncolors:\n  primary: "#123456"\n');
    expect(parsed.brand).toMatchObject({ firm: 'Solo', logo: null, colors: { primary: '123456', accent: '123456' }, footer: null, preparedBy: null, byline: 'Solo' });
  });

  it('an invalid colour is located at its value', () => {
    const { brand, diagnostics } = parse('firm: X\ncolors:\n  primary: "#12345G"\n');
    expect(brand).toBeNull();
    expect(diagnostics).toMatchObject([{ rule: 'schema-value', line: 3, column: 12 }]);
    expect(diagnostics[0]!.message).toMatch(/colors\.primary must be a colour written as "#RRGGBB"/);
  });

  it('an unquoted colour (a YAML comment) says to quote it', () => {
    const { diagnostics } = parse('firm: X\ncolors:\n  accent: #D9822B\n');
    expect(diagnostics).toMatchObject([{ rule: 'schema-type', line: 3 }]);
    expect(diagnostics[0]!.message).toMatch(/quote the colour/);
  });

  it('an unknown key is located at the key, with the key meant', () => {
    const { diagnostics } = parse('firm: X\nfoter: Confidential\n');
    expect(diagnostics).toMatchObject([{ rule: 'schema-unknown-key', line: 2, column: 1 }]);
    expect(diagnostics[0]!.message).toMatch(/did you mean "footer"/);
  });

  it('a missing firm, and YAML that is not YAML, are located too', () => {
    expect(parse('footer: x\n').diagnostics).toMatchObject([{ rule: 'schema-required' }]);
    expect(parse('firm: [unclosed\n').diagnostics[0]!.rule).toBe('yaml-syntax');
  });

  it.each([
    ['unreadable', { readError: 'it does not exist' }, /logo missing\.png cannot be read: it does not exist/],
    ['too large', { tooLarge: MAX_LOGO_BYTES + 1 }, /over the 512 KiB limit/],
    ['not an image', { bytes: new TextEncoder().encode('hello, not a picture') }, /is not a PNG or SVG image/],
    ['a JPEG', { bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00]) }, /is not a PNG or SVG image \(a JPEG or GIF\? save it as PNG\)/],
  ] as const)('a logo that is %s is a brand-logo error at the logo: key', (_, file, message) => {
    const { brand, diagnostics } = parse('firm: X\ncolors:\n  primary: "#123456"\nlogo: missing.png\n', { 'missing.png': file as LogoFile });
    expect(brand).toBeNull();
    expect(diagnostics).toMatchObject([{ rule: 'brand-logo', severity: 'error', line: 4, column: 1 }]);
    expect(diagnostics[0]!.message).toMatch(message);
  });
});

describe('checkLogo', () => {
  it('an SVG (after a prolog and comments) is accepted, its aspect from the viewBox', () => {
    const checked = checkLogo(SVG);
    expect(checked).toMatchObject({ ok: true, logo: { mediaType: 'image/svg+xml', aspect: 3 } });
  });

  it('an HTML page or an empty file is not a logo; a file over the limit is refused before it is looked at', () => {
    expect(checkLogo(new TextEncoder().encode('<html><svg></svg></html>')).ok).toBe(false);
    expect(checkLogo(new Uint8Array(0)).ok).toBe(false);
    expect(checkLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).toMatchObject({ ok: false, problem: expect.stringMatching(/over the 512 KiB limit/) });
  });
});

// --brand brand.yaml end to end: the firm's name, colours and logo in the HTML, on every PDF page
// (pdftotext), in the deck's masters and media, and in the survey form's title; an invalid brand
// file gives located findings, exit 1, no stack trace and no output; a missing one is a usage
// error (exit 2). `sales-audit schema brand` prints the schema the file is checked against.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasCommand, SKIP_BROWSER } from '../helpers/formats.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 180_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-brand-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BRAND = 'examples/brand.yaml';
const FIRM = 'Northwind Advisory';
const PRIMARY = '1E4D5C';
const ACCENT = 'D9822B';

/** A brand file in the work folder, with the example logo beside it. */
function brandFile(name: string, text: string): string {
  copyFileSync('examples/northwind-logo.png', join(work, 'northwind-logo.png'));
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('--brand', () => {
  it('HTML: the logo as embedded data, the colours as CSS variables, the footer and "prepared by"', async () => {
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--brand', BRAND, '--out', '-']);
    expect(result.exitCode, result.stderr).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo[^"]+" alt="Northwind Advisory">/);
    expect(html).toContain(`--accent: #${PRIMARY}; --brand-accent: #${ACCENT};`);
    // The author line as the Markdown and the deck print it (brand.byline, one source): before, the
    // page read "Jordan Reyes, Partner" where the others added the firm.
    expect(html).toContain('<dt>Prepared by</dt><dd dir="auto">Jordan Reyes, Partner, Northwind Advisory</dd>');
    const md = await runCli(['report', 'examples/acme/', '--format', 'md', '--brand', BRAND, '--out', '-']);
    expect(md.stdout).toContain('- **Prepared by:** Jordan Reyes, Partner, Northwind Advisory\n');
    expect(html).toMatch(/<footer class="brand-footer" dir="auto">Northwind Advisory · Confidential/);
    // Nothing is fetched: no URL anywhere in an attribute.
    expect(html).not.toMatch(/(src|href)="https?:/);
    // Without --brand, none of it.
    const without = await runCli(['report', 'examples/acme/', '--format', 'html', '--out', '-']);
    expect(without.exitCode, without.stderr).toBe(0);
    const plain = without.stdout;
    expect(plain).toContain('Acme Corp');
    expect(plain).not.toContain(FIRM);
    expect(plain).not.toContain('brand-footer');
  });

  it('an SVG logo is shown through <img> as a data URI, so a script in it never runs', async () => {
    writeFileSync(join(work, 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
    const path = join(work, 'svg-brand.yaml');
    writeFileSync(path, 'firm: Svg & Co\nlogo: evil.svg\n');
    const html = (await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'html', '--brand', path, '--out', '-'])).stdout;
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="Svg &amp; Co">/);
    expect(html).not.toContain('<script>');
    // The deck embeds it as it is and says once which viewers show it; a PNG logo says nothing.
    const deck = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pptx', '--brand', path, '--out', join(work, 'svg.pptx')]);
    expect(deck.exitCode, deck.stderr).toBe(0);
    expect(deck.stderr).toContain('PowerPoint 2016 and later show it');
    const png = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pptx', '--brand', BRAND, '--out', join(work, 'png.pptx')]);
    expect(png.stderr).not.toContain('PowerPoint 2016');
  });

  it.skipIf(SKIP_BROWSER || (!hasCommand('pdftotext') && process.env.CI === undefined))('PDF: the firm at the head and the footer line at the foot of every page', async () => {
    const out = join(work, 'acme.pdf');
    const result = await runCli(['report', 'examples/acme/', '--format', 'pdf', '--brand', BRAND, '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toContain(FIRM);
      expect(page, `page ${i + 1}`).toContain('Confidential: prepared for Acme Corp');
    }
    expect(pages[0]).toContain('Jordan Reyes, Partner, Northwind Advisory');
  });

  it('PPTX: the logo as a picture part, the colours and footer in the masters, "prepared by" on the title slide', async () => {
    const out = join(work, 'acme.pptx');
    const result = await runCli(['report', 'examples/acme/', '--format', 'pptx', '--brand', BRAND, '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = async (name: string) => zip.file(name)!.async('string');
    const logo = readFileSync('examples/northwind-logo.png');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir);
    const pictures = await Promise.all(media.map((n) => zip.file(n)!.async('nodebuffer')));
    expect(pictures.some((p) => p.equals(logo)), 'the logo, byte for byte').toBe(true);
    const layouts = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map(text));
    for (const layout of layouts.filter((l) => /<p:ph\s[^>]*type="title"/.test(l))) {
      expect(layout).toContain(`<a:srgbClr val="${PRIMARY}"/>`);
      expect(layout).toContain('Northwind Advisory · Confidential');
    }
    expect(layouts.join('')).toContain(`<a:srgbClr val="${ACCENT}"/>`);
    expect(await text('ppt/slides/slide1.xml')).toContain('Prepared by Jordan Reyes, Partner, Northwind Advisory');
    expect(await text('docProps/app.xml')).toContain(`<Company>${FIRM}</Company>`);
  });

  it('survey: "<firm> for <organization>" in the form title, the firm in the description', async () => {
    const result = await runCli(['survey', '--format', 'surveyjs', '--organization', 'Acme Corp', '--brand', BRAND, '--out', '-']);
    expect(result.exitCode, result.stderr).toBe(0);
    const form = JSON.parse(result.stdout);
    expect(form.title).toMatch(/^Northwind Advisory for Acme Corp: /);
    expect(form.description).toContain('Northwind Advisory runs this survey for Acme Corp');
  });

  it('compare: the brand on the HTML comparison', async () => {
    const result = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--format', 'html', '--brand', BRAND, '--out', '-']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('alt="Northwind Advisory"');
  });

  it('schema brand prints the JSON Schema of the file', async () => {
    const result = await runCli(['schema', 'brand']);
    expect(result.exitCode).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.title).toBe('sales-audit brand');
    expect(schema.required).toEqual(['firm']);
    expect(schema.additionalProperties).toBe(false);
  });

  it.each([
    ['an invalid colour', 'firm: X\ncolors:\n  primary: "#12345G"\n', /bad\.yaml:3:12 .*colors\.primary must be a colour/],
    ['an unknown key', 'firm: X\nfoter: Confidential\n', /bad\.yaml:2:1 .*unknown key "foter"/],
    ['an unreadable logo', 'firm: X\nlogo: nowhere.png\n', /bad\.yaml:2:1 .*logo nowhere\.png cannot be read: it does not exist/],
    ['a logo that is not an image', 'firm: X\nlogo: bad.yaml\n', /bad\.yaml:2:1 .*logo bad\.yaml is not a PNG or SVG image/],
  ])('%s: located, exit 1, no stack trace, nothing written', async (_, text, message) => {
    const path = brandFile('bad.yaml', text);
    for (const args of [
      ['report', 'examples/acme/', '--format', 'pptx', '--out', join(work, 'never.pptx')],
      ['report', 'examples/acme/', '--format', 'json', '--out', join(work, 'never.json')],
      ['survey', '--format', 'surveyjs', '--out', join(work, 'never.json')],
      ['audit', '--answers', 'examples/acme-leadership.yaml', '--out', join(work, 'never.md')],
    ]) {
      const result = await runCli([...args, '--brand', path]);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stderr.replace(/\s+/g, ' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stderr).toMatch(/fix the brand file above/);
    }
    expect(existsSync(join(work, 'never.pptx')) || existsSync(join(work, 'never.json')) || existsSync(join(work, 'never.md'))).toBe(false);
  });

  it('an oversized logo is refused at the logo: key', async () => {
    writeFileSync(join(work, 'huge.png'), Buffer.alloc(600 * 1024));
    const path = brandFile('huge.yaml', 'firm: X\n\nlogo: huge.png\n');
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--brand', path, '--out', '-']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/huge\.yaml:3:1 .*over the 512 KiB limit/);
  });

  it('a primary colour too light for text: a located warning, and the report is written in that colour (exit 0)', async () => {
    const path = brandFile('gold.yaml', 'firm: Gold & Co\ncolors:\n  primary: "#FFD700"\n');
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--brand', path, '--out', '-']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/gold\.yaml:3:12 warning colors\.primary #FFD700 .*contrast of 1\.4:1, .*brand-low-contrast/);
    expect(result.stdout).toContain('--accent: #FFD700');
  });

  it('a brand file that does not exist is a usage error (exit 2)', async () => {
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--brand', 'nope.yaml', '--out', '-']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--brand nope\.yaml: the file does not exist/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

// The built CLI's HTML report and comparison: valid HTML (html-validate) on the examples and on
// hostile answers; user text stays text; no request of any kind when a browser opens it (network
// blocked, requests counted); the SVG charts are drawn (a screenshot of each is not blank); a
// custom HTML template; names only when asked for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { HOSTILE_NOTES, HOSTILE_ORG, RESPONDENT_NAMES, SKIP_BROWSER, launchBrowser, nameFlags, validateHtml, writeHostileTeam } from '../helpers/formats.js';
import { runCli } from '../helpers/run-cli.js';

interface HTMLImageLike {
  src: string;
  width: number;
  height: number;
  decode(): Promise<void>;
}
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { drawImage(image: HTMLImageLike, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hostile = join(work, 'hostile');
writeHostileTeam(hostile);

async function html(args: string[]): Promise<string> {
  const out = join(work, `${Math.random().toString(36).slice(2)}.html`);
  const result = await runCli([...args, '--format', 'html', '--out', out]);
  expect(result.exitCode, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/error/i);
  return readFileSync(out, 'utf8');
}

const flags = await nameFlags(hostile);
const CASES: [string, string[]][] = [
  ['one respondent', ['report', 'examples/acme-leadership.yaml']],
  ['a team', ['report', 'examples/acme/']],
  // The working copy (every note printed), so that every hostile note reaches the page.
  ['hostile answers', ['report', hostile, ...flags.shown, '--min-group', '1', '--show-identifying-notes']],
  ['hostile answers, no names', ['report', hostile, ...flags.hidden]],
  ['audit --answers', ['audit', '--answers', 'examples/acme-leadership.yaml']],
  ['compare', ['compare', 'examples/acme-2026-05/', 'examples/acme/']],
];

describe('--format html', () => {
  const pages = new Map<string, string>();
  beforeAll(async () => {
    for (const [name, args] of CASES) pages.set(name, await html(args));
  }, 60_000);

  for (const [name] of CASES) {
    it(`${name}: one valid, self-contained HTML file`, async () => {
      const page = pages.get(name)!;
      expect(await validateHtml(page)).toEqual([]);
      // Nothing that could load anything: no external URL in src/href, no script, no link, no import.
      expect(page).not.toMatch(/<script|<link|<iframe|<img|<object|@import|url\((?!#)/i);
      expect(page).not.toMatch(/\s(src|href)="(?!#)/i);
      expect(page).toMatch(/<svg (xmlns="http:\/\/www.w3.org\/2000\/svg" )?class="chart"/);
    });
  }

  it('escapes every piece of hostile text: it stays text, in the page and in the charts', () => {
    const page = pages.get('hostile answers')!;
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('</svg><script>');
    expect(page).toContain('&lt;/svg&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('a | b || c | --- |');
    expect(page).toContain('🚀 growth');
    expect(page).toContain('שלום עולם');
    // The right-to-left override and its pop are dropped, as the Markdown and the deck drop them
    // (unprinted.ts): the note's words print, in stored order.
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(page).toContain('مرحبا بالعالم reversed');
    // The 600-character note whole, and the 200-character organization in the title and the header.
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
    expect(page).toContain(escaped(HOSTILE_NOTES[5]!));
    expect(page).toContain(`<title>${escaped(HOSTILE_ORG)}: sales readiness audit</title>`);
    // The running header of the print stylesheet holds the organization as CSS escapes only.
    const header = /@top-left \{ content: "([^"]*)"/.exec(page)![1]!;
    expect(header).toMatch(/^[A-Za-z0-9 \\]*$/);
  });

  it('names the respondents only when the report does (the same flags as the JSON results)', () => {
    for (const name of RESPONDENT_NAMES) {
      expect(pages.get('hostile answers')).toContain(name);
      expect(pages.get('hostile answers, no names')).not.toContain(name);
    }
  });

  it('the report says what the Markdown says: the same scores', async () => {
    const markdown = (await runCli(['report', 'examples/acme/'])).stdout;
    const page = pages.get('a team')!;
    for (const score of markdown.match(/\| \d+\.\d \|/g)!.map((s) => s.slice(2, -2))) expect(page).toContain(score);
  });

  it('--template takes a custom HTML template with the same view model, escaped', async () => {
    const template = join(work, 'custom.html.hbs');
    writeFileSync(
      template,
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{organization}}</title></head><body><h1>{{organization}}</h1><p>{{overall.scoreText}}</p>{{> radar-chart}}</body></html>\n',
    );
    const page = await html(['report', hostile, '--template', template]);
    expect(await validateHtml(page)).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toMatch(/<svg [^>]*class="chart"/);
    const broken = join(work, 'broken.html.hbs');
    writeFileSync(broken, '<p>{{no.such.field}}</p>\n');
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--template', broken, '--out', join(work, 'broken.html')]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`sales-audit: ${broken}:1:6: {{no.such}}: no is not a field of the view model here (see docs/report.md) (the report template failed)\n`);
  });

  it('drops control characters typed in a note (an ANSI colour, a bell): HTML forbids them, and Handlebars only escapes markup', async () => {
    const sheet = readFileSync('examples/acme-leadership.yaml', 'utf8').replace(/^(\s+note: )[^>].*$/m, '$1"\\e[31mred\\e[0m and a bell\\a here"');
    expect(sheet).toContain('\\e[31m');
    const file = join(work, 'control.yaml');
    writeFileSync(file, sheet);
    const page = await html(['report', file]);
    expect(page).toContain('[31mred[0m and a bell here');
    expect(page).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/);
    expect(await validateHtml(page)).toEqual([]);
  });

  it('never overwrites a file without --force', async () => {
    const out = join(work, 'existing.html');
    writeFileSync(out, 'keep me');
    const result = await runCli(['report', 'examples/acme/', '--format', 'html', '--out', out]);
    expect(result.exitCode).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli(['report', 'examples/acme/', '--format', 'html', '--out', out, '--force'])).exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  describe.skipIf(SKIP_BROWSER)('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => browser?.close());

    for (const name of ['a team', 'hostile answers', 'compare']) {
      it(`${name}: makes no request of any kind with the network blocked, runs no script, and draws every chart`, async () => {
        const file = join(work, `${name.replace(/\W+/g, '-')}.html`);
        writeFileSync(file, pages.get(name)!);
        const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
        const requests: string[] = [];
        await context.route('**/*', (route) => {
          requests.push(route.request().url());
          return route.request().url() === `file://${file}` ? route.continue() : route.abort();
        });
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        expect(requests).toEqual([`file://${file}`]);
        expect(dialogs).toEqual([]);
        // Each chart: visible, a real size, and its screenshot not blank (dark pixels where it is).
        const charts = page.locator('svg.chart');
        const count = await charts.count();
        // One chart a report (issue 20: the scores once on page one, one chart with the gap); compare draws its own.
        expect(count).toBeGreaterThanOrEqual(1);
        const probe = await browser.newPage();
        for (let i = 0; i < count; i++) {
          const chart = charts.nth(i);
          const box = (await chart.boundingBox())!;
          expect(box.width).toBeGreaterThan(200);
          expect(box.height).toBeGreaterThan(80);
          const png = await chart.screenshot();
          const inked = await probe.evaluate(async (b64) => {
            // Runs in the browser: DOM types are not in this project's TypeScript setup.
            const { Image, document } = globalThis as unknown as { Image: new () => HTMLImageLike; document: { createElement(tag: 'canvas'): CanvasLike } };
            const image = new Image();
            image.src = `data:image/png;base64,${b64}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const g = canvas.getContext('2d')!;
            g.drawImage(image, 0, 0);
            const { data } = g.getImageData(0, 0, image.width, image.height);
            let dark = 0;
            for (let p = 0; p < data.length; p += 4) if (data[p]! + data[p + 1]! + data[p + 2]! < 300) dark++;
            return dark / (image.width * image.height);
          }, png.toString('base64'));
          expect(inked, `chart ${i + 1} is blank`).toBeGreaterThan(0.01);
        }
        await probe.close();
        // Readable on a phone: nothing wider than the screen but the tables, which scroll.
        await page.setViewportSize({ width: 390, height: 844 });
        const overflow = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
        expect(overflow).toBeLessThanOrEqual(390);
        await context.close();
      });
    }
  });
});

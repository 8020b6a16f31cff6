// The built CLI's PDF: printed by the local Chromium (Debian's chromium in CI) through
// playwright-core. Pages and text checked with poppler's pdfinfo/pdftotext, on A4 and on Letter:
// page one holds the headline, the scores, the decisions and the priorities and nothing after them;
// no page is near-empty; every page carries the organization and "Page k of n". Faults: no
// browser, a browser that crashes, one that hangs (killed after the time limit): exit 2, no file.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BROWSER_PATH, RESPONDENT_NAMES, SKIP_BROWSER, hasCommand, launchBrowser, nameFlags, writeHostileTeam } from '../helpers/formats.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

// Printing takes seconds, more on a busy machine (no timing is asserted: speed is in npm run bench).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const POPPLER = hasCommand('pdftotext') && hasCommand('pdfinfo');

function pagesOf(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
}

/** How far down page `n` its last line of body text sits, as a share of the page's height (the running footer left out). */
function lowestText(pdf: string, n: number): number {
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)![1]);
  const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ top: Number(m[1]), bottom: Number(m[2]) }));
  // The footer is the lowest line: leave out the words on it.
  const footer = Math.max(...words.map((w) => w.top));
  return Math.max(...words.filter((w) => w.top < footer - 2).map((w) => w.bottom)) / height;
}

/**
 * Page one is printed at its set size, not shrunk: Chromium scales every page of a document down
 * when one element is wider than the page, and the acme readout was printed at 89 % for sessions
 * because the role table's gap cell would not wrap (page one "fitted" at about 8.5 pt). The median
 * height of page one's word boxes is about 1.16 × the type size in points (11.05 at 9.5 pt; 9.88
 * when shrunk); a shrink of a tenth or more falls under 1.12 ×.
 */
function expectPrintedAtSize(pdf: string): void {
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)]!;
  expect(median, 'page one printed smaller than its 9.5 pt: something is wider than the page').toBeGreaterThanOrEqual(PAGE_ONE_PT * 1.12);
}

/** Page one's type size in print (templates/partials/styles.html.hbs, #executive-summary). */
const PAGE_ONE_PT = 9.5;

/** A page's text without the running header and footer. */
function bodyOf(page: string, organization: string): string {
  return page
    .split('\n')
    .map((l) => l.trim())
    // The footer ends "Page k of n", alone or after a brand's footer text.
    .filter((l) => l !== '' && !l.startsWith(organization) && !/(?:^|\s)Page \d+ of \d+$/.test(l))
    .join('\n');
}

/** Fewer characters than this on a page (header and footer left out) is a near-empty page: three lines or so. */
const NEAR_EMPTY = 300;

/**
 * The print rules, page by page: header and footer on every page; page one is the executive
 * summary whole (headline, scores, decisions, priorities), and the next section starts page two;
 * no page is near-empty.
 */
function expectPrintRules(pages: string[], organization: string, imperatives: string[], headline: RegExp): void {
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(organization);
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(bodyOf(text, organization).length, `page ${i + 1} is near-empty:\n${text}`).toBeGreaterThanOrEqual(NEAR_EMPTY);
  });
  const one = bodyOf(pages[0]!, organization).replace(/\s+/g, ' ');
  expect(one).toMatch(headline);
  for (const title of imperatives) expect(one, 'the scores on page one').toContain(title);
  expect(one).toContain('Decisions for leadership');
  expect(one).toMatch(/\w+ priorities, by when they are due|One priority/);
  // Every priority (a "#N" then its text) has its why on page one, and the page ends with a sentence: nothing spilled over.
  // Re-pinned (h-read18, VP reading 16 item 26): page one numbers its priorities 1 to 5, the plan's number in brackets after the title ("2. Move … (#2) VP Sales").
  const listed = (one.match(/\(#\d+\) [A-Z]/g) ?? []).length;
  expect(listed).toBeGreaterThan(0);
  // The decisions ("D1. Decide …"), not a priority that points to one ("#1 carries out D1", "#4 once leadership decides D3").
  // The list's heading names the decisions its extra rows carry out ("(plus #4 and #6, which carry out D3 and D2)"): not decisions either.
  // Re-pinned (h-cal19): nor the line under the decisions that adds up their costs ("Together, D1, D3 and D5 cost …").
  const body = one.replace(/\(plus [^)]*\)/, '').replace(/Together, [^.]*? cost [^.]*\./, '');
  const decisions = (body.match(/\bD\d /g) ?? []).length - (body.match(/(?:carries out|once leadership decides) D\d /g) ?? []).length;
  // A priority that carries out a decision has a why only when something waits for it (the decision's why is above it).
  // It reads "#1 Title Owner, within 30 days, once leadership decides D1." (tenth VP reading, class 5: not "D1 VP Sales").
  // Re-pinned (h-read18): nor one whose why would repeat a decision's why word for word (no readout: #1, the shadow credit, rests on D1's question).
  // Re-pinned (fx-pg19): a pointer that ends the page counts too; page one no longer ends on the backlog line where D5's why says it.
  const pointersWithoutWhy = (one.match(/(?<!actions )within \d+ days(?:, (?:carries out|once leadership decides) D\d)?(?:, after #\d+ [^.]*)?\.(?: (?!Why: )|$)/g) ?? []).length;
  expect((one.match(/Why: /g) ?? []).length).toBe(listed + decisions - pointersWithoutWhy);
  expect(one).toMatch(/\.$/);
  const two = bodyOf(pages[1]!, organization);
  expect(two).not.toMatch(/priorities, by when they are due|Decisions for leadership|^Why:/m);
  // Written for a VP (issue 20, classes B and F): no decimals, question numbers, level numbers,
  // means or dependency lists, and no "verify first" on page one ("to confirm" marks a priority that needs it).
  // A rating on the reps' survey's 1-5 scale ("3 to 3.5 of 5", right-managers' labels since the
  // twelfth review) is an anchor of that scale, not a score's decimal; the deck allows it the same way.
  expect(one.replace(/\b\d(?:\.\d+)? to \d(?:\.\d+)? of 5\b|\b\d\.\d+ of 5\b/g, 'N of 5')).not.toMatch(/\d\.\d/);
  expect(one).not.toMatch(/\(level \d|level \d of \d|\bmean\b|verify first|wait for it;|#\d+ and #\d+ wait/i);
}

const TITLES = ['A prospecting plan that opens opportunities', 'Differentiation with a difference', 'Effective sales interactions', 'Excellent sales managers'];

describe.skipIf(SKIP_BROWSER || (!POPPLER && process.env.CI === undefined))('--format pdf', () => {
  it.each(['a4', 'letter'])('the acme readout on %s: page one on one page, no near-empty page, nothing else left behind', async (paper) => {
    const out = join(work, `acme-${paper}.pdf`);
    // Printed as the client gets it, with the firm's brand (VP reading 15, class 11: page one spilled
    // two lines onto A4's p.2 and priority #7 onto Letter's, while this test printed the unbranded
    // edition, whose cover has no logo and which still fitted on A4).
    const result = await runCli(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml', '--format', 'pdf', '--paper', paper, '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pagesOf(out);
    expectPrintRules(pages, 'Acme Corp', TITLES, /Acme's sales force scores \d+ of 100 \(At risk\)/);
    expectPrintedAtSize(out);
    // No page ends on a table's header with no row under it (eighth VP reading, class 9: the plan's
    // header sat alone at the foot of p.6 on A4). The headers are the HTML's, cell by cell.
    const htmlOut = join(work, `acme-${paper}.html`);
    expect((await runCli(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--format', 'html', '--out', htmlOut])).exitCode).toBe(0);
    const html = readFileSync(htmlOut, 'utf8');
    const headers = [...html.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((m) => [...m[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()).join(' ').replace(/\s+/g, ' '));
    const headings = [...html.matchAll(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    rmSync(htmlOut);
    // No heading ends a page, and a section's heading prints on the page of its table's first rows
    // (ninth VP reading, class 11: "Action plan" and its owner line at the foot of p.6, the table on p.7).
    expect(headings).toContain('Action plan');
    pages.forEach((text, i) => {
      const lines = bodyOf(text, 'Acme Corp').split('\n');
      const last = lines.at(-1)!.replace(/\s+/g, ' ').trim();
      expect(headings.includes(last), `page ${i + 1} ends with the heading "${last}"`).toBe(false);
    });
    const pageWith = (needle: string) => pages.findIndex((text) => bodyOf(text, 'Acme Corp').split('\n').some((l) => l.replace(/\s+/g, ' ').trim() === needle));
    expect(pageWith('Action plan')).toBeGreaterThan(0);
    expect(pages[pageWith('Action plan')]!.replace(/\s+/g, ' ')).toContain('# Action When Owner After');
    expect(headers).toContain('# Action When Owner After');
    pages.forEach((text, i) => {
      const body = bodyOf(text, 'Acme Corp').replace(/\s+/g, ' ').trim();
      for (const header of headers) expect(body.endsWith(header), `page ${i + 1} ends with the header "${header}"`).toBe(false);
    });
    // A table of three rows or fewer prints whole (VP reading 15, class 11: Letter split the role
    // table's two rows across pp.3-4, one under each repeated header): its rows' first words on one page.
    const small = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)]
      .map((m) => [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(m[1]!)?.[1] ?? '').matchAll(/<tr[^>]*>\s*<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((r) => r[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join(' ')))
      .filter((rows) => rows.length >= 2 && rows.length <= 3);
    expect(small.length, 'the role table at least').toBeGreaterThan(0);
    for (const rows of small) {
      const on = rows.map((first) => pages.findIndex((text, i) => i > 0 && bodyOf(text, 'Acme Corp').split('\n').some((l) => l.replace(/\s+/g, ' ').trim().startsWith(first))));
      expect(new Set(on).size, `the rows ${rows.join(' / ')} split across pages ${on.map((i) => i + 1).join(', ')}`).toBe(1);
    }
    // The plan's first page holds two rows at least, its last page never one alone (VP reading 15, class 11: row #1 alone at the foot of A4 p.7).
    const planRows = (text: string) => bodyOf(text, 'Acme Corp').split('\n').filter((l) => /^\d+(?: ★)? +\S.* \d+ days /.test(l.trim())).length;
    const planPages = pages.flatMap((text, i) => (text.replace(/\s+/g, ' ').includes('# Action When Owner After') ? [i] : []));
    expect(planPages.length).toBeGreaterThan(0);
    expect(planRows(pages[planPages[0]!]!), 'the plan\'s first page').toBeGreaterThanOrEqual(2);
    expect(planRows(pages[planPages.at(-1)!]!), 'the plan\'s last page').toBeGreaterThanOrEqual(2);
    // Each decision carries the option recommended and the plan item that carries it out (class A).
    const one = bodyOf(pages[0]!, 'Acme Corp').replace(/\s+/g, ' ');
    // Four on the merged readout (D2, head office's demands, since the lead's last commit): every decision the readout asks, read from it.
    const asked = (load(readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8')) as { decisions: unknown[] }).decisions.length;
    expect(asked).toBe(4);
    // Every decision page one asks has its recommendation there: the readout's four and the one the
    // plan adds by rule (D5, the owner's capacity, which carries out no plan row), as the HTML lists them.
    // Re-pinned (pg1-17): the count was the readout's alone, so D5's arrival failed it on A4 before the overflow could show.
    const listed = [...html.matchAll(/<li id="decision-\d+"/g)].length;
    expect(listed).toBe(asked + 1);
    expect(one.match(/We recommend:/g)).toHaveLength(listed);
    // Re-pinned (h-plan19, VP 17 item 19): D4 points to two rows (Finance's test and the script).
    expect(one.match(/→ Plan #\d+(?: and #\d+)?, within \d+ days/g)).toHaveLength(asked);
    // Re-pinned (fx4-17): since 793b580c D5's plan text is 'Backlog' (its recommendation names the actions it releases), not 'Backlog, from #N'.
    // Re-pinned (h-plan19, VP 17 item 4): D5 dates the hire's steps, so it has no "→ Backlog" pointer.
    expect(one.match(/→ Backlog\./g)).toBeNull();
    // A question table may go over to the next page (tenth VP reading, class 11: kept whole, each
    // section left the page before it half blank), but its heading prints with its header and first
    // rows, the header repeats on the next page (fourth reading, class 8: the rows lost their header),
    // and neither part holds fewer than two questions.
    TITLES.forEach((title, k) => {
      const at = pages.findIndex((text) => text.includes(`${k + 1}. ${title}`));
      const rowsOn = (i: number) => (bodyOf(pages[i]!, 'Acme Corp').match(new RegExp(`^Q${k + 1}\\.\\d+ `, 'gm')) ?? []).length;
      expect(pages[at], title).toContain('Today');
      const first = rowsOn(at);
      const rest = at + 1 < pages.length ? rowsOn(at + 1) : 0;
      expect(first, `${title}: questions printed with its heading`).toBeGreaterThanOrEqual(2);
      if (rest > 0) {
        expect(rest, `${title}: questions carried over`).toBeGreaterThanOrEqual(2);
        expect(pages[at + 1], `${title}: the header repeated`).toContain('Today');
      }
    });
    // No page is a third blank or more (tenth VP reading, class 11: p4 and p5 were, at 0.64 and
    // 0.60 of the page's height; a full page reaches about 0.9), but the last and one before a part
    // that starts on a page of its own with its table's first row (the plan, an appendix).
    const MAJOR = ['Action plan', 'Appendix: method', 'Appendix: the questions in full'];
    pages.slice(0, -1).forEach((_, i) => {
      if (MAJOR.includes(bodyOf(pages[i + 1]!, 'Acme Corp').split('\n')[0]!.replace(/\s+/g, ' ').trim())) return;
      expect(lowestText(out, i + 1), `page ${i + 1} is a third or more blank`).toBeGreaterThan(0.7);
    });
    // A table's † footnote prints on the page of the rows it annotates, never alone at the top of
    // the next (fourteenth VP reading, class 12: orphaned at the top of p4 in both editions).
    let footnotes = 0;
    pages.forEach((text, i) => {
      const lines = bodyOf(text, 'Acme Corp').split('\n');
      for (const [at, line] of lines.entries()) {
        if (!line.startsWith('† ')) continue;
        footnotes++;
        // Under rows of its table (the marked row may be on the page before, where the table breaks).
        expect(lines.slice(Math.max(0, at - 4), at).some((l) => /^Q\d+\.\d+ /.test(l)), `page ${i + 1}: the † note is not under its table's rows`).toBe(true);
      }
    });
    expect(footnotes).toBeGreaterThan(0);
    // "<owner> checks (it) before #N …" never breaks across two pages (fourteenth VP reading, class 12: "VP" / "Sales" on p2-p3).
    // Re-pinned (h-words18, VP review 16 class 6): the check is a sentence, "The VP Sales checks it before #N …".
    let checks = 0;
    pages.forEach((text, i) => {
      const body = bodyOf(text, 'Acme Corp').replace(/\s+/g, ' ');
      checks += (body.match(/ checks?(?: it)? before #\d+/g) ?? []).length;
      expect(body, `page ${i + 1} ends inside a "… checks before #N" sentence`).not.toMatch(/\b(?:VP|checks?(?: it)?|checks?(?: it)? before(?: #\d+)?(?: is| starts)?(?: planned,?)?(?: at the day-90)?)$/);
    });
    expect(checks).toBeGreaterThan(0);
    // The page size asked for.
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))!;
    expect(Math.abs(Number(size[1]) - (paper === 'a4' ? 595.3 : 612))).toBeLessThan(1.5);
    rmSync(out);
    expect(readdirSync(work)).toEqual([]);
  });

  it('an evidence group prints on one page: a question\'s label with all its notes, never a quote carried alone to the next page (fifth VP reading, class 11)', async () => {
    const html = join(work, 'groups.html');
    const pdf = join(work, 'groups.pdf');
    for (const [format, out] of [['html', html], ['pdf', pdf]] as const) {
      // The working copy prints every note (a client copy prints only the readout's approved ones): the most groups to lay out.
      const result = await runCli(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--show-identifying-notes', '--format', format, '--out', out]);
      expect(result.exitCode, result.stderr).toBe(0);
    }
    const plain = (markup: string) =>
      markup
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    // The groups as the HTML holds them: a label (dt) and its notes (dd).
    const groups = [...readFileSync(html, 'utf8').matchAll(/<div class="note-group">([\s\S]*?)<\/div>/g)].map((m) => ({
      label: plain(/<dt[^>]*>([\s\S]*?)<\/dt>/.exec(m[1]!)![1]!),
      notes: [...m[1]!.matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((d) => plain(d[1]!).replace(/^Interview note: |^“/, '')),
    }));
    expect(groups.length).toBeGreaterThan(5);
    // Each page's text in the order it is drawn (-raw keeps a note's lines together beside its label).
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
    const pageOf = (note: string) => pages.findIndex((text) => text.includes(note.split(' ').slice(0, 6).join(' ')));
    for (const group of groups) {
      const first = pageOf(group.notes[0]!);
      expect(first, `${group.label}: ${group.notes[0]}`).toBeGreaterThanOrEqual(0);
      expect(pages[first], group.label).toContain(group.label);
      for (const note of group.notes) expect(pageOf(note), `${group.label}: ${note}`).toBe(first);
    }
    rmSync(html);
    rmSync(pdf);
  });

  it('a team report without a readout keeps the same page one', async () => {
    const out = join(work, 'acme.pdf');
    expect((await runCli(['report', 'examples/acme/', '--format', 'pdf', '--out', out])).exitCode).toBe(0);
    expectPrintedAtSize(out);
    expectPrintRules(pagesOf(out), 'Acme Corp', TITLES, /The sales force scores \d+ of 100 \(At risk\)\. Leadership and sales managers rate effective sales interactions \d+ points higher than salespeople do\./);
    rmSync(out);
  });

  it('the HTML prints by the same rules on Letter paper too (what a browser\'s Print to PDF does)', async () => {
    const html = join(work, 'letter.html');
    expect((await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'html', '--out', html])).exitCode).toBe(0);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(readFileSync(html, 'utf8'));
      for (const format of ['Letter', 'A4']) {
        const pdf = join(work, `${format}.pdf`);
        writeFileSync(pdf, await page.pdf({ format, preferCSSPageSize: true, printBackground: true }));
        expectPrintRules(pagesOf(pdf), 'Acme Corp', TITLES, /The sales force scores \d+ of 100/);
        expectPrintedAtSize(pdf);
        rmSync(pdf);
      }
    } finally {
      await browser.close();
    }
  });

  it('hostile answers: the text stays inert; names only when the report shows them (the JSON results\' rule)', async () => {
    const folder = join(work, 'hostile');
    writeHostileTeam(folder);
    const flags = await nameFlags(folder);
    const named = join(work, 'named.pdf');
    const anonymous = join(work, 'anonymous.pdf');
    // The named copy is the working copy (every note printed), so that every hostile note reaches the page.
    expect((await runCli(['report', folder, '--format', 'pdf', '--out', named, ...flags.shown, '--show-identifying-notes'])).exitCode).toBe(0);
    expect((await runCli(['report', folder, '--format', 'pdf', '--out', anonymous, ...flags.hidden])).exitCode).toBe(0);
    const namedText = pagesOf(named).join('\n').replace(/\s+/g, ' ');
    const anonymousText = pagesOf(anonymous).join('\n').replace(/\s+/g, ' ');
    expect(namedText).toContain('</svg><script>alert("x")</script>');
    for (const name of RESPONDENT_NAMES) {
      expect(namedText).toContain(name);
      expect(anonymousText).not.toContain(name);
    }
    rmSync(folder, { recursive: true });
    rmSync(named);
    rmSync(anonymous);
  });

  it('compare prints too', async () => {
    const out = join(work, 'compare.pdf');
    const result = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--format', 'pdf', '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(pagesOf(out).join('\n')).toContain('What moved between two audits');
    rmSync(out);
  });

  it('--browser and CHROME_PATH name the browser', async () => {
    const out = join(work, 'chosen.pdf');
    expect((await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', out, '--browser', BROWSER_PATH!], { env: { PATH: '/nonexistent' } })).exitCode).toBe(0);
    rmSync(out);
    expect((await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', out], { env: { PATH: '/nonexistent', CHROME_PATH: BROWSER_PATH! } })).exitCode).toBe(0);
    rmSync(out);
  });
});

describe('--format pdf when the browser is missing or fails', () => {
  const fake = (name: string, body: string) => {
    const path = join(work, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };
  const out = () => join(work, `fault-${Math.random().toString(36).slice(2)}.pdf`);

  it('no browser anywhere: exit 2, says how to install one or to use --format html, writes nothing', async () => {
    const file = out();
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', file], { env: { PATH: '/nonexistent', CHROME_PATH: '' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/apt-get install chromium/);
    expect(result.stderr).toMatch(/--format html/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(file)).toBe(false);
  });

  it('--browser pointing nowhere: exit 2', async () => {
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', out(), '--browser', join(work, 'no-such-chrome')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--browser .*no-such-chrome/);
  });

  it('a browser that crashes: exit 2, no PDF', async () => {
    const file = out();
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', file, '--browser', fake('crashing-chrome', 'echo "boom" >&2; exit 3')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/failed to print the PDF/);
    expect(existsSync(file)).toBe(false);
  });

  it('a browser that hangs is stopped after the time limit and killed: exit 2, no PDF', async () => {
    const file = out();
    const pidFile = join(work, 'hanging.pid');
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', file, '--browser', fake('hanging-chrome', `echo $$ > ${pidFile}; exec sleep 120`)], {
      env: { SALES_AUDIT_BROWSER_TIMEOUT: '2' },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/did not print the PDF within 2 s/);
    expect(existsSync(file)).toBe(false);
    // The CLI ended (this test did not time out) and took the hung browser with it.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('an existing file is not overwritten without --force, and the browser is not even started', async () => {
    const file = out();
    writeFileSync(file, 'keep me');
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf', '--out', file], { env: { PATH: '/nonexistent', CHROME_PATH: '' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('a binary format needs a file: --out - is refused', async () => {
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'pdf']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/writes a file/);
  });
});

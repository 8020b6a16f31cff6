// Shared by the tests of the HTML, PDF and PowerPoint outputs: hostile answers written to a folder,
// html-validate, and headless Chromium (Debian's chromium in CI; these tests fail in CI without it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { findBrowser } from '../../src/io/find-browser.js';
import { REPO_ROOT, runCli } from './run-cli.js';

export const BROWSER = findBrowser(REPO_ROOT, process.env, undefined);
export const BROWSER_PATH = BROWSER.found ? BROWSER.path : null;
/** CI installs chromium (.ci/run): there a missing browser fails the tests instead of skipping them. */
export const SKIP_BROWSER = BROWSER_PATH === null && process.env.CI === undefined;

export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const HOSTILE_ORG = `Évil | "Corp" <script>alert(1)</script></svg> ${'ש'.repeat(20)} 🚀 ${'x'.repeat(150)}`.slice(0, 200);
const LONG_NOTE = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(10)}${'y'.repeat(100)}`.slice(0, 600);
export const HOSTILE_NOTES = [
  'a | b || c | --- |',
  '</svg><script>alert("x")</script><img src=x onerror=alert(1)>',
  `"quoted" 'single' \`tick\` & &amp; <b>bold</b>`,
  'שלום עולם مرحبا بالعالم \u202Ereversed\u202C',
  '🚀 growth 👩🏽‍💼 team 🎯',
  LONG_NOTE,
];
/** One name per respondent: every format is searched for each. */
export const RESPONDENT_NAMES = ['Zelda Quistgaard', 'Yusuf Brannigan', 'Xiomara Tveit', 'Wendell Okonkwo-Pratt'];

/**
 * examples/acme/ rewritten with hostile text in every free-text field: the organization, the
 * notes (each hostile note on several questions) and the names; roles kept, so by-role charts show.
 */
export function writeHostileTeam(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const sources = ['leadership.yaml', 'sales-manager.yaml', 'salesperson.yaml', 'salesperson.yaml'];
  return sources.map((source, i) => {
    const sheet = parse(readFileSync(join(REPO_ROOT, 'examples/acme', source), 'utf8'));
    sheet.organization = HOSTILE_ORG;
    sheet.respondent.name = RESPONDENT_NAMES[i];
    let n = i;
    for (const questions of Object.values(sheet.answers) as Record<string, unknown>[]) {
      for (const [id, answer] of Object.entries(questions)) {
        const note = HOSTILE_NOTES[n++ % HOSTILE_NOTES.length]!;
        questions[id] = typeof answer === 'object' && answer !== null ? { ...answer, note } : { score: answer, note };
      }
    }
    const file = join(folder, `respondent-${i + 1}.yaml`);
    writeFileSync(file, stringify(sheet));
    return file;
  });
}

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** html-validate's findings, as "line:col rule message" lines (empty when valid). */
export async function validateHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

export async function launchBrowser(): Promise<Browser> {
  if (BROWSER_PATH === null) throw new Error('no Chromium or Chrome found (CI installs Debian chromium in .ci/run)');
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: BROWSER_PATH, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}

/**
 * The report flags that show respondent names and the flags that hide them, as the JSON results
 * say today: names are shown by default and hidden by --anonymize, or hidden by default and shown
 * by --names (issue 9). Every format must follow the same rule as the view model.
 */
export async function nameFlags(folder: string): Promise<{ shown: string[]; hidden: string[] }> {
  let shown: string[] | null = null;
  let hidden: string[] | null = null;
  for (const flags of [[], ['--names'], ['--anonymize']]) {
    const result = await runCli(['report', folder, '--format', 'json', ...flags]);
    if (result.exitCode !== 0) continue;
    const named = RESPONDENT_NAMES.some((name) => result.stdout.includes(name));
    if (named) shown ??= flags;
    else hidden ??= flags;
  }
  if (shown === null || hidden === null) throw new Error('no flags found that show and hide names in the JSON results');
  return { shown, hidden };
}

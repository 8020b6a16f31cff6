// Readout formats, on the package bench/run.mjs built, interleaved with `node -e 0`
// (docs/benchmarks.md has the budgets and why):
//   - a Markdown and an HTML report for examples/acme/ take ≤ 8 × node -e 0;
//   - a PPTX deck ≤ 1.5 s; a PDF ≤ 5 s, the browser's start included (skipped without a browser);
//   - the libraries of those formats load lazily: --help, validate and a Markdown report are timed
//     beside the HTML report so a slowdown shows up here (their own targets are in run.mjs).
//
//   node bench/formats.mjs                    against the repository's build (npm run build first)
//   called by bench/run.mjs with its own build: runFormatsBench({ cli, work, examples })
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInterleaved, runOnce } from './measure.mjs';

const REPORT_RATIO = 8;
const PPTX_MS = 1_500;
const PDF_MS = 5_000;

function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export async function runFormatsBench({ cli, work, examples, runs = 20, warmup = 2, log = (m) => process.stderr.write(`${m}\n`) }) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const acme = join(examples, 'acme');
  const browser = findChromium();
  const commands = [
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: '--help', argv: cli('--help') },
    { name: 'validate, default set', argv: cli('validate') },
    { name: 'report acme, Markdown', argv: cli('report', acme, '--out', '-') },
    { name: 'report acme, HTML', argv: cli('report', acme, '--format', 'html', '--out', '-') },
    { name: 'report acme, PPTX', argv: cli('report', acme, '--format', 'pptx', '--out', join(work, 'acme.pptx'), '--force'), runs: Math.min(runs, 8) },
    ...(browser === null ? [] : [{ name: 'report acme, PDF', argv: cli('report', acme, '--format', 'pdf', '--out', join(work, 'acme.pdf'), '--force', '--browser', browser), runs: Math.min(runs, 5) }]),
  ].map((c) => ({ cwd: work, ...c }));
  for (const c of commands) {
    const r = runOnce(c);
    if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr.slice(0, 600)}`);
  }
  log(`formats: ${warmup} warm-up rounds, ${runs} rounds (PPTX ${Math.min(runs, 8)}, PDF ${Math.min(runs, 5)}) ...`);
  const results = measureInterleaved(commands, { warmup, runs });
  const med = (name) => results.get(name)?.median;
  const floor = med('node -e 0');
  const rows = [...results].map(([name, r]) => `${name.padEnd(24)} ${fmt(r.median).padStart(9)} ${fmt(r.min).padStart(9)} ${(r.median / floor).toFixed(2).padStart(6)} ×`);
  const md = med('report acme, Markdown');
  const html = med('report acme, HTML');
  const pptx = med('report acme, PPTX');
  const pdf = med('report acme, PDF');
  const targets = [
    ...[['Markdown', md], ['HTML', html]].map(([kind, ms]) => ({
      label: `${kind} report (acme) ≤ ${REPORT_RATIO} × node -e 0`,
      result: `${(ms / floor).toFixed(2)} × (${fmt(ms)} / ${fmt(floor)}; minimums ${(results.get(`report acme, ${kind}`).min / results.get('node -e 0').min).toFixed(2)} ×)`,
      pass: ms / floor <= REPORT_RATIO,
    })),
    { label: `PPTX deck (acme) ≤ ${PPTX_MS / 1000} s`, result: fmt(pptx), pass: pptx <= PPTX_MS },
    pdf === undefined
      ? { label: `PDF (acme) ≤ ${PDF_MS / 1000} s`, result: 'not measured: no Chromium or Chrome found', pass: false }
      : { label: `PDF (acme) ≤ ${PDF_MS / 1000} s, the browser's start included`, result: fmt(pdf), pass: pdf <= PDF_MS },
  ];
  const out = ['', 'Readout formats (bench/formats.mjs)', `${'command'.padEnd(24)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'floor'.padStart(8)}`, ...rows, ''];
  for (const t of targets) out.push(`${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.result}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return { pass: targets.every((t) => t.pass), targets };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const runsArg = process.argv.indexOf('--runs');
  const result = await runFormatsBench({
    cli: (...args) => [process.execPath, join(root, 'bin/sales-audit'), ...args],
    work: join(root, 'bench/.work/formats'),
    examples: join(root, 'examples'),
    runs: runsArg === -1 ? 20 : Number(process.argv[runsArg + 1]),
  });
  if (!result.pass) process.exitCode = 1;
}

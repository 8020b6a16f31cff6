// Survey scale (issue 11 §6): a Google Forms export of 1,000, 10,000 and 50,000 responses to the
// default set's questions (27 when first measured, 32 since the rubric rewrite), imported into answers files and reported on straight from the export. Targets at
// 10,000 rows: each ≤ 5 s, peak memory ≤ 500 MB; time and memory grow linearly (per-row cost at
// 50,000 within 1.5× of the cost at 10,000).
//
//   node bench/survey.mjs                     against the repository's build (npm run build first)
//   called by bench/run.mjs with its own build: runSurveyBench({ cli, work })
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRandom } from './generate.mjs';
import { peakRssMb, runOnce } from './measure.mjs';

const SIZES = [1_000, 10_000, 50_000];
const TARGET_MS = 5_000;
const TARGET_MB = 500;
const LINEAR_SLACK = 1.5;

function csvField(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The export Google Forms gives for the questionnaire `sales-audit survey --format surveyjs` wrote. */
export function googleFormsExport(form, rows, seed = 11) {
  const rnd = createRandom(seed);
  const elements = form.pages.flatMap((p) => p.elements);
  const role = elements.find((e) => e.name === 'role');
  const questions = elements.filter((e) => e.name.includes('/'));
  const header = ['Timestamp', 'Email Address', role.title, ...questions.flatMap((q) => [q.title, q.commentText])];
  const lines = [header.map(csvField).join(',')];
  for (let i = 0; i < rows; i++) {
    const roleText = role.choices[i % 3].text;
    const cells = [`11/${20 + (i % 8)}/2026 ${10 + (i % 10)}:${String(i % 60).padStart(2, '0')}:05`, `person${i}@client.example`, roleText];
    for (const q of questions) {
      const r = rnd.next();
      cells.push(r < 0.04 ? '' : q.choices[Math.floor(rnd.next() * q.choices.length)].text);
      cells.push(r > 0.9 ? 'Seen in the pipeline review, with two examples from last quarter' : '');
    }
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function timed(command) {
  const start = performance.now();
  const result = runOnce(command);
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command.argv.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return ms;
}

export async function runSurveyBench({ cli, work, log = (m) => process.stderr.write(`${m}\n`) }) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const form = JSON.parse(runOnce({ argv: cli('survey', '--format', 'surveyjs'), cwd: work }).stdout);
  const results = [];
  for (const rows of SIZES) {
    const file = join(work, `responses-${rows}.csv`);
    const text = googleFormsExport(form, rows);
    writeFileSync(file, text);
    const runs = rows >= 50_000 ? 1 : 3;
    const importTimes = [];
    for (let i = 0; i < runs; i++) {
      const out = join(work, `answers-${rows}-${i}`);
      importTimes.push(timed({ argv: cli('import', file, '--out', out, '--organization', 'Bench'), cwd: work }));
      rmSync(out, { recursive: true, force: true });
    }
    const reportTimes = [];
    for (let i = 0; i < runs; i++) reportTimes.push(timed({ argv: cli('report', file, '--organization', 'Bench', '--format', 'json', '--out', join(work, `r-${rows}-${i}.json`)), cwd: work }));
    const importOut = join(work, `answers-${rows}-rss`);
    const importMb = peakRssMb({ argv: cli('import', file, '--out', importOut, '--organization', 'Bench'), cwd: work }, 1);
    rmSync(importOut, { recursive: true, force: true });
    const reportMb = peakRssMb({ argv: cli('report', file, '--organization', 'Bench', '--format', 'json', '--out', join(work, `r-${rows}-rss.json`)), cwd: work }, 1);
    const importMs = Math.min(...importTimes);
    const reportMs = Math.min(...reportTimes);
    results.push({ rows, megabytes: text.length / 1024 / 1024, importMs, reportMs, importMb, reportMb });
    log(`survey ${rows.toLocaleString('en-US')} rows (${(text.length / 1024 / 1024).toFixed(1)} MB CSV): import ${(importMs / 1000).toFixed(2)} s, ${importMb.toFixed(0)} MB; report ${(reportMs / 1000).toFixed(2)} s, ${reportMb.toFixed(0)} MB`);
    rmSync(file, { force: true });
    for (let i = 0; i < runs; i++) rmSync(join(work, `r-${rows}-${i}.json`), { force: true });
    rmSync(join(work, `r-${rows}-rss.json`), { force: true });
  }
  const at = (rows) => results.find((r) => r.rows === rows);
  const ten = at(10_000);
  const fifty = at(50_000);
  const perRow = (r, key) => r[key] / r.rows;
  const targets = [
    { name: 'import 10,000 rows ≤ 5 s', pass: ten.importMs <= TARGET_MS, value: `${(ten.importMs / 1000).toFixed(2)} s` },
    { name: 'report from a 10,000-row export ≤ 5 s', pass: ten.reportMs <= TARGET_MS, value: `${(ten.reportMs / 1000).toFixed(2)} s` },
    { name: 'peak memory at 10,000 rows ≤ 500 MB', pass: Math.max(ten.importMb, ten.reportMb) <= TARGET_MB, value: `${Math.max(ten.importMb, ten.reportMb).toFixed(0)} MB` },
    {
      name: 'time linear in rows (per-row cost at 50k ≤ 1.5 × at 10k)',
      pass: perRow(fifty, 'importMs') <= LINEAR_SLACK * perRow(ten, 'importMs') && perRow(fifty, 'reportMs') <= LINEAR_SLACK * perRow(ten, 'reportMs'),
      value: `import ×${(perRow(fifty, 'importMs') / perRow(ten, 'importMs')).toFixed(2)}, report ×${(perRow(fifty, 'reportMs') / perRow(ten, 'reportMs')).toFixed(2)}`,
    },
    {
      name: 'memory at most linear (50k peak ≤ 5 × 10k peak)',
      pass: fifty.importMb <= 5 * ten.importMb && fifty.reportMb <= 5 * ten.reportMb,
      value: `import ${fifty.importMb.toFixed(0)} MB, report ${fifty.reportMb.toFixed(0)} MB`,
    },
  ];
  for (const t of targets) log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value}`);
  return { results, targets, pass: targets.every((t) => t.pass) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cli = (...args) => [process.execPath, join(root, 'bin/sales-audit'), ...args];
  const { pass } = await runSurveyBench({ cli, work: join(root, 'bench/.work/survey') });
  process.exitCode = pass ? 0 : 1;
}

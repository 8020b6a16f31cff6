#!/usr/bin/env node
// Writes examples/portfolio/: a made-up portfolio of 40 past audits over three industries, for
// `report --benchmark examples/portfolio` and the tests. Every audit goes through the real
// pipeline: the script writes one answers file per respondent into a temporary folder and runs
// `sales-audit portfolio add` on it, so the records are what a consultant's would be.
//
// Fixed seed (SEED below): the same portfolio every run. The organization-key salt is derived
// from the seed too, so the files are identical byte for byte. Run after `npm run build`:
//
//   node scripts/generate-portfolio.mjs [out-folder]     (default examples/portfolio)
//
// How the answers are made: each organization has a maturity per imperative (its industry's
// mean, plus its own offset), each question a small offset, and each respondent answers that
// level plus a role bias (leadership rates higher, salespeople lower, as in real audits) and
// noise, rounded to a level from 0 to 4.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SEED = 20261206;
const AUDITS = 40;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(root, 'examples', 'portfolio'));
const cli = join(root, 'bin', 'sales-audit');

/** mulberry32: a small seeded generator, enough for made-up data. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const pick = (items) => items[Math.floor(random() * items.length)];
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const rubrics = JSON.parse(execFileSync(process.execPath, [cli, 'rubrics', '--json'], { encoding: 'utf8' }));
const imperatives = rubrics.imperatives ?? rubrics;

// Industry means per imperative on the 0–4 level scale (prospecting, differentiation, interactions, managers).
const INDUSTRIES = {
  saas: [2.3, 1.9, 2.2, 1.8],
  manufacturing: [1.6, 1.5, 1.9, 1.7],
  'financial-services': [2.0, 1.4, 2.3, 2.2],
};
const SIZES = ['1-19', '20-50', '20-50', '51-100', '51-100', '101-250'];
const REGIONS = ['north-america', 'north-america', 'emea', 'emea', 'apac'];
const SALES = ['complex', 'complex', 'transactional'];
const ROLE_BIAS = { leadership: 0.6, 'sales manager': 0.2, salesperson: -0.35 };

if (existsSync(out) && readdirSync(out).length > 0) {
  console.error(`${out} is not empty: delete it first (the script never mixes a new portfolio into an old one).`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
// The salt from the seed, so the organization keys (and so the file names) are the same every run.
const salt = createHash('sha256').update(`portfolio-example-${SEED}`).digest('hex').slice(0, 32);
writeFileSync(join(out, 'portfolio.json'), `${JSON.stringify({ format: 'sales-audit-portfolio', formatVersion: 1, salt }, null, 2)}\n`);

const industries = Object.keys(INDUSTRIES);
for (let n = 0; n < AUDITS; n++) {
  const industry = industries[n % industries.length];
  const organization = `Example client ${String(n + 1).padStart(2, '0')}`;
  const offset = normal() * 0.45;
  const maturity = INDUSTRIES[industry].map((m) => m + offset + normal() * 0.35);
  const year = 2024 + Math.floor(random() * 3);
  const month = 1 + Math.floor(random() * (year === 2026 ? 9 : 12));
  const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  // About one audit in six is a single leadership interview; the others a team of 6 to 14.
  const team = random() < 0.17 ? ['leadership'] : [
    ...Array(3).fill('leadership'),
    ...Array(3 + Math.floor(random() * 2)).fill('sales manager'),
    ...Array(Math.floor(random() * 7)).fill('salesperson'),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'portfolio-example-'));
  team.forEach((role, r) => {
    const lines = ['version: 1', `organization: ${organization}`, 'respondent:', `  role: ${role}`, `date: ${date}`, 'answers:'];
    imperatives.forEach((imperative, i) => {
      lines.push(`  ${imperative.id}:`);
      imperative.questions.forEach((question, q) => {
        const questionOffset = Math.sin((i + 1) * (q + 3)) * 0.5; // the same for every client: some questions are harder
        const level = Math.round(maturity[i] + questionOffset + ROLE_BIAS[role] + normal() * 0.6);
        // A role the question does not ask gives no answer (the draw is made anyway, so the other answers keep their values).
        if (question.roles !== null && !question.roles.includes(role)) return;
        lines.push(`    ${question.id}: ${Math.max(0, Math.min(4, level))}`);
      });
    });
    writeFileSync(join(dir, `respondent-${r + 1}.yaml`), `${lines.join('\n')}\n`);
  });
  execFileSync(process.execPath, [cli, 'portfolio', 'add', dir, '--portfolio', out, '--industry', industry, '--size', pick(SIZES), '--region', pick(REGIONS), '--sale', pick(SALES)], { stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Wrote ${AUDITS} audits to ${out}.`);

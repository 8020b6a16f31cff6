// Portfolio scale (issue 22): report --benchmark against 1,000 and 10,000 audits, and
// `portfolio add` into portfolios of 0, 1,000 and 10,000. Targets: the benchmark costs at most
// 2 s more than the same report without it; peak memory under 250 MB; growth linear from 1k to
// 10k (the 10k extra cost at most 12 × the 1k one, 10 × plus slack for V8's first heap); add
// constant (into 10k at most 1.5 × into an empty portfolio). Portfolios are made from the example
// portfolio's records with their scores shifted (seeded), each under its own id.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv, measureInterleaved, median, peakRssMb } from './measure.mjs';

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePortfolio(examples, dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = join(examples, 'portfolio');
  cpSync(join(source, 'portfolio.json'), join(dir, 'portfolio.json'));
  const records = readdirSync(source).filter((f) => f !== 'portfolio.json').map((f) => JSON.parse(readFileSync(join(source, f), 'utf8')));
  const random = seeded(22);
  const clamp = (n) => Math.max(0, Math.min(100, Math.round(n * 10) / 10));
  for (let i = 0; i < count; i++) {
    const base = records[i % records.length];
    const shift = (random() - 0.5) * 20;
    const id = i.toString(16).padStart(24, '0');
    const record = {
      ...base,
      id,
      orgKey: `bench${i}`,
      overall: base.overall === null ? null : clamp(base.overall + shift),
      imperatives: base.imperatives.map((imp) => ({ ...imp, score: imp.score === null ? null : clamp(imp.score + shift) })),
    };
    writeFileSync(join(dir, `${id}.json`), `${JSON.stringify(record)}\n`);
  }
}

export async function runPortfolioBench({ cli, work, examples, runs = 5 }) {
  const pf1k = join(work, 'pf-1k');
  const pf10k = join(work, 'pf-10k');
  const empty = join(work, 'pf-0');
  makePortfolio(examples, pf1k, 1000);
  makePortfolio(examples, pf10k, 10000);
  makePortfolio(examples, empty, 0);
  const acme = join(examples, 'acme');
  const report = (extra) => cli('report', acme, '--format', 'json', ...extra);
  const times = measureInterleaved(
    [
      { name: 'report', argv: report([]) },
      { name: 'report --benchmark 1k', argv: report(['--benchmark', pf1k]) },
      { name: 'report --benchmark 10k', argv: report(['--benchmark', pf10k]) },
    ],
    { warmup: 1, runs },
  );
  const base = times.get('report').median;
  const extra1k = times.get('report --benchmark 1k').median - base;
  const extra10k = times.get('report --benchmark 10k').median - base;
  const rss = peakRssMb({ argv: report(['--benchmark', pf10k]) });
  // portfolio add of one new audit: the record is removed after each add, so every run adds.
  // Interleaved over the three sizes, round by round, so a busy moment of the machine falls on all of them.
  const sizes = [['0', empty], ['1k', pf1k], ['10k', pf10k]];
  const samples = Object.fromEntries(sizes.map(([name]) => [name, []]));
  for (let round = 0; round < 2 * runs + 1; round++) {
    for (const [name, dir] of round % 2 === 0 ? sizes : [...sizes].reverse()) {
      const before = new Set(readdirSync(dir));
      const start = performance.now();
      const result = spawnSync(cli()[0], [...cli().slice(1), 'portfolio', 'add', join(examples, 'acme-2026-05'), '--portfolio', dir], { env: benchEnv(), stdio: 'ignore' });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`portfolio add exited ${result.status}`);
      for (const f of readdirSync(dir)) if (!before.has(f)) rmSync(join(dir, f));
      if (round > 0) samples[name].push(elapsed);
    }
  }
  const addTimes = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
  const checks = [
    { name: 'report --benchmark (10k) extra time ≤ 2 s', value: `${(extra10k / 1000).toFixed(2)} s`, pass: extra10k <= 2000 },
    { name: 'peak memory (10k) < 250 MB', value: `${rss.toFixed(0)} MB`, pass: rss < 250 },
    { name: 'growth 1k → 10k linear (extra 10k ≤ 12 × extra 1k)', value: `${(extra10k / Math.max(1, extra1k)).toFixed(1)} ×`, pass: extra10k <= 12 * Math.max(extra1k, 20) },
    { name: 'portfolio add constant (10k ≤ 1.5 × empty)', value: `${(addTimes['10k'] / addTimes['0']).toFixed(2)} × (${addTimes['0'].toFixed(0)} / ${addTimes['1k'].toFixed(0)} / ${addTimes['10k'].toFixed(0)} ms)`, pass: addTimes['10k'] <= 1.5 * addTimes['0'] },
  ];
  console.log(`\nPortfolio (report json of examples/acme: ${base.toFixed(0)} ms; with 1k: +${extra1k.toFixed(0)} ms; with 10k: +${extra10k.toFixed(0)} ms)`);
  for (const c of checks) console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.value}`);
  return { pass: checks.every((c) => c.pass), checks };
}

// Alone: node bench/portfolio.mjs (on this checkout's build).
if (process.argv[1]?.endsWith('portfolio.mjs')) {
  const root = new URL('..', import.meta.url).pathname;
  const work = join(root, 'bench/.work/portfolio');
  if (!existsSync(work)) mkdirSync(work, { recursive: true });
  const result = await runPortfolioBench({ cli: (...args) => [process.execPath, join(root, 'bin/sales-audit'), ...args], work, examples: join(root, 'examples'), runs: Number(process.env.RUNS ?? 5) });
  if (!result.pass) process.exitCode = 1;
}

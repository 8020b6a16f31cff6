// A small hyperfine: warm-up runs, then rounds in which every command runs once in a shuffled
// order. Interleaving matters on a shared two-core machine: a burst of load slows every command in
// that round alike instead of one command's whole series, so the ratios stay honest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRandom } from './generate.mjs';

const RSS_PROBE = fileURLToPath(new URL('./rss-probe.cjs', import.meta.url));
const HEAP_PROBE = fileURLToPath(new URL('./heap-probe.cjs', import.meta.url));

/**
 * The environment every measured command gets. NODE_EXTRA_CA_CERTS makes Node parse a certificate
 * bundle at start-up (about 90 ms on the development machine), a cost of the machine rather than of
 * any program; NODE_OPTIONS could preload anything. Both are removed so `node -e 0` is the real floor.
 */
export function benchEnv() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** Runs a command once, capturing its output: to check it does what we think before timing it. */
export function runOnce({ argv, cwd }) {
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env: benchEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

function timeOnce({ argv, cwd }) {
  const start = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env: benchEnv(), stdio: 'ignore' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
  return elapsed;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param commands {name, argv, cwd, runs?}[]; `runs` lowers the count for slow commands (they join
 *   the first `runs` rounds).
 * @returns Map name → { times, median, min }
 */
export function measureInterleaved(commands, { warmup, runs, seed = 1, onRound }) {
  const rnd = createRandom(seed);
  for (let i = 0; i < warmup; i++) for (const command of commands) timeOnce(command);
  const times = new Map(commands.map((c) => [c.name, []]));
  for (let round = 0; round < runs; round++) {
    const order = commands.filter((c) => round < (c.runs ?? runs));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const command of order) times.get(command.name).push(timeOnce(command));
    onRound?.(round + 1, runs);
  }
  const out = new Map();
  for (const [name, list] of times) out.set(name, { times: list, median: median(list), min: Math.min(...list) });
  return out;
}

/**
 * Runs a Node command `runs` times with a probe preloaded (`--require`) that writes one number to
 * the file named by SALES_AUDIT_BENCH_PROBE_FILE; the median of those numbers.
 */
function probeMedian({ argv, cwd }, runs, probe, nodeFlags = []) {
  if (argv[0] !== process.execPath) throw new Error('the memory probes measure Node commands only');
  const dir = mkdtempSync(join(tmpdir(), 'sales-audit-probe-'));
  try {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const file = join(dir, `probe-${i}`);
      const result = spawnSync(argv[0], [...nodeFlags, '--require', probe, ...argv.slice(1)], {
        cwd,
        env: { ...benchEnv(), SALES_AUDIT_BENCH_PROBE_FILE: file },
        stdio: 'ignore',
      });
      if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
      samples.push(Number(readFileSync(file, 'utf8')));
    }
    return median(samples);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Peak resident memory of a Node command in MB (median of `runs`), read from
 * process.resourceUsage() at exit by a preloaded probe: the same number `/usr/bin/time -v` calls
 * "Maximum resident set size", without needing GNU time.
 */
export function peakRssMb(command, runs = 3) {
  return probeMedian(command, runs, RSS_PROBE) / 1024;
}

/**
 * Live heap in MB, after a full garbage collection, when a Node command first writes to standard
 * output (bench/heap-probe.cjs); median of `runs`. For a report with `--out -`, the memory the
 * report holds at its end: what grows with the data, without V8's choice of heap size.
 */
export function liveHeapAtOutputMb(command, runs = 3) {
  return probeMedian(command, runs, HEAP_PROBE, ['--expose-gc']) / 2 ** 20;
}

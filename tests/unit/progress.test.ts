import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

describe('progress line', () => {
  const run = (isTTY: boolean) => {
    let out = '';
    let now = 0;
    const p = createProgress({ isTTY, write: (s: string) => (out += s) }, (n) => `rows ${n}`, () => now);
    p.update(10);
    now = 900;
    p.update(20);
    const early = out;
    now = 1200;
    p.update(30);
    now = 1250;
    p.update(40); // within 100 ms of the last line: not redrawn
    now = 1400;
    p.update(50);
    p.done();
    return { early, out };
  };
  it('shows nothing in the first second, then redraws at most every 100 ms, and clears itself', () => {
    const { early, out } = run(true);
    expect(early).toBe('');
    expect(out).toBe('\r\x1b[Krows 30\r\x1b[Krows 50\r\x1b[K');
  });
  it('shows nothing at all off a terminal', () => {
    expect(run(false).out).toBe('');
  });
});

// A progress line for work that takes more than a second, on a terminal only: nothing in a pipe,
// a CI log or a test, and nothing at all for the usual few hundred rows.
import type { OutputStream } from './context.js';

export interface Progress {
  update(count: number): void;
  done(): void;
}

export function createProgress(stream: OutputStream, label: (count: number) => string, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true) return { update() {}, done() {} };
  const start = now();
  let last = 0;
  let shown = false;
  return {
    update(count) {
      const t = now();
      if (t - start < 1000 || t - last < 100) return;
      last = t;
      shown = true;
      stream.write(`\r\x1b[K${label(count)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

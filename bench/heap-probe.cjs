// Preloaded with `node --expose-gc --require` by the benchmark: at the command's first write to
// standard output, collects all garbage and writes the live heap (bytes) to the file named by
// SALES_AUDIT_BENCH_PROBE_FILE. A report given `--out -` writes its result once, at the end, while
// everything it is made of is still alive: this is the memory the report holds, apart from how
// large V8 chose to let its heap grow (which is what peak RSS mostly shows).
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.SALES_AUDIT_BENCH_PROBE_FILE;
if (file && typeof globalThis.gc === 'function') {
  const write = process.stdout.write;
  process.stdout.write = function (...args) {
    process.stdout.write = write;
    globalThis.gc();
    writeFileSync(file, String(process.memoryUsage().heapUsed));
    return write.apply(this, args);
  };
}

// Preloaded with `node --require` by the benchmark: writes the process's peak resident set size
// (kilobytes, worker threads included) to the file named by SALES_AUDIT_BENCH_PROBE_FILE at exit.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.SALES_AUDIT_BENCH_PROBE_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}

// Preloaded with `node --require` by bench/survey.mjs: at exit, writes the process's CPU time
// (user + system, ms) and peak resident set size (MB) as JSON to SALES_AUDIT_SURVEY_PROBE. CPU time
// says what a command costs even on a machine other jobs keep busy, where wall time says little.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.SALES_AUDIT_SURVEY_PROBE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMb: usage.maxRSS / 1024 }));
  });
}

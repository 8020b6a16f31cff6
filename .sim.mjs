import { build } from 'esbuild';
const r = await build({ entryPoints: { main: 'src/cli/main.ts' }, outdir: '/tmp/hp4/metaout', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', write: false, metafile: true, external: ['exceljs','playwright-core','pptxgenjs'], define: { __SALES_AUDIT_VERSION__: '"x"' }, logLevel: 'error' });
const ins = r.metafile.inputs;
const stat = new Map(), dyn = new Map();
for (const [k,v] of Object.entries(ins)) { stat.set(k, v.imports.filter(i=>i.kind==='import-statement' && ins[i.path]).map(i=>i.path)); dyn.set(k, v.imports.filter(i=>i.kind==='dynamic-import' && ins[i.path]).map(i=>i.path)); }
const allEntries = new Set(['src/cli/main.ts']); for (const d of dyn.values()) for (const e of d) allEntries.add(e);
function closure(e, removed){ const seen=new Set(); const st=[e]; while(st.length){const m=st.pop(); if(seen.has(m))continue; seen.add(m); for(const x of stat.get(m)) st.push(x); for (const x of dyn.get(m)) if (removed.has(x)) st.push(x);} return seen; }
function sim(removed, paths) {
  const entries = [...allEntries].filter(e=>!removed.has(e));
  const sets = new Map(); for (const e of entries) for (const m of closure(e, removed)) { if(!sets.has(m)) sets.set(m,[]); sets.get(m).push(e); }
  const res = {};
  for (const [name, starts] of Object.entries(paths)) { const mods = new Set(); for (const s of starts) { const ee = removed.has(s)? null : s; if (ee) for (const m of closure(ee, removed)) mods.add(m); }
    const chunks = new Set([...mods].map(m => sets.get(m).sort().join('|'))); let bytes=0; for (const m of mods) bytes += ins[m].bytes; res[name] = `${chunks.size} chunks ${Math.round(bytes/1024)}K`; }
  return res;
}
const P = { report: ['src/cli/main.ts','src/cli/program.ts','src/cli/commands/report.ts','src/renderers/markdown.ts'], validate: ['src/cli/main.ts','src/cli/program.ts','src/cli/commands/validate.ts'], help: ['src/cli/main.ts','src/cli/program.ts'] };
console.log('base', sim(new Set(), P));
const dynEntries = [...allEntries].filter(e=>e!=='src/cli/main.ts');
for (const e of dynEntries) console.log(e.replace('node_modules/','nm/').padEnd(50), JSON.stringify(sim(new Set([e]), P)));
console.log('---- combos');
const cand = ['src/io/read-survey-export.ts','src/renderers/markdown.ts','src/renderers/pptx.ts','src/cli/commands/validate-readout.ts','src/renderers/html.ts','src/renderers/pdf.ts','src/cli/commands/report-benchmark.ts'];
let removed = new Set();
for (let round=0; round<5; round++) {
  let best=null;
  for (const c of cand) { if (removed.has(c)) continue; const s = new Set([...removed, c]); const r2 = sim(s, P); const score = parseInt(r2.report)+parseInt(r2.validate); if (!best || score < best.score) best = {c, score, r2}; }
  removed.add(best.c); console.log('+', best.c, JSON.stringify(best.r2));
}

// Bundles the CLI with esbuild. One bundle with code splitting: each command's handler is its own
// chunk, loaded only when that command runs, so `--version` and `validate` stay close to the bare
// Node start-up time. Type checking is `tsc --noEmit` (npm run typecheck), not this script.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// `--outdir DIR` builds elsewhere (the benchmark builds its own copy so a concurrent `npm run build` cannot change what it measures).
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? fileURLToPath(new URL('../dist', import.meta.url)) : resolve(process.argv[outdirFlag + 1] ?? 'dist');

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  define: { __SALES_AUDIT_VERSION__: JSON.stringify(pkg.version) },
  // exceljs (survey, import) breaks when bundled ("URL is not a constructor" from a bundled
  // polyfill) and is large: loaded from the installed dependency, only by the commands that read
  // or write Excel files. The PDF and PowerPoint libraries likewise, only for those formats
  // (playwright-core also reads its own package files at run time).
  external: ['exceljs', 'playwright-core', 'pptxgenjs'],
  // Some dependencies (cli-table3, handlebars, write-file-atomic) are CommonJS: they call require()
  // for Node built-ins and read __filename, which ES modules do not define.
  banner: {
    js: [
      "import { createRequire as __salesAuditCreateRequire } from 'node:module';",
      "import { fileURLToPath as __salesAuditFileURLToPath } from 'node:url';",
      'const require = __salesAuditCreateRequire(import.meta.url);',
      'const __filename = __salesAuditFileURLToPath(import.meta.url);',
      "const __dirname = __salesAuditFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});

// The commander-free fast paths (src/cli/quick-start.ts): CommonJS, so bin/sales-audit runs them
// without starting the ES module loader, and with the exact checkers (the YAML parser with
// positions, zod) replaced by a stub that hands the run over to the full CLI.
const exactCheckersToStub = {
  name: 'stub-exact-checkers',
  setup(b) {
    const stub = fileURLToPath(new URL('../src/cli/quick-start-stub.ts', import.meta.url));
    b.onResolve({ filter: /\/(check-rubric-file|parse-answers)\.js$/ }, () => ({ path: stub }));
  },
};
// The quick report renders the shipped templates precompiled only (quick-report.ts hands anything
// else over), so its bundle carries the Handlebars runtime, not the compiler.
const handlebarsRuntimeOnly = {
  name: 'handlebars-runtime-only',
  setup(b) {
    const runtime = createRequire(import.meta.url).resolve('handlebars/runtime');
    b.onResolve({ filter: /^handlebars$/ }, () => ({ path: runtime }));
  },
};
for (const name of ['quick-validate', 'quick-report']) {
  await build({
    entryPoints: [`src/cli/${name}.ts`],
    outfile: join(outdir, `${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // import.meta.url (for createRequire) as CommonJS knows it.
    banner: { js: "const __salesAuditImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { __SALES_AUDIT_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__salesAuditImportMetaUrl' },
    plugins: [exactCheckersToStub, ...(name === 'quick-report' ? [handlebarsRuntimeOnly] : [])],
    // import() of a dependency as require(): bin/quick.cjs runs the bundle as a plain script.
    supported: { 'dynamic-import': false },
    // Needed only when a report goes to a file (loaded then, from the installed dependencies):
    // left out so the bundle V8 has to parse at every start stays small.
    // The survey readers too: quick-report hands survey exports to the full path; and the PDF and
    // PowerPoint libraries, which it never reaches.
    external: ['cli-table3', 'write-file-atomic', 'csv-parse', 'exceljs', 'iconv-lite', 'playwright-core', 'pptxgenjs'],
  });
}

// Precompile the shipped templates to dist/templates/<name>.cjs (src/io/load-template.ts loads
// them): compiling the report template costs a report about 100 ms. Same compiler, same options
// (bundled from the one place they are defined), so the output is the same as compiling at run time.
const { default: Handlebars } = await import('handlebars');
const optionsBundle = await build({ entryPoints: ['src/core/report/template-options.ts'], bundle: true, write: false, format: 'esm', logLevel: 'warning' });
const { TEMPLATE_OPTIONS, HTML_TEMPLATE_OPTIONS } = await import(`data:text/javascript,${encodeURIComponent(optionsBundle.outputFiles[0].text)}`);
const templates = fileURLToPath(new URL('../templates', import.meta.url));
await mkdir(join(outdir, 'templates', 'partials'), { recursive: true });
const templateFiles = [
  ...(await readdir(templates)).filter((n) => n.endsWith('.hbs')),
  ...(existsSync(join(templates, 'partials')) ? (await readdir(join(templates, 'partials'))).filter((n) => n.endsWith('.hbs')).map((n) => `partials/${n}`) : []),
];
for (const name of templateFiles) {
  const text = await readFile(join(templates, name), 'utf8');
  // Markdown templates do not escape (TEMPLATE_OPTIONS); HTML and SVG ones do (HTML_TEMPLATE_OPTIONS).
  const spec = Handlebars.precompile(text, name.endsWith('.md.hbs') ? TEMPLATE_OPTIONS : HTML_TEMPLATE_OPTIONS);
  const js = `// Precompiled from templates/${name} by scripts/build.mjs.\n'use strict';\nmodule.exports = { text: ${JSON.stringify(text)}, spec: ${spec} };\n`;
  await writeFile(join(outdir, 'templates', name.replace(/\.hbs$/, '.cjs')), js);
}

// What bin/sales-audit prints for `--version` and `--help` without starting the ES module loader or
// loading commander: the version, and the root help exactly as commander renders it at 80 columns
// (its width whenever stdout is not a terminal). tests/e2e/start-up.test.ts holds it to commander.
const helpBundle = join(outdir, '.render-root-help.mjs');
await build({
  entryPoints: ['src/cli/render-root-help.ts'],
  outfile: helpBundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __salesAuditCreateRequire } from 'node:module'; const require = __salesAuditCreateRequire(import.meta.url);" },
});
const { renderRootHelp } = await import(`${pathToFileURL(helpBundle).href}?${Date.now()}`);
const HELP_WIDTH = 80;
const fastPaths = {
  version: pkg.version,
  helpWidth: HELP_WIDTH,
  help: await renderRootHelp(pkg.version, HELP_WIDTH),
};
await rm(helpBundle);
await writeFile(
  join(outdir, 'fast-paths.cjs'),
  `// Generated by scripts/build.mjs: printed by bin/sales-audit without loading the CLI.\n'use strict';\nmodule.exports = ${JSON.stringify(fastPaths, null, 2)};\n`,
);

// V8 code caches for the quick bundles (bin/quick.cjs): each runs once, in its own process, on the
// shipped rubrics and an example, and the functions it compiled are saved next to it.
const root = fileURLToPath(new URL('..', import.meta.url));
const quickRunner = join(outdir, '..', 'bin', 'quick.cjs');
const cacheRuns = { 'quick-validate': ['rubrics'], 'quick-report': ['examples/acme-leadership.yaml'] };
if (!existsSync(quickRunner)) console.warn(`warning: no code caches: ${quickRunner} is missing`);
else for (const [name, args] of Object.entries(cacheRuns)) {
  const script = `require(${JSON.stringify(quickRunner)}).writeCodeCache(${JSON.stringify(name)}, ${JSON.stringify(args)}).catch((e) => { console.error(e.message); process.exitCode = 1; })`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) console.warn(`warning: no code cache for ${name}: ${run.stderr.trim()}`);
}

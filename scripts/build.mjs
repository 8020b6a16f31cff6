// Bundles the CLI with esbuild. One bundle with code splitting: each command's handler is its own
// chunk, loaded only when that command runs (src/cli/program.ts). Type checking is `tsc --noEmit`
// (npm run typecheck), not this script.
import { build, transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// `--outdir DIR` builds elsewhere (the benchmark builds its own copy so a concurrent `npm run build` cannot change what it measures).
const outdirFlag = process.argv.indexOf('--outdir');
const minify = !process.argv.includes('--no-minify');
const outdir = outdirFlag === -1 ? fileURLToPath(new URL('../dist', import.meta.url)) : resolve(process.argv[outdirFlag + 1] ?? 'dist');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const options = {
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Minified: the same code, in fewer bytes for Node to read, scan and keep. Every command pays
  // for its modules' text at each start: parsing it, and holding it in the old generation, where
  // it counted toward the 11 MB at which V8 starts its first full collection (a report's heap is
  // about 10 MB). Minified output is also ASCII (esbuild drops the comments and escapes the rest,
  // but in regular expression literals, where an escape would change the pattern's source text),
  // so V8 holds a module's text one byte a character: one "—" in a comment made zod's 200 KB chunk
  // a 400 KB two-byte string. Measured on acme's report: 2-3 % of its CPU time.
  // Stack traces (SALES_AUDIT_DEBUG) and CPU profiles name minified functions: `--no-minify`
  // builds the same code readable, to profile it (`node --cpu-prof`) or read a trace.
  minify,
  // Which source files each output holds (dist/sources.json, below): the comments that said so are gone.
  metafile: true,
  chunkNames: 'chunks/[name]-[hash]',
  // .mjs, not .js: Node knows an .mjs file is an ES module from its name, where for a .js file it
  // looks for the nearest package.json (dist/chunks/, dist/, the package) of every module it loads.
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  define: { __SALES_AUDIT_VERSION__: JSON.stringify(pkg.version) },
  // exceljs (survey, import) breaks when bundled ("URL is not a constructor" from a bundled
  // polyfill) and is large: loaded from the installed dependency, only by the commands that read
  // or write Excel files. The PDF and PowerPoint libraries likewise, only for those formats
  // (playwright-core also reads its own package files at run time).
  external: ['exceljs', 'playwright-core', 'pptxgenjs'],
  // commander's node:child_process, loaded at its first use, not at every start (src/cli/child-process-on-use.ts says why).
  plugins: [
    {
      name: 'commander-child-process-on-use',
      setup(build) {
        const onUse = fileURLToPath(new URL('../src/cli/child-process-on-use.ts', import.meta.url));
        build.onResolve({ filter: /^(?:node:)?child_process$/ }, ({ importer }) => (/[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: onUse } : undefined));
      },
    },
  ],
};

// Small modules in few chunks. esbuild puts each module in the chunk of the set of entry points
// (main, and every module loaded with `await import()`) that reach it, and has no minimum chunk
// size: so a shared constant or a three-line helper became a chunk of its own, and acme's report
// loaded 64 modules, 30 of them under 1.5 KB, each at the cost of a resolve, a read and a link.
// A first pass (nothing written; minified, so the sizes are the same with --no-minify) measures
// each source file and what it imports. The small ones (at most SMALL_MODULE_BYTES minified)
// that import no package, no built-in and no large module are then reached together: every
// module that imports one of them also imports a module that imports them all, so every entry
// point that reaches one reaches all, and esbuild gives them one chunk. Two groups: the ones
// every command loads (what src/cli/main.ts and program.ts import), so that `--help` loads
// nothing more, and the others (about 100 KB, which a command that needs any of them loads
// whole: less work than the files it saves). The same code in fewer files; the order of
// evaluation changes only among modules that import nothing but each other. acme's report then
// loads 30 modules; tests/e2e/report-loads.test.ts holds the count down.
const SMALL_MODULE_BYTES = 4000;
const firstPass = await build({ ...options, write: false, minify: true, logLevel: 'silent' });
const groups = smallModuleGroups(firstPass.metafile);
const bundle = await build({ ...options, plugins: [...options.plugins, smallModulesTogether(groups, firstPass.metafile)] });

/** Groups of source files of src/ that are small and import only each other (metafile paths). */
function smallModuleGroups(metafile) {
  const { inputs } = metafile;
  const outputBytes = new Map();
  for (const output of Object.values(metafile.outputs)) for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) outputBytes.set(input, (outputBytes.get(input) ?? 0) + bytesInOutput);
  const loadedLazily = new Set(Object.values(inputs).flatMap(({ imports }) => imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)));
  const small = Object.keys(inputs).filter((input) => input.startsWith('src/') && input !== 'src/cli/main.ts' && !loadedLazily.has(input) && (outputBytes.get(input) ?? 0) <= SMALL_MODULE_BYTES);
  const everyCommand = new Set();
  const reach = (input) => {
    if (everyCommand.has(input)) return;
    everyCommand.add(input);
    for (const i of inputs[input].imports) if (i.kind === 'import-statement' && inputs[i.path] !== undefined) reach(i.path);
  };
  reach('src/cli/main.ts');
  reach('src/cli/program.ts');
  const groups = [];
  for (const members of [small.filter((input) => everyCommand.has(input)), small.filter((input) => !everyCommand.has(input))]) {
    const group = new Set(members);
    // Only modules whose every import is in the group, or in the one every command loads before
    // it: leaving one out can leave another importing outside it.
    const allowed = (path) => group.has(path) || groups.some((earlier) => earlier.has(path));
    for (let changed = true; changed; ) {
      changed = false;
      for (const input of group) {
        if (inputs[input].imports.every((i) => i.kind !== 'import-statement' || allowed(i.path))) continue;
        group.delete(input);
        changed = true;
      }
    }
    groups.push(group);
  }
  return groups;
}

/** The plugin that makes every importer of a grouped module import its whole group (see above). */
function smallModulesTogether(groups, metafile) {
  const GROUP = /^sales-audit-small-modules-(\d+)$/;
  const groupOf = new Map(groups.flatMap((group, g) => [...group].map((input) => [input, g])));
  return {
    name: 'small-modules-together',
    setup(build) {
      build.onResolve({ filter: GROUP }, ({ path }) => ({ path, namespace: 'small-modules' }));
      build.onLoad({ filter: /.*/, namespace: 'small-modules' }, ({ path }) => ({
        contents: [...groups[Number(GROUP.exec(path)[1])]].sort().map((input) => `import ${JSON.stringify(`./${input}`)};`).join('\n'),
        loader: 'js',
        resolveDir: process.cwd(),
      }));
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const input = relative(process.cwd(), path).split(sep).join('/');
        const imported = new Set((metafile.inputs[input]?.imports ?? []).filter((i) => i.kind === 'import-statement' && groupOf.has(i.path) && groupOf.get(i.path) !== groupOf.get(input)).map((i) => groupOf.get(i.path)));
        const contents = await readFile(path, 'utf8');
        return { contents: [contents, ...[...imported].sort().map((g) => `import 'sales-audit-small-modules-${g}';`)].join('\n'), loader: 'ts' };
      });
    },
  };
}

// dist/sources.json: for each output file (main.mjs, chunks/...), the repository's source files it
// holds, so that a test can tell what a command loaded (tests/e2e/report-loads.test.ts).
const sourcesOf = {};
for (const [output, { inputs }] of Object.entries(bundle.metafile.outputs)) {
  sourcesOf[relative(outdir, resolve(output)).split(sep).join('/')] = Object.keys(inputs).filter((input) => input.startsWith('src/')).sort();
}
await writeFile(join(outdir, 'sources.json'), `${JSON.stringify(sourcesOf, null, 1)}\n`);

// Some dependencies (cli-table3, handlebars, commander) are CommonJS: they call require() for Node
// built-ins and read __filename or __dirname, which ES modules do not define. The chunks that hold
// them get those names from a banner; the others (most of the modules a report loads) do not: the
// banner costs every module a createRequire and two fileURLToPath calls at load, about 1.5 ms of
// a report that loads 54 modules, and --help pays it too. A chunk that names none of the three
// cannot use them; esbuild's own `__require` lives in its runtime chunk, which names `require`.
const COMMONJS_BANNER = [
  "import { createRequire as __salesAuditCreateRequire } from 'node:module';",
  "import { fileURLToPath as __salesAuditFileURLToPath } from 'node:url';",
  'const require = __salesAuditCreateRequire(import.meta.url);',
  'const __filename = __salesAuditFileURLToPath(import.meta.url);',
  "const __dirname = __salesAuditFileURLToPath(new URL('.', import.meta.url));",
].join(' ');
const USES_COMMONJS_NAMES = /\b(?:require|__filename|__dirname)\b/;
for (const file of ['main.mjs', ...(await readdir(join(outdir, 'chunks'))).filter((n) => n.endsWith('.mjs')).map((n) => join('chunks', n))]) {
  const code = await readFile(join(outdir, file), 'utf8');
  if (USES_COMMONJS_NAMES.test(code)) await writeFile(join(outdir, file), `${COMMONJS_BANNER}\n${code}`);
}

// Precompile the shipped templates to dist/templates/<name>.cjs (src/io/load-template.ts loads
// them): compiling the report template at run time costs a report about 100 ms. Same compiler,
// same options (bundled from the one place they are defined), so the output is the same as
// compiling at run time.
const { default: Handlebars } = await import('handlebars');
const optionsBundle = await build({ entryPoints: ['src/core/report/template-options.ts'], bundle: true, write: false, format: 'esm', logLevel: 'warning' });
const { TEMPLATE_OPTIONS, HTML_TEMPLATE_OPTIONS } = await import(`data:text/javascript,${encodeURIComponent(optionsBundle.outputFiles[0].text)}`);
const templates = fileURLToPath(new URL('../templates', import.meta.url));
await mkdir(join(outdir, 'templates', 'partials'), { recursive: true });
const templateFiles = [
  ...(await readdir(templates)).filter((n) => n.endsWith('.hbs')),
  ...(existsSync(join(templates, 'partials')) ? (await readdir(join(templates, 'partials'))).filter((n) => n.endsWith('.hbs')).map((n) => `partials/${n}`) : []),
];
/**
 * The partials a template names ({{> name}}), so that a report loads those (and theirs) and not
 * every shipped partial (src/io/load-template.ts); null when one is named by an expression, which
 * only the data decides: then every partial is loaded.
 */
function partialsNamedIn(program) {
  const names = new Set();
  let dynamic = false;
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      if (node.name.type === 'PathExpression') names.add(node.name.original);
      else dynamic = true;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit(program);
  return dynamic ? null : [...names].sort();
}
for (const name of templateFiles) {
  const text = await readFile(join(templates, name), 'utf8');
  // Markdown templates do not escape (TEMPLATE_OPTIONS); HTML and SVG ones do (HTML_TEMPLATE_OPTIONS).
  const spec = Handlebars.precompile(text, name.endsWith('.md.hbs') ? TEMPLATE_OPTIONS : HTML_TEMPLATE_OPTIONS);
  // Minified like the bundle, and for the same reasons (the report template's spec is 176 KB of
  // generated code as Handlebars writes it, and its text has non-ASCII characters).
  const { code } = await transform(`'use strict';\nmodule.exports = { text: ${JSON.stringify(text)}, spec: ${spec}, partials: ${JSON.stringify(partialsNamedIn(Handlebars.parse(text)))} };\n`, {
    minify,
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'templates', name.replace(/\.hbs$/, '.cjs')), `// Precompiled from templates/${name} by scripts/build.mjs.\n${code}`);
}

// Bundles the CLI with esbuild. One bundle with code splitting: each command's handler is its own
// chunk, loaded only when that command runs, so `--version` and `validate` stay close to the bare
// Node start-up time. Type checking is `tsc --noEmit` (npm run typecheck), not this script.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

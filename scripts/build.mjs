// Bundles the CLI with esbuild. One bundle with code splitting: each command's handler is its own
// chunk, loaded only when that command runs, so `--version` and `validate` stay close to the bare
// Node start-up time. Type checking is `tsc --noEmit` (npm run typecheck), not this script.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
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
  // Some dependencies (cli-table3, handlebars) are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __salesAuditCreateRequire } from 'node:module'; const require = __salesAuditCreateRequire(import.meta.url);",
  },
});

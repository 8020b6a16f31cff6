// Regenerates schemas/*.json from the zod schemas: `npm run schemas`. A test keeps them in sync.
// The TypeScript source is bundled in memory with esbuild, so no TS runner is needed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const result = await build({
  entryPoints: ['src/core/schemas.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-schemas-'));
const module = join(dir, 'schemas.mjs');
writeFileSync(module, result.outputFiles[0].text);
try {
  const { jsonSchemaFor, SCHEMA_FILES } = await import(pathToFileURL(module).href);
  for (const kind of Object.keys(SCHEMA_FILES)) {
    writeFileSync(new URL(`../schemas/${SCHEMA_FILES[kind]}`, import.meta.url), jsonSchemaFor(kind));
    console.log(`schemas/${SCHEMA_FILES[kind]}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

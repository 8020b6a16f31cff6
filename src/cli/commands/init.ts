// `sales-audit init [dir]`: a consultant's own copy of the default rubrics, to tailor per client.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathExists } from '../../io/collect-files.js';
import { writeFileAtomically } from '../../io/write-atomic.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

export async function runInit(ctx: CliContext, dir: string): Promise<void> {
  const source = join(ctx.packageRoot, 'rubrics');
  const target = resolve(ctx.cwd, dir);
  const names = (await readdir(source)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const existing: string[] = [];
  for (const name of names) if (await pathExists(join(target, name))) existing.push(join(dir, name));
  if (existing.length > 0) {
    throw new UsageError(`not copying anything: these files already exist and init never overwrites:\n  ${existing.join('\n  ')}\nChoose another folder: sales-audit init <dir>`);
  }
  await mkdir(target, { recursive: true });
  for (const name of names) {
    const text = await readFile(join(source, name), 'utf8');
    const schemaFile = name === '_set.yaml' ? 'set.schema.json' : 'rubric.schema.json';
    // Point editors at the installed package's schema: relative when the package is installed in this
    // project (the folder then moves with it), absolute for a global install.
    const schemaFileAbsolute = join(ctx.packageRoot, 'schemas', schemaFile);
    const local = !relative(ctx.cwd, ctx.packageRoot).startsWith('..');
    const schemaPath = local ? relative(target, schemaFileAbsolute).split(sep).join('/') : schemaFileAbsolute;
    const line = `# yaml-language-server: $schema=${schemaPath}`;
    await writeFileAtomically(join(target, name), SCHEMA_LINE.test(text) ? text.replace(SCHEMA_LINE, line) : `${line}\n${text}`);
  }
  ctx.stdout.write(
    `Copied ${names.length} files to ${dir}:\n${names.map((n) => `  ${join(dir, n)}`).join('\n')}\n\n` +
      'Next:\n' +
      `  1. Tailor the questions, levels and actions to the client (VS Code with the YAML extension validates as you type).\n` +
      `  2. Check them:        sales-audit validate ${dir}\n` +
      `  3. Run the interview: sales-audit audit --rubrics ${dir}\n`,
  );
}

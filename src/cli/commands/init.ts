// `sales-audit init [dir]`: a consultant's own copy of the default rubrics, to tailor per client.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath, pathExists } from '../../io/collect-files.js';
import { describeFsError } from '../../io/describe-fs-error.js';
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
  const written: string[] = [];
  try {
    await mkdir(target, { recursive: true }).catch(async (error: NodeJS.ErrnoException) => {
      // A recursive mkdir says ENOENT where its parent is read-only (EROFS, EACCES): ask once
      // more without recursion for the real reason.
      if (error.code === 'ENOENT' && (await pathExists(dirname(target)))) await mkdir(target);
      throw error;
    });
    for (const name of names) {
      await writeFileAtomically(join(target, name), withSchemaLine(ctx, target, name, await readFile(join(source, name), 'utf8')));
      written.push(join(target, name));
    }
  } catch (error) {
    // A read-only or full folder is the person's to fix, not a bug: said located, and what this
    // run copied is removed, so a rerun into the same folder is not refused for it.
    if (typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error;
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw new UsageError(`cannot copy the rubrics into ${displayPath(ctx.cwd, target)}: ${describeFsError(error)}; nothing was copied. Choose a folder you can write to: sales-audit init <dir>`);
  }
  ctx.stdout.write(
    `Copied ${names.length} files to ${dir}:\n${names.map((n) => `  ${join(dir, n)}`).join('\n')}\n\n` +
      'Next:\n' +
      `  1. Tailor the questions, levels and actions to the client (VS Code with the YAML extension validates as you type).\n` +
      `  2. Check them:        sales-audit validate ${dir}\n` +
      `  3. Run the interview: sales-audit audit --rubrics ${dir}\n`,
  );
}

/** The rubric text pointing editors at the installed package's schema. */
function withSchemaLine(ctx: CliContext, target: string, name: string, text: string): string {
  const schemaFile = name === '_set.yaml' ? 'set.schema.json' : 'rubric.schema.json';
  // Relative when the package is installed in this project (the folder then moves with it),
  // absolute for a global install.
  const schemaFileAbsolute = join(ctx.packageRoot, 'schemas', schemaFile);
  const local = !relative(ctx.cwd, ctx.packageRoot).startsWith('..');
  const schemaPath = local ? relative(target, schemaFileAbsolute).split(sep).join('/') : schemaFileAbsolute;
  const line = `# yaml-language-server: $schema=${schemaPath}`;
  return SCHEMA_LINE.test(text) ? text.replace(SCHEMA_LINE, line) : `${line}\n${text}`;
}

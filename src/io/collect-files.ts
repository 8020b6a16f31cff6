// Expands the paths a user typed into the YAML files they mean. Missing paths are usage errors.
// Synchronous calls on purpose, as in read-sources.ts: nothing else to do meanwhile, and the
// promise API costs start-up time.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PathNotFoundError } from './io-errors.js';

const YAML_FILE = /\.ya?ml$/i;

/** Shows a path relative to the working directory when it is inside it, else absolute. */
export function displayPath(cwd: string, absolutePath: string): string {
  const rel = relative(cwd, absolutePath);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder is one finding (readSourceFile says why), not the end of the run.
    out.push(dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)) out.push(full);
  }
}

/**
 * Files and folders to absolute YAML file paths: a file is taken as given (whatever its
 * extension), a folder contributes every *.yaml / *.yml inside it, recursively. A path that does
 * not exist throws PathNotFoundError.
 */
export async function collectYamlFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = statSync(absolute);
    } catch {
      throw new PathNotFoundError(path);
    }
    if (info.isDirectory()) await walk(absolute, files);
    else files.push(absolute);
  }
  return [...new Set(files)];
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

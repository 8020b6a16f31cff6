// Where the rubrics come from when no path is given: ./rubrics when it exists, else the built-in set.
import { join, resolve } from 'node:path';
import { pathExists } from './collect-files.js';

export async function defaultRubricPaths(cwd: string, packageRoot: string): Promise<string[]> {
  const local = resolve(cwd, 'rubrics');
  return [(await pathExists(local)) ? local : join(packageRoot, 'rubrics')];
}

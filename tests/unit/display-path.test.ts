// displayPath: how a file's path is shown in findings: relative to the working directory when the
// file is inside it, else absolute.
import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/io/collect-files.js';

describe('displayPath', () => {
  const cwd = `${sep}work${sep}client`;
  const p = (...parts: string[]) => parts.join(sep);
  it.each([
    [p(cwd, 'rubrics', 'a.yaml'), p('rubrics', 'a.yaml')],
    [p(cwd, 'a.yaml'), 'a.yaml'],
    [cwd, cwd],
    [`${cwd}-other${sep}a.yaml`, `${cwd}-other${sep}a.yaml`],
    [p('', 'work', 'a.yaml'), p('', 'work', 'a.yaml')],
    [p(cwd, '.hidden', 'a.yaml'), p('.hidden', 'a.yaml')],
    [p(cwd, '..', 'a.yaml'), p(cwd, '..', 'a.yaml')],
    [p(cwd, '.', 'a.yaml'), 'a.yaml'],
    [p(cwd, 'x', '..', '..', 'y.yaml'), p(cwd, 'x', '..', '..', 'y.yaml')],
  ])('shows %s as %s', (path, shown) => {
    expect(displayPath(cwd, path)).toBe(shown);
  });
});

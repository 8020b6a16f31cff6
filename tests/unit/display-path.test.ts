// displayPath's quick case (a path plainly under the working directory, sliced rather than put
// through path.relative) must show exactly what path.relative's rule shows, for any path.
import { isAbsolute, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/io/collect-files.js';

/** The rule as it was before the quick case: relative when inside, else absolute. */
function reference(cwd: string, absolutePath: string): string {
  const rel = relative(cwd, absolutePath);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
}

describe('displayPath', () => {
  const cwd = `${sep}work${sep}client`;
  it.each([
    `${cwd}${sep}rubrics${sep}a.yaml`,
    `${cwd}${sep}a.yaml`,
    `${cwd}`,
    `${cwd}${sep}`,
    `${cwd}-other${sep}a.yaml`,
    `${sep}work${sep}a.yaml`,
    `${cwd}${sep}.hidden${sep}a.yaml`,
    `${cwd}${sep}..${sep}a.yaml`,
    `${cwd}${sep}.${sep}a.yaml`,
    `${cwd}${sep}${sep}a.yaml`,
    `${cwd}${sep}x${sep}..${sep}..${sep}y.yaml`,
  ])('shows %s as path.relative would', (path) => {
    expect(displayPath(cwd, path)).toBe(reference(cwd, path));
  });

  it('agrees with path.relative on generated paths, at the root too', () => {
    const segment = fc.constantFrom('a', 'b.yaml', '.', '..', '', '.x', 'x.', 'client', 'client-2', '..a');
    fc.assert(
      fc.property(fc.constantFrom(cwd, `${sep}work`, sep), fc.array(segment, { maxLength: 5 }), (base, parts) => {
        const path = `${base === sep ? '' : base}${sep}${parts.join(sep)}`;
        expect(displayPath(base, path)).toBe(reference(base, path));
      }),
      { numRuns: 2000 },
    );
  });
});

// `import` writes its answers files all at once or not at all: into a new folder by one rename of
// a staging folder, into an existing one file by file, and on any error nothing of the call is left.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeManyFiles } from '../../src/io/write-many-files.js';

const dir = mkdtempSync(join(tmpdir(), 'sales-audit-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `case-${n++}`);
const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `response-${i}.yaml`, content: `row: ${i}\n` }));

/** The files, then an error: what a failed write in the middle looks like. */
function* failingAfter(count: number) {
  yield* files(count);
  throw new Error('disk full');
}

describe('writeManyFiles', () => {
  it('creates a missing folder (and its parents) holding every file, and leaves no staging folder', () => {
    const parent = fresh();
    const folder = join(parent, 'nested', 'answers');
    writeManyFiles(folder, files(3));
    expect(readdirSync(folder).sort()).toEqual(['response-0.yaml', 'response-1.yaml', 'response-2.yaml']);
    expect(readFileSync(join(folder, 'response-2.yaml'), 'utf8')).toBe('row: 2\n');
    expect(readdirSync(join(parent, 'nested'))).toEqual(['answers']);
  });

  it('adds to an existing folder, keeping what is there', () => {
    const folder = fresh();
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeManyFiles(folder, files(2));
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'response-0.yaml', 'response-1.yaml']);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('leaves nothing when an error stops it: no new folder, no staging folder', () => {
    const parent = fresh();
    mkdirSync(parent);
    const folder = join(parent, 'answers');
    expect(() => writeManyFiles(folder, failingAfter(5))).toThrow('disk full');
    expect(statSync(folder, { throwIfNoEntry: false })).toBeUndefined();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves an existing folder as it was when an error stops it', () => {
    const folder = fresh();
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    expect(() => writeManyFiles(folder, failingAfter(5))).toThrow('disk full');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('never writes over a file of the same name (and then writes none)', () => {
    const folder = fresh();
    const twice = [...files(2), { name: 'response-0.yaml', content: 'again\n' }];
    expect(() => writeManyFiles(folder, twice)).toThrow(/EEXIST/);
    expect(statSync(folder, { throwIfNoEntry: false })).toBeUndefined();
  });
});

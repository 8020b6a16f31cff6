// import writes all its answers files or none, and never replaces a file, even one that appears
// while it writes (review finding 16): into a new folder by one rename of a staging folder, into
// an existing one by a link per file, and on any error nothing of the call is left.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeManyFiles } from '../../src/io/write-many-files.js';

const root = mkdtempSync(join(tmpdir(), 'sales-audit-many-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => mkdtempSync(join(root, `f${n++}-`));
/** A path in `root` that does not exist yet. */
const fresh = () => join(root, `new-${n++}`);
const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `response-${i}.yaml`, content: `row: ${i}\n` }));

/** The files, then an error: what a failed write in the middle looks like. */
function* failingAfter(count: number) {
  yield* files(count);
  throw new Error('disk full');
}

describe('writeManyFiles', () => {
  it('writes every file, and leaves no temp file', () => {
    const dir = folder();
    expect(writeManyFiles(dir, ['a', 'b', 'c'].map((name) => ({ name, content: name })))).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b', 'c']);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('b');
  });

  it('a failure part-way (the disk full at the third file) removes the files already written', () => {
    const dir = folder();
    writeFileSync(join(dir, 'theirs'), 'not ours');
    function* files() {
      yield { name: 'a', content: 'a' };
      yield { name: 'b', content: 'b' };
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    }
    expect(() => writeManyFiles(dir, files())).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['theirs']);
  });

  it('a file that appears under one of its names meanwhile is never replaced: EEXIST, and nothing of this run is left', () => {
    const dir = folder();
    function* files() {
      yield { name: 'a', content: 'a' };
      writeFileSync(join(dir, 'b'), 'written by another import');
      yield { name: 'b', content: 'b' };
      yield { name: 'c', content: 'c' };
    }
    expect(() => writeManyFiles(dir, files())).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readdirSync(dir)).toEqual(['b']);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('written by another import');
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

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

  it('removes the parent folders it made when an error stops it', () => {
    const parent = fresh();
    expect(() => writeManyFiles(join(parent, 'nested', 'answers'), failingAfter(2))).toThrow('disk full');
    expect(existsSync(parent)).toBe(false);
  });
});

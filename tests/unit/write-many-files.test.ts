// import writes all its answers files or none, and never replaces a file, even one that appears
// while it writes (review finding 16): into a new folder by one rename of a staging folder, into
// an existing one by a link per file, and on any error nothing of the call is left.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaging, writeManyFiles as writeMany, WriteInterrupted } from '../../src/io/write-many-files.js';
import { importState, MARKER_NAME, stagingFolderFor } from '../../src/io/import-marker.js';

const writeManyFiles = (folder: string, list: Iterable<{ name: string; content: string }>, signal?: AbortSignal) => writeMany(folder, list, { source: '/exports/responses.csv', signal });
/** The folder's entries but the import marker. */
const listed = (dir: string) => readdirSync(dir).filter((n) => n !== MARKER_NAME).sort();

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
  it('writes every file, and leaves no temp file', async () => {
    const dir = folder();
    await expect(writeManyFiles(dir, ['a', 'b', 'c'].map((name) => ({ name, content: name })))).resolves.toBe(3);
    expect(listed(dir)).toEqual(['a', 'b', 'c']);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('b');
  });

  it('a failure part-way (the disk full at the third file) removes the files already written', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'theirs'), 'not ours');
    function* files() {
      yield { name: 'a', content: 'a' };
      yield { name: 'b', content: 'b' };
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    }
    await expect(writeManyFiles(dir, files())).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['theirs']);
  });

  it('a file that appears under one of its names meanwhile is never replaced: EEXIST, and nothing of this run is left', async () => {
    const dir = folder();
    function* files() {
      yield { name: 'a', content: 'a' };
      writeFileSync(join(dir, 'b'), 'written by another import');
      yield { name: 'b', content: 'b' };
      yield { name: 'c', content: 'c' };
    }
    await expect(writeManyFiles(dir, files())).rejects.toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readdirSync(dir)).toEqual(['b']);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('written by another import');
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('creates a missing folder (and its parents) holding every file, and leaves no staging folder', async () => {
    const parent = fresh();
    const folder = join(parent, 'nested', 'answers');
    await writeManyFiles(folder, files(3));
    expect(listed(folder)).toEqual(['response-0.yaml', 'response-1.yaml', 'response-2.yaml']);
    expect(importState(folder)).toEqual({ kind: 'none', leftover: null });
    expect(readFileSync(join(folder, 'response-2.yaml'), 'utf8')).toBe('row: 2\n');
    expect(readdirSync(join(parent, 'nested'))).toEqual(['answers']);
  });

  it('adds to an existing folder, keeping what is there', async () => {
    const folder = fresh();
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await writeManyFiles(folder, files(2));
    expect(listed(folder)).toEqual(['notes.txt', 'response-0.yaml', 'response-1.yaml']);
    expect(importState(folder)).toEqual({ kind: 'none', leftover: null });
    expect(readdirSync(root).filter((n) => n.includes('sales-audit-import'))).toEqual([]);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('leaves nothing when an error stops it: no new folder, no staging folder', async () => {
    const parent = fresh();
    mkdirSync(parent);
    const folder = join(parent, 'answers');
    await expect(writeManyFiles(folder, failingAfter(5))).rejects.toThrow('disk full');
    expect(statSync(folder, { throwIfNoEntry: false })).toBeUndefined();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves an existing folder as it was when an error stops it', async () => {
    const folder = fresh();
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await expect(writeManyFiles(folder, failingAfter(5))).rejects.toThrow('disk full');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('never writes over a file of the same name (and then writes none)', async () => {
    const folder = fresh();
    const twice = [...files(2), { name: 'response-0.yaml', content: 'again\n' }];
    await expect(writeManyFiles(folder, twice)).rejects.toThrow(/EEXIST/);
    expect(statSync(folder, { throwIfNoEntry: false })).toBeUndefined();
  });

  it('removes the parent folders it made when an error stops it', async () => {
    const parent = fresh();
    await expect(writeManyFiles(join(parent, 'nested', 'answers'), failingAfter(2))).rejects.toThrow('disk full');
    expect(existsSync(parent)).toBe(false);
  });

  it('an interruption (the AbortSignal) while moving into an existing folder undoes it all, the earlier marker put back', async () => {
    const folder = fresh();
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await writeManyFiles(folder, [{ name: 'earlier.yaml', content: 'earlier\n' }]);
    const markerBefore = readFileSync(join(folder, MARKER_NAME), 'utf8');
    const controller = new AbortController();
    const calls: string[] = [];
    const run = writeMany(folder, files(1000), {
      source: '/exports/second.csv',
      signal: controller.signal,
      onProgress: (phase, done) => {
        calls.push(phase);
        // Once files are being moved in, the target says it is unfinished: stop there.
        if (phase === 'moving' && done >= 400) {
          expect(importState(folder).kind).toBe('moving');
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toBeInstanceOf(WriteInterrupted);
    expect(calls).toContain('moving');
    expect(listed(folder)).toEqual(['earlier.yaml', 'notes.txt']);
    expect(readFileSync(join(folder, MARKER_NAME), 'utf8')).toBe(markerBefore);
    expect(existsSync(stagingFolderFor(folder))).toBe(false);
    expect(importState(folder)).toEqual({ kind: 'none', leftover: null });
  });

  it('an interruption while staging into a new folder leaves no folder and no staging folder', async () => {
    const parent = fresh();
    mkdirSync(parent);
    const controller = new AbortController();
    const run = writeMany(join(parent, 'answers'), files(1000), { source: '/x.csv', signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toBeInstanceOf(WriteInterrupted);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removing a staging folder never goes through a symbolic link planted under its name', () => {
    const victim = fresh();
    mkdirSync(victim);
    writeFileSync(join(victim, 'precious'), 'keep');
    const folder = fresh();
    symlinkSync(victim, stagingFolderFor(folder));
    removeStaging(stagingFolderFor(folder));
    expect(readdirSync(victim)).toEqual(['precious']);
    expect(existsSync(stagingFolderFor(folder))).toBe(false);
  });
});

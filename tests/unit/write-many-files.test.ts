// import writes all its answers files or none, and never replaces a file, even one that appears
// while it writes (review finding 16).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeManyFiles } from '../../src/io/write-many-files.js';

const root = mkdtempSync(join(tmpdir(), 'sales-audit-many-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => mkdtempSync(join(root, `f${n++}-`));

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
});

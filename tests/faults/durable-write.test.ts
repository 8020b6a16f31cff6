// The durable write against a disk that fills up: an injected file that takes fewer bytes than
// asked, then fails with ENOSPC (or returns 0). The old file must be left byte for byte, no temp
// file may stay, and the CLI must say "the disk is full" with exit 2 and "nothing was written".
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { promises as fsPromises } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, writeOutputFiles, type DurableIo, type WritableFile } from '../../src/io/write-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-durable-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A real file whose writes take at most `chunk` bytes each, and fail with ENOSPC (or return 0,
 * with `silent`) once `capacity` bytes are in it: what a nearly full disk does.
 */
function fillingDisk(capacity: number, chunk: number, options: { silent?: boolean } = {}): DurableIo & { writes: number[] } {
  const writes: number[] = [];
  return {
    writes,
    async create(path) {
      const real = await fsPromises.open(path, 'wx', 0o666);
      let used = 0;
      const file: WritableFile = {
        async write(buffer, offset, length, position) {
          const room = capacity - used;
          if (room <= 0) {
            if (options.silent) return { bytesWritten: 0 };
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
          }
          const n = Math.min(length, chunk, room);
          const { bytesWritten } = await real.write(buffer, offset, n, position);
          used += bytesWritten;
          writes.push(bytesWritten);
          return { bytesWritten };
        },
        sync: () => real.sync(),
        stat: () => real.stat(),
        chmod: (mode) => real.chmod(mode),
        close: () => real.close(),
      };
      return file;
    },
  };
}

const NEW = 'new report\n'.repeat(7000); // 77,000 bytes
const OLD = 'old report, still good\n'.repeat(100);

describe('durable write on a filling disk', () => {
  it('loops on short writes until every byte is written', async () => {
    const path = join(dir, 'report.md');
    const disk = fillingDisk(1e9, 4096);
    await writeFileAtomically(path, NEW, disk);
    expect(readFileSync(path, 'utf8')).toBe(NEW);
    expect(disk.writes.length).toBe(Math.ceil(NEW.length / 4096));
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('short writes then ENOSPC: the old file is untouched and the temp file is gone', async () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, OLD);
    const disk = fillingDisk(12_288, 4096);
    await expect(writeFileAtomically(path, NEW, disk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(disk.writes).toEqual([4096, 4096, 4096]);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('a write that takes nothing without an error is a full disk too, not a loop forever', async () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, OLD);
    await expect(writeFileAtomically(path, NEW, fillingDisk(5000, 3000, { silent: true }))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('a temp file whose size is not the content is never renamed over the target', async () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, OLD);
    const lying: DurableIo = {
      async create(p) {
        const real = await fsPromises.open(p, 'wx', 0o666);
        // Claims every byte but writes half: only the size check can catch it.
        return {
          write: async (buffer, offset, length, position) => {
            await real.write(buffer, offset, Math.ceil(length / 2), position);
            return { bytesWritten: length };
          },
          sync: () => real.sync(),
          stat: () => real.stat(),
          chmod: (mode) => real.chmod(mode),
          close: () => real.close(),
        };
      },
    };
    await expect(writeFileAtomically(path, NEW, lying)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('writeOutputFiles reports the failure as write-failed with its code (worded by the CLI: small-disk.test.ts), the old file unchanged', async () => {
    writeFileSync(join(dir, 'report.md'), OLD);
    const error = await writeOutputFiles(dir, [{ file: 'report.md', content: NEW }], { force: true }, fillingDisk(8192, 4096)).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'write-failed', code: 'ENOSPC' });
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(OLD);
  });

  it('keeps the mode of the file it replaces, and replaces the file a symbolic link names, not the link', async () => {
    const real = join(dir, 'real.md');
    writeFileSync(real, OLD);
    chmodSync(real, 0o600);
    symlinkSync('real.md', join(dir, 'link.md'));
    await writeFileAtomically(join(dir, 'link.md'), NEW);
    expect(readFileSync(real, 'utf8')).toBe(NEW);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });
});

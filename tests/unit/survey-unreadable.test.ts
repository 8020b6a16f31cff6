// An export the user may not read (EACCES) is a located file-unreadable finding with the reason,
// as for a YAML file, never "internal error … a bug in sales-audit" (review finding 10). Tests run
// as root in CI, where chmod 000 blocks nothing: the file system refuses through a mock instead,
// after stat succeeded, which is where the real failure happens.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => String(path).includes('locked');
  const eacces = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', syscall: 'open', path: String(path) });
  const wrap =
    <F extends (...args: never[]) => unknown>(f: F) =>
    (...args: Parameters<F>): ReturnType<F> => {
      if (denied(args[0])) throw eacces(args[0]);
      return f(...args) as ReturnType<F>;
    };
  const patched = { ...fs, openSync: wrap(fs.openSync), readFileSync: wrap(fs.readFileSync), createReadStream: wrap(fs.createReadStream) };
  return { ...patched, default: patched };
});

const { readSurveyExport } = await import('../../src/io/read-survey-export.js');
const { defaultSet } = await import('../helpers/interview-sets.js');

const set = defaultSet();
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-locked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an export that cannot be read (review finding 10)', () => {
  for (const [name, content] of [
    ['locked.csv', 'Timestamp,Your role\r\n11/26/2026 14:03:05,Leadership\r\n'],
    ['locked.json', '[{"role": "Leadership"}]'],
    ['locked.xlsx', 'PK\u0003\u0004'],
  ] as const) {
    it(`${name}: file-unreadable at 1:1, with the reason`, async () => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const r = await readSurveyExport(set, path, { file: name, from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
      expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${name}:1:1 file-unreadable`]);
      expect(r.diagnostics[0]!.message).toBe('cannot read the export: permission denied');
      expect(r.errorCount).toBe(1);
    });
  }
});

// A portfolio on disk: a folder holding portfolio.json (format and the organization-key salt) and
// one <id>.json per audit, named by its content address. Adding one writes one file and reads
// none of the others (constant time whatever the portfolio's size): the name says whether the
// audit is there already. Reading goes file by file and hands each record on, so the caller keeps
// what it needs and a damaged or foreign file is reported and skipped while the rest are read.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord, serializeRecord, type RecordProblem } from '../core/portfolio/parse-record.js';
import { MANIFEST_NAME, PortfolioManifest, RECORD_FORMAT_VERSION, type PortfolioRecord } from '../core/portfolio/record.js';
import { describeFsError } from './describe-fs-error.js';
import { createNewFile, fsyncFolderSync, placeNoReplace } from './no-replace-file.js';

export class PortfolioError extends Error {
  override name = 'PortfolioError';
}

export function recordFileName(id: string): string {
  return `${id}.json`;
}

/** Writes `content` whole to a new file beside `target`, fsyncs it, and puts it at `target` only if `target` does not exist. */
function createExclusive(target: string, content: string): boolean {
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  createNewFile(temp, content, { sync: true });
  try {
    placeNoReplace(temp, target); // atomic, and fails with EEXIST rather than replace
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** The portfolio's manifest; with `create`, the folder and the manifest are made when missing. */
export function openPortfolio(dir: string, options: { create: boolean }): PortfolioManifest {
  const path = join(dir, MANIFEST_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new PortfolioError(`${path}: cannot be read: ${describeFsError(error)}`);
    if (!options.create) {
      const folder = statSync(dir, { throwIfNoEntry: false });
      throw new PortfolioError(
        folder?.isDirectory()
          ? `${dir} is not a portfolio (no ${MANIFEST_NAME}): add an audit to it with \`sales-audit portfolio add <audit> --portfolio ${dir}\``
          : `${dir}: ${folder ? 'is not a folder' : 'no such folder'}`,
      );
    }
    mkdirSync(dir, { recursive: true });
    const manifest: PortfolioManifest = { format: 'sales-audit-portfolio', formatVersion: RECORD_FORMAT_VERSION, salt: randomBytes(16).toString('hex') };
    // Two adds racing to create it: the first one's salt wins, the other reads it.
    if (createExclusive(path, `${JSON.stringify(manifest, null, 2)}\n`)) {
      fsyncFolderSync(dir);
      return manifest;
    }
    text = readFileSync(path, 'utf8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PortfolioError(`${path}:1:1: not valid JSON; restore it from a backup (its salt makes the organization keys)`);
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > RECORD_FORMAT_VERSION) {
    throw new PortfolioError(`${path}: written by a newer sales-audit (portfolio format ${version}; this version reads format ${RECORD_FORMAT_VERSION}): update sales-audit`);
  }
  const parsed = PortfolioManifest.safeParse(json);
  if (!parsed.success) throw new PortfolioError(`${path}:1:1: not a portfolio manifest sales-audit wrote (${parsed.error.issues[0]!.message})`);
  return parsed.data;
}

/** Adds a record: 'added', or 'present' when a record with its id is there already (nothing written). */
export function addRecord(dir: string, record: PortfolioRecord): { status: 'added' | 'present'; path: string } {
  const path = join(dir, recordFileName(record.id));
  const added = createExclusive(path, serializeRecord(record));
  if (added) fsyncFolderSync(dir);
  return { status: added ? 'added' : 'present', path };
}

export interface FolderProblem extends RecordProblem {
  file: string;
}

/**
 * Reads every record of the portfolio, in file-name order, handing each to `onRecord`; a file
 * that is not a valid record goes to `onProblem` and the reading goes on. Returns how many
 * records were read.
 */
export function readRecords(dir: string, onRecord: (record: PortfolioRecord, file: string) => void, onProblem: (problem: FolderProblem) => void): number {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new PortfolioError(`${dir}: cannot be read: ${describeFsError(error)}`);
  }
  let count = 0;
  for (const name of names) {
    // Hidden files and the temp files of an add in progress are not the portfolio's content.
    if (name === MANIFEST_NAME || name.startsWith('.') || name.endsWith('.tmp')) continue;
    const file = join(dir, name);
    if (!name.endsWith('.json')) {
      onProblem({ file, rule: 'portfolio-foreign-file', line: 1, column: 1, message: 'not a portfolio record (records are <id>.json files that sales-audit writes): skipped' });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const folder = (error as NodeJS.ErrnoException).code === 'EISDIR';
      onProblem({ file, rule: folder ? 'portfolio-foreign-file' : 'portfolio-corrupt-record', line: 1, column: 1, message: folder ? 'a folder inside the portfolio: not read' : `cannot be read: ${describeFsError(error)}` });
      continue;
    }
    const parsed = parseRecord(text);
    if (!parsed.ok) {
      onProblem({ file, rule: parsed.rule, line: parsed.line, column: parsed.column, message: parsed.message });
      continue;
    }
    if (name !== recordFileName(parsed.value.id)) {
      onProblem({ file, rule: 'portfolio-corrupt-record', line: 1, column: 1, message: `the file name does not match the record's id ${parsed.value.id} (renamed or copied by hand): skipped` });
      continue;
    }
    count++;
    onRecord(parsed.value, file);
  }
  return count;
}

// Many small files into one folder, all or nothing, never over an existing file: `import` writes
// 10,000 answers files. The state of an import is kept in files (import-marker.ts), so that a kill
// at any point leaves the target as it was, or complete, or marked unfinished (readers refuse it
// and a rerun finishes it); it is never silently partial.
//
//  1. Every file is written whole into a staging folder beside the target, whose marker names the
//     import (`.answers.sales-audit-import/`).
//  2. A new target: the staging folder, its marker now saying complete, is renamed to it. One
//     rename: the folder appears whole or not at all.
//  3. An existing target: its marker says `complete: false` first (durably); then each file is
//     linked in from staging (a link, unlike a rename, fails with EEXIST instead of replacing a file
//     that appeared meanwhile); then the marker says `complete: true`, written last; then the
//     staging folder goes.
// A failure or an interruption (the caller's AbortSignal: Ctrl-C, SIGTERM) undoes everything this
// call did before rethrowing: the files linked in, the marker (as it was before), the staging
// folder, the parent folders it made. Only a kill that cannot be caught (SIGKILL, a power cut)
// leaves something behind, and then it is marked so. Files are written with synchronous calls
// (fast for many small files), yielding to the event loop every few hundred so a signal is heard.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MARKER_NAME, stagingFolderFor, type ImportMarker } from './import-marker.js';
import { createNewFile, fsyncFolderSync, placeNoReplace } from './no-replace-file.js';
import { writeFileAtomically } from './write-atomic.js';

/** The names among `names` that exist in `folder` (a missing folder has none). */
export function existingNames(folder: string, names: readonly string[]): string[] {
  let present: Set<string>;
  try {
    present = new Set(readdirSync(folder));
  } catch {
    return [];
  }
  return names.filter((n) => present.has(n));
}

/** Thrown when the caller's signal stops a write: everything this call did is undone first. */
export class WriteInterrupted extends Error {
  override name = 'WriteInterrupted';
  constructor() {
    super('interrupted');
  }
}

/** The staging folder renamed to `folder`; false when a folder of that name appeared meanwhile (then the files are linked into it). */
function renameIntoPlace(staging: string, folder: string): boolean {
  try {
    renameSync(staging, folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'EPERM') return false;
    throw error;
  }
}

/** `folder` and its parents up to `top`, each only while empty: the folders this call made, unless someone filled them meanwhile. */
function removeEmptyFolders(folder: string, top: string): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}

/**
 * Removes a staging folder with its marker last: a kill part-way leaves a folder that still names
 * its import, so it is still known for the leftover of a finished one, not an unknown import.
 */
export function removeStaging(staging: string): void {
  // Never through a link: a symbolic link planted under the staging folder's name is removed
  // itself, and what it points to is not listed, let alone emptied.
  const info = lstatSync(staging, { throwIfNoEntry: false });
  if (info === undefined) return;
  if (!info.isDirectory()) {
    rmSync(staging, { force: true });
    return;
  }
  for (const name of readdirSync(staging)) if (name !== MARKER_NAME) rmSync(join(staging, name), { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}

const markerText = (marker: ImportMarker) => `${JSON.stringify(marker, null, 2)}\n`;

/** Lets a pending signal handler run, then stops if it asked to. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new WriteInterrupted();
}

const CHECK_EVERY = 200;

export interface WriteManyOptions {
  /** The export the files come from (absolute), recorded in the markers. */
  source: string;
  /** Stops the write: everything done is undone, then WriteInterrupted is thrown. */
  signal?: AbortSignal;
  /** Called as files are staged and as they are moved in. */
  onProgress?: (phase: 'staging' | 'moving', done: number) => void;
}

/**
 * Writes each file into `folder` (absolute; made, with its parents, when missing): all of them or
 * none. The caller has checked importState(folder) first. Returns how many.
 */
export async function writeManyFiles(folder: string, files: Iterable<{ name: string; content: string }>, options: WriteManyOptions): Promise<number> {
  const { signal } = options;
  const existed = statSync(folder, { throwIfNoEntry: false }) !== undefined;
  const staging = stagingFolderFor(folder);
  const marker: ImportMarker = { version: 1, id: `${process.pid}-${Date.now().toString(36)}`, pid: process.pid, export: options.source, files: null, complete: false };
  const names: string[] = [];
  const placed: string[] = [];
  let madeParents: string | undefined;
  let madeStaging = false;
  let markerBefore: string | null | undefined; // the target's marker before this run touched it
  try {
    if (signal?.aborted) throw new WriteInterrupted();
    if (!existed) madeParents = mkdirSync(dirname(folder), { recursive: true });
    // mkdir, not recursive: a staging folder already there is another import's (EEXIST).
    mkdirSync(staging);
    madeStaging = true;
    createNewFile(join(staging, MARKER_NAME), markerText(marker));
    for (const { name, content } of files) {
      createNewFile(join(staging, name), content);
      names.push(name);
      if (names.length % CHECK_EVERY === 0) {
        options.onProgress?.('staging', names.length);
        await checkpoint(signal);
      }
    }
    marker.files = names.length;
    await checkpoint(signal);
    if (!existed) {
      await writeFileAtomically(join(staging, MARKER_NAME), markerText({ ...marker, complete: true }));
      fsyncFolderSync(staging);
      if (renameIntoPlace(staging, folder)) {
        madeStaging = false;
        fsyncFolderSync(dirname(folder));
        return names.length;
      }
    }
    fsyncFolderSync(staging);
    // From here the target says it is unfinished until the last file is in.
    try {
      markerBefore = readFileSync(join(folder, MARKER_NAME), 'utf8');
    } catch {
      markerBefore = null;
    }
    await writeFileAtomically(join(staging, MARKER_NAME), markerText(marker));
    await writeFileAtomically(join(folder, MARKER_NAME), markerText(marker));
    for (const name of names) {
      const path = join(folder, name);
      placeNoReplace(join(staging, name), path);
      placed.push(path);
      if (placed.length % CHECK_EVERY === 0) {
        options.onProgress?.('moving', placed.length);
        await checkpoint(signal);
      }
    }
    fsyncFolderSync(folder);
    await writeFileAtomically(join(folder, MARKER_NAME), markerText({ ...marker, complete: true }));
    markerBefore = undefined; // complete: nothing to restore from here on
    removeStaging(staging);
    madeStaging = false;
    return names.length;
  } catch (error) {
    for (const path of placed) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone; nothing else to undo.
      }
    }
    if (markerBefore === null) rmSync(join(folder, MARKER_NAME), { force: true });
    else if (markerBefore !== undefined) await writeFileAtomically(join(folder, MARKER_NAME), markerBefore).catch(() => {});
    if (madeStaging) removeStaging(staging);
    if (madeParents !== undefined) removeEmptyFolders(dirname(folder), madeParents);
    throw error;
  }
}

/**
 * Finishes an import into `folder` that was interrupted while its files were moved in (its state
 * 'moving'): links in the staged files not yet there, marks it complete, removes the staging
 * folder. A file of the same name that is not the staged one stops it (EEXIST), changing nothing
 * more. Returns how many files the import holds.
 */
export async function finishInterruptedImport(folder: string, staging: string, marker: ImportMarker): Promise<number> {
  const names = readdirSync(staging).filter((n) => n !== MARKER_NAME && !n.startsWith('.'));
  for (const name of names) {
    const path = join(folder, name);
    const there = statSync(path, { throwIfNoEntry: false });
    if (there === undefined) {
      placeNoReplace(join(staging, name), path);
      continue;
    }
    const staged = statSync(join(staging, name));
    const same = (there.ino === staged.ino && there.dev === staged.dev) || (there.size === staged.size && readFileSync(path).equals(readFileSync(join(staging, name))));
    if (!same) throw Object.assign(new Error(`EEXIST: ${path} is not the file the import staged`), { code: 'EEXIST', syscall: 'link', path });
  }
  fsyncFolderSync(folder);
  await writeFileAtomically(join(folder, MARKER_NAME), markerText({ ...marker, files: names.length, complete: true }));
  removeStaging(staging);
  return names.length;
}

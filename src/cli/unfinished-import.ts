// A folder holding part of an import is never read as if it were whole: every command that reads
// answers folders refuses it, saying which folder, what happened and the command that resumes or
// cleans it (the states are in io/import-marker.ts).
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { shellQuote } from '../core/interview/resume-command.js';
import { displayPath } from '../io/collect-files.js';
import { importState, MARKER_NAME, type ImportState } from '../io/import-marker.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/** `sales-audit import <export> --out <folder>`, quoted for a shell. */
export function importCommand(ctx: CliContext, exportPath: string, folder: string): string {
  return `sales-audit import ${shellQuote(displayPath(ctx.cwd, exportPath))} --out ${shellQuote(displayPath(ctx.cwd, folder))}`;
}

/** The message for a folder whose import is not finished: located (the folder first), what to do. */
export function describeUnfinishedImport(ctx: CliContext, folder: string, state: Exclude<ImportState, { kind: 'none' }>): string {
  const shown = displayPath(ctx.cwd, folder);
  switch (state.kind) {
    case 'running':
      return (
        `${shown}: an import into this folder is running now (process ${state.pid}); run this again once it has finished. ` +
        `If no import is running (the process id was reused), remove its staging folder: rm -r ${shellQuote(displayPath(ctx.cwd, state.staging))}`
      );
    case 'staged': {
      const rerun = state.marker === null ? 'Run the import again' : `Run the import again (${importCommand(ctx, state.marker.export, folder)})`;
      return (
        `${shown}: an import into this folder was interrupted before it moved any file in; the folder is as it was, but the import's staging folder ` +
        `${displayPath(ctx.cwd, state.staging)} is left beside it. ${rerun}, or remove the staging folder: rm -r ${shellQuote(displayPath(ctx.cwd, state.staging))}`
      );
    }
    case 'moving':
      return (
        `${shown}: an import into this folder was interrupted while it moved its ${state.marker.files ?? ''} answers files in, so the folder holds only part of them. ` +
        `To finish it, run the same command again: ${importCommand(ctx, state.marker.export, folder)} (it takes the files staged in ${displayPath(ctx.cwd, state.staging)}, without reading the export again)`
      );
    case 'orphaned':
      if (state.marker === 'unreadable') {
        return `${shown}: ${join(shown, MARKER_NAME)} is not an import marker sales-audit can read, so whether an import into this folder finished is unknown. Check the answers files here against the export, then remove ${join(shown, MARKER_NAME)}`;
      }
      return (
        `${shown}: ${join(shown, MARKER_NAME)} says an import into this folder did not finish, and its staging folder is gone, so it cannot be finished. ` +
        `Import the export again into a new folder, or, if you have checked the answers files here, remove ${join(shown, MARKER_NAME)}`
      );
  }
}

/**
 * Refuses (exit 2) when any answers folder given, or the folder of any answers file found, holds
 * an unfinished import. `files` are the answers files collected from `paths`.
 */
export function refuseUnfinishedImports(ctx: CliContext, paths: readonly string[], files: readonly string[], nothingWritten: string): void {
  const folders = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(ctx.cwd, path);
    if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) folders.add(absolute);
  }
  for (const file of files) folders.add(dirname(file));
  for (const folder of folders) {
    const state = importState(folder);
    if (state.kind !== 'none') throw new UsageError(`${describeUnfinishedImport(ctx, folder, state)}. ${nothingWritten}.`);
  }
}

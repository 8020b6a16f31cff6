// What can go wrong reading paths the user named and writing output files, as errors of the io
// layer. io knows nothing of the CLI: the CLI (src/cli/process-context.ts) words these and turns
// them into exit codes.

/** A path the user gave does not exist. */
export class PathNotFoundError extends Error {
  override name = 'PathNotFoundError';
  constructor(readonly path: string) {
    super(`path not found: ${path}`);
  }
}

export type OutputProblem =
  /** The file name is empty. */
  | 'no-name'
  /** The name is a folder. */
  | 'is-folder'
  /** The name is a device, a pipe or a socket (such as /dev/null): renaming a file over it would replace it. */
  | 'not-a-file'
  /** The file exists and overwriting was not allowed. */
  | 'exists'
  /** The folder it would go in does not exist. */
  | 'no-folder'
  /** Writing failed; `reason` says why in words. */
  | 'write-failed';

/** An output file that was not written, and why. Nothing was written. */
export class OutputFileError extends Error {
  override name = 'OutputFileError';
  constructor(
    readonly problem: OutputProblem,
    /** The file name as given. */
    readonly file: string,
    readonly reason?: string,
    /** The system's error code when writing failed (ENOSPC, EDQUOT, EACCES, ...). */
    readonly code?: string,
  ) {
    super(`${problem}: ${file}${reason === undefined ? '' : ` (${reason})`}`);
  }
}

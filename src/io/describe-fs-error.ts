// File-system errors in words, for messages about files the user named. Unknown codes stay as
// the code (still searchable), never a stack trace.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it does not exist',
  ELOOP: 'a loop of symbolic links',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full (your disk quota is used up)',
  EFBIG: 'the file is too large for the file system',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  EEXIST: 'a file of that name is in the way (a folder was expected)',
  ENOTDIR: 'part of the path is a file, not a folder',
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code !== undefined && REASONS[code]) || code || String(error);
}

/** A full disk or quota: the one write failure the person fixes by freeing space. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

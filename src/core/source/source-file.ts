// A file as the core receives it, and its decoding to text. Kept apart from the YAML parser so
// that reading files does not load it (start-up time is benchmarked: docs/benchmarks.md).
import type { Diagnostic, Position, RuleId } from '../diagnostics.js';

/** Files larger than this are refused before parsing; real rubrics and answers are a few KiB. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export interface SourceFile {
  /** Path as the user should see it (relative to the working directory where possible). */
  path: string;
  /** File contents, or null when the file was not read (too large, unreadable). */
  content: Uint8Array | string | null;
  /** Size in bytes as reported by the file system. */
  size: number;
  /** Why reading failed, when it did. */
  readError?: string;
}

export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function fileDiagnostic(file: string, rule: RuleId, severity: 'error' | 'warning', message: string, at: Position = FILE_START): Diagnostic {
  return { file, ...at, severity, rule, message };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, or says why the bytes are not a text file. */
export function decodeSourceText(file: SourceFile): { text: string } | { diagnostic: Diagnostic } {
  const fail = (rule: RuleId, message: string) => ({ diagnostic: fileDiagnostic(file.path, rule, 'error', message) });
  if (file.readError !== undefined) return fail('file-unreadable', `cannot read file: ${file.readError}`);
  if (file.size > MAX_SOURCE_BYTES || file.content === null) {
    return fail('file-too-large', `file is ${formatBytes(file.size)}, over the 1 MiB limit; it was not parsed`);
  }
  let text: string;
  if (typeof file.content === 'string') {
    text = file.content;
  } else {
    // NUL is looked for in the text (a native search) rather than the bytes: in valid UTF-8 a 0
    // byte is U+0000 and nothing else. Bytes that do not decode are searched, so a binary file is
    // named for its NUL bytes either way.
    try {
      text = utf8.decode(file.content);
    } catch {
      return file.content.includes(0) ? fail('file-binary', 'file contains NUL bytes: it is binary, not YAML') : fail('file-binary', 'file is not valid UTF-8 text');
    }
    if (text.includes('\0')) return fail('file-binary', 'file contains NUL bytes: it is binary, not YAML');
  }
  if (text.length > MAX_SOURCE_BYTES) {
    return fail('file-too-large', `file is over the 1 MiB limit; it was not parsed`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

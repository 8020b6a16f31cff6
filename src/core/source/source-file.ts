// A file as the core receives it, and its decoding to text. Kept apart from the YAML parser so
// that reading files does not load it (start-up time is benchmarked: docs/benchmarks.md).
import { diagnostic, type Diagnostic, type RuleId } from '../diagnostics.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-16 by its byte order mark, or without one by its NUL bytes (ASCII text in UTF-16 has a NUL
 * in every other byte, all on one side). Notepad's "Unicode" and Excel's "Unicode text" save it.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = Math.min(bytes.length, 512) & ~1;
  // Too few bytes to tell text from binary by a pattern of NULs.
  if (sample < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  if (oddNul > sample / 4 && evenNul === 0) return 'utf-16le';
  if (evenNul > sample / 4 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes to text, or says why the bytes are not a text file. UTF-8 is the format; UTF-16
 * (with or without a byte order mark) is decoded too, as it is for CSV and JSON exports: the text
 * is the same text, and refusing it only sent the user to find an encoding menu. Lone CRs (old
 * Mac line ends) become LF: the `yaml` parser breaks lines on LF only, and read a CR-only file as
 * one comment line, "empty". Offsets are unchanged (one character each), so positions hold.
 */
export function decodeSourceText(file: SourceFile): { text: string } | { diagnostic: Diagnostic } {
  const fail = (rule: RuleId, message: string) => ({ diagnostic: diagnostic(file.path, rule, message) });
  if (file.readError !== undefined) return fail('file-unreadable', `cannot read file: ${file.readError}`);
  if (file.size > MAX_SOURCE_BYTES || file.content === null) {
    return fail('file-too-large', `file is ${formatBytes(file.size)}, over the 1 MiB limit; it was not parsed`);
  }
  let text: string;
  if (typeof file.content === 'string') {
    text = file.content;
  } else {
    const utf16 = utf16Of(file.content);
    if (utf16 !== null) {
      if (file.content.length % 2 !== 0) return fail('file-binary', `file looks like ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text but has an odd number of bytes: it is cut short or not text; save it as UTF-8`);
      text = new TextDecoder(utf16).decode(file.content);
      if (text.includes('\0')) return fail('file-binary', 'file contains NUL bytes: it is binary, not YAML');
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
  }
  if (text.length > MAX_SOURCE_BYTES) {
    return fail('file-too-large', `file is over the 1 MiB limit; it was not parsed`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { text };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

// The interview's session file is an answers file: load it against the rubrics (located errors,
// warnings) and save it atomically after every answer, so a crash or a kill loses at most the
// question on screen and never leaves a half-written file. A session is never saved larger than
// the readers take (MAX_SOURCE_BYTES): what the interview saves, --resume and `report` read back.
import { resolve } from 'node:path';
import type { AnswerSheet } from '../core/answers/answer-sheet.js';
import { parseAnswers } from '../core/answers/parse-answers.js';
import { serializeAnswers } from '../core/answers/serialize-answers.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { MAX_SOURCE_BYTES } from '../core/source/source-file.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import { pathExists } from './collect-files.js';
import { readSourceFile } from './read-sources.js';
import { writeFileAtomically } from './write-atomic.js';
import { thousands } from '../core/report/format.js';

export interface LoadedSession {
  /** The sheet, or null when the file has errors. */
  sheet: AnswerSheet | null;
  diagnostics: Diagnostic[];
  /** The file's text as read, to keep a copy before anything in it is dropped. */
  text: string | null;
}

/** Reads and checks an answers or session file. A missing file is null (the caller words the error). */
export async function loadSession(cwd: string, path: string, set: RubricSet): Promise<LoadedSession | null> {
  const absolute = resolve(cwd, path);
  if (!(await pathExists(absolute))) return null;
  const file = await readSourceFile(cwd, absolute);
  const { sheet, diagnostics } = parseAnswers(file, set);
  const text = file.content === null ? null : typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8');
  return { sheet, diagnostics, text };
}

/** A session over the size every reader of answers files accepts: refused, the file left as it was. */
export class SessionTooLarge extends Error {
  override name = 'SessionTooLarge';
  constructor(readonly bytes: number) {
    super(`it would be ${thousands(bytes)} bytes, over the ${thousands(MAX_SOURCE_BYTES)}-byte limit of answers files (shorten the longest notes)`);
  }
}

/** The session file's size in bytes with these answers. */
export function sessionBytes(sheet: AnswerSheet): number {
  return Buffer.byteLength(serializeAnswers(sheet), 'utf8');
}

export function saveSession(absolutePath: string, sheet: AnswerSheet): Promise<void> {
  const text = serializeAnswers(sheet);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) return Promise.reject(new SessionTooLarge(bytes));
  return writeFileAtomically(absolutePath, text);
}

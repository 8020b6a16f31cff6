// The only module that touches @inquirer/prompts. It is imported lazily, inside each function, so
// commands that never ask anything (validate, report, --help) do not pay for loading it.
// Ctrl-C surfaces from inquirer as an ExitPromptError; here it becomes one typed error,
// PromptInterrupted, that the interview turns into "answers saved, here is how to resume".
import { thousands } from '../core/report/format.js';

/** The person pressed Ctrl-C (or the terminal went away) while a prompt was waiting. */
export class PromptInterrupted extends Error {
  override name = 'PromptInterrupted';
  constructor() {
    super('interrupted');
  }
}

export interface SelectChoice<Value> {
  name: string;
  value: Value;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Echoed after the prompt once chosen (defaults to the name). */
  short?: string;
}

export type SelectItem<Value> = SelectChoice<Value> | { separator: string };

function isSeparator<Value>(item: SelectItem<Value>): item is { separator: string } {
  return 'separator' in item;
}

// A SIGINT sent by `kill -INT` (or SIGTERM) while a prompt waits: the interview aborts the prompt
// through this signal, so it ends as Ctrl-C typed in the terminal does, message and all. (Ctrl-C
// typed while a prompt holds the terminal in raw mode is a key, not a signal: ExitPromptError.)
let interruptSignal: AbortSignal | undefined;

/** Prompts asked from now on end with PromptInterrupted when `signal` aborts (undefined: none). */
export function interruptPromptsWith(signal: AbortSignal | undefined): void {
  interruptSignal = signal;
}

/** The context every prompt gets: the interrupt signal, when there is one. */
const promptContext = () => (interruptSignal === undefined ? undefined : { signal: interruptSignal });

async function interruptible<T>(ask: () => Promise<T>): Promise<T> {
  // A signal that came between two prompts (during a save) stops at the next one.
  if (interruptSignal?.aborted) throw new PromptInterrupted();
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new PromptInterrupted();
    throw error;
  }
}

/**
 * Lines the list shows at once: every choice of a level list (a level in the respondent's own
 * words can take three lines, so lines are counted, not choices), as far as the terminal's height
 * leaves room under the question; only long lists such as the review are paged.
 */
function pageSizeFor<Value>(items: readonly SelectItem<Value>[]): number {
  const lines = items.reduce((n, item) => n + (isSeparator(item) ? 1 : item.name.split('\n').length), 0);
  const room = Math.max(14, (process.stdout.rows ?? 24) - 8);
  return Math.min(Math.max(lines, 7), room);
}

/** A single choice from a list. `default` is where the cursor starts (matched by identity). */
export async function askSelect<Value>(message: string, items: readonly SelectItem<Value>[], options: { default?: Value } = {}): Promise<Value> {
  const { select, Separator } = await import('@inquirer/prompts');
  const choices = items.map((item) => (isSeparator(item) ? new Separator(item.separator) : item));
  return interruptible(() =>
    select<Value>({
      message,
      choices,
      ...(options.default !== undefined ? { default: options.default } : {}),
      pageSize: pageSizeFor(items),
      // No wrap-around: from "Back" at the bottom, Down must not land on the lowest level.
      loop: false,
    }, promptContext()),
  );
}

export interface TextOptions {
  default?: string;
  required?: boolean;
  /** The most characters taken (after trimming); a longer text is refused with a message as Enter is pressed, and stays to be shortened. */
  maxLength?: number;
  /** Any further check of the trimmed text: true, or the message shown under the prompt. */
  check?: (text: string) => true | string;
}

/** "4,000 characters at most (this one has 4,312): shorten it", or true. */
export function checkLength(text: string, maxLength: number): true | string {
  return text.length <= maxLength
    ? true
    : `${thousands(maxLength)} characters at most (this has ${thousands(text.length)}): shorten it, nothing is saved until it fits`;
}

/** One line of text. Enter alone returns `default` (or '' when there is none). */
export async function askText(message: string, options: TextOptions = {}): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const { maxLength, check } = options;
  const answer = await interruptible(() =>
    input({
      message,
      ...(options.default !== undefined && options.default !== '' ? { default: options.default } : {}),
      required: options.required ?? false,
      ...(maxLength !== undefined || check !== undefined
        ? {
            validate: (value: string) => {
              const text = value.trim();
              const length = maxLength === undefined ? true : checkLength(text, maxLength);
              return length !== true ? length : check === undefined ? true : check(text);
            },
          }
        : {}),
    }, promptContext()),
  );
  return answer.trim();
}

export async function askConfirm(message: string, options: { default: boolean }): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return interruptible(() => confirm({ message, default: options.default }, promptContext()));
}

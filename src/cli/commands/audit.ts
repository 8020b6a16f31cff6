// `sales-audit audit`: the guided interview, or (--answers) the same report from a file without a
// terminal. This file wires the stages; the walk is in audit/run-interview.ts, the moves in
// core/interview, the report in report-output.ts.
import { loadBrandOrFail } from '../load-brand.js';
import { terminalStyle } from '../../formatters/terminal-style.js';
import { join } from 'node:path';
import type { AnswerSheet } from '../../core/answers/answer-sheet.js';
import { buildQuestionPlan } from '../../core/interview/question-plan.js';
import { resumeCommand } from '../../core/interview/resume-command.js';
import type { TextStyle } from '../../core/interview/text-style.js';
import { wrapText } from '../../core/interview/text-style.js';
import type { RubricSet } from '../../core/rubric/load-rubric-set.js';
import { displayPath } from '../../io/collect-files.js';
import { defaultRubricPaths } from '../../io/resolve-rubrics.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import { OutputFileError } from '../../io/io-errors.js';
import { saveSession, sessionBytes, SessionTooLarge } from '../../io/session-file.js';
import { MAX_SOURCE_BYTES } from '../../core/source/source-file.js';
import { describeFsError, isDiskFull } from '../../io/describe-fs-error.js';
import { useColor, type CliContext } from '../context.js';
import { outputWidth } from '../fit-to-width.js';
import { refuseOutputOverInputs } from '../write-output.js';
import { exitCodeAfter, ExitError, UsageError } from '../errors.js';
import { interruptPromptsWith, PromptInterrupted } from '../prompts.js';
import { auditFromAnswers } from './audit/audit-from-answers.js';
import { checkAuditOptions, normalizeRole, type AuditOptions } from './audit/audit-options.js';
import { finishAudit } from './audit/finish-audit.js';
import { answeredCount, resumeSession, startSession, type OpenSession } from './audit/open-session.js';
import { runInterview } from './audit/run-interview.js';
import { thousands } from '../../core/report/format.js';

export type { AuditOptions } from './audit/audit-options.js';

function textStyle(color: boolean): TextStyle {
  const c = terminalStyle(color);
  return { title: (s) => c.bold(c.cyan(s)), strong: c.bold, muted: c.dim, accent: c.cyan, warn: c.yellow };
}

function terminalWidth(ctx: CliContext): number {
  return outputWidth(ctx.env, ctx.stdout) ?? 80;
}

/** How the rubrics are named in the session file: the path given, ./rubrics, or "built-in". */
async function rubricsSourceOf(ctx: CliContext, option: string | undefined): Promise<string> {
  if (option !== undefined) return option;
  const [path = ''] = await defaultRubricPaths(ctx.cwd, ctx.packageRoot);
  return path === join(ctx.packageRoot, 'rubrics') ? 'built-in' : displayPath(ctx.cwd, path);
}

export async function runAudit(ctx: CliContext, options: AuditOptions): Promise<void> {
  checkAuditOptions(options);
  if (options.role !== undefined) normalizeRole(options.role);
  // The report is never written over the answers: refused before anything is asked or written.
  const answersFile = options.session ?? options.resume ?? options.answers;
  if (answersFile !== undefined) refuseOutputOverInputs(ctx, options.out, [{ path: answersFile, what: options.answers !== undefined ? 'answers file' : 'session file (the answers)' }]);
  // A broken brand file fails now, not after the last question.
  await loadBrandOrFail(ctx, options.brand, 'No interview was started');
  if (options.answers !== undefined) return auditFromAnswers(ctx, options.answers, options);
  // Prompts need a terminal on both ends; with a pipe they would hang or misbehave. Refuse at once.
  if (!ctx.stdinIsTTY || ctx.stdout.isTTY !== true) {
    throw new UsageError(
      'the interview needs a terminal (stdin and stdout must be a TTY). To run without one, give every answer in a file: sales-audit audit --answers <file>',
    );
  }
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  await interview(ctx, set, options);
}

// The count of questions is said once the role is known (a role may not be asked every question).
function welcome(set: RubricSet, width: number, style: TextStyle): string {
  return [
    '',
    style.title(set.title),
    ...wrapText(
      `${set.imperatives.length} imperatives. For each question, choose the level that describes what actually happens today ` +
        '(↑↓ to move, Enter to choose), then add the evidence you saw or heard, if any. Answers are saved as you go: Ctrl-C stops at any time, and --resume continues later.',
      Math.min(width, 100),
    ).map((l) => style.muted(l)),
    '',
  ].join('\n');
}

async function interview(ctx: CliContext, set: RubricSet, options: AuditOptions): Promise<void> {
  const width = terminalWidth(ctx);
  const style = textStyle(useColor(ctx, ctx.stdout));
  const write = (text: string) => ctx.stdout.write(text);
  const rubricsSource = await rubricsSourceOf(ctx, options.rubrics);
  let session: OpenSession | null = null;
  let saved: AnswerSheet | null = null;
  // `kill -INT` (or SIGTERM) ends the interview as Ctrl-C does: the next prompt stops, the
  // answers saved so far are said and how to resume.
  const trap = ctx.trapInterrupts?.();
  interruptPromptsWith(trap?.signal);
  try {
    if (options.resume === undefined) write(welcome(set, width, style));
    session = options.resume === undefined ? await startSession(ctx, set, options, rubricsSource) : await resumeSession(ctx, set, options, options.resume, rubricsSource);
    const open = session;
    const save = async (answers: AnswerSheet['answers']) => {
      const sheet = { ...open.sheet, answers };
      try {
        await saveSession(open.absolute, sheet);
      } catch (error) {
        if (error instanceof SessionTooLarge) throw new UsageError(`cannot save the session file ${open.display}: ${error.message}; the answers saved before are in it, unchanged`);
        const reason = error instanceof OutputFileError ? 'it is not a regular file' : describeFsError(error);
        // The durable write leaves the file as it was: every answer saved before is still in it.
        const kept =
          saved === null
            ? 'nothing was saved yet'
            : `the answers saved before are in it, unchanged: ${isDiskFull(error) ? 'free some space, then ' : ''}continue with ${resumeCommand({ ...options, session: open.display, out: options.out })}`;
        throw new UsageError(`cannot save the session file ${open.display} (${reason}); ${kept}`);
      }
      saved = sheet;
    };
    await save(open.sheet.answers);
    write(`${style.muted('Answers are saved after each one in')} ${open.display}\n`);
    if (open.out !== '-') write(`${style.muted('The report will be written to')} ${open.out}\n`);

    const fits = (answers: AnswerSheet['answers']): true | string => {
      const bytes = sessionBytes({ ...open.sheet, answers });
      return bytes <= MAX_SOURCE_BYTES
        ? true
        : `the session file would be ${thousands(bytes)} bytes, over its ${thousands(MAX_SOURCE_BYTES)}-byte limit: shorten this note (or an earlier one)`;
    };
    const plan = buildQuestionPlan(set, open.sheet.respondent.role);
    write(`${style.muted(`${plan.steps.length} questions for ${open.sheet.respondent.role}.`)}\n`);
    const answers = await runInterview(plan, { write, save, fits, width, style }, open.sheet.answers);
    const sheet = { ...open.sheet, answers };
    write('\n');
    await finishAudit(ctx, set, sheet, options, open.out, ctx.stdout, open.display);
    write(`Answers saved in ${open.display}\n`);
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    write('\n');
    if (session === null || saved === null) {
      write('Interrupted before the first question; nothing was saved.\n');
    } else {
      const count = answeredCount(saved);
      const command = resumeCommand({ ...options, session: session.display, out: options.out });
      write(
        `Interrupted. ${count} answer${count === 1 ? '' : 's'} saved in ${session.display}.\n` +
          `To continue where you stopped:\n  ${command}\n`,
      );
    }
    throw new ExitError(exitCodeAfter(trap?.received()));
  } finally {
    interruptPromptsWith(undefined);
    trap?.release();
  }
}

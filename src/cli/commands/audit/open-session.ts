// Where the interview's answers live: a new session (asks organization, respondent and role,
// unless given as options) or a resumed one. Every refusal happens here, before the first
// question, so nobody answers 27 questions to then be told the report cannot be written.
import { printable } from '../../../core/printable.js';
import { basename, dirname, join, resolve } from 'node:path';
import type { AnswerSheet } from '../../../core/answers/answer-sheet.js';
import { questionKeys, questionKeysFor, rolesAsked, unansweredQuestions } from '../../../core/answers/answer-sheet.js';
import { ROLES } from '../../../core/answers/schema.js';
import { MAX_NAME_CHARS } from '../../../core/answers/answers-constants.js';
import { countBySeverity } from '../../../core/diagnostics.js';
import { defaultReportName, numberedFileName, reportNameForSession, sessionNameForReport } from '../../../core/interview/default-file-names.js';
import { describeRubricChanges, detectRubricChanges } from '../../../core/interview/detect-rubric-changes.js';
import type { RubricSet } from '../../../core/rubric/load-rubric-set.js';
import { displayPath, pathExists } from '../../../io/collect-files.js';
import { stylish } from '../../../formatters/stylish.js';
import { loadSession } from '../../../io/session-file.js';
import { writeFileAtomically } from '../../../io/write-atomic.js';
import { useColor, type CliContext } from '../../context.js';
import { InputError, UsageError } from '../../errors.js';
import { askConfirm, askSelect, askText } from '../../prompts.js';
import { refuseOutputOverInputs } from '../../write-output.js';
import { applyRespondentOverrides } from './apply-overrides.js';
import { normalizeRole, type AuditOptions } from './audit-options.js';

export interface OpenSession {
  absolute: string;
  /** As the person should see and type it (relative to the working directory when inside it). */
  display: string;
  sheet: AnswerSheet;
  /** Report target: a path or '-' for stdout. */
  out: string;
  resumed: boolean;
}

/** Default organization, so that Enter alone walks through a whole (rehearsal) interview. */
export const DEFAULT_ORGANIZATION = 'My organization';

async function assertReportFree(ctx: CliContext, out: string, force: boolean): Promise<void> {
  if (out === '-') return;
  if (!(await pathExists(dirname(resolve(ctx.cwd, out))))) {
    throw new UsageError(`cannot write the report ${out}: its folder does not exist (checked now, before any question is asked)`);
  }
  if (force) return;
  if (await pathExists(resolve(ctx.cwd, out))) {
    throw new UsageError(`the report ${out} already exists: choose another file with --out, or overwrite it with --force (checked now, before any question is asked)`);
  }
}

/** The first of path, path2, path3… that does not exist yet. */
async function freePath(absolute: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? absolute : `${absolute}${n}`;
    if (!(await pathExists(candidate))) return candidate;
  }
}

/** "Dana Lee, leadership", or just the role. */
export function describeRespondent(sheet: AnswerSheet): string {
  return [sheet.respondent.name, sheet.respondent.role].filter((x) => x !== null).join(', ');
}

function sessionPathFor(ctx: CliContext, out: string, organization: string, date: string): string {
  if (out === '-') return resolve(ctx.cwd, sessionNameForReport(defaultReportName(organization, date, 'md')));
  const report = resolve(ctx.cwd, out);
  return join(dirname(report), sessionNameForReport(basename(report)));
}

export function answeredCount(sheet: AnswerSheet): number {
  return Object.values(sheet.answers).reduce((n, byQuestion) => n + Object.keys(byQuestion).length, 0);
}

/** "N of M answered", of the questions the respondent's role is asked, as the interview's [n/M] counter counts them. */
function answeredOfAsked(set: RubricSet, sheet: AnswerSheet): string {
  const asked = questionKeysFor(set, sheet.respondent.role).length;
  return `${asked - unansweredQuestions(set, sheet).length} of ${asked} answered`;
}

export function freshSheet(set: RubricSet, rubricsSource: string, fields: { organization: string; name: string | null; role: string; date: string }): AnswerSheet {
  return {
    source: null,
    organization: fields.organization,
    respondent: { name: fields.name, role: fields.role },
    date: fields.date,
    rubrics: { digest: set.digest, source: rubricsSource, questions: questionKeys(set) },
    answers: {},
  };
}

type Placement = { kind: 'new'; out: string; absolute: string } | { kind: 'continue'; out: string; session: string };

/**
 * Where a new interview's report and session go: the default names, or the next free numbered
 * pair (acme-corp-2026-11-26-2.md) when an audit of that organization already exists today. An
 * unfinished session found there is offered to be continued instead.
 */
async function placeSession(ctx: CliContext, set: RubricSet, options: AuditOptions, organization: string, date: string): Promise<Placement> {
  const defaultOut = defaultReportName(organization, date, options.format);
  for (let n = 1; ; n++) {
    const out = options.out ?? numberedFileName(defaultOut, n);
    // A finished audit under the default name is left alone (unless --force): take the next name.
    if (options.out === undefined && !options.force && (await pathExists(resolve(ctx.cwd, out)))) continue;
    const absolute =
      options.session !== undefined
        ? resolve(ctx.cwd, options.session)
        : options.out !== undefined
          ? numberedFileName(sessionPathFor(ctx, out, organization, date), n)
          : sessionPathFor(ctx, out, organization, date);
    if (!(await pathExists(absolute))) return { kind: 'new', out, absolute };

    const shown = displayPath(ctx.cwd, absolute);
    const existing = await loadSession(ctx.cwd, absolute, set);
    if (existing?.sheet) {
      const { sheet } = existing;
      ctx.stdout.write(
        `A session already exists in ${shown}: ${printable(sheet.organization)} (${printable(describeRespondent(sheet))}), ` +
          `${answeredOfAsked(set, sheet)} on ${sheet.date}.\n`,
      );
      if (await askConfirm('Continue that session?', { default: true })) return { kind: 'continue', out, session: shown };
    }
    if (options.session !== undefined) {
      throw new UsageError(`the session file ${shown} already exists: continue it with --resume ${shown}, or choose another --session`);
    }
  }
}

export async function startSession(ctx: CliContext, set: RubricSet, options: AuditOptions, rubricsSource: string): Promise<OpenSession> {
  // Before any question: the report must never be written over the answers.
  if (options.session !== undefined) refuseOutputOverInputs(ctx, options.out, [{ path: options.session, what: 'session file (the answers)' }]);
  if (options.out !== undefined) await assertReportFree(ctx, options.out, options.force);
  const organization = options.org?.trim() ?? (await askText('Organization audited:', { default: DEFAULT_ORGANIZATION, required: true, maxLength: MAX_NAME_CHARS }));
  const date = ctx.today();
  const placed = await placeSession(ctx, set, options, organization, date);
  if (placed.kind === 'continue') return resumeSession(ctx, set, options, placed.session, rubricsSource, placed.out);

  const name = options.respondent !== undefined ? options.respondent.trim() : await askText('Respondent name (Enter to leave it out):', { maxLength: MAX_NAME_CHARS });
  // Only the roles the rubrics ask something: the shipped set asks "other" nothing since rubric
  // review 14 (R1), and an interview of no question is no interview (the survey's rule, survey.ts).
  const asked = rolesAsked(set, ROLES);
  const role =
    options.role !== undefined
      ? normalizeRole(options.role)
      : await askSelect(
          'Role of the respondent:',
          asked.map((r) => ({ name: r, value: r })),
          { default: asked.includes('leadership') ? 'leadership' : asked[0] },
        );
  if (questionKeysFor(set, role).length === 0) {
    throw new UsageError(`--role ${role}: the rubrics ask that role no question, so there is nothing to interview (the roles asked: ${asked.join(', ')})`);
  }
  refuseOutputOverInputs(ctx, placed.out, [{ path: placed.absolute, what: 'session file (the answers)' }]);
  const display = displayPath(ctx.cwd, placed.absolute);
  const sheet = freshSheet(set, rubricsSource, { organization, name: name === '' ? null : name, role, date });
  return { absolute: placed.absolute, display, sheet: { ...sheet, source: display }, out: placed.out, resumed: false };
}

export async function resumeSession(
  ctx: CliContext,
  set: RubricSet,
  options: AuditOptions,
  sessionPath: string,
  rubricsSource: string,
  presetOut?: string,
): Promise<OpenSession> {
  const say = (text: string) => ctx.stdout.write(text);
  const absolute = resolve(ctx.cwd, sessionPath);
  const display = displayPath(ctx.cwd, absolute);
  const loaded = await loadSession(ctx.cwd, absolute, set);
  if (loaded === null) throw new UsageError(`session file not found: ${sessionPath}`);
  if (loaded.diagnostics.length > 0) {
    ctx.stderr.write(stylish({ files: [display], diagnostics: loaded.diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
  }
  if (loaded.sheet === null) {
    const { errors } = countBySeverity(loaded.diagnostics);
    throw new InputError(`${display} has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} (the file is plain YAML) and run the same command again`);
  }
  const sheet = applyRespondentOverrides(loaded.sheet, options);
  const out =
    options.out ??
    presetOut ??
    join(dirname(sessionPath), reportNameForSession(basename(absolute), options.format) ?? defaultReportName(sheet.organization, sheet.date, options.format));
  refuseOutputOverInputs(ctx, out, [{ path: absolute, what: 'session file (the answers)' }]);
  await assertReportFree(ctx, out, options.force);

  say(`\nResuming the audit of ${printable(sheet.organization)} (${printable(describeRespondent(sheet))}), begun ${sheet.date}: ${answeredOfAsked(set, sheet)}.\n`);
  const changes = describeRubricChanges(detectRubricChanges(sheet.rubrics, set));
  if (changes.length > 0) say(`\n${changes.join('\n')}\n\n`);
  // Answers to questions the rubrics no longer have are dropped when the session is saved again:
  // keep the file as it was beside it first, so not even those are lost.
  if (loaded.diagnostics.some((d) => d.rule === 'answer-unknown-id') && loaded.text !== null) {
    const backup = await freePath(`${absolute}.bak`);
    await writeFileAtomically(backup, loaded.text);
    say(`The file as it was, with the answers the rubrics no longer know, is kept in ${displayPath(ctx.cwd, backup)}.\n`);
  }
  return {
    absolute,
    display,
    sheet: { ...sheet, source: display, rubrics: { digest: set.digest, source: rubricsSource, questions: questionKeys(set) } },
    out,
    resumed: true,
  };
}

// `sales-audit survey`: the questionnaire for a survey tool (SurveyJS JSON, a Google Apps Script
// that builds the Google Form, or a CSV/XLSX sheet for any other tool). Wires the pure writers of
// core/survey to the output; the questions, titles and choice texts are the same in each.
import { rolesAsked } from '../../core/answers/answer-sheet.js';
import { buildQuestionnaire } from '../../core/survey/questionnaire.js';
import { questionnaireSheet } from '../../core/survey/questionnaire-sheet.js';
import { renderAppsScript } from '../../core/survey/render-apps-script.js';
import { renderSurveyJs } from '../../core/survey/render-surveyjs.js';
import { writeCsv } from '../../core/survey/neutralize-cell.js';
import { displayPath } from '../../io/collect-files.js';
import { loadBrandOrFail } from '../load-brand.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import { writeOutput } from '../write-output.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { setRole } from '../read-export.js';

export const SURVEY_FORMATS = ['surveyjs', 'gforms', 'csv', 'xlsx'] as const;

export interface SurveyOptions {
  rubrics?: string;
  format: (typeof SURVEY_FORMATS)[number];
  role?: string;
  out: string;
  force: boolean;
  notes: boolean;
  askName: boolean;
  askOrganization: boolean;
  helpText: boolean;
  organization?: string;
  by?: string;
  brand?: string;
  collectEmails: boolean;
}

export async function runSurvey(ctx: CliContext, options: SurveyOptions): Promise<void> {
  if (options.format === 'xlsx' && options.out === '-') throw new UsageError('--format xlsx writes a binary file: give --out a file name, such as questionnaire.xlsx');
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const brand = await loadBrandOrFail(ctx, options.brand, 'No questionnaire was written');
  const role = options.role === undefined ? null : setRole(set, options.role);
  // A role the rubrics ask no question (the shipped set's "other", since rubric review 14) gets no
  // branch in the branching form; a form worded for it alone would be an empty one, so none is written.
  const asked = rolesAsked(set, set.roles);
  if (role !== null && !asked.includes(role)) {
    throw new UsageError(`--role ${role}: the rubrics ask that role no question, so there is no form to write (the roles asked: ${asked.join(', ')})`);
  }
  const questionnaire = buildQuestionnaire(set, {
    role,
    askName: options.askName,
    askOrganization: options.askOrganization,
    help: options.helpText,
    organization: options.organization ?? null,
    by: options.by ?? null,
    firm: brand?.firm ?? null,
    collectEmails: options.collectEmails,
  });
  let content: string | Uint8Array;
  switch (options.format) {
    case 'surveyjs':
      content = renderSurveyJs(questionnaire);
      break;
    case 'gforms':
      content = renderAppsScript(questionnaire, { notes: options.notes });
      break;
    case 'csv':
      content = writeCsv(questionnaireSheet(questionnaire, { notes: options.notes }));
      break;
    case 'xlsx': {
      const { xlsxBytes } = await import('../../io/write-xlsx.js');
      content = await xlsxBytes('Questionnaire', questionnaireSheet(questionnaire, { notes: options.notes }));
      break;
    }
  }
  const written = await writeOutput(ctx, options.out, content, { force: options.force });
  if (written !== null) {
    const count = questionnaire.sections.reduce((n, s) => n + s.questions.length, 0);
    const next =
      options.format === 'gforms'
        ? 'Paste it into a new project at https://script.google.com and run createSalesAuditForm (docs/survey.md).'
        : options.format === 'surveyjs'
          ? 'Load it with new Survey.Model(json) in a SurveyJS page, or in SurveyJS Creator (JSON Editor tab).'
          : 'Build the form from it in your survey tool: one single-choice question per row, titles and choices copied as they are.';
    const branches = questionnaire.branches.length;
    ctx.stdout.write(`Questionnaire (${count} questions${role === null ? `, role asked first, ${branches} role branches each in its own wording` : `, worded for ${role}`}) written to ${displayPath(ctx.cwd, written)}.\n${next}\n`);
  }
}

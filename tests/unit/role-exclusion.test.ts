// A question whose `roles:` leaves a role out is not asked of it: not in that role's interview,
// not in its branch of the survey, and an answer from it in an export built without branching is
// left out with a located warning. Its level descriptions reach each role in its own words.
import { describe, expect, it } from 'vitest';
import { unansweredQuestions } from '../../src/core/answers/answer-sheet.js';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { questionChoices } from '../../src/core/interview/question-choices.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { createResponseImporter } from '../../src/core/survey/import-responses.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { BRANCHING_RUBRIC as RUBRIC } from '../helpers/branching-rubric.js';

const { set, diagnostics } = loadRubricSet([{ path: 'coaching.yaml', content: RUBRIC, size: RUBRIC.length }]);

describe('roles: and per-role levels', () => {
  it('the set is clean', () => {
    expect(diagnostics).toEqual([]);
  });

  it('the interview asks a salesperson one question, in their words, levels included; a manager both', () => {
    const salesperson = buildQuestionPlan(set!, 'salesperson');
    expect(salesperson.steps.map((s) => s.key)).toEqual(['coaching/cadence']);
    expect(salesperson.steps[0]!.progress).toBe('[1/1]');
    const choices = questionChoices(salesperson.steps[0]!, undefined, { canGoBack: false, skip: 'walk' });
    // The level in the salesperson's own words is the choice itself (the label is the team's finding).
    expect(choices.answers[0]!.name).toBe('My manager coaches me less than once a quarter.');
    expect(salesperson.steps[0]!.prompt).toBe('How often does your manager coach you on a live deal?');
    expect(buildQuestionPlan(set!, 'Sales-Manager').steps.map((s) => s.key)).toEqual(['coaching/cadence', 'coaching/span']);
    expect(buildQuestionPlan(set!, 'sales manager').steps[0]!.levels[0]!.description).toBe('I coach each of my salespeople less than once a quarter.');
    expect(buildQuestionPlan(set!, 'leadership').steps[0]!.levels[0]!.description).toBe('Less than once a quarter.');
  });

  it('a salesperson who answered cadence has nothing unanswered', () => {
    const sheet = { source: null, organization: 'A', respondent: { name: null, role: 'salesperson' }, date: '2026-12-01', rubrics: { digest: null, source: null, questions: null }, answers: { coaching: { cadence: { score: 1, note: null, evidence: 'claimed' as const } } } };
    expect(unansweredQuestions(set!, sheet)).toEqual([]);
    expect(unansweredQuestions(set!, { ...sheet, respondent: { name: null, role: 'leadership' } })).toEqual(['coaching/span']);
  });

  it("the survey leaves span out of the salesperson's branch", () => {
    const q = buildQuestionnaire(set!, { role: null, askName: false, askOrganization: false, help: false });
    const keys = (role: string) => q.branches.find((b) => b.role === role)!.sections.flatMap((s) => s.questions.map((x) => x.key));
    expect(keys('salesperson')).toEqual(['coaching/cadence']);
    expect(keys('leadership')).toEqual(['coaching/cadence', 'coaching/span']);
  });

  it('an export built without branching: a salesperson answering span is left out, with a warning at the cell', () => {
    const importer = createResponseImporter(set!, ['Your role', 'How often are salespeople coached on a live deal?', 'How many salespeople does each manager lead?'], {
      file: 'flat.csv',
      kind: 'csv',
      organization: 'A',
      role: null,
      keepNames: false,
      today: '2026-12-01',
    });
    importer.addRow(['Salesperson', 'Quarterly: About once a quarter.', 'Six or fewer'], 2);
    importer.addRow(['Leadership', 'Weekly', 'Six or fewer'], 3);
    const result = importer.finish();
    expect(result.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['survey-role-not-asked 2:3']);
    expect(result.responses.map((r) => r.sheet.answers.coaching)).toEqual([
      { cadence: expect.objectContaining({ score: 1 }) },
      { cadence: expect.objectContaining({ score: 3 }), span: expect.objectContaining({ score: 3 }) },
    ]);
  });
});

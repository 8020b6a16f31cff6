// The help under a survey question is the rubric's wording of it for the respondent's role. The
// default help is the interviewer's ("Do not estimate: take the audit sample's reps' lists…"): the
// branching form showed it to every "Other" respondent, asking them to run the audit's fieldwork
// (h-done15, a fresh-clone walk of issue 19's survey bullets).
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { hasWordingFor, wordingFor } from '../../src/core/rubric/wording.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { questionKeysFor } from '../../src/core/answers/answer-sheet.js';

const set = defaultSet();
const form = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const questionOf = (key: string) => {
  const [imperative, id] = key.split('/');
  return set.imperatives.find((i) => i.id === imperative)!.questions.find((q) => q.id === id)!;
};

describe('help by role in the branching form', () => {
  it('every branch shows a help only where the rubric words it for that role, in those words', () => {
    let shown = 0;
    for (const branch of form.branches) {
      for (const q of branch.sections.flatMap((s) => s.questions)) {
        const help = questionOf(q.key).help;
        if (help === undefined || typeof help === 'string') continue;
        const own = hasWordingFor(help, branch.role);
        expect(q.help, `${branch.role} ${q.key}`).toBe(own ? wordingFor(help, branch.role) : null);
        if (own) shown++;
        else expect(q.help).not.toBe(help.default);
      }
    }
    expect(shown).toBeGreaterThan(50);
  });

  // Re-pinned (fx-words17): h-rub16a, h-rub16b and h-rub16c (rubric review 14, R1) each took "other" off
  // their rubric's questions; merged, the shipped set asks "other" nothing, so the branching form offers it no
  // branch and no choice. The rule this test held (a role with no help wording of its own sees no interviewer
  // instructions) still holds wherever a set asks "other": a tailored set that asks it every question.
  it('the shipped set asks "other" nothing: no branch and no choice for it; the roles asked are the choices', () => {
    expect(form.branches.map((b) => b.role)).toEqual(['leadership', 'sales manager', 'salesperson']);
    expect(form.branches.map((b) => b.role)).toEqual(set.roles.filter((role) => questionKeysFor(set, role).length > 0));
    expect(form.roleQuestion!.choices).toEqual(form.branches.map((b) => b.choice));
  });

  it('a set that asks "other" words it no help: its branch has questions and no interviewer instructions', () => {
    const everyone = { ...set, imperatives: set.imperatives.map((i) => ({ ...i, questions: i.questions.map(({ roles: _roles, ...q }) => q) })) };
    const asked = buildQuestionnaire(everyone, { role: null, askName: false, askOrganization: false, help: true });
    const other = asked.branches.find((b) => b.role === 'other')!;
    const questions = other.sections.flatMap((s) => s.questions);
    expect(questions.length).toBe(questionKeysFor(everyone, null).length);
    expect(questions.map((q) => q.help).filter((h) => h !== null)).toEqual([]);
    // The other roles still see their own wording, so the null above is the rule, not help switched off.
    expect(asked.branches.find((b) => b.role === 'salesperson')!.sections.flatMap((s) => s.questions).filter((q) => q.help !== null).length).toBeGreaterThan(0);
  });

  it('a help written once, for everyone, is shown to every role', () => {
    const q = set.imperatives[0]!.questions[0]!;
    const tailored = { ...set, imperatives: [{ ...set.imperatives[0]!, questions: [{ ...q, help: 'Think of the last four weeks.' }] }] };
    const one = buildQuestionnaire(tailored, { role: null, askName: false, askOrganization: false, help: true });
    const helps = one.branches.flatMap((b) => b.sections.flatMap((s) => s.questions.map((x) => x.help)));
    expect(helps.length).toBe(one.branches.length);
    expect(new Set(helps)).toEqual(new Set(['Think of the last four weeks.']));
  });
});

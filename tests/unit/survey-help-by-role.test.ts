// The help under a survey question is the rubric's wording of it for the respondent's role. The
// default help is the interviewer's ("Do not estimate: take the audit sample's reps' lists…"): the
// branching form showed it to every "Other" respondent, asking them to run the audit's fieldwork
// (h-done15, a fresh-clone walk of issue 19's survey bullets).
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { hasWordingFor, wordingFor } from '../../src/core/rubric/wording.js';
import { defaultSet } from '../helpers/interview-sets.js';

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

  it('the shipped set words no help for "other": its branch has questions and no interviewer instructions', () => {
    const other = form.branches.find((b) => b.role === 'other')!;
    const questions = other.sections.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.map((q) => q.help).filter((h) => h !== null)).toEqual([]);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLevel, describeAnswer, questionChoices, sameChoice } from '../../src/core/interview/question-choices.js';
import { buildQuestionPlan, type QuestionStep } from '../../src/core/interview/question-plan.js';
import { defaultSet, smallSet } from '../helpers/interview-sets.js';

const set = smallSet({ alpha: [{ id: 'five' }, { id: 'four', levels: 4 }, { id: 'optional', na: true }, { id: 'two', levels: 2 }] });
const plan = buildQuestionPlan(set);
const [five, four, optional, two] = plan.steps as [QuestionStep, QuestionStep, QuestionStep, QuestionStep];

describe('questionChoices', () => {
  it('offers each level by its label (no bare number) with its behaviour as the description', () => {
    const { answers } = questionChoices(five, undefined, { canGoBack: false, skip: false });
    expect(answers.map((c) => c.name)).toEqual(['L0', 'L1', 'L2', 'L3', 'L4']);
    expect(answers.map((c) => c.description)).toEqual([0, 1, 2, 3, 4].map((s) => `Behaviour ${s} of five.`));
  });

  it('offers a salesperson and a manager their own words as the choice, on every question of the shipped set', () => {
    // The label is the team's finding ("Reps work from their plan every week"); a salesperson
    // picks what they can say of themselves ("I completed a call … in each of the last four weeks").
    const shipped = defaultSet();
    for (const role of ['salesperson', 'sales manager']) {
      const steps = buildQuestionPlan(shipped, role).steps;
      expect(steps.length).toBeGreaterThan(10);
      for (const step of steps) {
        const names = questionChoices(step, undefined, { canGoBack: false, skip: false }).answers.filter((c) => c.value.kind === 'level');
        const labels = step.question.levels.map((l) => l.label);
        for (const [i, choice] of names.entries()) {
          expect(choice.name, `${role} ${step.question.id} ${i}`).toBe(step.levels[i]!.description);
          expect(labels, `${role} ${step.question.id} ${i}`).not.toContain(choice.name);
          expect(choice.short).toBe(choice.name);
          expect(choice.description).toBeUndefined();
        }
        if (role === 'salesperson') expect(names.every((c) => /\b(I|my|me)\b/i.test(c.name)), step.question.id).toBe(true);
      }
    }
  });

  it('offers leadership, who read the default wording, the label with the behaviour under it', () => {
    const step = buildQuestionPlan(defaultSet(), 'leadership').steps[0]!;
    const { answers } = questionChoices(step, undefined, { canGoBack: false, skip: false });
    expect(answers.map((c) => c.name)).toEqual(step.question.levels.map((l) => l.label));
    expect(answers.map((c) => c.description)).toEqual(step.levels.map((l) => l.description));
  });

  it('offers "Not applicable" only where the question allows it', () => {
    expect(questionChoices(five, undefined, { canGoBack: false, skip: false }).answers.some((c) => c.value.kind === 'na')).toBe(false);
    const na = questionChoices(optional, undefined, { canGoBack: false, skip: false }).answers.at(-1)!;
    expect(na.name).toBe('Not applicable');
    expect(na.value).toEqual({ kind: 'na' });
  });

  it('offers the moves after the answers: skip (worded for the walk or the review) and Back', () => {
    const walk = questionChoices(five, undefined, { canGoBack: true, skip: 'walk' }).moves;
    expect(walk.map((c) => `${c.name}=${c.value.kind}`)).toEqual(['Skip for now=skip', 'Back=back']);
    const review = questionChoices(five, undefined, { canGoBack: false, skip: 'review' }).moves;
    expect(review.map((c) => `${c.name}=${c.value.kind}`)).toEqual(['Leave unanswered=skip']);
    expect(questionChoices(five, undefined, { canGoBack: false, skip: false }).moves).toEqual([]);
  });

  it('starts on the middle level when unanswered (the lower middle for an even count)', () => {
    expect(questionChoices(five, undefined, { canGoBack: true, skip: 'walk' }).default).toEqual({ kind: 'level', score: 2 });
    expect(questionChoices(four, undefined, { canGoBack: true, skip: 'walk' }).default).toEqual({ kind: 'level', score: 1 });
    expect(questionChoices(two, undefined, { canGoBack: true, skip: 'walk' }).default).toEqual({ kind: 'level', score: 0 });
  });

  it('starts on the current answer when there is one, n/a included', () => {
    expect(questionChoices(five, { score: 4, note: null, evidence: 'claimed' }, { canGoBack: true, skip: 'walk' }).default).toEqual({ kind: 'level', score: 4 });
    expect(questionChoices(optional, { score: null, note: 'x', evidence: 'claimed' }, { canGoBack: true, skip: 'walk' }).default).toEqual({ kind: 'na' });
  });

  it('never defaults to a move, and the default is the very object in the list (prompts match by identity)', () => {
    const steps = buildQuestionPlan(defaultSet()).steps;
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('walk' as const, 'review' as const, false as const),
        (step, score, canGoBack, skip) => {
          const current = score === undefined ? undefined : { score: step.question.levels[score % step.question.levels.length]!.score, note: null, evidence: 'claimed' as const };
          const choices = questionChoices(step, current, { canGoBack, skip });
          expect(['level', 'na']).toContain(choices.default.kind);
          expect(choices.answers.some((c) => c.value === choices.default)).toBe(true);
        },
      ),
    );
  });
});

describe('defaultLevel, describeAnswer, sameChoice', () => {
  it('describes answers in one line', () => {
    expect(describeAnswer(five, { score: 3, note: null, evidence: 'claimed' })).toBe('3 · L3');
    expect(describeAnswer(optional, { score: null, note: null, evidence: 'claimed' })).toBe('Not applicable');
    expect(describeAnswer(five, undefined)).toBe('unanswered');
  });

  it('compares choice values by meaning', () => {
    expect(sameChoice({ kind: 'level', score: 1 }, { kind: 'level', score: 1 })).toBe(true);
    expect(sameChoice({ kind: 'level', score: 1 }, { kind: 'level', score: 2 })).toBe(false);
    expect(sameChoice({ kind: 'na' }, { kind: 'na' })).toBe(true);
    expect(sameChoice({ kind: 'back' }, { kind: 'skip' })).toBe(false);
  });

  it('takes the middle of the levels as given', () => {
    expect(defaultLevel(five.question.levels).score).toBe(2);
  });
});

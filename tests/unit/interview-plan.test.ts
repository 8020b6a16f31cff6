import { describe, expect, it } from 'vitest';
import { questionKeys } from '../../src/core/answers/answer-sheet.js';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { defaultSet, smallSet } from '../helpers/interview-sets.js';

describe('buildQuestionPlan', () => {
  const set = defaultSet();
  const plan = buildQuestionPlan(set);

  it('asks every question of the set once, in set order', () => {
    expect(plan.steps.map((s) => s.key)).toEqual(questionKeys(set));
    expect(plan.steps.map((s) => s.index)).toEqual(plan.steps.map((_, i) => i));
  });

  it('labels progress over the whole interview: [7/35]', () => {
    const total = plan.steps.length;
    // Re-pinned after rubric review 17, edit 3 (h-rub19a): differentiation-language split in two, 35 questions.
    expect(total).toBe(35);
    expect(plan.steps[0]!.progress).toBe('[1/35]');
    expect(plan.steps[6]!.progress).toBe('[7/35]');
    expect(plan.steps[total - 1]!.progress).toBe('[35/35]');
  });

  it('labels each imperative "Imperative n of N" with its title, summary and question count', () => {
    expect(plan.imperatives.map((i) => i.label)).toEqual(['Imperative 1 of 4', 'Imperative 2 of 4', 'Imperative 3 of 4', 'Imperative 4 of 4']);
    const second = plan.steps.find((s) => s.imperative.position === 2)!;
    expect(second.imperative.id).toBe('differentiation');
    expect(second.imperative.title).toBe(set.imperatives[1]!.title);
    expect(second.imperative.summary).toBe(set.imperatives[1]!.summary);
    expect(second.imperative.questionCount).toBe(set.imperatives[1]!.questions.length);
    expect(second.positionInImperative).toBe(1);
  });

  it('follows a custom set too', () => {
    const small = buildQuestionPlan(smallSet({ alpha: [{ id: 'a1' }, { id: 'a2' }], beta: [{ id: 'b1' }] }));
    expect(small.steps.map((s) => `${s.progress} ${s.key} ${s.imperative.label} q${s.positionInImperative}`)).toEqual([
      '[1/3] alpha/a1 Imperative 1 of 2 q1',
      '[2/3] alpha/a2 Imperative 1 of 2 q2',
      '[3/3] beta/b1 Imperative 2 of 2 q1',
    ]);
  });
});

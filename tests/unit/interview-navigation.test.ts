import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  answerAndAdvance,
  answerFor,
  canGoBack,
  clearAnswer,
  firstUnanswered,
  goBack,
  isFinished,
  setAnswer,
  skipAndAdvance,
  startInterview,
  type AnswerMap,
  type InterviewState,
} from '../../src/core/interview/interview-state.js';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { smallSet } from '../helpers/interview-sets.js';

const set = smallSet({ alpha: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }], beta: [{ id: 'b1' }, { id: 'b2', na: true }] });
const plan = buildQuestionPlan(set);
const step = (i: number) => plan.steps[i]!;
const answer = (score: number | null, note: string | null = null) => ({ score, note, evidence: 'claimed' as const });
const keyAt = (state: InterviewState) => (isFinished(plan, state) ? 'done' : step(state.cursor).key);

function answered(keys: string[]): AnswerMap {
  const map: AnswerMap = {};
  for (const key of keys) {
    const [imperative, question] = key.split('/') as [string, string];
    (map[imperative] ??= {})[question] = answer(2);
  }
  return map;
}

describe('a new interview', () => {
  it('starts at the first question and walks forward one answer at a time to the end', () => {
    let state = startInterview(plan, {});
    expect(keyAt(state)).toBe('alpha/a1');
    expect(canGoBack(state)).toBe(false);
    const seen: string[] = [];
    while (!isFinished(plan, state)) {
      seen.push(keyAt(state));
      state = answerAndAdvance(plan, state, step(state.cursor), answer(1));
    }
    expect(seen).toEqual(plan.steps.map((s) => s.key));
    expect(firstUnanswered(plan, state.answers)).toBe(plan.steps.length);
  });

  it('"Back" returns to the previous question with its answer intact, and stays put on the first', () => {
    let state = startInterview(plan, {});
    state = answerAndAdvance(plan, state, step(0), answer(3, 'seen'));
    state = goBack(state);
    expect(keyAt(state)).toBe('alpha/a1');
    expect(answerFor(state.answers, step(0))).toEqual(answer(3, 'seen'));
    expect(keyAt(goBack(state))).toBe('alpha/a1');
  });

  it('after going back twice, moving forward revisits each question in turn', () => {
    let state = startInterview(plan, {});
    for (let i = 0; i < 3; i++) state = answerAndAdvance(plan, state, step(i), answer(2));
    expect(keyAt(state)).toBe('beta/b1');
    state = goBack(goBack(state));
    expect(keyAt(state)).toBe('alpha/a2');
    state = answerAndAdvance(plan, state, step(1), answer(4));
    expect(keyAt(state)).toBe('alpha/a3');
    state = answerAndAdvance(plan, state, step(2), answer(2));
    expect(keyAt(state)).toBe('beta/b1');
  });

  it('"Skip for now" leaves the question unanswered (removing an earlier answer) and moves on', () => {
    let state = startInterview(plan, {});
    state = answerAndAdvance(plan, state, step(0), answer(2));
    state = goBack(state);
    state = skipAndAdvance(plan, state, step(0));
    expect(answerFor(state.answers, step(0))).toBeUndefined();
    expect(state.answers.alpha).toBeUndefined();
    expect(keyAt(state)).toBe('alpha/a2');
  });

  it('setAnswer records without moving; clearAnswer of an unanswered question changes nothing', () => {
    const state = startInterview(plan, {});
    const set1 = setAnswer(state, step(0), answer(null));
    expect(set1.cursor).toBe(0);
    expect(answerFor(set1.answers, step(0))).toEqual(answer(null));
    expect(clearAnswer(state, step(3))).toBe(state);
  });

  it('never mutates the state it is given', () => {
    const state = startInterview(plan, answered(['alpha/a1']));
    const frozen = JSON.stringify(state);
    answerAndAdvance(plan, state, step(1), answer(1));
    skipAndAdvance(plan, state, step(1));
    clearAnswer(state, step(0));
    goBack(state);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe('a resumed interview', () => {
  it('starts at the first unanswered question with earlier answers intact', () => {
    const answers = answered(['alpha/a1', 'alpha/a2']);
    const state = startInterview(plan, answers);
    expect(keyAt(state)).toBe('alpha/a3');
    expect(state.answers).toBe(answers);
  });

  it('jumps over questions already answered further on, but "Back" still reaches them', () => {
    // a2 was skipped; a3 and b1 answered; b2 never reached.
    let state = startInterview(plan, answered(['alpha/a1', 'alpha/a3', 'beta/b1']));
    expect(keyAt(state)).toBe('alpha/a2');
    state = answerAndAdvance(plan, state, step(1), answer(1));
    expect(keyAt(state)).toBe('beta/b2');
    expect(keyAt(goBack(state))).toBe('beta/b1');
  });

  it('goes straight to the end when everything is answered', () => {
    const state = startInterview(plan, answered(plan.steps.map((s) => s.key)));
    expect(isFinished(plan, state)).toBe(true);
  });
});

describe('any sequence of moves', () => {
  const move = fc.oneof(
    fc.record({ kind: fc.constant('answer' as const), score: fc.integer({ min: 0, max: 4 }) }),
    fc.constant({ kind: 'skip' as const }),
    fc.constant({ kind: 'back' as const }),
  );

  it('keeps the cursor in range, the frontier ahead of it, and answers only for asked questions', () => {
    fc.assert(
      fc.property(fc.subarray(plan.steps.map((s) => s.key)), fc.array(move, { maxLength: 40 }), (preset, moves) => {
        let state = startInterview(plan, answered(preset));
        const touched = new Set(preset);
        for (const m of moves) {
          if (isFinished(plan, state)) break;
          const current = step(state.cursor);
          if (m.kind === 'back') state = goBack(state);
          else if (m.kind === 'skip') state = skipAndAdvance(plan, state, current);
          else {
            state = answerAndAdvance(plan, state, current, answer(m.score));
            touched.add(current.key);
          }
          expect(state.cursor).toBeGreaterThanOrEqual(0);
          expect(state.cursor).toBeLessThanOrEqual(plan.steps.length);
          expect(state.frontier).toBeGreaterThanOrEqual(state.cursor);
        }
        for (const [imperative, byQuestion] of Object.entries(state.answers)) {
          for (const question of Object.keys(byQuestion)) expect(touched.has(`${imperative}/${question}`)).toBe(true);
        }
      }),
    );
  });

  it('answering whatever is on screen always finishes, with every question answered', () => {
    fc.assert(
      fc.property(fc.subarray(plan.steps.map((s) => s.key)), (preset) => {
        let state = startInterview(plan, answered(preset));
        let moves = 0;
        while (!isFinished(plan, state)) {
          state = answerAndAdvance(plan, state, step(state.cursor), answer(0));
          moves++;
        }
        expect(moves).toBe(plan.steps.length - preset.length);
        expect(firstUnanswered(plan, state.answers)).toBe(plan.steps.length);
      }),
    );
  });

  it('advance from the last question finishes the walk', () => {
    const state: InterviewState = { cursor: plan.steps.length - 1, frontier: plan.steps.length - 1, answers: {} };
    expect(isFinished(plan, advance(plan, state))).toBe(true);
  });
});

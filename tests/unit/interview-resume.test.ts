import { describe, expect, it } from 'vitest';
import { questionKeys } from '../../src/core/answers/answer-sheet.js';
import { describeRubricChanges, detectRubricChanges } from '../../src/core/interview/detect-rubric-changes.js';
import { smallSet } from '../helpers/interview-sets.js';

const before = smallSet({ alpha: [{ id: 'a1' }, { id: 'a2' }], beta: [{ id: 'b1' }] });
const stored = { digest: before.digest, source: null, questions: questionKeys(before) };

describe('detectRubricChanges', () => {
  it('sees no change when the digest is the same', () => {
    expect(detectRubricChanges(stored, before)).toEqual({ kind: 'unchanged' });
    expect(describeRubricChanges({ kind: 'unchanged' })).toEqual([]);
  });

  it('cannot tell without a stored digest (a hand-written answers file) and says nothing', () => {
    expect(detectRubricChanges({ digest: null, source: null, questions: null }, before)).toEqual({ kind: 'unknown' });
    expect(describeRubricChanges({ kind: 'unknown' })).toEqual([]);
  });

  it('names the new and the gone questions', () => {
    const after = smallSet({ alpha: [{ id: 'a1' }, { id: 'a3' }], beta: [{ id: 'b1' }], gamma: [{ id: 'g1' }] });
    const changes = detectRubricChanges(stored, after);
    expect(changes).toEqual({ kind: 'changed', newQuestions: ['alpha/a3', 'gamma/g1'], goneQuestions: ['alpha/a2'], questionsKnown: true });
    expect(describeRubricChanges(changes)).toEqual([
      'The rubrics changed since this session began.',
      'New, to be asked (2):',
      '  + alpha/a3',
      '  + gamma/g1',
      'Gone, no longer asked or scored (1):',
      '  - alpha/a2',
      'All other answers are kept.',
    ]);
  });

  it('says when only wording, levels or weights changed', () => {
    const after = smallSet({ alpha: [{ id: 'a1', levels: 4 }, { id: 'a2' }], beta: [{ id: 'b1' }] });
    const changes = detectRubricChanges(stored, after);
    expect(changes).toEqual({ kind: 'changed', newQuestions: [], goneQuestions: [], questionsKnown: true });
    expect(describeRubricChanges(changes).join(' ')).toMatch(/No question was added or removed/);
  });

  it('says it cannot list new questions when the session stored no question list', () => {
    const after = smallSet({ alpha: [{ id: 'a1' }] });
    const changes = detectRubricChanges({ digest: before.digest, source: null, questions: null }, after);
    expect(changes).toEqual({ kind: 'changed', newQuestions: [], goneQuestions: [], questionsKnown: false });
    expect(describeRubricChanges(changes).join(' ')).toMatch(/unanswered questions will be asked/);
  });
});

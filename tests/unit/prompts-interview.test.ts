// The interview walk with the real prompts on @inquirer/testing's virtual screen: headers,
// progress, levels with descriptions, Back, Skip, notes, the review, and a save after every answer.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { runInterview, type InterviewIo } from '../../src/cli/commands/audit/run-interview.js';
import { PromptInterrupted } from '../../src/cli/prompts.js';
import { MAX_NOTE_CHARS } from '../../src/core/answers/answers-constants.js';
import type { AnswerMap } from '../../src/core/interview/interview-state.js';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { PLAIN_STYLE } from '../../src/core/interview/text-style.js';
import { smallSet } from '../helpers/interview-sets.js';

const plan = buildQuestionPlan(smallSet({ alpha: [{ id: 'a1' }, { id: 'a2', na: true }], beta: [{ id: 'b1', levels: 3 }] }));

function recordingIo(fits: InterviewIo['fits'] = () => true): InterviewIo & { printed: string[]; saves: AnswerMap[] } {
  const printed: string[] = [];
  const saves: AnswerMap[] = [];
  return {
    printed,
    saves,
    write: (text) => printed.push(text),
    save: async (answers) => {
      saves.push(structuredClone(answers));
    },
    fits,
    width: 80,
    style: PLAIN_STYLE,
  };
}

async function choose(keys: string[]): Promise<string> {
  await screen.next();
  const shown = screen.getScreen();
  for (const key of keys) screen.keypress(key);
  screen.keypress('enter');
  return shown;
}

async function note(text: string): Promise<string> {
  await screen.next();
  const shown = screen.getScreen();
  if (text !== '') screen.type(text);
  screen.keypress('enter');
  return shown;
}

describe('runInterview', () => {
  it('walks the questions with Enter alone to the review and finishes on the middle levels', async () => {
    const io = recordingIo();
    const done = runInterview(plan, io, {});
    for (let i = 0; i < plan.steps.length; i++) {
      await choose([]);
      const evidence = await choose([]); // Enter accepts "claimed"
      if (i === 0) expect(evidence).toMatch(/What does this answer rest on\?[\s\S]*❯ Claimed/);
      await note('');
    }
    const review = await choose([]);
    expect(review).toContain('Write the report');
    await expect(done).resolves.toEqual({ alpha: { a1: { score: 2, note: null, evidence: 'claimed' }, a2: { score: 2, note: null, evidence: 'claimed' } }, beta: { b1: { score: 1, note: null, evidence: 'claimed' } } });
    const printed = io.printed.join('');
    expect(printed).toContain('Imperative 1 of 2 · 2 questions');
    expect(printed).toContain('Imperative 2 of 2 · 1 question');
    expect(printed).toContain('[3/3] Question b1?');
    expect(printed).toContain('3 of 3 answered');
    // Saved after each level, each evidence and each note: never more than the question on screen at risk.
    expect(io.saves).toHaveLength(plan.steps.length * 3);
    expect(io.saves[0]).toEqual({ alpha: { a1: { score: 2, note: null, evidence: 'claimed' } } });
  });

  it('shows the levels with descriptions, n/a where allowed, Skip and Back; records notes; Back returns', async () => {
    const io = recordingIo();
    const done = runInterview(plan, io, {});
    const first = await choose(['down']); // L3
    expect(first).toMatch(/❯ L2\n/);
    expect(first).not.toMatch(/\d · L/);
    expect(first).toContain('Behaviour 2 of a1.');
    expect(first).toContain('Skip for now');
    expect(first).not.toContain('Back');
    expect(first).not.toContain('Not applicable');
    await choose(['down']); // evidence: Document
    // After a check, what it looked at: the respondent's own case first, then reps, managers, deals of the audit sample.
    const sample = await choose(['down']); // Reps of the audit sample
    expect(sample).toMatch(/What did the check look at\?[\s\S]*❯ This respondent's own case[\s\S]*Reps of the audit sample[\s\S]*Managers of the audit sample[\s\S]*Deals/);
    await note('8'); // how many reps
    await note('Plan seen in the CRM');

    const second = await choose(['down', 'down', 'down', 'down', 'down']); // past n/a and Skip, onto Back
    expect(second).toContain('Not applicable');
    expect(second).toContain('Back');
    // Back on a1: its answer is the default now.
    const again = await choose([]);
    expect(again).toMatch(/❯ L3\n/);
    const evidenceAgain = await choose([]); // starts on the evidence given before
    expect(evidenceAgain).toMatch(/❯ Document/);
    const sampleAgain = await choose([]); // starts on what the check looked at before
    expect(sampleAgain).toMatch(/❯ Reps of the audit sample/);
    const count = await note(''); // Enter keeps the count
    expect(count).toContain('How many reps?');
    const kept = await note(''); // Enter keeps the existing note
    expect(kept).toContain('Plan seen in the CRM');

    await choose(['down', 'down', 'down']); // a2: n/a, so no evidence question
    await note('');
    await choose(['down', 'down']); // b1 (3 levels, starts on L1): past L2, onto Skip for now
    const review = await choose([]);
    expect(review).toContain('Answer the 1 unanswered');
    await expect(done).resolves.toEqual({ alpha: { a1: { score: 3, note: 'Plan seen in the CRM', evidence: 'document', sample: { count: 8, of: 'reps' } }, a2: { score: null, note: null, evidence: 'claimed' } } });
    expect(io.printed.join('')).toMatch(/3\s+b1\s+unanswered/);
  });

  it('lets any answer be changed from the review', async () => {
    const io = recordingIo();
    const done = runInterview(plan, io, { alpha: { a1: { score: 0, note: null, evidence: 'claimed' }, a2: { score: 1, note: null, evidence: 'claimed' } }, beta: { b1: { score: 2, note: 'x', evidence: 'claimed' } } });
    // Everything is answered: straight to the review.
    await choose(['down']); // Change an answer
    const list = await choose(['down']); // question 2
    expect(list).toContain('alpha/a2: 1 · L1');
    const changing = await choose(['up']); // L0
    expect(changing).toMatch(/❯ L1\n/);
    expect(changing).toContain('Leave unanswered');
    expect(changing).not.toContain('Back');
    await choose([]);
    await note('changed');
    await choose([]); // Write the report
    await expect(done).resolves.toEqual({ alpha: { a1: { score: 0, note: null, evidence: 'claimed' }, a2: { score: 0, note: 'changed', evidence: 'claimed' } }, beta: { b1: { score: 2, note: 'x', evidence: 'claimed' } } });
  });

  it('stops with PromptInterrupted on Ctrl-C, after saving what was answered', async () => {
    const io = recordingIo();
    const done = runInterview(plan, io, {});
    await choose([]);
    await choose([]);
    await note('');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(PromptInterrupted);
    expect(io.saves.at(-1)).toEqual({ alpha: { a1: { score: 2, note: null, evidence: 'claimed' } } });
  });

  it('refuses a note over the limit as it is typed, with a message, and takes it once shortened', async () => {
    const io = recordingIo();
    const done = runInterview(plan, io, {});
    await choose([]);
    await choose([]);
    await screen.next();
    screen.type('x'.repeat(MAX_NOTE_CHARS + 1));
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(`${MAX_NOTE_CHARS.toLocaleString('en-US')} characters at most (this has ${(MAX_NOTE_CHARS + 1).toLocaleString('en-US')})`);
    screen.keypress('backspace');
    screen.keypress('enter');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(PromptInterrupted);
    // The shortened note was taken: the next save holds it whole.
    expect(io.saves.at(-1)?.alpha?.a1?.note).toBe('x'.repeat(MAX_NOTE_CHARS));
    // 4,001 keys typed, each redrawing the line: 30 to 45 s on the shared 2-core machine under the
    // other engineers' test runs (load 19), where vitest's default 30 s cut it off. A hang still fails.
  }, 180_000);

  it('refuses a note the session file cannot hold, with the reason given by fits', async () => {
    const io = recordingIo((answers) => ((answers.alpha?.a1?.note ?? '').length > 5 ? 'the session file would be over its limit' : true));
    const done = runInterview(plan, io, {});
    await choose([]);
    await choose([]);
    await screen.next();
    screen.type('abcdefgh');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('the session file would be over its limit');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.keypress('enter');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(PromptInterrupted);
    expect(io.saves.at(-1)?.alpha?.a1?.note).toBe('abcde');
  });
});

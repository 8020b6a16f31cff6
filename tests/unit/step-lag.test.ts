// Which steps of a question wait for its `lag` (twelfth rubric review, J): with `lagFrom`, only the
// steps that lift the team to that level or above; without it, every step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Question } from '../../src/core/rubric/schema.js';
import { stepLag } from '../../src/core/rubric/step-lag.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const levels = [0, 1, 2, 3, 4].map((score) => ({ score, label: `Level ${score}`, description: `Level ${score}.` }));
const question = (extra: Record<string, unknown>) => Question.safeParse({ id: 'q', prompt: 'Which?', levels, ...extra });

describe('stepLag', () => {
  it('gives every step the lag where the question sets no lagFrom', () => {
    expect(stepLag({ lag: 180 }, {}, 0)).toBe(180);
    expect(stepLag({ lag: 180 }, {}, 3)).toBe(180);
    expect(stepLag({}, {}, 3)).toBeNull();
  });

  it('gives the lag only to a step that lifts the team to lagFrom or above', () => {
    const tools = { lag: 120, lagFrom: 4 };
    expect(stepLag(tools, {}, 1)).toBeNull();
    expect(stepLag(tools, {}, 2)).toBeNull();
    expect(stepLag(tools, {}, 3)).toBe(120);
    // A step sized past the next level (`to:`) carries the lag of the level it reaches.
    expect(stepLag(tools, { to: 4 }, 1)).toBe(120);
  });

  it('refuses a lagFrom with no lag, or on no level of the question', () => {
    expect(question({ lag: 120, lagFrom: 4 }).success).toBe(true);
    const bare = question({ lagFrom: 4 });
    expect(bare.success).toBe(false);
    expect(bare.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['lagFrom', 'needs `lag`: it says which steps wait for it']]);
    const off = question({ lag: 120, lagFrom: 7 });
    expect(off.error!.issues.map((i) => i.path.join('.'))).toEqual(['lagFrom']);
  });

  it('holds back only the top step of the three questions whose top reads each of the last three months', () => {
    const read = (file: string) => (parse(readFileSync(join(REPO_ROOT, 'rubrics', file), 'utf8')) as { questions: { id: string; lag?: number; lagFrom?: number }[] }).questions;
    const all = [...read('prospecting-plan.yaml'), ...read('differentiation.yaml')];
    for (const id of ['relationship-tools', 'prospecting-review', 'differentiation-support']) {
      const q = all.find((x) => x.id === id)!;
      expect([q.lag, q.lagFrom], id).toEqual([120, 4]);
    }
  });
});

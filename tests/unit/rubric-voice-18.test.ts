// The sixteenth VP review, class 6 (items 35, 36, 38 and 13): what the shipped rubrics put in the
// client's documents reads as the consultant writing to the client. A question speaks to the
// respondent about "your company", never as the company ("our offering", "brings us", Q3.8); an
// action's title names no document by a possessive of its name ("the case for change's questions")
// and no tool word the report never defines ("provisional card"); no action books the firm's own
// follow-on work (the day-180 re-audit inside #8).
import { describe, expect, it } from 'vitest';
import { defaultSet } from '../helpers/report-fixtures.js';

const set = defaultSet();
const questions = set.imperatives.flatMap((i) => i.questions.map((q) => ({ ref: `${i.id}/${q.id}`, q })));

/** Every string under `node`, with where it sits. */
function strings(node: unknown, at: string): { at: string; text: string }[] {
  if (typeof node === 'string') return [{ at, text: node }];
  if (Array.isArray(node)) return node.flatMap((n, i) => strings(n, `${at}[${i}]`));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

describe("the shipped rubrics speak in the consultant's voice (VP review 16, class 6)", () => {
  // What the report prints: the question as asked (its default wording, in the appendix), each
  // level's label ("where the team stands") and each action's title and text. A role's own wording
  // ("my reps", "our differences") is the respondent speaking, in the interview only.
  const printed = questions.flatMap(({ ref, q }) => [
    ...strings(typeof q.prompt === 'string' ? q.prompt : (q.prompt as Record<string, string>)['default'], `${ref}.prompt`),
    ...q.levels.flatMap((l, i) => strings(l.label ?? '', `${ref}.levels[${i}].label`)),
    ...q.recommendations.flatMap((r, i) => strings({ title: r.title ?? '', action: r.action }, `${ref}.recommendations[${i}]`)),
  ]);

  it('no printed question, level or action speaks as the company: "our", "us", "we"', () => {
    expect(printed.length).toBeGreaterThan(100);
    expect(printed.filter((s) => /\b(our|us|we)\b/i.test(s.text)).map((s) => `${s.at}: ${s.text.slice(0, 120)}`)).toEqual([]);
  });

  it('no action title says "the case for change\'s …" or an undefined "provisional …"; no action books the re-audit', () => {
    const actions = questions.flatMap(({ q }) => q.recommendations);
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.map((a) => a.title ?? '').filter((t) => /for change's|provisional/i.test(t))).toEqual([]);
    expect(actions.map((a) => a.action).filter((t) => /\bbook\b[^.]*re-audit/i.test(t))).toEqual([]);
  });
});

// A small rubric set whose numbers are easy to work out by hand: two imperatives with different
// weights and targets, three level scales (0–4, 1–5, 0–2), an n/a-able question, and
// recommendations with and without owners. Loaded through the real loader, defaults included.
import type { Answer, AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { loadRubricSet, type RubricSet } from '../../src/core/rubric/load-rubric-set.js';

const levels = (scores: number[]) => scores.map((score) => `      - { score: ${score}, label: L${score}, description: Level ${score} }`).join('\n');

const ALPHA = `id: alpha
title: Alpha imperative
summary: Alpha matters.
weight: 2
target: 70
questions:
  - id: q1
    prompt: Alpha one?
    weight: 2
    levels:
${levels([0, 1, 2, 3, 4])}
    recommendations:
      - { id: act-1, below: 2, action: Fix alpha one now, horizon: 30, owner: Owner A }
      - { id: act-2, below: 4, action: Embed alpha one, horizon: 90 }
  - id: q2
    prompt: Alpha two?
    na: true
    levels:
${levels([1, 2, 3, 4, 5])}
    recommendations:
      - { id: act-3, below: 3, action: Improve alpha two, horizon: 60, owner: Owner B }
  - id: q3
    prompt: Alpha three?
    levels:
${levels([0, 1, 2])}
    recommendations:
      - { id: act-4, below: 2, action: Start alpha three, horizon: 30 }
`;

const BETA = `id: beta
title: Beta imperative
summary: Beta matters.
questions:
  - id: q1
    prompt: Beta one?
    levels:
${levels([0, 1, 2, 3, 4])}
    recommendations:
      - { id: act-5, below: 3, action: Improve beta one, horizon: 60 }
  - id: q2
    prompt: Beta two?
    weight: 3
    levels:
${levels([0, 1, 2, 3, 4])}
`;

export function fixtureSet(): RubricSet {
  const files = [
    { path: 'alpha.yaml', content: ALPHA, size: ALPHA.length },
    { path: 'beta.yaml', content: BETA, size: BETA.length },
    { path: '_set.yaml', content: 'order: [alpha, beta]\n', size: 20 },
  ];
  const { set, diagnostics } = loadRubricSet(files);
  if (!set) throw new Error(`fixture rubrics invalid: ${JSON.stringify(diagnostics)}`);
  return set;
}

type Given = number | 'n/a' | { score: number | 'n/a'; note: string };

/** A sheet from compact answers: { alpha: { q1: 3, q2: 'n/a' } }; missing keys are unanswered. */
export function sheet(
  answers: Record<string, Record<string, Given>>,
  respondent: { name?: string | null; role?: string } = {},
  extra: Partial<Pick<AnswerSheet, 'organization' | 'date' | 'source'>> = {},
): AnswerSheet {
  const converted: Record<string, Record<string, Answer>> = {};
  for (const [imperative, byQuestion] of Object.entries(answers)) {
    for (const [question, given] of Object.entries(byQuestion)) {
      const raw = typeof given === 'object' ? given.score : given;
      (converted[imperative] ??= {})[question] = { score: raw === 'n/a' ? null : raw, note: typeof given === 'object' ? given.note : null, evidence: 'claimed' };
    }
  }
  return {
    source: extra.source ?? null,
    organization: extra.organization ?? 'Fixture Ltd',
    respondent: { name: respondent.name === undefined ? 'Pat Doe' : respondent.name, role: respondent.role ?? 'leadership' },
    date: extra.date ?? '2026-01-15',
    rubrics: { digest: null, source: null, questions: null },
    answers: converted,
  };
}

// What a person can pick for one question: the levels (label + the behaviour that earns it),
// "Not applicable" where the rubric allows it, "Skip for now" and "Back". Pure: the CLI renders
// these with whatever prompt library it uses.
import type { Answer } from '../answers/answer-sheet.js';
import type { WordedLevel } from '../rubric/level-range.js';
import type { Level } from '../rubric/schema.js';
import type { QuestionStep } from './question-plan.js';

export type ChoiceValue =
  | { kind: 'level'; score: number }
  | { kind: 'na' }
  | { kind: 'skip' }
  | { kind: 'back' };

export interface QuestionChoice {
  /** What the list shows. */
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** What the prompt echoes once chosen. */
  short: string;
  value: ChoiceValue;
}

export interface QuestionChoices {
  /** Answers first, then a separator, then the moves (skip, back). */
  answers: QuestionChoice[];
  moves: QuestionChoice[];
  /** Where the cursor starts. Never "Back", so Enter alone always moves forward. */
  default: ChoiceValue;
}

export interface ChoiceOptions {
  canGoBack: boolean;
  /**
   * Offer to leave the question unanswered: "Skip for now" during the walk (asked again on resume),
   * "Clear this answer" when changing an answer from the review.
   */
  skip: 'walk' | 'review' | false;
}

/**
 * The default answer: the current one when there is one (going back, resuming, changing an answer
 * in the review), otherwise the middle level. The middle is neutral: Enter alone neither flatters
 * nor condemns, and a walk-through with Enter yields a mid-band report, obviously a rehearsal.
 * With an even number of levels the lower middle is taken: unverified claims should not round up.
 */
export function defaultLevel<L extends Pick<Level, 'score'>>(levels: readonly L[]): L {
  return levels[Math.floor((levels.length - 1) / 2)]!;
}

/** How the review shows a level: the score with the label, "3 · Established". */
export function levelName(level: Pick<WordedLevel, 'score' | 'label'>): string {
  return `${level.score} · ${level.label}`;
}

export const NOT_APPLICABLE_NAME = 'Not applicable';

/** The answer as one line: "3 · Established", "Not applicable". */
export function describeAnswer(step: QuestionStep, answer: Answer | undefined): string {
  if (answer === undefined) return 'unanswered';
  if (answer.score === null) return NOT_APPLICABLE_NAME;
  const level = step.question.levels.find((l) => l.score === answer.score);
  return level ? levelName(level) : String(answer.score);
}

export function questionChoices(step: QuestionStep, current: Answer | undefined, options: ChoiceOptions): QuestionChoices {
  // No scores: the person picks a described behaviour, not a number. A role with its own wording
  // picks from it ("I completed a call … in each of the last four weeks"): the label is the team's
  // finding ("Reps work from their plan every week"), which a salesperson cannot say of themselves.
  // Without one (leadership reads the default) the label is the choice, its description under it.
  const answers: QuestionChoice[] = step.levels.map((level) =>
    level.inOwnWords
      ? { name: level.description, short: level.description, value: { kind: 'level', score: level.score } }
      : { name: level.label, description: level.description, short: level.label, value: { kind: 'level', score: level.score } },
  );
  if (step.question.na) {
    answers.push({
      name: NOT_APPLICABLE_NAME,
      description: 'Does not apply to this organization; left out of the score.',
      short: NOT_APPLICABLE_NAME,
      value: { kind: 'na' },
    });
  }
  const moves: QuestionChoice[] = [];
  if (options.skip === 'walk') {
    moves.push({
      name: 'Skip for now',
      description: 'Leave it unanswered: the review offers it again, a resumed session asks it again, and the report lists it as unanswered.',
      short: 'Skipped for now',
      value: { kind: 'skip' },
    });
  } else if (options.skip === 'review') {
    moves.push({
      name: 'Leave unanswered',
      description: 'Remove the answer: the report lists the question as unanswered and leaves it out of the scores.',
      short: 'Left unanswered',
      value: { kind: 'skip' },
    });
  }
  if (options.canGoBack) {
    moves.push({ name: 'Back', description: 'Return to the previous question.', short: 'Back', value: { kind: 'back' } });
  }
  const wanted: ChoiceValue =
    current === undefined
      ? { kind: 'level', score: defaultLevel(step.question.levels).score }
      : current.score === null
        ? { kind: 'na' }
        : { kind: 'level', score: current.score };
  // The same object as in the list: prompt libraries match the default by identity.
  const match = answers.find((c) => sameChoice(c.value, wanted)) ?? answers.find((c) => sameChoice(c.value, { kind: 'level', score: defaultLevel(step.question.levels).score }))!;
  return { answers, moves, default: match.value };
}

export function sameChoice(a: ChoiceValue, b: ChoiceValue): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'level' || (b.kind === 'level' && a.score === b.score);
}

// The interview itself: header per imperative, one question at a time, the review at the end.
// The moves are the pure state functions of core/interview; this file asks, prints and saves.
import type { Answer, AnswerSheet, Sample } from '../../../core/answers/answer-sheet.js';
import { DEFAULT_EVIDENCE, MAX_NOTE_CHARS, type Evidence, type SampleUnit } from '../../../core/answers/answers-constants.js';
import {
  answerAndAdvance,
  answerFor,
  canGoBack,
  goBack,
  isFinished,
  setAnswer,
  skipAndAdvance,
  startInterview,
  clearAnswer,
  type InterviewState,
} from '../../../core/interview/interview-state.js';
import { questionChoices, type ChoiceOptions, type ChoiceValue, type QuestionChoice } from '../../../core/interview/question-choices.js';
import type { QuestionPlan, QuestionStep } from '../../../core/interview/question-plan.js';
import { buildReview, renderImperativeHeader, renderQuestion, renderReview } from '../../../core/interview/render-screens.js';
import { wrapText, type TextStyle } from '../../../core/interview/text-style.js';
import { askSelect, askText, type SelectItem } from '../../prompts.js';

export interface InterviewIo {
  write(text: string): void;
  /** Saves the answers so far (atomically); called after every answer. */
  save(answers: AnswerSheet['answers']): Promise<void>;
  /** Whether these answers can be saved (the session file's size limit): true, or why not in words. */
  fits(answers: AnswerSheet['answers']): true | string;
  width: number;
  style: TextStyle;
}

// Claimed first: it is the default, and Enter alone accepts it.
const EVIDENCE_CHOICES: SelectItem<Evidence>[] = [
  { name: 'Claimed', value: 'claimed', description: 'What the respondent says, not checked.' },
  { name: 'Document', value: 'document', description: 'A document you saw: a plan, a template, a report.' },
  { name: 'Observed', value: 'observed', description: 'Something you observed: a call, a meeting, a one-to-one.' },
  { name: 'Data', value: 'data', description: 'System data: the CRM, a dashboard, a report of figures.' },
  { name: 'Survey', value: 'survey', description: "A survey the audit ran: the reps' anonymous survey on their managers." },
];

// What a check looked at (the answers file's `sample`): the respondent's own case first, the
// default for a check without a sample; the others ask how many.
const SAMPLE_CHOICES: SelectItem<SampleUnit | 'own'>[] = [
  { name: "This respondent's own case", value: 'own', description: 'Their own plan, call or figures: one case; it sets no level on its own.' },
  { name: 'Reps of the audit sample', value: 'reps', description: 'How many of the sampled reps the check looked at comes next.' },
  { name: 'Managers of the audit sample', value: 'managers', description: 'How many managers the check looked at comes next.' },
  { name: 'Deals', value: 'deals', description: 'How many deals (won, lost, open) the check looked at comes next.' },
];

/** A whole number of one or more, as typed. */
function checkCount(text: string): true | string {
  return /^[1-9]\d{0,5}$/.test(text) ? true : 'a whole number, 1 or more';
}

/**
 * What a check covered, asked after a non-claimed evidence kind: checks set a question's level only
 * on the set's minimum base (score-term.ts), so the count is part of the answer. Undefined: the
 * respondent's own case.
 */
async function askSample(current: Sample | undefined): Promise<Sample | undefined> {
  const of = await askSelect<SampleUnit | 'own'>('What did the check look at?', SAMPLE_CHOICES, { default: current?.of ?? 'own' });
  if (of === 'own') return undefined;
  const count = await askText(`How many ${of}?`, { ...(current?.of === of ? { default: String(current.count) } : {}), required: true, check: checkCount });
  return { count: Number(count), of };
}

type QuestionOutcome = { kind: 'back' } | { kind: 'skip' } | { kind: 'answer'; answer: Answer };

const ANSWER_MESSAGE = 'Answer:';

async function askLevel(step: QuestionStep, current: Answer | undefined, options: ChoiceOptions, width: number): Promise<ChoiceValue> {
  const choices = questionChoices(step, current, options);
  // Wrapped here at word boundaries: the prompt library would cut words in two at the edge. A name
  // (a level in the respondent's own words can take two or three lines) hangs under its first
  // word, past the list's two-column cursor.
  // The echo once chosen follows "✔ Answer: " on its line and wraps at the terminal's edge.
  const wrapped = (list: QuestionChoice[]) =>
    list.map((c) => ({
      ...c,
      name: wrapText(c.name, Math.min(width, 100) - 3).join('\n  '),
      short: wrapText(c.short, width - 1, '', `✔ ${ANSWER_MESSAGE} `.length).join('\n'),
      ...(c.description === undefined ? {} : { description: wrapText(c.description, Math.min(width, 100) - 1).join('\n') }),
    }));
  const items: SelectItem<ChoiceValue>[] = wrapped(choices.answers);
  if (choices.moves.length > 0) items.push({ separator: ' ' }, ...wrapped(choices.moves));
  return askSelect(ANSWER_MESSAGE, items, { default: choices.default });
}

/** What a scored answer rests on; the cursor starts on the current value, else on "claimed". */
async function askEvidence(current: Evidence): Promise<Evidence> {
  return askSelect<Evidence>('What does this answer rest on?', EVIDENCE_CHOICES, { default: current });
}

/** The note, held to MAX_NOTE_CHARS and to what the session file can hold (`fits`) as it is typed. */
async function askNote(current: string | null, fits: (note: string | null) => true | string): Promise<string | null> {
  const message =
    current === null ? 'Evidence note (optional, Enter to skip):' : 'Evidence note (Tab to edit, Backspace to clear):';
  const check = (text: string) => fits(text === '' ? null : text);
  const note = await askText(message, { ...(current === null ? {} : { default: current }), maxLength: MAX_NOTE_CHARS, check });
  return note === '' ? null : note;
}

/**
 * Asks one question: the level (or a move), what a scored answer rests on, then the note. Each is
 * saved before the next is asked, so an interruption loses nothing that was chosen.
 */
async function askQuestion(
  io: InterviewIo,
  state: InterviewState,
  step: QuestionStep,
  options: ChoiceOptions,
): Promise<{ outcome: QuestionOutcome; state: InterviewState }> {
  io.write(renderQuestion(step, { width: io.width, style: io.style }));
  const current = answerFor(state.answers, step);
  const choice = await askLevel(step, current, options, io.width);
  if (choice.kind === 'back' || choice.kind === 'skip') return { outcome: { kind: choice.kind }, state };
  const score = choice.kind === 'na' ? null : choice.score;
  let evidence = current?.evidence ?? DEFAULT_EVIDENCE;
  let sample = score === null || evidence === 'claimed' ? undefined : current?.sample;
  const withSample = (answer: Answer): Answer => (sample === undefined ? answer : { ...answer, sample });
  let chosen = setAnswer(state, step, withSample({ score, note: current?.note ?? null, evidence }));
  await io.save(chosen.answers);
  // n/a rests on nothing: the evidence question is asked for a scored answer only, and what a
  // check looked at only after a check.
  if (score !== null) {
    evidence = await askEvidence(evidence);
    sample = evidence === 'claimed' ? undefined : sample;
    chosen = setAnswer(chosen, step, withSample({ score, note: current?.note ?? null, evidence }));
    await io.save(chosen.answers);
    if (evidence !== 'claimed') {
      sample = await askSample(sample);
      chosen = setAnswer(chosen, step, withSample({ score, note: current?.note ?? null, evidence }));
      await io.save(chosen.answers);
    }
  }
  const note = await askNote(current?.note ?? null, (text) => io.fits(setAnswer(chosen, step, withSample({ score, note: text, evidence })).answers));
  io.write('\n');
  return { outcome: { kind: 'answer', answer: withSample({ score, note, evidence }) }, state: chosen };
}

async function walk(plan: QuestionPlan, io: InterviewIo, start: InterviewState): Promise<InterviewState> {
  let state = start;
  let shownImperative: string | null = null;
  while (!isFinished(plan, state)) {
    const step = plan.steps[state.cursor]!;
    if (step.imperative.id !== shownImperative) {
      io.write(renderImperativeHeader(step.imperative, { width: io.width, style: io.style }));
      shownImperative = step.imperative.id;
    }
    const asked = await askQuestion(io, state, step, { canGoBack: canGoBack(state), skip: 'walk' });
    state = asked.state;
    if (asked.outcome.kind === 'back') {
      io.write('\n');
      state = goBack(state);
      continue;
    }
    if (asked.outcome.kind === 'skip') {
      io.write('\n');
      state = skipAndAdvance(plan, state, step);
    } else {
      state = answerAndAdvance(plan, state, step, asked.outcome.answer);
    }
    await io.save(state.answers);
  }
  return state;
}

/** Re-asks one question from the review; "Skip" there means "leave it unanswered". */
async function changeOne(io: InterviewIo, state: InterviewState, step: QuestionStep): Promise<InterviewState> {
  io.write(`\n${io.style.muted(`${step.imperative.label} · ${step.imperative.title}`)}\n`);
  const asked = await askQuestion(io, state, step, { canGoBack: false, skip: 'review' });
  let next = asked.state;
  if (asked.outcome.kind === 'answer') next = setAnswer(next, step, asked.outcome.answer);
  else if (asked.outcome.kind === 'skip') next = clearAnswer(next, step);
  await io.save(next.answers);
  return next;
}

type ReviewAction = 'finish' | 'change' | 'unanswered';

async function review(plan: QuestionPlan, io: InterviewIo, start: InterviewState): Promise<InterviewState> {
  let state = start;
  for (;;) {
    const summary = buildReview(plan, state.answers);
    io.write(renderReview(summary, { width: io.width, style: io.style }));
    const actions: SelectItem<ReviewAction>[] = [
      {
        name: 'Write the report',
        value: 'finish',
        description:
          summary.unanswered === 0
            ? 'Score the answers and write the report.'
            : `The ${summary.unanswered} unanswered question${summary.unanswered === 1 ? ' is' : 's are'} listed in the report and left out of the scores.`,
      },
      { name: 'Change an answer', value: 'change', description: 'Pick any question from the list above and answer it again.' },
    ];
    if (summary.unanswered > 0) {
      actions.push({ name: `Answer the ${summary.unanswered} unanswered`, value: 'unanswered', description: 'Go through the skipped questions now.' });
    }
    const action = await askSelect('Next:', actions, { default: 'finish' });
    if (action === 'finish') return state;
    if (action === 'unanswered') {
      for (const row of summary.rows) {
        if (row.answer === undefined) state = await changeOne(io, state, row.step);
      }
      continue;
    }
    const firstUnanswered = summary.rows.find((r) => r.answer === undefined)?.index ?? 0;
    const picked = await askSelect<number>(
      'Which question?',
      [
        ...summary.rows.map((row) => ({
          name: `${String(row.index + 1).padStart(2)}. ${row.step.key}: ${row.answerText}`,
          value: row.index,
          description: row.step.prompt,
        })),
        { separator: ' ' },
        { name: 'Back to the review', value: -1 },
      ],
      { default: firstUnanswered },
    );
    if (picked >= 0) state = await changeOne(io, state, plan.steps[picked]!);
  }
}

/** Runs the interview from wherever the answers stand; returns the final answers. */
export async function runInterview(plan: QuestionPlan, io: InterviewIo, answers: AnswerSheet['answers']): Promise<AnswerSheet['answers']> {
  const walked = await walk(plan, io, startInterview(plan, answers));
  const reviewed = await review(plan, io, walked);
  return reviewed.answers;
}

// Which of a question's notes a report prints, and attributed to whom: the one rule for the
// Markdown, the HTML (and so the PDF), the JSON's flags and the draft readout. Two kinds of note are
// held back:
// - a note that may point to one person (identifying-notes.ts), unless the consultant asks;
// - a quote (words a person said, word for word, whole or inside a note: note-voice.ts) from a
//   group too small to quote (quoteGroupMin). Words carry a voice that a figure does not: people who
//   work together daily tell each other's words apart. It goes to the draft readout for the
//   consultant to paraphrase before use, and the report counts it once.
import type { NoteAnswer } from '../scoring/answer-tally.js';
import { noteGroupsOf } from '../scoring/question-by-role.js';
import type { AuditScores } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { mayIdentify } from '../readout/identifying-notes.js';
import { quotesWords } from './note-voice.js';

export type HeldBack = 'identifying' | 'small-group-quote';

export interface NoteFate {
  answer: NoteAnswer;
  /** The group the note is attributed to (a role, or a pool's name), or null for "a respondent". */
  role: string | null;
  /** How many people it is attributed among: who answered the question in that group (or, for "a respondent", outside the groups named). */
  among: number;
  /** Why the report does not print it; null when it does. */
  heldBack: HeldBack | null;
}

/**
 * The fewest people a word-for-word quote may be attributed among: `minGroup + 2`. A figure needs
 * `minGroup + 1` (figure-roles.ts groupSafe: a member sets themselves aside and `minGroup` others
 * remain); a quote is one person's words, not a mix, and its voice and content narrow it further
 * (a discount view points at whoever approves discounts), so a member setting themselves aside must
 * still face one more candidate than a figure needs. 5 with the default minimum group of 3, the
 * threshold the seventh VP reading asked for ("for roles under 5, paraphrase"). With `--min-group
 * 1` (no protection asked for) every quote prints.
 */
export function quoteGroupMin(minGroup: number): number {
  return minGroup <= 1 ? 1 : minGroup + 2;
}

/**
 * Each kept note of a question with its attribution and whether the report holds it back.
 * `groupOf` gives each respondent's group as scoring names it (a shown role, a pool's name, or
 * their own role when folded).
 */
export function noteFates(
  question: Pick<QuestionScore, 'answers'>,
  scores: Pick<AuditScores, 'shownRoles' | 'minGroup' | 'respondents'>,
  groupOf: (respondent: number) => string,
  options: { showIdentifying: boolean; names: boolean },
): NoteFate[] {
  const { notes } = question.answers;
  if (notes.length === 0) return [];
  const { groups, rest } = noteGroupsOf(question, scores);
  return notes.map((answer) => {
    const group = groupOf(answer.respondent);
    const role = groups.has(group) ? group : null;
    const among = role === null ? rest : groups.get(role)!;
    // The consultant's own working copy (--show-identifying-notes) prints both kinds.
    let heldBack: HeldBack | null = null;
    if (options.showIdentifying) heldBack = null;
    else if (mayIdentify(answer.note)) heldBack = 'identifying';
    // Named at the client's request (--names), a person's words are theirs to be quoted by: nothing to hide them among.
    else if (!options.names && scores.respondents > 1 && quotesWords(answer.note) && among < quoteGroupMin(scores.minGroup)) heldBack = 'small-group-quote';
    return { answer, role, among, heldBack };
  });
}

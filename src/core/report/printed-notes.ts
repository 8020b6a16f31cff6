// Which of a question's notes a report prints, and attributed to whom: the one rule for the
// Markdown, the HTML (and so the PDF), the JSON's flags and the draft readout.
//
// Confidential by default (ninth VP reading, class 1d): a rule cannot judge whether a note points at
// one person ("coaching happens in the car", "the forecast spreadsheet is rebuilt by hand"), so where
// several people answered, a note prints only when the consultant approves it in the readout
// (`notes:`, by noteId), as written or in their own words. Two rules still hold back what the
// consultant might approve without seeing the risk:
// - a note that may point to one person (identifying-notes.ts);
// - a quote (words a person said, word for word, whole or inside a note: note-voice.ts) from a
//   group too small to quote (quoteGroupMin). Words carry a voice that a figure does not: people who
//   work together daily tell each other's words apart.
// An approved note rewritten in the consultant's words is judged on those words (a paraphrase is
// nobody's quote). The JSON keeps every note with its fate: it is the consultant's data.
import type { NoteAnswer } from '../scoring/answer-tally.js';
import { noteGroupsOf } from '../scoring/question-by-role.js';
import type { AuditScores } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { mayIdentify } from '../readout/identifying-notes.js';
import { quotesWords } from './note-voice.js';

export type HeldBack = RuleHeldBack | 'not-approved';
/** What the two rules hold back whatever the readout approves. */
export type RuleHeldBack = 'identifying' | 'small-group-quote';

/**
 * The readout's approved notes by noteId, with the consultant's rewording where they gave one; null
 * where no approval is needed: one respondent's report (their notes are their own, read by them) or
 * the consultant's working copy (--show-identifying-notes).
 */
export type NoteApprovals = ReadonlyMap<string, string | null> | null;

/**
 * A note's stable id for the readout: its question's id and a short hash of its text (FNV-1a, 32
 * bits, first 6 hex digits), so the same note gets the same id from one draft to the next and an
 * edited answer gets a new one (the approval was of other words).
 */
export function noteId(questionId: string, note: string): string {
  let hash = 0x811c9dc5;
  const text = note.trim();
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${questionId}-${hash.toString(16).padStart(8, '0').slice(0, 6)}`;
}

export interface NoteFate {
  answer: NoteAnswer;
  /** noteId: how the readout approves it. */
  id: string;
  /** What prints: the note, or the consultant's rewording of it. */
  text: string;
  /** Reworded by the consultant: their words, never printed as a quote. */
  reworded: boolean;
  /** The group the note is attributed to (a role, or a pool's name), or null for "a respondent". */
  role: string | null;
  /** How many people it is judged among: who answered the question in its group, printed or not (noteGroupsOf `named`), or, outside the groups, those outside them. */
  among: number;
  /** Why the report does not print it; null when it does. */
  heldBack: HeldBack | null;
}

/**
 * The approvals a report applies: the readout's approved notes (`approve: true`) with their text,
 * or null where no approval is needed (one respondent). Without a readout, nothing is approved.
 */
export function noteApprovals(notes: readonly { id: string; approve: boolean; text?: string | undefined }[] | null, respondents: number): NoteApprovals {
  if (respondents <= 1) return null;
  return new Map((notes ?? []).filter((n) => n.approve).map((n) => [n.id, n.text ?? null]));
}

/** Each respondent's group as scoring names it (a role, or a pool's name): what noteFates attributes a note to. */
export function groupOfRespondent(scores: Pick<AuditScores, 'roles' | 'shownRoles'>): (respondent: number) => string {
  const group: string[] = [];
  for (const r of scores.roles) for (const index of r.respondents) group[index] = r.role;
  for (const r of scores.shownRoles) if (r.keys.length > 1) for (const index of r.respondents) group[index] = r.role;
  return (index) => group[index]!;
}

/** Why a note would be held back on its words alone (the two rules above), before any approval. */
function heldBackByRule(text: string, among: number, scores: Pick<AuditScores, 'minGroup' | 'respondents'>, names: boolean): RuleHeldBack | null {
  if (mayIdentify(text)) return 'identifying';
  // Named at the client's request (--names), a person's words are theirs to be quoted by: nothing to hide them among.
  if (!names && scores.respondents > 1 && quotesWords(text) && among < quoteGroupMin(scores.minGroup)) return 'small-group-quote';
  return null;
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
  question: Pick<QuestionScore, 'answers' | 'question'>,
  scores: Pick<AuditScores, 'shownRoles' | 'minGroup' | 'respondents'>,
  groupOf: (respondent: number) => string,
  options: { showIdentifying: boolean; names: boolean; approved: NoteApprovals },
): NoteFate[] {
  const { notes } = question.answers;
  if (notes.length === 0) return [];
  const { groups, rest, named } = noteGroupsOf(question, scores);
  return notes.map((answer) => {
    const group = groupOf(answer.respondent);
    // Among whom the note is judged: its group, named or not (noteGroupsOf).
    const among = groups.has(group) ? groups.get(group)! : rest;
    const role = named && groups.has(group) ? group : null;
    const id = noteId(question.question.id, answer.note);
    // The readout's text as the draft copied it is the note as written; anything else is the consultant's rewording.
    const given = options.approved?.get(id)?.trim() ?? null;
    const rewording = given === null || given === answer.note.trim() ? null : given;
    const text = rewording ?? answer.note;
    // The consultant's own working copy (--show-identifying-notes) prints every note as written.
    if (options.showIdentifying) return { answer, id, text: answer.note, reworded: false, role, among, heldBack: null };
    // A note the readout does not approve does not print, whatever the rules say: they are judged
    // only where an approval could print the note (a report without a readout judges none, and its
    // 26 identifying patterns are never compiled). The JSON and the draft pass approved: null.
    if (options.approved !== null && !options.approved.has(id)) return { answer, id, text, reworded: false, role, among, heldBack: 'not-approved' };
    // A rewording is judged on its own words (a paraphrase is nobody's quote); the note as written on its own.
    const byRule = heldBackByRule(text, rewording === null ? among : Infinity, scores, options.names);
    return { answer, id, text, reworded: rewording !== null, role, among, heldBack: byRule };
  });
}

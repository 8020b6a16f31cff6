// What scores rest on: answers the interviewer could check (a document seen, a call or meeting
// observed, system data) against what a respondent said. Counts scored answers only; n/a rests on
// nothing.
import { EVIDENCE, type Evidence } from '../answers/answers-constants.js';
import type { QuestionScore } from '../scoring/score-question.js';

const SEEN_KINDS: readonly Evidence[] = ['document', 'observed', 'data'];

export interface EvidenceCount {
  seen: number;
  claimed: number;
  /** How many of each seen kind, in the order document, observed, data. */
  kinds: { kind: Evidence; count: number }[];
}

export function countEvidence(questions: readonly QuestionScore[]): EvidenceCount {
  const counts = new Map<Evidence, number>();
  let claimed = 0;
  for (const q of questions) {
    for (const kind of EVIDENCE) {
      const n = q.answers.evidence[kind];
      if (n === 0) continue;
      if (kind === 'claimed') claimed += n;
      else counts.set(kind, (counts.get(kind) ?? 0) + n);
    }
  }
  const kinds = SEEN_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
  return { seen: kinds.reduce((n, k) => n + k.count, 0), claimed, kinds };
}

/**
 * Whether a count of checked answers may be printed as a number: only from `minGroup` up. Below it,
 * "1 seen (observed)" is the one call the consultant sat in on, and "Checked: 1 of 10 answers
 * (system data)" the one person whose data was pulled (ninth VP reading, class 1e): the report says
 * "some" and what kind, never how many. With no protection asked for (`--min-group 1`), or one
 * respondent, every count prints.
 */
export function checkedCountShown(seen: number, minGroup: number): boolean {
  return minGroup <= 1 || seen >= minGroup;
}

/** "claims only", "seen (document)", "2 seen (document, data), 3 claimed", "some seen (observed), the rest claimed"; "" when nothing is scored. */
export function evidenceText(count: EvidenceCount, minGroup: number): string {
  if (count.seen === 0) return count.claimed === 0 ? '' : 'claims only';
  const kinds = count.kinds.map((k) => k.kind).join(', ');
  if (!checkedCountShown(count.seen, minGroup)) return count.claimed === 0 ? `seen (${kinds})` : `some seen (${kinds}), the rest claimed`;
  if (count.claimed === 0) return count.seen === 1 ? `seen (${kinds})` : `${count.seen} seen (${kinds})`;
  return `${count.seen} seen (${kinds}), ${count.claimed} claimed`;
}

import { wordingFor, type WordingValue } from '../rubric/wording.js';
import { VERIFY_SHARE } from '../scoring/verify-first.js';
import { countText } from './format.js';

// What a "to confirm first" flag asks of the reader, in one line under the flag. A flag that said
// only "to confirm" left a VP asking what, and with whom (fourth VP reading, class 6). "Ask the
// <owner>" then sent the VP to ask themselves, or the people who made the claim (fifth reading,
// class 3): the line names the evidence instead, from the question's own help in the rubric (what
// document, data or observation shows the level), never a check invented per action.

/**
 * What the flag says respondents did: they rated the team higher than the action assumes (not "say
 * this is done"; sixth VP reading: "the level this action starts from" was engine language). Said
 * as the rule's threshold, never as a count: "3 of 6 above the step", with the question's range and
 * mean, left one set of answers possible (seventh VP reading); the threshold is what the flag
 * itself already tells.
 */
export function verifyText(): string {
  return `to confirm: ${shareWords(VERIFY_SHARE)} respondents or more rated the team higher than this action assumes`;
}

/** 2/5 → "two in five" (the smallest denominator that states it exactly), else a percentage. */
function shareWords(share: number): string {
  for (let d = 2; d <= 10; d++) {
    const n = Math.round(share * d);
    if (Math.abs(n / d - share) < 1e-9) return `${countText(n)} in ${countText(d)}`;
  }
  return `${Math.round(share * 100)}% of`;
}

/** The check: the first sentence of the question's default help ("Take, for three reps, … and read the follow-up …"). */
export function evidenceCheck(help: WordingValue | undefined): string {
  const text = help === undefined ? '' : wordingFor(help).replace(/\s+/g, ' ').trim();
  // Page one has room for one line: the first sentence that says what to look at, without its
  // asides in brackets. A help may open with why the question matters ("This is the seed's test…",
  // "Generals set the strategy…"): that is no check (sixth VP reading, class 4).
  const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/);
  const first = (sentences.find(isCheck) ?? '').replace(/\s*\([^()]*\)/g, '');
  return first === '' ? 'Look at a document, system data or a meeting that shows where the team stands.' : first;
}

/** A sentence that tells the reader what to look at or ask, not why the question matters. */
function isCheck(sentence: string): boolean {
  return !/^This\b/.test(sentence) && /\b(ask|asks|take|takes|read|reads|count|counts|open|opens|look|see)\b/i.test(sentence);
}

/**
 * Page one's line under a flag, from the plan's "to confirm: …" and the evidence that settles it
 * (evidenceCheck): "Two in five respondents or more rated the team higher than this action assumes.
 * Before committing: take the last twenty deals …" (fifth VP reading: "check the evidence" did not
 * say which).
 */
export function confirmHint(flag: string, check: string): string {
  const finding = flag.replace(/^to confirm:\s*/i, '');
  return `${finding.charAt(0).toUpperCase()}${finding.slice(1)}. Before committing: ${check.charAt(0).toLowerCase()}${check.slice(1)}`;
}

/** The plan row's flag: "to confirm: two in five respondents or more …; before committing: <the check>". */
export function planFlag(verify: string, check: string): string {
  return `${verify}; before committing: ${check.charAt(0).toLowerCase()}${check.slice(1).replace(/\.$/, '')}`;
}

/**
 * The plan row's flag for a page-one priority, whose check page one prints in full: the row points
 * there instead of repeating it (sixth VP reading, class 8: the #9 check appeared three times).
 */
export function planFlagOnPageOne(flag: string): string {
  const at = flag.indexOf('; before committing: ');
  return `${at < 0 ? flag : flag.slice(0, at)}; what to check is on page one`;
}

/** What a "needs discussion" flag on page one asks of the reader, after the flag (one wording for every format). */
export const DISCUSSION_HINT = 'Agree with each role which is true before committing.';

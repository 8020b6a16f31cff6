import { countText, listText } from './format.js';

/**
 * What the plan says once, in its head, about the actions whose question's level cannot move within
 * the plan (the rubric's `lag`): "What #5, #7 and #12 change shows in the scores after two quarters
 * at the earliest (180 days), not within this plan's 90 days." Without it a reader expects the step to
 * show in the next audit's score (seventh review: right-managers reads two quarters of results, its
 * steps take 60 and 90 days). Said on each row, it stood three times word for word (ninth VP
 * reading, class 7). One sentence for every lag, "not within this plan's 90 days" said once (VP
 * reading 13: two sentences ended in it word for word); '' where no action has one.
 */
export function lagText(actions: readonly { rank: number; lag: number | null }[]): string {
  const lags = [...new Set(actions.map((a) => a.lag).filter((lag): lag is number => lag !== null))].sort((a, b) => a - b);
  if (lags.length === 0) return '';
  const parts = lags.map((lag, i) => {
    const ranks = actions.filter((a) => a.lag === lag).map((a) => `#${a.rank}`);
    const one = ranks.length === 1;
    // What the reader sees, the scores, not the rubric's "levels" (VP review 16, item 37: "the levels that #9 and #12 work on move" was jargon).
    const subject = i === 0 ? `What ${listText(ranks)} ${one ? 'changes' : 'change'} shows in the scores` : `what ${listText(ranks)} ${one ? 'changes' : 'change'}`;
    return `${subject} after ${lagSpan(lag)}`;
  });
  return lags.length === 1 ? `${parts[0]}, not within this plan's 90 days.` : `${listText(parts)}: none within this plan's 90 days.`;
}

/** 180 → "two quarters at the earliest (180 days)"; 45 → "45 days at the earliest". */
function lagSpan(lag: number): string {
  const quarters = lag / 90;
  return Number.isInteger(quarters) ? `${countText(quarters)} quarter${quarters === 1 ? '' : 's'} at the earliest (${lag} days)` : `${lag} days at the earliest`;
}

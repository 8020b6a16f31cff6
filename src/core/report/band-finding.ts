// Where the team stands, as page one and the draft say it: the level's label, and where that label
// is a band ("a third to half of managers' week", "10 to 15 hours"), whose band it is. The team
// level is one median (the median case checked, or the median answer); a band printed bare beside
// "checked on 4 managers" read as the spread across the four (VP reading 13). Pure.
import { teamFinding } from '../rubric/level-range.js';
import type { Level } from '../rubric/schema.js';
import { checksSetLevel, type AnswerTally } from '../scoring/answer-tally.js';

/** A label that states a band: "a third to half", "10 to 15 hours", "3 to 3.5 of 5", "half to three quarters". */
const BAND = /\b(?:\d+(?:\.\d+)?|a third|a quarter|half|a half|one|two|three)\s+to\s+(?:\d+(?:\.\d+)?|half|a half|a third|three quarters|two|three|four|five)\b/i;

const UNIT_ONE: Record<string, string> = { reps: 'rep', managers: 'manager', deals: 'deal' };

/** Whether a level's label states a band ("a third to half of managers' week"), which the reader must be told is one median's. */
export function statesBand(label: string): boolean {
  return BAND.test(label);
}

/** Whose band a level's label is: the median case the checks looked at ("the median manager's"), else the median answer's. */
function bandOwner(answers: Pick<AnswerTally, 'checks'>): string {
  if (!checksSetLevel(answers)) return 'the median answer';
  const units = (['managers', 'reps', 'deals'] as const).filter((u) => answers.checks.units[u] > 0);
  const unit = units.length === 1 ? UNIT_ONE[units[0]!] : undefined;
  return unit === undefined ? 'the median case checked' : `the median ${unit}`;
}

/** The level's plain finding, with whose bracket it is where its label states one: "Own selling takes a third to half of managers' week (the median manager)." */
export function bandFinding(level: Pick<Level, 'label'>, answers: Pick<AnswerTally, 'checks'>): string {
  const finding = teamFinding(level);
  if (!statesBand(level.label)) return finding;
  // Whose bracket, in three words: page one holds five priorities on Letter, each why on one line.
  return `${finding.replace(/[.!?]$/, '')} (${bandOwner(answers)}).`;
}

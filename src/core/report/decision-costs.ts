// Page one's total of what the decisions cost (VP reading 17, class A5: "There is no total across
// D1-D5"). The sum is of money the decisions' costs cite from the readout's facts, the consultant's
// figures; a cost in time is not money and is named beside the sum, never priced by the tool.
import { costText, sumMoney } from '../readout/facts.js';
import { listText } from './format.js';
import type { DecisionView } from './report-view.js';

/**
 * "Together, D1, D3 and D5 cost $134,000 to $194,000, plus the time D2 and D4 state." Only where
 * two or more decisions cost money: one sum is its own decision's cost, said already.
 */
export function decisionsCostText(decisions: readonly DecisionView[], currency: string | undefined): string {
  const money = decisions.filter((d) => d.costAmount !== null);
  if (money.length < 2 || currency === undefined) return '';
  const timeOnly = decisions.filter((d) => d.costAmount === null && d.cost !== '');
  const total = costText(sumMoney(money.map((d) => d.costAmount!)), currency);
  const time = timeOnly.length === 0 ? '' : `, plus the time ${listText(timeOnly.map((d) => d.label))} ${timeOnly.length === 1 ? 'states' : 'state'}`;
  return `Together, ${listText(money.map((d) => d.label))} cost ${total}${time}.`;
}

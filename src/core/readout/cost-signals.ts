// What a decision's cost must say (VP reading 17, class A: "'$1.2m-$1.8m of pipeline moves' is
// exposure, not cost; 'Slower approvals' has no figure; D4's 'each point worth $210,000 a year' is a
// benefit"). A cost is what the option spends, in money or in time, so that page one can add the
// money up; what it puts at risk, or gains, has its own line (`risk:`, `benefit:`).

/** Money: a cost from the facts, or an amount written with its currency. */
const MONEY = /\{\{\s*fact\s+costs\.[a-z0-9-]+\s*\}\}|[$\u20AC\u00A3]\s?\d|\b\d[\d,.]*\s?(?:[A-Z]{3}|k|m)\b/;
const HOW_MANY = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half an?|a half|a quarter of an?|a few)`;
/** Time with its unit: "half a day per rep", "an hour a week", "3 days", "two weeks of the VP's time". */
const TIME = new RegExp(String.raw`\b${HOW_MANY}[\s-]+(?:(?:working|selling|full|extra|more)\s+)?(?:minutes?|hours?|days?|weeks?|months?|quarters?)\b`, 'i');
/** A figure at risk or gained, not spent. */
const NOT_SPENT = /\b(?:pipeline|revenue|bookings|sales at risk|at risk|worth|saves?|savings?|gains?|recovered)\b/i;

/** Why a decision's cost text is no cost, or null: it names what is at risk or gained, or states neither money nor time. */
export function costProblem(cost: string): { rule: 'readout-cost-not-spent' | 'readout-cost-unstated'; message: string } | null {
  const notSpent = NOT_SPENT.exec(cost);
  if (notSpent !== null) {
    return {
      rule: 'readout-cost-not-spent',
      message: `the cost names "${notSpent[0]}": what the option puts at risk goes under risk: (with its safeguard), what it gains under benefit:; a cost is what it spends, and page one adds the costs up`,
    };
  }
  if (!MONEY.test(cost) && !TIME.test(cost)) {
    return {
      rule: 'readout-cost-unstated',
      message: 'the cost states neither money ({{fact costs.<name>}}) nor time with its unit ("half a day per rep", "an hour a week"): leadership cannot weigh it; say what it spends',
    };
  }
  return null;
}

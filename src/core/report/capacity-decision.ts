// The capacity decision (fourteenth VP reading, class 3 item 19, "what I would need" 4): where the
// plan holds many actions back because one owner has no room, that owner's capacity is a decision
// for leadership, not a footnote of the backlog. One rule, from the plan's own figures, for any
// client: the one person (not a group such as the managers) with the most backlog actions waiting for their room, when they hold back
// CAPACITY_DECISION_MIN or more. What a second owner releases is what the cap lets one more person
// take on in the plan's horizons (CAPACITY_PER_HORIZON at once, in each), never more than wait; its
// cost is that person's time, said in the cap's own unit, and the roles the client lacks whose steps
// this owner inherits (owners.ts fallback) are named as where the second owner could come from.
import { HORIZONS } from '../rubric/rubric-constants.js';
import { CAPACITY_PER_HORIZON } from '../scoring/config.js';
import { capitalize, countText, lowerFirstWord, possessive } from './format.js';
import type { DecisionView } from './report-view.js';
import type { WaitView } from './wait-reason.js';

/** The fewest actions one owner's lack of room must hold back before page one asks for capacity. */
export const CAPACITY_DECISION_MIN = 5;

/** The capacity decision's id: a readout decision with this id words it instead. */
export const CAPACITY_DECISION_ID = 'owner-capacity';

/** What the rule finds: whose room holds back how many actions, and how many a second owner releases. */
export interface CapacityShortfall {
  ownerText: string;
  /** Plan numbers of the actions waiting for this owner's room, in backlog order. */
  waiting: number[];
  /** How many a second owner at the same cap could take on within the plan's horizons. */
  releases: number;
}

/** A group of people, each doing every step it owns ("First-line sales managers"), not one person ("VP Sales", "Marketing lead"). */
function isGroup(ownerText: string): boolean {
  return /s$/.test(ownerText) && !/^[A-Z]{2}/.test(ownerText);
}

/** The single owner whose room holds back the most backlog actions, when CAPACITY_DECISION_MIN or more; else null. */
export function capacityShortfall(backlog: readonly { rank: number; wait: WaitView | null }[], cap = CAPACITY_PER_HORIZON): CapacityShortfall | null {
  const byOwner = new Map<string, { rank: number }[]>();
  // A group owner ("First-line sales managers") is left out: each of them does every one of its
  // steps, so a second person cannot take them over; their time is the freeing steps' subject.
  // Only the owner's own steps (VP reading 15, #22): a managers' step that waits for the VP Sales'
  // check is the managers' to do, so a second owner for the VP Sales' steps would not release it.
  for (const a of backlog) if (a.wait?.kind === 'full' && a.wait.own && !isGroup(a.wait.ownerText)) byOwner.set(a.wait.ownerText, [...(byOwner.get(a.wait.ownerText) ?? []), a]);
  let largest: [string, { rank: number }[]] | null = null;
  for (const entry of byOwner) if (largest === null || entry[1].length > largest[1].length) largest = entry;
  if (largest === null || largest[1].length < CAPACITY_DECISION_MIN) return null;
  const [ownerText, actions] = largest;
  return { ownerText, waiting: actions.map((a) => a.rank), releases: Math.min(actions.length, cap * HORIZONS.length) };
}

/** "the VP Sales", "the marketing lead": an owner inside a sentence. */
function ownerName(ownerText: string): string {
  return `the ${lowerFirstWord(ownerText)}`;
}

/** "an HR lead" for a person's title, "sales operations" for a function; an acronym takes the article its first letter is said with. */
function withArticle(role: string): string {
  const name = lowerFirstWord(role);
  if (!/\b(lead|manager|director|head|officer|analyst)$/i.test(name)) return name;
  const an = /^[A-Z]{2}/.test(name) ? /^[AEFHILMNORSX]/.test(name) : /^[aeiou]/i.test(name);
  return `${an ? 'an' : 'a'} ${name}`;
}

/**
 * Page one's decision for the shortfall, numbered after the others, as one recommendation (VP
 * reading 15: "an HR lead or sales operations, or a lead's time" was three answers, not one).
 * `lacking` names the roles the client lacks whose steps this owner holds, most of the waiting
 * steps first: the first is where the second owner comes from; with none lacking, a hire. It
 * carries out no plan row: its actions wait in the backlog, and the decision names those it releases.
 */
export function capacityDecisionView(shortfall: CapacityShortfall, number: number, lacking: readonly string[], organization: string): DecisionView {
  const owner = ownerName(shortfall.ownerText);
  const count = shortfall.waiting.length;
  const last = HORIZONS[HORIZONS.length - 1]!;
  const released = shortfall.waiting.slice(0, shortfall.releases).map((rank) => `#${rank}`);
  const releasedText = released.length === 1 ? released[0]! : `${released.slice(0, -1).join(', ')} and ${released.at(-1)!}`;
  const who = lacking.length === 0 ? `Hire a second person for ${last} days` : `Hire ${withArticle(lacking[0]!)} for ${last} days (${organization} has none)`;
  return {
    number,
    label: `D${number}`,
    id: CAPACITY_DECISION_ID,
    question: `Decide who shares ${possessive(shortfall.ownerText)} actions.`,
    topic: `${possessive(shortfall.ownerText)} room`,
    imperativeTitle: '',
    // Short: page one holds it with the other decisions on one A4 or Letter page; the backlog lists the actions.
    // "Backlog actions", not "the plan's actions": the plan's rows are the 90 days (VP reading 15).
    finding: `${capitalize(owner)} has no room for ${countText(count)} backlog ${count === 1 ? 'action' : 'actions'} within ${last} days.`,
    recommendation: `${who} to take ${released.length === count ? (count === 1 ? 'it' : `all ${countText(count)}`) : `${countText(released.length)} of them`}: ${releasedText}.`,
    cost: `One person's time for ${last} days.`,
    actionIds: [],
    actions: [],
    planText: 'Backlog',
    evidence: '',
    discussion: '',
  };
}

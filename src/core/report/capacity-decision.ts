// The capacity decision (fourteenth VP reading, class 3 item 19, "what I would need" 4): where the
// plan holds many actions back because one owner has no room, that owner's capacity is a decision
// for leadership, not a footnote of the backlog. One rule, from the plan's own figures, for any
// client: the one person (not a group such as the managers) with the most backlog actions waiting for their room, when they hold back
// CAPACITY_DECISION_MIN or more. What a second owner releases is what the cap lets one more person
// take on in the plan's horizons (CAPACITY_PER_HORIZON at once, in each), never more than wait; its
// cost is that person's time, said in the cap's own unit, and the roles the client lacks whose steps
// this owner inherits (owners.ts fallback) are named as where the second owner could come from.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon } from '../rubric/schema.js';
import { laterHorizon } from '../scoring/capacity.js';
import { CAPACITY_PER_HORIZON } from '../scoring/config.js';
import { shapePlan, type ShapeItem } from '../scoring/shape-plan.js';
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
  /** The whole backlog's count, which the decision's why names, as page one says it nowhere else. */
  backlogCount: number;
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
  return { ownerText, waiting: actions.map((a) => a.rank), releases: Math.min(actions.length, cap * HORIZONS.length), backlogCount: backlog.length };
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

/** What a hire can take of the waiting actions (hireTakes), by plan number. */
export interface HireTakes {
  /** The waiting actions it takes, with the owner's own preparation they need, in plan order. */
  takes: number[];
  /** Of `takes`, the preparation: not among the waiting actions the decision counts, said apart (VP reading 17: "#26 and #27 are not among the 13"). */
  preps: number[];
  /** Waiting actions beyond the hire's room (`slots`): they stay in the backlog, said by number, so the decision accounts for every one it counts. */
  beyond: number[];
  /** Waiting actions that spend the time of a group the owner leads (`spends:` managers): kept by the owner. */
  kept: number[];
  /** Waiting actions that also wait for another owner's preparation, itself in the backlog: no hire starts them before it. */
  waitsOnOthers: number[];
  /** That other owner's preparation, and whose it is. */
  othersPreps: number[];
  othersOwners: string[];
}

/**
 * What a second person can take of the actions waiting for one owner's room, so that it can work
 * (VP reading 16, class 1 item 3: "the person would be hired with nothing they can do"):
 * - a step that spends the time of a group the owner leads (`spends:` the first-line managers: a
 *   manager's development plan, a pairing) is line management, kept by the owner: never a hire's
 *   (a rule by owner kind, not by id);
 * - a step goes with the preparation it waits for that is the same owner's and still in the backlog
 *   (the CRM set-up, the reports), so what the hire takes can start;
 * - a step that waits for another owner's preparation in the backlog is not taken: nothing starts it
 *   before that owner's work does, and the decision says so;
 * - at most `slots` steps in all: the cap at once in each horizon after the hire is recruited.
 */
export function hireTakes(
  shortfall: CapacityShortfall,
  rows: readonly { rank: number; after: readonly number[]; ownerText: string; spendsText: string | null }[],
  planned: number,
  slots = CAPACITY_PER_HORIZON * (HORIZONS.length - 1),
): HireTakes {
  const byRank = new Map(rows.map((r) => [r.rank, r]));
  const result: HireTakes = { takes: [], preps: [], beyond: [], kept: [], waitsOnOthers: [], othersPreps: [], othersOwners: [] };
  for (const rank of shortfall.waiting) {
    const row = byRank.get(rank);
    if (row === undefined) continue;
    if (row.spendsText !== null && isGroup(row.spendsText)) {
      result.kept.push(rank);
      continue;
    }
    // Its preparation still in the backlog, through the preparation's own prerequisites.
    const preps = new Set<number>();
    const stack = [...row.after];
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (r <= planned || preps.has(r)) continue;
      preps.add(r);
      stack.push(...(byRank.get(r)?.after ?? []));
    }
    const others = [...preps].filter((r) => byRank.get(r)?.ownerText !== shortfall.ownerText);
    if (others.length > 0) {
      result.waitsOnOthers.push(rank);
      for (const r of others) if (!result.othersPreps.includes(r)) result.othersPreps.push(r);
      for (const r of others) {
        const owner = byRank.get(r)!.ownerText;
        if (!result.othersOwners.includes(owner)) result.othersOwners.push(owner);
      }
      continue;
    }
    const chain = [...preps].filter((r) => !result.takes.includes(r));
    if (result.takes.length + chain.length + 1 > slots) {
      result.beyond.push(rank);
      continue;
    }
    result.takes.push(...chain, rank);
    for (const r of chain) if (!shortfall.waiting.includes(r)) result.preps.push(r);
  }
  result.takes.sort((a, b) => a - b);
  result.preps.sort((a, b) => a - b);
  result.othersPreps.sort((a, b) => a - b);
  return result;
}

/** The hire, as the capacity rule counts it: no catalog owner can be called this. */
const HIRE = '\u0000the hire';

/**
 * The plan re-cut for the hire (VP reading 17, item 4: "the hire starts by day 30, yet every item
 * it is hired for has no date"): what the hire takes, laid out by the plan's own rule (shape-plan.ts)
 * for one more owner who takes nothing until recruited at day 30, at the same cap, each step no
 * sooner than its rubric's horizon nor before a prerequisite the plan shows is done; a preparation
 * (a build) in the horizon of the step it is for. What does not fit by day 90 goes to `beyond`,
 * said at the day-90 review. Returns the hire's dated steps, by plan number, and the new HireTakes.
 */
export function hireSchedule(
  hire: HireTakes,
  rows: readonly { rank: number; id: string; rubricHorizon: number; horizon: number; after: readonly number[] }[],
  planned: number,
  buildOf: (id: string) => boolean,
  cap = CAPACITY_PER_HORIZON,
): { dates: Map<number, Horizon>; hire: HireTakes } {
  const byRank = new Map(rows.map((r) => [r.rank, r]));
  const taken = new Set(hire.takes);
  const items: ShapeItem[] = [];
  for (const rank of hire.takes) {
    const row = byRank.get(rank)!;
    // A prerequisite in the shown plan is done by the end of its horizon: the hire's step starts a horizon later.
    const shownDone = row.after.filter((r) => r <= planned).map((r) => laterHorizon(byRank.get(r)!.horizon as Horizon));
    if (shownDone.includes(null)) continue;
    items.push({ id: String(rank), horizon: Math.max(row.rubricHorizon, ...(shownDone as number[])) as Horizon, owner: HIRE, after: row.after.filter((r) => taken.has(r)).map(String), build: buildOf(row.id) });
  }
  const shaped = shapePlan(items, Infinity, [], [{ id: '\u0000recruit', owner: HIRE, horizon: HORIZONS[0]! }], cap);
  const dates = new Map([...shaped.shown].map(([id, h]) => [Number(id), h] as const));
  // A waiting step that cannot be dated goes beyond, and its preparation with it unless another dated step needs it.
  const undated = hire.takes.filter((r) => !dates.has(r));
  return {
    dates,
    hire: {
      ...hire,
      takes: hire.takes.filter((r) => dates.has(r)),
      preps: hire.preps.filter((r) => dates.has(r)),
      beyond: [...hire.beyond, ...undated.filter((r) => !hire.preps.includes(r))].sort((a, b) => a - b),
    },
  };
}

/** "#26, #27 and #46 by day 60 and #24 and #51 by day 90": the hire's steps by the day each is due. */
function datedList(ranks: readonly number[], dates: ReadonlyMap<number, Horizon>): string {
  const by = new Map<number, number[]>();
  for (const r of ranks) by.set(dates.get(r)!, [...(by.get(dates.get(r)!) ?? []), r]);
  return [...by].sort(([a], [b]) => a - b).map(([day, rs]) => `${ranksList(rs.sort((a, b) => a - b))} by day ${day}`).join(', ');
}

/** "#4", "#4 and #7", "#4, #7 and #9". */
function ranksList(ranks: readonly number[]): string {
  const items = ranks.map((r) => `#${r}`);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/**
 * Page one's decision for the shortfall, numbered after the others, as one recommendation (VP
 * reading 15: "an HR lead or sales operations, or a lead's time" was three answers, not one).
 * `lacking` names the roles the client lacks whose steps this owner holds, most of the waiting
 * steps first: the first is where the second owner comes from; with none lacking, a hire. What the
 * hire takes is what can start (hireTakes), from the day it is recruited, by the owner, within 30
 * days; what it cannot take is said, with why (VP reading 16, need 2). Its cost is the consultant's
 * figure where the readout's facts give one (`costs.owner-capacity`), never the tool's.
 */
export function capacityDecisionView(shortfall: CapacityShortfall, number: number, lacking: readonly string[], organization: string, hire: HireTakes, price: string | null = null, dates: ReadonlyMap<number, Horizon> | null = null): DecisionView {
  const owner = ownerName(shortfall.ownerText);
  const count = shortfall.waiting.length;
  const first = HORIZONS[0]!;
  const last = HORIZONS[HORIZONS.length - 1]!;
  const who = lacking.length === 0 ? `Hire a second person for ${last} days` : `Hire ${withArticle(lacking[0]!)} for ${last} days (${organization} has none)`;
  const recruited = `recruited by ${owner} by day ${first}`;
  // The waiting actions it takes, apart from their preparation: with kept, waitsOnOthers and beyond, each counted action once.
  const taken = hire.takes.filter((r) => !hire.preps.includes(r));
  const sentences =
    hire.takes.length === 0
      ? [`${who}, ${recruited}: it buys room from day ${last}, not before, as each of the ${countText(count)} waits for work still in the backlog.`]
      : dates === null
        ? [`${who}, ${recruited}, for ${ranksList(taken)}${hire.preps.length === 0 ? '' : ` and ${taken.length === 1 ? 'its' : 'their'} preparation, ${ranksList(hire.preps)}`}.`]
        : // The preparation is dated with the rest, not named apart: page one has no line to spare (Letter), and the backlog says what each prepares.
          [`${who}, ${recruited}: ${datedList(hire.takes, dates)}.`];
  // Short, page one holds five decisions: what waits for another owner is named, its preparation is the backlog's to list.
  // One clause for what it does not take, and why; the backlog lists each (page one holds five
  // decisions). Not "or": one recommendation, no alternatives (VP reading 15).
  const notTaken = [
    ...(hire.kept.length === 0 ? [] : [`${owner} keeps ${ranksList(hire.kept)}`]),
    ...(hire.takes.length === 0 || hire.waitsOnOthers.length === 0
      ? []
      : [`${hire.othersOwners.length === 1 ? possessive(hire.othersOwners[0]!) : "other owners'"} work comes first for ${ranksList(hire.waitsOnOthers)}`]),
  ];
  const beyond = hire.takes.length === 0 || hire.beyond.length === 0 ? '' : `; ${ranksList(hire.beyond)} at the day-${HORIZONS[HORIZONS.length - 1]!} review`;
  if (notTaken.length > 0 && hire.takes.length > 0) sentences[0] = `${sentences[0]!.replace(/\.$/, '')}; ${notTaken.join(', and ')}${beyond}.`;
  else if (beyond !== '') sentences[0] = `${sentences[0]!.replace(/\.$/, '')}${beyond}.`;
  return {
    number,
    label: `D${number}`,
    id: CAPACITY_DECISION_ID,
    question: `Decide who shares ${possessive(shortfall.ownerText)} actions.`,
    topic: `${possessive(shortfall.ownerText)} room`,
    imperativeTitle: '',
    // Short: page one holds it with the other decisions on one A4 or Letter page; the backlog lists the actions.
    // "Backlog actions", not "the plan's actions": the plan's rows are the 90 days (VP reading 15).
    // The backlog's whole count too (fx-pg19): page one's closing line said "the 41 backlog actions;
    // 12 because the VP Sales has no room (D5)" after this why had said the 12, one line too many on Letter.
    finding: `${capitalize(owner)} has no room for ${count === shortfall.backlogCount ? (count === 1 ? 'the backlog action' : `the ${countText(count)} backlog actions`) : `${countText(count)} of the ${countText(shortfall.backlogCount)} backlog actions`} within ${last} days.`,
    recommendation: sentences.join(' '),
    // The price alone: the recommendation says already that it is one hire for the plan's days, and
    // page one has no line for it said twice (fx-pg19, Letter).
    cost: price === null ? `One person for ${last} days.` : `${price}.`,
    costAmount: null,
    risk: '',
    benefit: '',
    actionIds: [],
    actions: [],
    // Dated, the recommendation says by when each of the hire's steps is done: no "→ Backlog" for work
    // hired for day 30 (VP reading 17, item 4), and no second pointer on a page one with no line to spare.
    planText: dates === null || hire.takes.length === 0 ? 'Backlog' : '',
    evidence: '',
    discussion: '',
  };
}

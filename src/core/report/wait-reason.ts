// Why a backlog action waits, as data (seventh VP reading, classes 2 and 5). The plan's layout
// (scoring/shape-plan.ts) gives each backlog item one reason; the view keeps it structured
// (`ActionView.wait`), and this file is the one place that words it: the backlog's groups (one
// sentence per reason, not "its owner has no room within 90 days" six times), an item's note in
// its group, and the sentence the deck's notes and `validate --readout` say. No consumer parses
// the words back.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { WaitReason } from '../scoring/shape-plan.js';
import { capitalize, countText, listText, lowerFirst, ownerDoes, possessive } from './format.js';
import { CAP_SHORT } from './method-items.js';

/** Why one backlog action waits: what the layout decided, with ranks and owners as the reader sees them. */
export type WaitView =
  /** A prerequisite that is itself in the backlog, or due in the plan's last horizon (nothing can follow it within 90 days). */
  | { kind: 'after'; rank: number; due: number | null }
  /** The owner whose room ran out (the action's own, or one whose freed time it spends). */
  | { kind: 'full'; ownerText: string; own: boolean; check?: boolean }
  /** The plan's places were taken when it came up: `room` were left and it needed `needs` (itself and what it waits for). */
  | { kind: 'size'; room: number; needs: number }
  /** Leadership declined the decision it carries out (the readout's decision status). */
  | { kind: 'declined'; decision: string }
  /** The shared slot it runs in had no room up to the last horizon (`slotTitle`: "the team meeting's 15 minutes of differentiation practice"). */
  | { kind: 'slot'; slotTitle: string }
  /** A plan row does it inside its own agenda (`covers:`): not waiting; `due` is that row's horizon. */
  | { kind: 'covered'; rank: number; due: number | null }
  /**
   * A build (the CRM set-up, a report, marketing's material) for `rank`, which waits: it starts with
   * it. Where it is built for that action's next step, `next` is that step's title: the step is
   * printed nowhere (it waits), so the reader is told what it is, not "the step after #8".
   */
  | { kind: 'build'; rank: number; next: string | null };

/** The structured reason, from the layout's, with the reader's numbers and the owner's title. */
export function waitView(reason: WaitReason, rankOf: (id: string) => number, dueOf: (id: string) => number | null, owner: string | null, slotTitle: (slot: string) => string = (slot) => slot, nextTitle: (id: string) => string | null = () => null): WaitView {
  if (reason.kind === 'after') return { kind: 'after', rank: rankOf(reason.id), due: dueOf(reason.id) };
  if (reason.kind === 'slot') return { kind: 'slot', slotTitle: slotTitle(reason.slot) };
  if (reason.kind === 'covered') return { kind: 'covered', rank: rankOf(reason.by), due: dueOf(reason.by) };
  if (reason.kind === 'build') return { kind: 'build', rank: rankOf(reason.for), next: reason.next ? nextTitle(reason.for) : null };
  if (reason.kind === 'full') return { kind: 'full', ownerText: reason.owner ?? owner ?? 'Not assigned', own: reason.owner === null || reason.owner === owner, ...(reason.check === true ? { check: true } : {}) };
  if (reason.kind === 'declined') return { kind: 'declined', decision: reason.decision };
  return { kind: 'size', room: reason.room, needs: reason.needs };
}

const LAST = HORIZONS[HORIZONS.length - 1]!;

/**
 * What a build is for, by numbers the reader can find: "prepares #19", or, for a next step (which
 * has no number, as it waits), "is for use after #8" (VP review 15, class 6: "#25's next step, “…”"
 * pointed at a step no list numbers; thirteenth VP reading: "the step after #8").
 */
function builtFor(wait: Extract<WaitView, { kind: 'build' }>): string {
  return wait.next === null ? `prepares #${wait.rank}` : `is for use after #${wait.rank}`;
}

/** "the VP Sales takes", "first-line sales managers take": who takes part, inside a sentence. */
const ownerTakes = (owner: string): string => ownerDoes(owner, 'takes', 'take');

/** "the VP Sales checks", "first-line sales managers check": who checks, inside a sentence. */
const ownerChecks = (owner: string): string => ownerDoes(owner, 'checks', 'check');

/** "First-line sales managers have", "The VP Sales has": at a sentence's start. */
const ownerHas = (owner: string): string => capitalize(ownerDoes(owner, 'has', 'have'));

/**
 * What an item's line adds to its group's sentence: the action it waits for, or whose time it
 * would spend; '' where the group's sentence says all of it.
 */
export function waitNote(wait: WaitView | null): string {
  if (wait === null) return '';
  if (wait.kind === 'after') return `waits for #${wait.rank}${wait.due === null ? '' : `, due within ${wait.due} days`}`;
  // Plain words for what the layout knows (fourteenth VP reading, class 8: "it spends the VP Sales'
  // time" said of a managers' action read as the tool's bookkeeping): "the VP Sales takes part".
  if (wait.kind === 'full') return wait.own ? '' : wait.check === true ? `${ownerChecks(wait.ownerText)} the team's level before it starts` : `${ownerTakes(wait.ownerText)} part`;
  if (wait.kind === 'declined' || wait.kind === 'slot') return '';
  if (wait.kind === 'covered') return '';
  if (wait.kind === 'build') return wait.next === null ? `prepares #${wait.rank}` : `for use after #${wait.rank}`;
  return wait.room === 0 ? '' : `it needs ${countText(wait.needs)} places with what it waits for, and ${countText(wait.room)} ${wait.room === 1 ? 'was' : 'were'} left`;
}

/** The reason as a sentence a presenter can say ("Why is #20 not in the plan?"), true by the layout's rules. */
export function waitSentence(wait: WaitView | null, planned: number): string {
  // The plan's forced items are page one's (priorities, decisions' actions, a readout's promoted ones).
  if (wait === null) return '';
  if (wait.kind === 'after') return `It waits for #${wait.rank}${wait.due === null ? ', itself in the backlog' : `, due within ${wait.due} days`}, so it starts after ${LAST} days.`;
  // Short: the backlog slide says once what the cap is (ninth VP reading, class 7).
  if (wait.kind === 'full') return `${ownerHas(wait.ownerText)} no room within ${LAST} days.`;
  if (wait.kind === 'declined') return 'Leadership declined the decision it carries out, so it waits until that decision is taken.';
  if (wait.kind === 'slot') return `${capitalize(wait.slotTitle)} has no room for another new step within ${LAST} days.`;
  if (wait.kind === 'covered') return `${coveredBy(wait)}, which already includes it.`;
  // Its fixed words after the rank stay under ten: the deck asks it for each such item, and ", which waits, so it starts with it after 90 days" was a passage said three times.
  if (wait.kind === 'build') return `It ${builtFor(wait)}, which waits: both start after ${LAST} days.`;
  if (wait.room > 0) return `It needs ${countText(wait.needs)} places in the plan with what it waits for, and ${countText(wait.room)} ${wait.room === 1 ? 'was' : 'were'} left, so it starts after ${LAST} days.`;
  // The backlog's group says once how the plan's places were filled (ninth VP reading, class 7: the
  // sentence stood in four places); an item's own answer only places it.
  return `It is next in line once the plan's ${planned} actions are under way, after ${LAST} days.`;
}

/** One group of the backlog: the sentence that says why its items wait, and the items in priority order. */
export interface BacklogGroupView<A> {
  kind: WaitView['kind'];
  /** The sentence above the group's lines. */
  text: string;
  /** The same in a few words, for a slide's cell ("First-line sales managers have no room within 90 days"). */
  short: string;
  /**
   * The group's sentence names the owner of every line ("The VP Sales has no room for these"), so
   * its lines print the question alone: "; VP Sales" on each of twelve lines, and a long question
   * label with it, was a passage said three times (Q4.1's "The right managers, as their reps rate
   * them; VP Sales" on #14, #15 and #17 after the merge of fx-plan17 and dk2-17).
   */
  ownerSaid: boolean;
  actions: A[];
}

/**
 * The backlog grouped by why it waits, each group's items in priority order: first those the
 * plan's size keeps out (next in line), then each owner with no room, then those waiting for
 * another backlog action. The sentences are true by the plan's rules (shape-plan.ts): a full plan
 * took page one's actions and what they wait for first, whatever their rank, so "ranks below the
 * plan's 12" would be false for items above a prerequisite or a decision's action.
 */
export function backlogGroups<A extends { wait: WaitView | null; rank?: number; waitText?: string; ownerText?: string }>(backlog: readonly A[], plan: { count: number; decisions: boolean; perHorizon: number; gate: { ownerText: string; rank: number } | null }): BacklogGroupView<A>[] {
  const { count: planned, gate } = plan;
  const groups: BacklogGroupView<A>[] = [];
  const size = backlog.filter((a) => a.wait?.kind === 'size');
  if (size.length > 0) {
    groups.push({
      kind: 'size',
      ownerSaid: false,
      // Said as the reason, not the ordering rule (tenth VP reading, class 8): the rule is the method's.
      // An item that needs its prerequisites in the plan too can be kept out while a smaller one of
      // less weight fits: "as far as each fits" keeps the sentence true (plan-acme's plan of 9).
      text: `Next in line: the plan holds ${planned} actions, first ${plan.decisions ? "page one's priorities, the decisions' actions" : "page one's priorities"} and what they wait for, then, as far as each fits with what it waits for, those that add more to the score than these.`,
      short: `Next in line after the plan's ${planned} actions`,
      actions: size,
    });
  }
  const owners = [...new Set(backlog.flatMap((a) => (a.wait?.kind === 'full' && a.wait.own ? [a.wait.ownerText] : [])))];
  owners.forEach((owner, i) => {
    // The cap is said once, on the first owner's group (ninth VP reading, class 7: a sentence per owner repeated it).
    const theirs = backlog.filter((a) => a.wait?.kind === 'full' && a.wait.own && a.wait.ownerText === owner);
    // The check before several rows is said once, on the group, not on each row (thirteenth VP
    // reading's plan: "its check takes the VP Sales' time" four times over, one check).
    const checked = theirs.filter((a) => a.wait?.kind === 'full' && a.wait.check === true && a.rank !== undefined);
    const once = checked.length > 1;
    const notes = [
      i === 0 ? CAP_SHORT : '',
      gate !== null && gate.ownerText === owner ? `none until #${gate.rank} has freed their time` : '',
      // What the check is, not a pointer to it (fourteenth VP reading, class 6: "the check that comes
      // before #35, #42 and #43" pointed at checks no page describes; only flagged ones are printed).
      once ? `${ownerChecks(owner)} the team's level before ${checked.map((a) => `#${a.rank}`).join(', ').replace(/, (#\d+)$/, ' and $1')} start, as no group checks its own work` : '',
    ].filter((p) => p !== '');
    groups.push({
      kind: 'full',
      ownerSaid: true,
      text: `${ownerHas(owner)} no room for these within ${LAST} days${notes.length === 0 ? '' : ` (${notes.join('; ')})`}.`,
      short: `${ownerHas(owner)} no room within ${LAST} days`,
      actions: once ? theirs.map((a) => (checked.includes(a) && a.waitText !== undefined ? { ...a, waitText: '' } : a)) : theirs,
    });
  });
  // Another owner's step that needs this owner's time (a check before it, or a part in it) is not
  // listed under "<owner> has no room for these" (VP reading 15, #32: #22, the managers', sat under
  // the VP Sales' list): its own group says whose step it is and whose time it waits for.
  const lent = [...new Set(backlog.flatMap((a) => (a.wait?.kind === 'full' && !a.wait.own ? [a.wait.ownerText] : [])))];
  for (const owner of lent) {
    const these = backlog.filter((a) => a.wait?.kind === 'full' && !a.wait.own && a.wait.ownerText === owner);
    const them = these.length === 1 ? 'it' : 'them';
    // Two steps of one owner (acme's #19 and #36, both the managers') are that owner's, not "other owners'".
    const oneLeader = these.every((a) => a.ownerText !== undefined) && new Set(these.map((a) => a.ownerText)).size === 1;
    const leaders = these.length === 1 ? 'Another owner leads this step' : oneLeader ? 'Another owner leads these steps' : 'Other owners lead these steps';
    // The check before several of them is said once, on the group (as on an owner's own group).
    const checked = these.filter((a) => a.wait?.kind === 'full' && a.wait.check === true && a.rank !== undefined);
    const once = checked.length > 1;
    const checks = once ? ` (${ownerChecks(owner)} the team's level before ${checked.map((a) => `#${a.rank}`).join(', ').replace(/, (#\d+)$/, ' and $1')} start, as no group checks its own work)` : '';
    groups.push({
      kind: 'full',
      ownerSaid: false,
      // Who leads it, and whose part has no room (VP reading 17, item 41: "Another owner's step that needs the VP Sales too: …" read as the tool's).
      text: `${leaders}, but ${lowerFirst(ownerHas(owner))} a part in ${them}${checks} and no room for ${them} within ${LAST} days.`,
      short: `${these.length === 1 ? "Another owner's step" : oneLeader ? "Another owner's steps" : "Other owners' steps"}: no room for ${possessive(owner)} part within ${LAST} days`,
      actions: once ? these.map((a) => (checked.includes(a) && a.waitText !== undefined ? { ...a, waitText: '' } : a)) : these,
    });
  }
  // A shared slot with no room: one sentence per slot (tenth consultant review, C.3).
  const slotTitles = [...new Set(backlog.flatMap((a) => (a.wait?.kind === 'slot' ? [a.wait.slotTitle] : [])))];
  for (const title of slotTitles) {
    groups.push({
      kind: 'slot',
      ownerSaid: false,
      text: `${capitalize(title)} takes only a few new steps in each 30 days, and has no room for these within ${LAST} days.`,
      short: `No room in ${title} within ${LAST} days`,
      actions: backlog.filter((a) => a.wait?.kind === 'slot' && a.wait.slotTitle === title),
    });
  }
  const declined = backlog.filter((a) => a.wait?.kind === 'declined');
  if (declined.length > 0) {
    const which = declined.length === 1 ? 'This waits' : 'These wait';
    groups.push({ kind: 'declined', ownerSaid: false, text: `Leadership declined the decision ${declined.length === 1 ? 'this carries' : 'these carry'} out: ${lowerFirst(which)} until it is taken.`, short: 'Leadership declined the decision they carry out', actions: declined });
  }
  // Lines that wait for the same action are one group, its status said once on the group (h-rub16c's
  // set: three managers' steps wait for the monthly team meeting, and "waits for #12, due within 90
  // days" on each line was a passage said three times); those lines keep only title, question and
  // owner. An action waited for by one line alone stays a line of the shared group, with its note.
  const after = backlog.filter((a): a is A & { wait: Extract<WaitView, { kind: 'after' }> } => a.wait?.kind === 'after');
  const shared = [...new Set(after.map((a) => a.wait.rank))].filter((rank) => after.filter((a) => a.wait.rank === rank).length > 1);
  for (const rank of shared) {
    const these = after.filter((a) => a.wait.rank === rank);
    const due = these[0]!.wait.due;
    groups.push({
      kind: 'after',
      ownerSaid: false,
      text: `These wait for #${rank}, ${due === null ? 'itself in the backlog' : `due within ${due} days`}.`,
      short: `These wait for #${rank}`,
      actions: these.map((a) => (a.waitText !== undefined ? { ...a, waitText: '' } : a)),
    });
  }
  const alone = after.filter((a) => !shared.includes(a.wait.rank));
  if (alone.length > 0) {
    const which = alone.length === 1 ? 'This waits' : 'These wait';
    groups.push({ kind: 'after', ownerSaid: false, text: `${which} for an action that is itself in the backlog or due at ${LAST} days.`, short: `${which} for another action`, actions: alone });
  }
  // Built for actions that wait: nothing in the plan uses them yet (eleventh consultant review, F1/F2).
  const builds = backlog.filter((a) => a.wait?.kind === 'build');
  if (builds.length > 0) {
    // Plain words (fourteenth VP reading, class 8: "built for an action that waits, and start with it").
    // VP reading 17, item 41: "These prepare an action that waits, and start when it does" was still opaque.
    groups.push({ kind: 'build', ownerSaid: false, text: builds.length === 1 ? 'Preparation for an action in the backlog: it starts with that action.' : 'Preparation for actions in the backlog: each starts with the action it prepares.', short: 'Prepare an action that waits', actions: builds });
  }
  // Not waiting at all: a plan row's agenda already does them (tenth VP reading, class 4), one
  // status said one way (eleventh VP reading, class 1: "#19 waits in the backlog" and "#9 already does it").
  const covered = backlog.filter((a): a is A & { wait: Extract<WaitView, { kind: 'covered' }> } => a.wait?.kind === 'covered');
  for (const rank of [...new Set(covered.map((a) => a.wait.rank))]) {
    const these = covered.filter((a) => a.wait.rank === rank);
    // "its agenda" only fits a meeting: a covering row is as often a list-building day (fourteenth VP reading, class 6: #7).
    groups.push({ kind: 'covered', ownerSaid: false, text: `${coveredBy(these[0]!.wait)}, which already includes ${these.length === 1 ? 'this, so it is not a separate action' : 'these, so they are not separate actions'}.`, short: `Part of #${rank}`, actions: these });
  }
  return groups;
}

/** "Part of #9 (within 60 days)": the one way a covered item's status is said (VP review 15, class 8: "covered by" read as the tool's bookkeeping). */
export function coveredBy(wait: Extract<WaitView, { kind: 'covered' }>): string {
  return `Part of #${wait.rank}${wait.due === null ? '' : ` (within ${wait.due} days)`}`;
}

/**
 * How many items the backlog holds, said once, in the plan's line (eleventh VP reading, class 1:
 * "23 in the backlog" on one page, "20 wait … three more are done inside a row" on another):
 * "23 more in the backlog: 20 wait, 3 are covered by #9"; "20 more in the backlog" where none is covered.
 */
export function backlogCountText(backlog: readonly { wait: WaitView | null }[]): string {
  const covered = backlog.flatMap((a) => (a.wait?.kind === 'covered' ? [a.wait.rank] : []));
  if (covered.length === 0) return `${backlog.length} more in the backlog`;
  const byRank = [...new Set(covered)].map((rank) => ({ rank, n: covered.filter((r) => r === rank).length }));
  // "2 are covered by #11, 1 by #7 and 1 by #14": three rows covering read as a list, not "…, 1 by #7, 1 by #14".
  const coveredText = listText(byRank.map((c, i) => (i === 0 ? `${c.n} ${c.n === 1 ? 'is' : 'are'} part of #${c.rank}` : `${c.n} of #${c.rank}`)));
  const waiting = backlog.length - covered.length;
  return `${backlog.length} more in the backlog: ${waiting === 0 ? '' : `${waiting} wait, `}${coveredText}`;
}

/**
 * The line above the backlog: that what waits has no date, and when to look at it again. How many
 * wait, and how many a plan row covers, is the plan's line (backlogCountText), said once.
 */
export function backlogLead(count: number, covered = 0): string {
  if (count === 0) return covered === 0 ? '' : 'Each of these is part of an action in the plan:';
  return `What waits here has no date: review it at day ${LAST}, when the plan's first actions are done. Grouped by why ${covered > 0 || count > 1 ? 'each is not in the plan' : 'it is not in the plan'}, in priority order within each group:`;
}

/**
 * Page one's line on what the plan deliberately leaves out of its 90 days (thirteenth VP reading:
 * the backlog was a section the reader reached only after the plan): how many actions wait, the
 * reason most of them share (the backlog's largest group, worded as its group is), and the first in
 * line. What a plan row covers is done, and a build starts with what it is built for, so neither is
 * counted or named. Empty where nothing waits, or where page one's capacity decision's why says it.
 */
export function backlogHeadline<A extends { wait: WaitView | null; rank: number; title: string }>(backlog: readonly A[], groups: readonly BacklogGroupView<A>[], planned: number, capacityDecision: { ownerText: string; label: string } | null = null): string {
  const waiting = backlog.filter((a) => a.wait !== null && a.wait.kind !== 'covered');
  if (waiting.length === 0) return '';
  // What waits for another action is one reason however many actions it waits for: counted as one group here.
  const afterAll = groups.filter((g) => g.kind === 'after');
  // Groundwork waits only because what it is built for waits: its reason is that action's, so it is
  // the main reason only where nothing else waits (after the merge of set 2026.12.13, acme's 14 builds
  // outnumbered the VP Sales' 13 and page one named "what they are built for waits" as the reason).
  const reasons = [...groups.filter((g) => g.kind !== 'covered' && g.kind !== 'after' && g.kind !== 'build'), ...(afterAll.length === 0 ? [] : [{ ...afterAll[0]!, actions: afterAll.flatMap((g) => g.actions) }])];
  const counted = reasons.length > 0 ? reasons : groups.filter((g) => g.kind === 'build');
  // Where page one asks for an owner's capacity, the line names that owner's group (it fits one line
  // on page one and says what the decision is about); else the group most of them share.
  const asked = capacityDecision === null ? undefined : counted.find((g) => g.kind === 'full' && g.actions[0]!.wait!.kind === 'full' && g.actions[0]!.wait!.ownerText === capacityDecision.ownerText && g.actions[0]!.wait!.own);
  const largest = asked ?? counted.reduce((best, g) => (g.actions.length > best.actions.length ? g : best), counted[0]!);
  const largestWait = largest.actions[0]!.wait!;
  const reason =
    largestWait.kind === 'full' ? lowerFirst(`${ownerHas(largestWait.ownerText)} no room`)
    : largestWait.kind === 'slot' ? `${largestWait.slotTitle} has no room`
    : largestWait.kind === 'size' ? `the plan's ${planned} places are taken`
    : largestWait.kind === 'declined' ? 'leadership declined the decision they carry out'
    : largestWait.kind === 'after' ? 'what they wait for is not in the plan'
    : 'they prepare actions that wait';
  const because = `${largest.actions.length === waiting.length ? 'all' : largest.actions.length} because ${reason}`;
  // The backlog's whole count, as the plan and the deck give it (VP review 16, class 7: page one's
  // "37 actions" beside the plan's and the deck's "41 more in the backlog"); the plan's line says
  // which of them planned actions include. One line on page one, Letter's included.
  const count = backlog.length === 1 ? 'the backlog action' : `the ${countText(backlog.length)} backlog actions`;
  // Where page one asks for that owner's capacity (capacity-decision.ts), the decision's why says the
  // count and the owner's share of it: this line would say it twice, and Letter has no line for it (fx-pg19).
  if (largestWait.kind === 'full' && capacityDecision !== null && capacityDecision.ownerText === largestWait.ownerText) return '';
  // One line on page one, which has no room for a second (A4 and Letter): the count, the main reason, the first in line.
  const first = waiting.find((a) => a.wait!.kind !== 'build') ?? waiting[0]!;
  return `Deliberately not in these ${LAST} days: ${count}; ${because}; first in line, ${lowerFirst(first.title)} (#${first.rank}).`;
}

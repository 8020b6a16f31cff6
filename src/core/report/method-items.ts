// The method appendix as one list of plain-text items, for every format: the Markdown and HTML
// templates and the deck print the same sentences, so none of them can drift from how the scores
// are actually computed (each says which code it describes).
import { CAPACITY_PER_HORIZON } from '../scoring/capacity.js';
import type { MethodItemView } from './report-view.js';
import { CAMP_DISTANCE, DISCUSSION_SHOWN, ROLE_SPLIT } from '../scoring/discussion.js';
import { VERIFY_SHARE } from '../scoring/verify-first.js';
import { IDENTIFYING_KIND_WORDS } from '../readout/identifying-notes.js';
import { quoteGroupMin } from './printed-notes.js';
import { formatPercent, thousands } from './format.js';

// One style for a percentage in every text the report prints (fifth VP reading: "5 %" beside "5%").
const VERIFY_PERCENT = formatPercent(VERIFY_SHARE);

export interface MethodFacts {
  single: boolean;
  names: boolean;
  minGroup: number;
  /** The view's confidentiality.foldedText: which roles are folded in and why, or null. */
  foldedText: string | null;
  needsDiscussionSpread: number;
  targetOverride: number | null;
  bands: readonly { name: string; range: string }[];
  focus: number;
  /** Actions the plan shows in full (--plan-size or the readout's). */
  planSize: number;
  /** Notes left out across the report as they could point to one person (identifying-notes.ts): said once, here. */
  identifyingLeftOut: number;
  /** Word-for-word quotes held back across the report as their group is too small to quote (printed-notes.ts): said once, here. */
  quotesHeldBack: number;
}

/**
 * The method (short, for a reader), the technical annex (the confidentiality algorithm and the
 * arithmetic's fine print) and the method in brief (at most five lines, for the deck's appendix
 * slide). The brief states the same rules as the items, from the same constants: change both together.
 */
export function methodItems(facts: MethodFacts): { items: MethodItemView[]; annex: MethodItemView[]; brief: string[] } {
  const annex: MethodItemView[] = [];
  const items: MethodItemView[] = [
    {
      term: 'Attainment of a question',
      text: '(score − lowest level score) / (highest − lowest), from 0 to 1. With the 0 to 4 levels of these rubrics, that is the score divided by 4. Questions answered n/a or not answered are left out, not counted as zero.',
    },
  ];
  if (!facts.single) {
    items.push(
      {
        term: 'Several respondents',
        // scoring/discussion.ts.
        text: `a question's score is the mean of the scores given, and its attainment is the attainment of that mean. A question is flagged “needs discussion” when people genuinely disagree: two roles shown on their own answer ${ROLE_SPLIT} levels or more apart on average, or a third of the respondents answered ${CAMP_DISTANCE} levels or more below another third (the lower third's highest answer against the upper third's lowest). One outlier is not a disagreement. The report lists at most the widest ${DISCUSSION_SHOWN}. A decision on page one says “needs discussion” only where the disagreement could change it: where the higher view (the upper third's lowest answer, or the higher role) puts the team above the levels the decision is for; a lower view only says the team stands lower still, and the decision stands either way. Scores by role apply the same formulas to each role's respondents only.`,
      },
      {
        term: 'Confidentiality',
        text: [
          facts.names ? 'Respondents are named at the client\'s request.' : 'No respondent is named.',
          // split-roles.ts and figure-roles.ts groupSafe: the insider rule.
          // The view's foldedText states the rule with the roles it applies to.
          facts.foldedText ??
            `A role is shown on its own only where, any one of its people set aside, at least ${facts.minGroup} others remain: each person knows their own answers and could take them out of the role's figures. Roles too small for that are shown together where the group they make is big enough.`,
          // identifying-notes.ts: with three people in a role, a detail identifies as well as a name.
          `A detail can point to one person as surely as a name: ${identifyingRule()}.`,
          // printed-notes.ts quoteGroupMin.
          `Words are quoted as said only where at least ${quoteGroupMin(facts.minGroup)} people of the group they are attributed to answered the question, since colleagues know each other's words; a smaller group's quote is held back for us to paraphrase. Page one and the slides quote no note.`,
          ...heldBackCount(facts),
        ].join(' '),
      },
    );
    annex.push(
      {
        // split-roles.ts, figure-roles.ts, question-by-role.ts and score-audit.ts.
        term: 'Confidentiality',
        text: [
          `a role is shown on its own (scores by role per imperative, perception gaps, notes attributed to the role) only when, with any one of its people set aside, at least ${facts.minGroup} others answered in it, and the people not shown number none or as many; scores are broken down by role only when two groups or more are shown.`,
          `No figure is given for a group on a single question: beside the range of answers, a group's mean there can give its answers away (a mean at the end of the range means everyone in it gave that answer). The same rule applies again to the people behind each figure, since not everyone answers every question: a group's score for an imperative is shown only when, on every question of it that the group scored, the group's people who scored it and the others who scored it are each enough by that rule; a note names its author's group only when its people, and the others, who answered that question are each enough. Where people disagree, the report says which group answers higher, without a figure or a distance, only when that, with the number of answers, their total and their range, leaves every group's answers open (no split of the answers that fits leaves a group's answers fixed, or half of a group on one same answer); otherwise it says that respondents split, and where even that would pin them, it does not print the range either. So no figure, with the totals and the other figures shown, gives away the answers of fewer than ${facts.minGroup} people, to a reader outside a group or to one of its members.`,
        ].join(' '),
      },
    );
  }
  items.push(
    { term: 'Imperative score', text: '100 × Σ(question weight × attainment) / Σ question weight, over the questions with a score; one decimal.' },
    { term: 'Overall score', text: 'Σ(imperative weight × imperative score) / Σ imperative weight, over the imperatives with a score.' },
    {
      term: 'Gap',
      text: `target − score, or 0 when the score meets the target.${facts.targetOverride === null ? '' : ` Every target was set to ${facts.targetOverride} for this report.`}`,
    },
    { term: 'Band', text: `${facts.bands.map((b) => `${b.name} ${b.range}`).join('; ')}.` },
    {
      // recommendation-fires.ts, fire-actions.ts and plan-actions.ts.
      term: 'Actions',
      text: `each action is a step between two levels of a question: it names the level it lifts a team from, and we recommend it only to a team at that level. ${
        facts.single
          ? 'The team level is the level answered.'
          : 'The team level is the level of the median respondent among those who scored the question (with an even count, the lower of the two middle levels, so the plan serves the weaker half); it is the one level every table, page one and the plan use.'
      } The plan holds one item per question: the step from the team level, with at most the next step added to it (“Then, by …”), planned a horizon later, never the step into the top level. Priority = imperative weight × question weight × (1 − attainment): what closing that gap is worth to the overall score.`,
    },
    {
      term: 'Order of the plan',
      text: `some actions need others done first; only prerequisites we recommend count. An action is ordered by the highest priority among itself and every recommended action that waits for it, so a prerequisite rises to the place of the most important action it unblocks; a prerequisite always comes before the actions that need it (“after #N”); equal values keep the interview order. An action's horizon is when it can start: its own, or the horizon after each of its prerequisites' if that is later, so nothing is due in the same 30 days as what it needs.`,
    },
    {
      term: 'Page one and the plan',
      text: `the plan shows at most ${facts.planSize} actions in full, in priority order: first the step that frees managers' time (the gate), the actions that carry out page one's decisions for leadership (D1, D2…) and page one's priorities (the plan's first ${facts.focus} actions, or those we chose for this client), then the rest in plan order, each with what it waits for. Each owner takes on at most ${CAPACITY_PER_HORIZON} new actions per horizon, and managers none until the gate has freed their time; an action that uses managers' time counts as theirs too. An action starts in its own horizon, or in the next one where its owner has room and what it waits for is done; a next step (“Then, by …”) continues its action and does not count toward this cap, so an owner can start more than ${CAPACITY_PER_HORIZON} items in a horizon; the line above the plan counts both, each under its own owner. It is numbered #1 onwards by horizon, a prerequisite always first; the rest is the backlog, numbered on in priority order, one line each with no date: it starts after 90 days, as owners have room, and a line says what it waits for besides room. Every “#N” in the report is that number. Page one rounds scores to whole points; a score that would round up to a band's floor or to its target reads “just under” it in a sentence, and is rounded down in a table or on a chart (39.7 reads 39, its gap to 75 then 36).`,
    },
    {
      term: 'Evidence',
      // scoring/verify-first.ts.
      text: `each answer records what it rests on: a document the interviewer saw, a call or meeting observed, system data, or the respondent's claim (the default; every survey answer is a self-report). An action is marked “to confirm” in the plan only where checking would change the decision: every score of its question rests on claims, ${VERIFY_PERCENT} or more of those who answered put the team higher than the action assumes (above the level it starts from), and the mean of the answers lies past the midpoint between that level and the next one up (so an even split decided by the median's tie-break alone is not flagged). A note in quotation marks is what the person said, word for word (written in quotation marks, or in the first person); any other note is the interviewer's and is labelled as one.`,
    },
  );
  annex.push({ term: null, text: 'Band and gap use the score as shown, with one decimal, so they always agree with it.' });
  // One respondent: no confidentiality item above, but a note left out is still said, once.
  if (facts.single && facts.identifyingLeftOut > 0) items.push({ term: 'Notes left out', text: `A detail can point to one person as surely as a name: ${identifyingRule()}. ${heldBackCount(facts).join(' ')}` });
  return { items, annex, brief: methodBrief(facts) };
}

/** The rules a presenter may be asked about, one line each (fifth VP reading, class 8: a method slide that said only "in the written report"). */
/** "a note with <what identifying-notes.ts flags, in words> is left out": the rule's one list. */
function identifyingRule(): string {
  const kinds = Object.values(IDENTIFYING_KIND_WORDS);
  return `a note with ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)} is left out`;
}

/** How many notes this report holds back, and why, said once (printed-notes.ts): none, no sentence. */
function heldBackCount(facts: Pick<MethodFacts, 'identifyingLeftOut' | 'quotesHeldBack'>): string[] {
  const notes = (n: number) => (n === 1 ? 'one note' : `${thousands(n)} notes`);
  const parts = [
    ...(facts.identifyingLeftOut === 0 ? [] : [`${notes(facts.identifyingLeftOut)} ${facts.identifyingLeftOut === 1 ? 'was' : 'were'} left out as ${facts.identifyingLeftOut === 1 ? 'it' : 'they'} could point to one person`]),
    ...(facts.quotesHeldBack === 0 ? [] : [`${facts.quotesHeldBack === 1 ? 'one quote' : `${thousands(facts.quotesHeldBack)} quotes`} from a small group ${facts.quotesHeldBack === 1 ? 'was' : 'were'} held back`]),
  ];
  return parts.length === 0 ? [] : [`In this report, ${parts.join(', and ')}.`];
}

function methodBrief(facts: MethodFacts): string[] {
  // The bands from low to high: "At risk below 40, Developing from 40, …".
  const froms = facts.bands.map((b) => /\d+/.exec(b.range)?.[0] ?? '');
  const bands = facts.bands.map((b, i) => (i === 0 && facts.bands.length > 1 ? `${b.name} below ${froms[1]}` : `${b.name} from ${froms[i]}`));
  return [
    `Scores: each answer's level as a share of the top level, weighted by question and by imperative, from 0 to 100; ${bands.join(', ')}.`,
    ...(facts.single
      ? []
      : [`Needs discussion: two roles ${ROLE_SPLIT} levels or more apart on average, or a third of the respondents ${CAMP_DISTANCE} levels or more below another third; on a decision, only where that could change it.`]),
    `To confirm: every answer behind an action is a claim, ${VERIFY_PERCENT} or more put the team higher than the action assumes, and their mean lies past the midpoint to the next level.`,
    `Plan: each action lifts a question one level from where the team stands (${facts.single ? 'the level answered' : 'the median respondent'}); at most ${facts.planSize}, in priority order over 30, 60 and 90 days, each owner starting at most ${CAPACITY_PER_HORIZON} new ones per horizon; the rest is the backlog, in priority order.`,
    facts.single
      ? `Confidentiality: the respondent is ${facts.names ? 'named at the client\'s request' : 'not named'}, and the deck quotes no note.`
      : `Confidentiality: ${facts.names ? 'people are named at the client\'s request' : 'no one is named'}; a role is shown on its own only where, any one of its people set aside, ${facts.minGroup} others remain, never with a figure on a single question; words are quoted only from groups of ${quoteGroupMin(facts.minGroup)} or more, and the deck quotes no note.`,
  ];
}

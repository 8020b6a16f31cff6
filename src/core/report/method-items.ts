// The method appendix as one list of plain-text items, for every format: the Markdown and HTML
// templates and the deck print the same sentences, so none of them can drift from how the scores
// are actually computed (each says which code it describes).
import { CAPACITY_PER_HORIZON } from '../scoring/capacity.js';
import type { MethodItemView } from './report-view.js';
import { CAMP_DISTANCE, DISCUSSION_SHOWN, ROLE_SPLIT } from '../scoring/discussion.js';
import { VERIFY_SHARE } from '../scoring/verify-first.js';
import { IDENTIFYING_KIND_WORDS, SMALL_ROLE } from '../readout/identifying-notes.js';
import { countText, formatPercent, thousands } from './format.js';

/** Where the method's fine print is: the technical note that comes with the tool (not the client's report). */
const TECHNICAL_NOTE = 'Each rule in full, with its tie-breaks, rounding and the plan\'s order step by step: the technical note that comes with sales-audit (docs/method-technical.md).';

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
        term: 'Needs discussion',
        // scoring/discussion.ts; the fine print is in docs/method-technical.md.
        text: `a question's score is the mean of the answers. It is flagged “needs discussion” when people genuinely disagree: two roles answer ${ROLE_SPLIT} levels or more apart on average, or a third of the respondents answer ${CAMP_DISTANCE} levels or more below another third, so one outlier is not a disagreement. The report lists the widest ${DISCUSSION_SHOWN}. A decision on page one carries the flag only where the higher answers could change it.`,
      },
      {
        term: 'Confidentiality',
        text: [
          facts.names ? 'Respondents are named at the client\'s request.' : 'No respondent is named.',
          `Roles are shown on their own as the technical annex sets out.`,
          ...(facts.foldedText === null ? [] : [facts.foldedText]),
          // identifying-notes.ts: with three people in a role, a detail identifies as well as a name.
          `With so few people in a role, a detail can point to one person as surely as a name: ${identifyingRule(facts.identifyingLeftOut)}; and a role of fewer than ${SMALL_ROLE} people is quoted word for word at most once a section (a note that quotes words inside it counts as a quote). Page one and the slides quote no note.`,
        ].join(' '),
      },
    );
    annex.push(
      {
        // split-roles.ts, figure-roles.ts, question-by-role.ts and score-audit.ts.
        term: 'Confidentiality',
        text: [
          `a role is shown on its own (scores by role per imperative, perception gaps, notes attributed to the role) only when at least ${facts.minGroup} people answered in it and the people folded in number at least ${facts.minGroup} together (or none), so that no one's answers can be worked out by subtraction; scores are broken down by role only when two roles or more are shown.`,
          `No figure is given for a role on a single question: beside the range of answers, a role's mean there can give its answers away (a mean at the end of the range means everyone in the role gave that answer). The same rule applies again to the people behind each figure, since not everyone answers every question: a role's score for an imperative is shown only when, on every question of it that the role scored, at least ${facts.minGroup} of its people scored it and the others who scored it number none or at least ${facts.minGroup}; a note names its author's role only when at least ${facts.minGroup} people of that role, and none or at least ${facts.minGroup} others, answered that question. Where people disagree, the report says which role answers higher, without a figure or a distance, only when that, with the number of answers, their total and their range, leaves every role's answers open (no split of the answers that fits leaves a role's answers fixed, or half of a role on one same answer); otherwise it says that respondents split, and where even that would pin them, it does not print the range either. So no figure, with the totals and the other figures shown, gives away the answers of fewer than ${facts.minGroup} people to a reader outside the role. A member of a role knows their own answers and can take them out of the role's figures, leaving the average of the others in it: only a larger minimum group protects against that.`,
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
      // One plain paragraph per rule (seventh VP reading, class 4); the fine print (tie-breaks,
      // ordering step by step, rounding) is in docs/method-technical.md.
      text: `each action lifts a question from where the team stands (${facts.single ? 'the level answered' : 'the level of the median respondent'}) to the next level, or further where it says so. The plan holds one action per question, with at most its next step (“Then, by …”). Its priority is what closing the question's gap adds to the overall score: imperative weight × question weight × (1 − attainment).`,
    },
    {
      term: 'The plan',
      text: `at most ${facts.planSize} actions over 30, 60 and 90 days: first what page one asks for (the step that frees managers' time, the actions that carry out the decisions, the ${countText(facts.focus)} priorities), then the rest by priority. An action that others need comes first (“after #N”). Each owner starts at most ${CAPACITY_PER_HORIZON} new actions in a horizon, and managers none until their time is freed; an action that does not fit moves to the next horizon with room. The rest is the backlog, grouped by why it waits, to review at day 90. Every “#N” is this numbering. Page one rounds scores to whole points, never up across a band's floor or the target.`,
    },
    {
      term: 'Evidence',
      // scoring/verify-first.ts.
      text: `each answer records what it rests on: a document seen, a meeting observed, system data, or the respondent's claim (every survey answer is a claim). An action is marked “to confirm” only where checking could remove it: its question rests on claims alone, and ${VERIFY_PERCENT} or more of those who answered put the team clearly higher than the action assumes. A note in quotation marks is the person's own words; any other note is the interviewer's.`,
    },
  );
  annex.push({ term: null, text: 'Band and gap use the score as shown, with one decimal, so they always agree with it.' });
  annex.push({ term: null, text: TECHNICAL_NOTE });
  // One respondent: no confidentiality item above, but a note left out is still said, once.
  if (facts.single && facts.identifyingLeftOut > 0) items.push({ term: 'Notes left out', text: `A detail can point to one person as surely as a name: ${identifyingRule(facts.identifyingLeftOut)}.` });
  return { items, annex, brief: methodBrief(facts) };
}

/** The rules a presenter may be asked about, one line each (fifth VP reading, class 8: a method slide that said only "in the written report"). */
/** "a note with <what identifying-notes.ts flags, in words> is left out (N notes in this report)": the rule's one list. */
function identifyingRule(leftOut: number): string {
  const kinds = Object.values(IDENTIFYING_KIND_WORDS);
  const count = leftOut === 0 ? '' : ` (${leftOut === 1 ? 'one note' : `${thousands(leftOut)} notes`} in this report)`;
  return `a note with ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)} is left out${count}`;
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
    `Plan: each action lifts a question from where the team stands (${facts.single ? 'the level answered' : 'the median respondent'}); at most ${facts.planSize}, in priority order over 30, 60 and 90 days, each owner starting at most ${CAPACITY_PER_HORIZON} new ones per horizon; the rest is the backlog, in priority order.`,
    facts.single
      ? `Confidentiality: the respondent is ${facts.names ? 'named at the client\'s request' : 'not named'}, and the deck quotes no note.`
      : `Confidentiality: ${facts.names ? 'people are named at the client\'s request' : 'no one is named'}; a role is shown on its own only with ${facts.minGroup} people or more, never with a figure on a single question, and the deck quotes no note.`,
  ];
}

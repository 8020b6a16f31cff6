// The method appendix as one list of plain-text items, for every format: the Markdown and HTML
// templates and the deck print the same sentences, so none of them can drift from how the scores
// are actually computed (each says which code it describes).
import { GATE_LAG_DAYS } from '../scoring/config.js';
import { CAPACITY_PER_HORIZON } from '../scoring/capacity.js';
import type { MethodItemText, MethodItemView } from './report-view.js';
import { CAMP_DISTANCE, DISCUSSION_SHOWN, ROLE_GAP_LEVELS, ROLE_GAP_MIN_QUESTIONS, ROLE_GAP_SHARE, ROLE_SPLIT } from '../scoring/discussion.js';
import { VERIFY_SHARE } from '../scoring/verify-first.js';
import { IDENTIFYING_KIND_WORDS } from '../readout/identifying-notes.js';
import { quoteGroupMin } from './printed-notes.js';
import { capitalize, countText, formatPercent, listText, lowerFirst, possessiveName, thousands } from './format.js';

// One style for a percentage in every text the report prints (fifth VP reading: "5 %" beside "5%").
const VERIFY_PERCENT = formatPercent(VERIFY_SHARE);

// Each rule below is one phrase, printed by the method's item (eighth VP reading, class 9: the deck's
// "to confirm" rule had a condition the report's lacked; the deck has no method slide since VP review 17, item 60).
// scoring/discussion.ts.
// score-audit.ts: a question whose level rests on checks is settled by them; one whose check is too
// small to set it is read as not checked (VP reading 11, class 4), so it is flagged by no rule of its own.
const DISCUSSION_RULE = `two groups the report shows (roles shown together count as one) answer ${ROLE_SPLIT} levels or more apart on average, or a third of the respondents answer ${CAMP_DISTANCE} levels or more below another third, unless checks set its level`;
// Said without "page one" (thirteenth VP reading: every reference points to something the reader
// sees in that format).
/** The annex's term for the confidentiality rules in full (the method's item says them in three lines). */
export const CONFIDENTIALITY_RULES = 'Confidentiality rules';
/** The section tables' level column, and the method's term for it: one name (VP reading 17, item 40). */
export const STANDS_HEADER = 'Today';
const DISCUSSION_ON_DECISIONS = 'a row or a decision we ask for carries the flag only where it could change a decision or a 90-day action';
// scoring/discussion.ts consistentRoleGaps: the gap across an imperative, stated once, not per question.
const ROLE_GAP_RULE = `where one role answers ${ROLE_GAP_LEVELS === 0.75 ? 'three quarters of a level' : `${ROLE_GAP_LEVELS} level`} or more above another on ${ROLE_GAP_SHARE === 2 / 3 ? 'two thirds' : formatPercent(ROLE_GAP_SHARE)} or more of an imperative's questions (at least ${countText(ROLE_GAP_MIN_QUESTIONS)}), that difference between two views is stated once, for the imperatives whose scores by role are shown, not flagged on each question`;
// scoring/verify-first.ts verifyFirstOf: both conditions.
// Or a check before committing gates it (the role gap's test): every row a check comes before is marked alike (twelfth VP reading, class 4).
const TO_CONFIRM_RULE = `every answer to its question is an unchecked claim, ${VERIFY_PERCENT} or more of those who answered put the team above the level the action starts from, and their mean lies past the midpoint between that level and the next; or a check before committing comes before it`;
/** plan-actions.ts and capacity.ts: how many actions, in what order, at what pace. */
function planRule(facts: Pick<MethodFacts, 'planSize' | 'gate' | 'priorityCount'>): string {
  // What page one asks for, as this audit has it (eighth VP reading, class 3): the gate only where it fires, page one's own count.
  const asks = [facts.gate ? "the step that frees managers' time" : '', 'the actions that carry out the decisions', `the ${facts.priorityCount === 1 ? 'priority' : `${countText(facts.priorityCount)} priorities`}`].filter((p) => p !== '');
  return `at most ${facts.planSize} actions over 30, 60 and 90 days: first what we ask for (${asks.join(', ')}), then the rest by priority`;
}
// scoring/score-term.ts: what a question adds to the score where not its mean.
function heldBackTermRule(minimum: number): string {
  return `claims count only in groups large enough to show, and checks set the level only where they looked at ${countText(minimum)} or more reps, managers or deals, so every score follows from figures the report prints`;
}
// recommendation-fires.ts teamLevel and score-term.ts: evidence outranks claims (rubric review 8, class A).
/**
 * answer-tally.ts checksSetLevel, recommendation-fires.ts teamLevel, score-term.ts: what the engine
 * does with a check, said once (VP reading 10, class 1: "counts every answer given … averages those
 * views" was untrue where a check set the level).
 */
function checkedRule(minimum: number): string {
  return `where checks of the audit sample (a document seen, meetings observed, system data) looked at ${countText(minimum)} or more reps, managers or deals on a question, and are not one respondent's own, the team level is the median case they looked at, and the question counts in the score at that level, whatever people said; the claims stay in each role's figures, as what that role perceives, so an imperative's score is not the average of its scores by role. A smaller check sets nothing and is not printed: the question is scored on what people said, as an unchecked one is`;
}
const BACKLOG_RULE = 'the rest is the backlog, grouped by why it waits, to review at day 90';
/**
 * capacity.ts: the cap, in the one phrase the method, the plan's load line and the backlog print
 * (ninth VP reading, class 4a: a cap on new actions alone hid five live streams under a cap of three).
 */
export const CAP_RULE = `each owner carries at most ${countText(CAPACITY_PER_HORIZON)} actions at once in each period of the plan (the first 30 days, days 31 to 60, days 61 to 90), new or continuing (a “Then, by …” step counts in the period it is due)`;
/** The same cap where the method states it in full (the load line, the backlog): short, so the rule is said once. */
export const CAP_SHORT = `at most ${countText(CAPACITY_PER_HORIZON)} at once per owner`;
/** split-roles.ts groupSafe: the insider rule. */
function roleRule(minGroup: number): string {
  return `a role is shown on its own only where, any one of its people set aside, at least ${minGroup} others remain`;
}
/** printed-notes.ts quoteGroupMin. */
function quoteRule(minGroup: number): string {
  return `words are quoted as said only where at least ${quoteGroupMin(minGroup)} people of the group they are attributed to answered the question`;
}
const NO_NOTE_QUOTED = 'page one and the slides quote no note';
/** The deck's part of it: the deck has no page one. */
export function namingRule(facts: Pick<MethodFacts, 'single' | 'names' | 'organization'>): string {
  // The organization by name: "the client" is its own clients in this report (VP reading 13).
  if (facts.single) return facts.names ? `the respondent is named at ${possessiveName(facts.organization)} request` : 'the respondent is not named';
  return facts.names ? `respondents are named at ${possessiveName(facts.organization)} request` : 'no respondent is named';
}

export interface MethodFacts {
  single: boolean;
  names: boolean;
  /** The audited organization's name ("the company" where none or several are named). */
  organization: string;
  minGroup: number;
  /** The view's confidentiality.foldedText: which roles are folded in and why, or null. */
  foldedText: string | null;
  needsDiscussionSpread: number;
  targetOverride: number | null;
  bands: readonly { name: string; range: string }[];
  focus: number;
  /** Actions the plan shows in full (--plan-size or the readout's). */
  planSize: number;
  /** One respondent's report: whether a note of theirs was left out as it could point to one person (identifying-notes.ts); said once, without a count. */
  identifyingLeftOut: boolean;
  /** Whether a readout approved the notes the report prints (printed-notes.ts); without one, none prints. */
  notesApproved: boolean;
  /** The refs of the questions too few scored to show their figures (QuestionScore.figuresShown): "4.8", "4.9"; said once, here. */
  fewScored: readonly string[];
  /** Of those, how many have no checked answer either: held back (score-term.ts), no level, out of the score. */
  heldBack: number;
  /** Questions whose team level rests on checks (score-term.ts), said once, here; 0 for one respondent. */
  checkedLevels: number;
  /** Some imperative names a business measure to track (the rubric's `measure`), printed in its section. */
  measures: boolean;
  /** The readout quotes the client's own figures (its `facts`): the method says whose they are, since the audit measured none. */
  clientFigures: boolean;
  /** The imperatives whose score, worked again from the one-decimal means their rows print, differs at one decimal from the score kept (build-report-view.ts scoreFromRows): "sales interactions", "42.1", "42.3". */
  rowsRecomputed: readonly { name: string; fromRows: string; kept: string }[];
  /** Of those, the questions whose level rests on a survey the audit ran alone (evidence-of.ts surveyOnly), with whom it rated ("4 managers"): named as the survey, not as checks. */
  surveyed: readonly { ref: string; covering: string; levels: readonly string[] }[];
  /** The refs of the questions checked on every manager, too few to print a level (score-term.ts 'census-withheld'). */
  censusWithheld: readonly string[];
  /** The set's minimum base for a check to set a level (sampling.minimum). */
  checkMinimum: number;
  /** The roles some question names as its witnesses (scoring/witnesses.ts), as the method names them ("sales managers and salespeople"); '' where none does. */
  witnesses?: string;
  /** The set's sampling rule (sampling.rule), printed once in the method; null when the set has none. */
  samplingRule: string | null;
  /** Questions flagged "needs discussion" in this audit (the list shows at most DISCUSSION_SHOWN). */
  discussed: number;
  /** The top level score when every question's levels run from 0 to it, else null (the attainment sentence's example). */
  topLevel: number | null;
  /** Page one's priorities, as printed. */
  priorityCount: number;
  /** Whether a step that frees someone's time fires (the plan's gate). */
  gate: boolean;
  /** Whether the shown plan holds a recount that holds the freed owner's further steps (plan-due-days.ts): its lag is stated. */
  recount?: boolean;
  /**
   * Whether a row of the plan or page one is marked "to confirm": the rule is stated only where a
   * row carries it (eleventh VP reading, class 2: defined in the method and on the deck's method
   * slide, used nowhere, once checks of the audit sample settle most questions).
   */
  toConfirm: boolean;
  /** Questions with more than one action, with their numbers: "4.5: #13 and #19". */
  sharedQuestions: string[];
  /** The one target every imperative has; null where they differ. */
  target: number | null;
}

/**
 * The method (short, for a reader) and the technical annex (the confidentiality algorithm and the
 * arithmetic's fine print).
 */
export function methodItems(facts: MethodFacts): { items: MethodItemText[]; annex: MethodItemText[] } {
  const annex: MethodItemText[] = [];
  const items: MethodItemText[] = [
    {
      term: 'Progress on a question',
      text: `(score − lowest level score) / (highest − lowest), from 0 to 1.${facts.topLevel === null ? '' : ` With the 0 to ${facts.topLevel} levels of these rubrics, that is the score divided by ${facts.topLevel}.`} Questions answered n/a or not answered are left out, not counted as zero.`,
    },
  ];
  if (!facts.single) {
    items.push(
      {
        term: 'Needs discussion',
        // scoring/discussion.ts; the fine print is in docs/method-technical.md.
        text: `a question's score is the mean of the answers. It is flagged “needs discussion” when people genuinely disagree: ${DISCUSSION_RULE}, so one outlier is not a disagreement. ${discussedListed(facts.discussed)} ${capitalize(DISCUSSION_ON_DECISIONS)}. Across questions, ${ROLE_GAP_RULE}.`,
      },
      {
        // Three lines for the reader (VP reading 17, item 50: about a page and a half of rules in
        // fourteen points); the rules themselves in the technical annex, once (confidentialityRules).
        // Page one's header line points here.
        term: 'Confidentiality',
        text: `${capitalize(namingRule(facts))}. Each figure, range and note is printed only where it leaves unknown the answers of any group of fewer than ${facts.minGroup} people, even to a member of the group; roles too small for that are shown together. The rules in full are in the technical annex.`,
      },
    );
    // The rule once, in the annex, as short points (tenth VP reading, class 9: stated five times, in
    // the method, the annex, page one and the deck; class 11: the annex's one paragraph of 350 words).
    annex.push({
      term: CONFIDENTIALITY_RULES,
      text: [
        // split-roles.ts and figure-roles.ts groupSafe: the insider rule.
        // The view's foldedText states the rule with the roles it applies to.
        facts.foldedText ??
          `${capitalize(roleRule(facts.minGroup))}: each person knows their own answers and could take them out of the role's figures. Roles too small for that are shown together where the group they make is big enough.`,
        // split-roles.ts, figure-roles.ts: the complement, and when roles are broken down at all.
        // VP reading 17, item 41: "are none or as many again, else their figures follow by subtraction" was opaque.
        'Where some people are in no group shown, they are at least as many as a group must be, so no one can work out their figures by taking the groups shown from the whole; scores are broken down by role only when two groups or more are shown.',
        // question-by-role.ts and score-audit.ts: a group's figure on one question, and the people behind each figure.
        `No group's figure is given on a single question beside everyone's: with the range of answers, a group's mean there can give its answers away. A question asked of some roles only gives the figures of their answers and names those roles after the number of answers, shown only where those who answered are enough by the same rule.`,
        `The same rule applies again to the people behind each figure, since not everyone answers every question: a group's score for an imperative, or a note's group, is shown only where the group's people who answered, and the others, are each enough by that rule.`,
        `Where people disagree, the report says which group answers higher, without a figure or a distance, only where that leaves every group's answers open; otherwise it says that respondents split, and where even that would pin them, it does not print the range either.`,
        // page-one.ts discussionDisclosure (every question's range) and answer-tally.ts checksSetLevel.
        `A question's range of answers is printed only where, with its mean and the number of answers, it leaves every group's answers open: three or more different sets of everyone's answers fit what is printed, and in none of them is one answer certainly given by as many people as the smallest role has. Showing roles together protects their answers, not their headcounts, which the client knows: every rule here takes each role's size as known. A check is printed (the level it found, what was seen and on how many) only where it looked at ${countText(facts.checkMinimum)} or more reps, managers or deals and is not one respondent's own; a smaller check describes one person, so it counts as that person's answer and the row reads as not checked.${facts.censusWithheld.length === 0 ? '' : ` A check of every first-line manager sets the level however few they are, and the plan acts on it; with fewer than ${countText(facts.checkMinimum)} it would describe each of them, so ${listText([...facts.censusWithheld])} ${facts.censusWithheld.length === 1 ? 'prints' : 'print'} no level and ${facts.censusWithheld.length === 1 ? 'is' : 'are'} left out of the score.`}`,
        // A survey that rates a few named people (VP review 14, item 31: reps rating 4 managers, two
        // reps per team): the rating of one person is the raters' answers, so it is never printed.
        ...(facts.surveyed.length === 0
          ? []
          : [
              `${listText(facts.surveyed.map((s) => `${s.ref}, the audit's survey rating ${s.covering},`))} ${facts.surveyed.length === 1 ? 'is' : 'are'} reported only as the median case: this report prints no one person's rating, and none should be passed on to the person rated or anyone else, since with only a few raters each, one rater could work out another's answers from it.`,
            ]),
        // score-audit.ts figuresShown: the same insider rule, for the people who scored one question.
        ...(facts.fewScored.length === 0
          ? []
          : [
              `${facts.fewScored.length === 1 ? 'Question' : 'Questions'} ${listText([...facts.fewScored])} ${facts.fewScored.length === 1 ? 'was' : 'were'} scored by too few people for any one of them to be set aside with ${facts.minGroup} others left: ${facts.fewScored.length === 1 ? 'its row shows' : 'their rows show'} no mean, range or evidence count (“too few to show”); ${facts.heldBack === 0 ? `${facts.fewScored.length === 1 ? 'its level rests' : 'each one\'s level rests'} on checks` : `one whose level no check of the audit sample sets shows no level either and is left out of the imperative's score and the plan (${heldBackTermRule(facts.checkMinimum)})`}.`,
            ]),
        // printed-notes.ts: notes print only when the readout approves them; no count (a count invites hunting: ninth VP reading, class 1f).
        notesRule(facts),
        `A detail can point to one person as surely as a name: ${identifyingRule()}.`,
        `So no figure, with the totals and the other figures shown, gives away the answers of fewer than ${facts.minGroup} people, to a reader outside a group or to one of its members.`,
      ].join(' '),
    });
  }
  // build-report-view.ts evidenceLine: page one says whose view a claims-only level gives; what
  // "most reps" means is said here (twelfth VP reading, class 6: method prose on page one).
  if (!facts.single)
    items.push({
      term: STANDS_HEADER,
      text: `the level of the median answer${facts.checkedLevels === 0 ? '' : ', or of the median case checked where checks set it,'} over ${countText(facts.checkMinimum)} or more. Where a level says most reps or most managers, that is this median, not a count.${
        // Whose answers count (rubric review 15, edit 1): the method states the rule; page one says where no witness answered.
        facts.witnesses === undefined || facts.witnesses === ''
          ? ''
          : ` A question on what only some roles can see (reps' own work) names them, here ${facts.witnesses}: only their answers set its level and its score, and the other roles' answers are their view, shown by role where the groups are large enough; where none of them answered, the level rests on the roles that did.`
      }${facts.surveyed
        // How a rating becomes a level (VP review 14, item 25: "3 to 3.5 of 5" at level 1 read as a mid-scale rating scored 25 %).
        .map((s) => ` ${s.ref} sets its level from the survey's ratings: ${s.levels.map((label, level) => `${level}, ${lowerFirst(label.replace(/\.$/, ''))}`).join('; ')}.`)
        .join('')}`,
    });
  // How many questions rest on checks is page one's (build-report-view.ts evidenceLine), said once
  // per format (twelfth VP reading, class 7: the self-report caveat on p1 and again on p12).
  items.push(
    {
      term: 'Imperative score',
      text: `100 × Σ(question weight × progress) / Σ question weight, over the questions with a score; one decimal in the annex, whole points elsewhere.${facts.heldBack === 0 ? '' : ' A question with too few answers to report, and no check of the audit sample to set its level, is left out, as n/a is.'}${facts.checkedLevels === 0 ? '' : ` ${capitalize(checkedRule(facts.checkMinimum))}. ${facts.checkedLevels === 1 ? 'The row whose level checks set says' : 'The rows whose level checks set say'} what they looked at (“Checked on …”).`}`,
    },
    // VP reading 17: "did not collect them" beside page one's "discounts average 11% today" read as a contradiction.
    ...(facts.measures
      ? [{ term: 'Business measures', text: `each imperative's section names the business figures to track from now, as the scores move; this audit did not collect them${facts.clientFigures ? ": where this report quotes one (today's discount, the headcount, a cost), it is the client's own figure, as the client gave it" : ' and gives no figure for them'}.` }]
      : []),
    { term: 'Overall score', text: 'Σ(imperative weight × imperative score) / Σ imperative weight, over the imperatives with a score; two decimals in the annex, so that page one rounds it once.' },
    {
      term: 'Gap to target',
      text: `target − score, or 0 when the score meets the target.${facts.targetOverride === null ? '' : ` Every target was set to ${facts.targetOverride} for this report.`}${targetLevelText(facts)}`,
    },
    // VP reading 17, item 37: a band on four of five scores told nothing; the band most share is said once, on page one.
    { term: 'Band', text: `${facts.bands.map((b) => `${b.name} ${b.range}`).join('; ')}. Where most imperatives share a band, page one says it once and a section prints its band only where it differs.` },
    {
      // recommendation-fires.ts, fire-actions.ts and plan-actions.ts.
      term: 'Actions',
      // One plain paragraph per rule (seventh VP reading, class 4); the fine print (tie-breaks,
      // ordering step by step, rounding) is in docs/method-technical.md.
      text: `each action lifts a question from where the team stands (${facts.single ? 'the level answered' : facts.checkedLevels === 0 ? 'the level of the median respondent' : 'the level of the median respondent, or of the median case checked where checks set it'}) to the next level, or further where it says so. ${actionsPerQuestion(facts.sharedQuestions)} Its priority is what the question's room to improve (the levels left to the top) adds to the overall score: imperative weight × question weight × (1 − progress).`,
    },
    {
      term: 'The plan',
      text: `${planRule(facts)}. An action that others need comes first (“after #N”). ${capitalize(CAP_RULE)}${facts.gate ? ', and managers take on none until their time is freed' : ''}; an action that does not fit moves to the next period with room.${facts.recount === true ? ` The recount of managers' hours is due ${GATE_LAG_DAYS} days before the first action of theirs it holds, so none falls due on the day it is counted.` : ''} ${capitalize(BACKLOG_RULE)}. Every “#N” in this report is an action's number in this list.`,
    },
    {
      term: 'Evidence',
      // scoring/verify-first.ts.
      // A survey the audit ran is fieldwork, not a check; a respondent's answer on a survey form is a claim (VP reading 13).
      text: `each answer records what it rests on: a document seen, a meeting observed, system data, ${facts.surveyed.length === 0 ? '' : "a survey the audit ran (fieldwork that sets its question's level as a check does, named as the survey, not as a check), "}or the respondent's claim (every answer given on a survey form is a claim).${facts.toConfirm ? ` An action is marked “to confirm” only where checking could remove it: ${TO_CONFIRM_RULE}.` : ''} Each check names who does it (the owner of the action it gates${facts.gate ? "; for managers' own actions, the owner of the step that frees their time, as no group checks its own work" : ''}), by when (before that action starts), and the level it must find to change the plan. A note in quotation marks is the person's own words; any other note is the interviewer's, or ours.`,
    },
  );
  // rubrics/_set.yaml sampling.rule: who the checks looked at, as the set states it (rubric review 10, class A).
  if (!facts.single && facts.samplingRule !== null && facts.checkedLevels + facts.censusWithheld.length > 0) items.push({ term: 'The audit sample', text: facts.samplingRule });
  // One respondent: the confidentiality rules above do not apply; who is named and what is quoted still do.
  if (facts.single) items.push({ term: 'Confidentiality', text: `${namingRule(facts)}; ${NO_NOTE_QUOTED}.` });
  // round-score.ts: said once, for a reader comparing page one with the sections (ninth VP reading, class 6).
  // One rounding rule for every part of the report but this annex (twelfth VP reading, class 9: one
  // decimal on ten people's answers overstated them; class 2: the overall rounded twice read 35).
  annex.push({ term: null, text: "The report shows scores in whole points. Here the imperatives' scores keep one decimal and the overall two; each whole point is rounded once, to the nearest, from those figures, except a score less than a point under a band's floor or the target: it is cut to the point below, not rounded up (39.6 shows as 39, not 40), so the band beside it is always right." });
  // Whether the sections' rows give back each score (VP review 14, item 22: 42.1 from the rows against 42.3): said either way, with the imperatives that differ.
  if (!facts.single) annex.push({ term: null, text: rowsRecomputedText(facts.rowsRecomputed) });
  // One respondent: no confidentiality item above, but a note left out is still said, once.
  if (facts.single && facts.identifyingLeftOut) items.push({ term: 'Notes left out', text: `A detail can point to one person as surely as a name: ${identifyingRule()}.` });
  return { items, annex };
}

/**
 * An item with its sentences as points (none for one sentence: it prints on the item's line): a sentence ends at a full stop before a capital or an
 * opening quote ("Q2.3", "39.6" and "(…)." inside a sentence do not end it).
 */
export function withPoints(item: MethodItemText): MethodItemView {
  const sentences = item.text.split(/(?<=\.)\s+(?=[A-Z\u201C])/);
  return { ...item, points: sentences.length > 1 ? [capitalize(sentences[0]!), ...sentences.slice(1)] : [] };
}

/**
 * Which flagged questions the report lists, by this audit's count (eighth VP reading, class 3:
 * "lists the widest 5" over a list of 2).
 */
function discussedListed(count: number): string {
  // Said as what this audit found, not as what the tool does (twelfth VP reading, class 6: "The report lists the one question that meets it").
  if (count === 0) return 'No question meets it in this audit.';
  if (count === 1) return 'In this audit, one question meets it.';
  return count <= DISCUSSION_SHOWN ? `In this audit, ${countText(count)} questions meet it.` : `In this audit, ${thousands(count)} questions meet it; the widest ${countText(DISCUSSION_SHOWN)} are listed.`;
}

/**
 * What a single target means on the ladder, where it is a whole level (twelfth VP reading, class 9:
 * "Target 75" was explained only in the deck's notes): " A target of 75 is level 3 of 4 on every question."
 */
function targetLevelText(facts: Pick<MethodFacts, 'target' | 'topLevel'>): string {
  if (facts.target === null || facts.topLevel === null) return '';
  const level = (facts.target / 100) * facts.topLevel;
  return Number.isInteger(level) ? ` A target of ${facts.target} is level ${level} of ${facts.topLevel} on every question.` : '';
}

/**
 * How many actions a question gets, by this audit's plan (eighth VP reading, class 3: "one action per
 * question" while 4.5 had #13 and #19): a rubric may give two actions for the same level.
 */
function actionsPerQuestion(shared: readonly string[]): string {
  const base = 'A question gets the action for the level where the team stands, with at most its next step (“Then, by …”)';
  return shared.length === 0 ? `${base}.` : `${base}; where the rubric gives more than one for that level, each (here ${shared.join('; ')}).`;
}

/** "a note with <what identifying-notes.ts flags, in words> is left out": the rule's one list. */
function identifyingRule(): string {
  const kinds = Object.values(IDENTIFYING_KIND_WORDS);
  return `a note with ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)} is left out`;
}

/**
 * Which respondents' notes the report prints (printed-notes.ts), said once and without a count:
 * without a readout, none; with one, those the consultant approved, never one the rules hold back.
 */
function notesRule(facts: Pick<MethodFacts, 'notesApproved' | 'minGroup'>): string {
  if (!facts.notesApproved) return "Respondents' notes are kept in our working file, not printed in this report.";
  return `A respondent's note is printed only where we approved it, as written or in our own words, never one that could point to a person; ${quoteRule(facts.minGroup)}. The other notes are kept in our working file. ${capitalize(NO_NOTE_QUOTED)}.`;
}

/** What a reader gets working an imperative's score again from its section's rows and the appendix's weights. */
function rowsRecomputedText(differing: MethodFacts['rowsRecomputed']): string {
  const how = "from its section's rows (each mean to one decimal, each checked level) and the weights in the appendix";
  if (differing.length === 0) return `Each imperative's score can be worked again ${how}.`;
  const each = listText(differing.map((d) => `${d.name} comes to ${d.fromRows}, against ${d.kept} here`));
  return `Worked again ${how.replace("its section's", "each section's")}, ${each}, as the scores use the unrounded means; the other imperatives give back their scores.`;
}

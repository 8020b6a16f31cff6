// The view model: everything a report template receives, documented field by field in
// docs/report.md. Text fields hold plain text, exactly as written by users and rubric authors;
// templates escape them with {{md ...}}. Numbers come raw and also pre-formatted (*Text fields),
// so a template never needs arithmetic.
import type { BenchmarkView } from './benchmark-view.js';
import type { CheckFirstView } from './checks-first.js';
import type { BacklogGroupView, WaitView } from './wait-reason.js';
import type { MoneyRange } from '../readout/facts.js';

export interface ReportView {
  /** The organization audited (the first one, when answers files disagree). */
  organization: string;
  /** Every organization named in the answers files; more than one means the files were mixed. */
  organizations: string[];
  mixedOrganizations: boolean;
  rubrics: { title: string; description: string | null; digest: string; shortDigest: string };
  /** Latest interview date (YYYY-MM-DD). */
  date: string;
  /** "2026-11-26", or "2026-11-20 to 2026-11-26" when interviews span several days. */
  dateText: string;
  /** The label for dateText: "Interview date(s)", "Response date(s)" (survey exports) or "Date(s)". */
  datesLabel: string;
  /** Respondent names are shown (--names); off by default. */
  names: boolean;
  /** The opposite of names, for templates written before --names existed. */
  anonymized: boolean;
  /** What the report leaves out to protect respondents, and why. */
  /** Who is named, and at whose request where they are ("respondents are named at Acme Corp's request"): method-items.ts namingRule. */
  namingText: string;
  confidentiality: ConfidentialityView;
  /** Exactly one respondent. */
  single: boolean;
  respondentCount: number;
  respondents: RespondentView[];
  /** "leadership" (one respondent), or "10 (3 leadership, 3 sales managers, 4 salespeople)". */
  respondentSummary: string;
  /** The groups shown, in role order: roles on their own, and a pool of roles too small alone (`pooled`, split-roles.ts). */
  roles: { role: string; count: number; group: string; pooled: boolean }[];
  /** The line above the scores by role: what each column rests on (people per role), and the "not shown" rule only when a score reads so. */
  byRoleIntro: string;
  /** The by-role table's last column: "Gap" with two groups, "Widest gap" with more. */
  byRoleGapHeader: string;
  /** More than one role is shown, and some imperative's scores by role with them: the by-role table, chart and gaps. */
  multipleRoles: boolean;
  /** Groups are shown but no imperative's scores by role are (each withheld): one sentence in the table's place; '' otherwise. */
  byRoleWithheldText: string;
  /**
   * targetText is set only when every imperative has the same target; gapText then says how far
   * the overall score is from it ("24.3"), or null when it meets it.
   */
  overall: {
    score: number | null;
    scoreText: string;
    band: string | null;
    scored: boolean;
    targetText: string | null;
    gapText: string | null;
    /** Whole points for page one: "37", or "39" for 39.7, where "40" would cross a band or the target. */
    pointsText: string;
    /** The target less the whole points shown ("38"), or null without one target or when met. */
    gapPointsText: string | null;
    /**
     * Page one's sentence on the overall score, in three parts so a format can stress the middle:
     * "The overall score is", "42.7 out of 100: Developing" (after a space), ", 32.3 points below … ."; text is all three.
     */
    sentence: { lead: string; emphasis: string; rest: string; text: string };
  };
  /** What page one and the plan say when no action fires (or nothing is scored yet). */
  noActionsText: string;
  /** What an imperative's section says when none of its actions fires. */
  noImperativeActionsText: string;
  /** Highest and lowest scored imperatives; null unless two or more are scored and differ. */
  strongest: ImperativeRef | null;
  weakest: ImperativeRef | null;
  /** Page one's opening: the readout's headline; without one, the largest perception gap when roles are shown and differ, else the weakest imperative and why. One or two sentences. */
  headline: string;
  /** The readout's findings (figures filled in); empty without a readout. */
  findings: FindingView[];
  /** The report was rendered with a readout (--readout). */
  fromReadout: boolean;
  /** Page one's priorities: the readout's, else at most `focus` actions that wait for nothing; they are the plan's first numbers (#1…), each with a plain why. */
  priorities: PriorityView[];
  /** The heading above them: "Five priorities, by when they are due (plus #4 and #6, which carry out D3 and D2)" (the rows page one asks to start). */
  /** "Decisions for leadership", with the day the plan's days count from when the readout gives it (VP reading 15: "within 30 days" of what?). */
  decisionsHeading: string;
  /** "Cost of the five decisions together: $134,000 to $194,000, plus the time D2 and D4 state.": where two or more decisions cost money (VP reading 17, class A5); '' otherwise. */
  decisionsCostText: string;
  /** The decisions' day, "14 December 2026" (the readout's `decided:`), or null: the deck says it, never "today" (VP review 16, class 7). */
  decidedOn: string | null;
  prioritiesHeading: string;
  /** Unused since the priorities are tagged in the plan; kept empty for custom templates written before. */
  prioritiesText: string;
  /** Page one's one line on what the plan deliberately leaves out of its 90 days (wait-reason.ts backlogHeadline); empty where nothing waits. */
  notInPlanText: string;
  /** How a note that is not the respondent's own words is labelled: "Interview note" ("Note" for one respondent, "Comment" for survey responses). */
  noteLabel: string;
  /** Page one's line on what the evidence is: "Most of what we heard is self-report: …". */
  evidenceLine: string;
  /** Page one's paragraph: the evidence's limits (evidence-of.ts limitsText), run on into evidenceLine; evidenceLine alone where no limit applies. */
  pageOneEvidence: string;
  /**
   * Where every imperative has the same target, page one says it once above its table, which then
   * has no column of one number (twelfth VP reading, class 7): "Target: 75 of 100 for every
   * imperative." Null with targets that differ (the table's column stays).
   */
  targetLine: string | null;
  /** The bands said once where a Band column would not tell the rows apart (band-line.ts); null: page one's table shows the column. */
  bandLine: string | null;
  /** The --focus value: how many priorities page one lists at most. */
  focus: number;
  /** Every item of the plan and the backlog (after a readout's drops and merges): one per question with a step. */
  actionCount: number;
  /** The --plan-size in force: how many actions the plan shows in full. */
  planSize: number;
  /** How many actions the plan shows (at most planSize). */
  planCount: number;
  /**
   * The plan shown in full: at most planSize items (scoring/shape-plan.ts: the gate, decisions and
   * page one's priorities, then priority order, within the capacity rule), in number order, which is by horizon
   * (actionPlan groups the same by horizon).
   */
  plan: ActionView[];
  /** The items after the plan, numbered on from it in priority order: one line each (rank, title, ownerText, waitText). */
  backlog: ActionView[];
  /** The backlog grouped by why it waits (wait-reason.ts), one sentence a group, each group in priority order. */
  backlogGroups: BacklogGroupView<ActionView>[];
  /** The sentence above the plan: how many in full per horizon, the page-one mark, the backlog. */
  planText: string;
  /** The capacity rule at work (scoring/capacity.ts), or null when no step that frees someone's time fires. */
  capacity: CapacityView | null;
  /** The decisions for leadership: the readout's, else the rubric's decision points (a question's `decision:`) that the team levels trigger. */
  decisions: DecisionView[];
  perceptionGaps: PerceptionGapView[];
  /** The perception gaps worth a line in the executive summary (largest, at least the call-out threshold). */
  calledOutGaps: PerceptionGapView[];
  /** The questions people genuinely disagree on (scoring/discussion.ts), widest first, at most DISCUSSION_SHOWN (5). */
  needsDiscussion: QuestionView[];
  /** How many questions meet the rule (needsDiscussion lists the widest few). */
  needsDiscussionCount: number;
  /** The sentence above the list: the count, the rule, what to do. */
  needsDiscussionText: string;
  /** The consistent role gap across imperatives (discussion.ts consistentRoleGaps), one sentence; '' when none. Also at the head of needsDiscussionText. */
  roleGapText: string;
  /**
   * Page one's "What to check before committing" (checks-first.ts): at most three lines, each who
   * checks, by when and how, from the rules that already flag (a disagreement bearing on a decision,
   * the consistent role gap, a plan row "to confirm"); empty when nothing is to check.
   */
  checksFirst: CheckFirstView[];
  /** The checks that gate only backlog actions, in full (who, by when, what to pull, the result that changes the action), in rank order; the list of questions that need discussion points here. */
  backlogChecks: BacklogCheckView[];
  /** "Checks before these are planned, at the day-90 review". */
  backlogChecksHeading: string;
  /** "What to check before committing". */
  checksFirstHeading: string;
  /** Page one's one line that points to the checks, which open page two (checks-first.ts checksFirstPointer); '' without checks. */
  checksFirstPointer: string;
  /** The line after a decision's "needs discussion" flag: what to do before committing. */
  discussionHintText: string;
  /**
   * The scores chart's SVG file (the bars the HTML, PDF and deck show) next to a Markdown report
   * written to a file, as a link target (URL-encoded file name); null on stdout, and when no
   * imperative has a score.
   */
  chartImage: string | null;
  /**
   * The per-question mean's column header with its scale, said once there (eighth VP reading,
   * class 9: means printed with no scale): "Mean (0–4)" when every question's ladder runs over the
   * same scores, else "Mean". The table and the deck print this; the cells print numbers only.
   */
  meanHeader: string;
  /**
   * The section tables' column labels, one set for every format (the deck's too): where the team
   * stands (the level's label), the level the audit's checks set, and the mean of what people said,
   * each named for what it is (eleventh VP reading, class 1: the report showed the claims' mean as
   * "Mean", the deck the checked level as "Score", and the same question read 1.7 and 1).
   */
  measureHeaders: { stands: string; checked: string; said: string };
  /** mermaid is null when no imperative has a score (there is nothing to draw). */
  chart: { mermaid: string | null; rows: ChartRowView[] };
  imperatives: ImperativeView[];
  /** Share of scored answers resting on something seen (document, observed, data) versus claims, over all imperatives. */
  evidence: EvidenceView;
  /** Who owns how many actions, most first: the people this report should be forwarded to. */
  owners: { owner: string; count: number }[];
  /** What each owner carries at once per horizon of the shown plan, new and continuing, one sentence; '' with fewer than two horizons. */
  ownerLoadText: string;
  /** The line above the backlog: how many, no date, review at day 90, grouped by why they wait; '' without a backlog. */
  backlogText: string;
  /** The plan (the first planSize actions) grouped by horizon (30, 60, 90 days), in number order; empty horizons left out. */
  /** `outcome`: what the plan achieves by that horizon, the readout's line (`plan.outcomes`), or null: the deck's plan slide title. */
  actionPlan: { horizon: number; title: string; outcome: string | null; actions: ActionView[] }[];
  reflections: { number: number; imperativeTitle: string; question: string }[];
  unanswered: { ref: string; prompt: string; imperativeTitle: string; missingText: string }[];
  method: MethodView;
  /** "How <org> compares" against a portfolio (report --benchmark); null without one. */
  benchmark: BenchmarkView | null;
}

export interface RespondentView {
  number: number;
  /** Null unless --names (or when not given). */
  name: string | null;
  /** The role, or null when the role is folded in (fewer respondents than the minimum group). */
  role: string | null;
  date: string;
  /** "Dana Lee, leadership" with --names; "leadership"; or "a respondent" for a folded role. */
  label: string;
}

export interface ConfidentialityView {
  names: boolean;
  /** The minimum group size used (--min-group). */
  minGroup: number;
  /** Roles folded in: too small to show on their own (split-roles.ts), or folded so that those cannot be worked out by subtraction. Empty with one respondent. */
  folded: string[];
  /** Roles shown only together, as one group ("leadership or sales manager"); empty when none is. */
  pooled: string[];
  /** "Leadership and sales managers are shown together, not on their own: …", or null when every role is shown on its own. */
  foldedText: string | null;
  /** For the report's header: "leadership and sales managers are shown together, …", or null when every role is shown on its own. */
  foldedSummary: string | null;
  /**
   * A group shown on its own at the rule's minimum, said once in plain words beside the scores by
   * role: "Salespeople (4) are the smallest group this report shows: its figures are the average of
   * 4 people, never one person's answers" (twelfth VP reading, class 5; the thirteenth asked that it
   * not walk a reader through the subtraction); null where every group shown is larger, or none is
   * shown by role.
   */
  smallestGroupText: string | null;
}

export interface EvidenceView {
  /** Checks behind the levels that rest on checks (evidence-of.ts). */
  seen: number;
  /** Scored answers counted as claims. */
  claimed: number;
  /** Questions whose level rests on checks of the audit sample. */
  checkedQuestions: number;
  /** Questions scored. */
  questions: number;
  /** "4 of 20 scores rest on something seen (document, observed, data); 16 on claims only", or "every score rests on claims only". */
  text: string;
}

export interface PriorityView extends ActionView {
  /** 1 to focus. */
  number: number;
  /** One line: the question, its score against the threshold, its weight, what evidence it rests on, what it unblocks. */
  why: string;
  /** The gate: the step that frees someone's time, which every new action of theirs waits for (its why says so). */
  gate: boolean;
  /** The why as the written page one prints it: '' where it would repeat a decision's why just above it. */
  pageWhy: string;
  /** The plan rows it waits for that page one does not list, "#1 Agree and price the reps' shadow credit (Finance lead)"; '' for none. */
  prerequisiteText: string;
}

export interface DecisionView {
  number: number;
  /** "D1": how the plan cites the decision. */
  label: string;
  /** The rubric's decision id (a question's `decision:`), or the readout's own id. */
  id: string;
  /** The decision as leadership would put it on the agenda (the rubric's or the readout's text). */
  question: string;
  /** What it is about, in a few words (the question's title: "Managers' time with reps"); '' for a readout's own decision. */
  topic: string;
  imperativeTitle: string;
  /** Why it is on the agenda, one plain sentence: where the team stands (the ladder's words), or the readout's why. */
  finding: string;
  /** The option we recommend (the rubric's `recommend:` or the readout's); "The plan already answers it: …" when only the plan does; '' when neither. */
  recommendation: string;
  /** What the option costs (money, or time with its unit); '' when not given. */
  cost: string;
  /** The money its cost cites from the readout's facts (facts.ts costCited), for page one's total; null for none (a cost in time only). */
  costAmount: MoneyRange | null;
  /** What the option puts at risk, with its safeguard (the readout's `risk:`); '' when not given. Never part of the cost. */
  risk: string;
  /** What the option gains, with a figure where the client gave one (the readout's `benefit:`); '' when not given. */
  benefit: string;
  /** Ids of the actions that carry it out. */
  actionIds: string[];
  /** Their numbers in the plan (or backlog). */
  actions: number[];
  /** "Plan #6, within 30 days" (or "Backlog #32, …"); '' when no action carries it out. */
  planText: string;
  /** "Evidence: what people said; none of it was checked." or how many answers were checked. */
  evidence: string;
  /** "Needs discussion: …" when the decision's question meets the discussion rule; ''. */
  discussion: string;
}

export interface FindingView {
  /** "A", "B", "C": findings are lettered so they never read as imperatives 1-4 or plan numbers. */
  letter: string;
  title: string;
  /** Null when the readout gives only a title. */
  text: string | null;
  /** The readout's two-to-four-word name for it (the deck's findings title), or null. */
  short: string | null;
  /** Each figure reference with its value: { ref: "score differentiation", text: "40.0" }. */
  figures: { ref: string; text: string }[];
  /** The imperatives its title's figures refer to ({{points sales-managers}} → "sales-managers"): the finding an imperative's slide can carry. */
  imperativeIds: string[];
  /** The questions it rests on (the readout's `questions:`), in the readout's order: { id, ref: "Q4.8", label }; empty when the readout names none. */
  questions: { id: string; ref: string; label: string }[];
  /** "Q4.8 Managers' own selling and Q4.9 Protection from admin": what the report prints after the finding; '' without questions. */
  restsOnText: string;
  /** Where no row of the 90-day plan works on its questions, the sentence that says so and why its actions wait (readout/finding-signals.ts unplannedText); '' otherwise. */
  unplannedText: string;
  /** Respondents' notes, without names: `from` is a role shown on its own or "a respondent"; `verbatim` ones print in quotation marks, the others as an interview note. */
  quotes: { text: string; from: string; verbatim: boolean }[];
}

export interface ImperativeRef {
  number: number;
  title: string;
  label: string;
  scoreText: string;
  band: string;
}

export interface ChartRowView {
  number: number;
  title: string;
  label: string;
  scoreText: string;
  /** Whole points for page one ("33", or "39" for 39.7, where "40" would cross a cut-off); the gap too. */
  pointsText: string;
  gapPointsText: string;
  bar: string;
  targetText: string;
  gapText: string;
  band: string;
  /** "3 seen, 12 claimed", or "claims only". */
  evidenceText: string;
}

export interface ImperativeView {
  number: number;
  id: string;
  title: string;
  /** Short label from the id: "Prospecting plan". */
  label: string;
  summary: string;
  /** The readout's comment on this imperative, figures filled in; null without one. */
  comment: string | null;
  /** The widest difference between two shown roles here (the by-role table's last column); null when none. */
  widestGap: PerceptionGapView | null;
  weightText: string;
  scored: boolean;
  score: number | null;
  /** "62.5", or "not scored" when no question has a score. */
  scoreText: string;
  /** Whole points for page one: "62", "39" for 39.7 (not "40": it would cross a cut-off), or "not scored". */
  pointsText: string;
  band: string | null;
  /** Whether its section prints its band: not where page one's line says the band most imperatives share and this one shares it (band-line.ts commonBand). */
  bandShown: boolean;
  /** The band, or "not scored: no answered questions". */
  bandText: string;
  target: number;
  targetText: string;
  gap: number | null;
  gapText: string;
  coverage: number;
  /** The rubric's business measure to track beside the score, "Win rate on deals that reach a proposal (to track from now: this audit did not collect it)."; '' where the rubric names none. */
  measureText: string;
  /** What the score rests on where questions are held back (score-term.ts): "Q2.7 is left out of this score: too few people answered it to report."; '' otherwise. */
  scoredOnText: string;
  /** "6 of 6 questions answered", "31 of 36 answers given (86%)". */
  coverageText: string;
  /** The coverage when some answers are missing, else '': the section says nothing when every answer was given. */
  missingText: string;
  /**
   * One entry per role shown in the audit (none without a breakdown); score is raw (for charts),
   * null when the role scored nothing here ("not scored") or when its score here may not be shown
   * ("not shown": too few of the people who scored some question of it, see the method);
   * `group` is the plural for a sentence: "salespeople".
   */
  byRole: { role: string; group: string; score: number | null; shown: boolean; scoreText: string }[];
  /** "leadership 55.7; sales managers 27.1", or why no role's score is shown for this imperative. */
  byRoleText: string;
  /** The scores-by-role table has a row for it: some group's score is shown (byRoleIntro names the others). */
  byRoleRow: boolean;
  /** What this imperative's scores rest on. */
  evidence: EvidenceView;
  questions: QuestionView[];
  /** Up to three scored questions whose gap weighs most (question weight × (1 − attainment), the method's priority), heaviest first (ties: the plan's order, then interview order): the deck's rows per imperative. */
  questionsByPriority: QuestionView[];
  notes: NoteView[];
  /** The footnote under the section's table where a row carries rangeMark; '' where none does. */
  rangeWithheldNote: string;
  /** The heading above the notes: "Interview notes", and what quotation marks mean only where a note is in them (eleventh VP reading, class 5: the heading promised quotations none of the notes held). */
  notesHeading: string;
  /** Notes of this section left out because they may point to one person (identifying-notes.ts); 0 with --show-identifying-notes. */
  identifyingLeftOut: number;
  actions: ActionView[];
  /** Its actions in the 90-day plan, and those in the backlog: `actions` split, for the section's pointers to each. */
  plannedActions: ActionView[];
  backlogActions: ActionView[];
  /** The score worked out with its numbers, for the appendix; null when not scored. */
  computation: string | null;
}

export interface QuestionView {
  /** "2.3": imperative number, question number. */
  ref: string;
  id: string;
  /** The row's title: marked "(consultant's addition)" where the rubric adds the question (questionRowTitle). */
  label: string;
  /** The question's title alone, for a line that names it (a finding's "Rests on"). */
  title: string;
  prompt: string;
  /** The prompt about the organization, for the appendix of a team's report (about-organization.ts): "Acme Corp's salespeople", not "your salespeople"; the prompt itself in a one-respondent report. */
  promptAbout: string;
  imperativeTitle: string;
  weightText: string;
  /** Somebody scored it. */
  scored: boolean;
  /** One respondent: "Emerging (2)", "n/a", "not answered". Several: "2.3". */
  answerText: string;
  /** Several respondents: "1 to 4", "3", or "none". */
  rangeText: string;
  /** Several respondents, where the mean is printed: how many answers it is over; null otherwise. */
  answersCount: number | null;
  /** Several respondents, where the mean is printed: how many it is over, "10 answers" (n/a and unanswered left out); '' otherwise. */
  answersCountText: string;
  /** Whether the range may be printed (page-one.ts discussionDisclosure): false where, with the count, total and discussion line, it would pin a group's answers; rangeText then says 'not shown'. */
  rangeShown: boolean;
  /** '†' where a mean is printed and its range withheld (rangeShown false), '' otherwise: the section's table explains it once in a footnote (ImperativeView.rangeWithheldNote; twelfth VP reading, class 5: a blank range invited guessing). */
  rangeMark: string;
  /** The team level rests on checks (score-term.ts): the row says what they looked at ("Checked on 8 reps:") before the level; never for one respondent. */
  levelChecked: boolean;
  /** Of those, a level set by a survey the audit ran alone (evidence-of.ts surveyOnly): fieldwork, said as the survey, never "checked". */
  levelSurveyed: boolean;
  /** "Checked on 8 reps", where the level rests on checks; '' otherwise (evidence-of.ts checkedOnText). */
  checkedOnText: string;
  /** Checked on every manager, too few to print a level (score-term.ts 'census-withheld'): no level, no term in the score; the plan acts on it. */
  censusWithheld: boolean;
  /** The level the checks set, as a number on the ladder ("1"), under ReportView.measureHeaders.checked; '' where no check sets it (the cell reads "–"). */
  checkedLevelText: string;
  /** Whether its figures (mean, range, evidence counts, attainment) are printed: false where too few scored it (QuestionScore.figuresShown); answerText then reads "too few to show" and the level text stays. */
  figuresShown: boolean;
  respondents: number;
  needsDiscussion: boolean;
  /**
   * Whether its row carries "(needs discussion)": only where settling it could change a decision
   * page one asks for or an action of the 90-day plan (VP reading 17, item 38: the one flag sat on a
   * question nothing depended on). The others are listed under "Where views differ", for the day-90 review.
   */
  discussionMarked: boolean;
  /** The rule that fired, in words (page-one.ts discussionReason): "Leadership answers higher than salespeople." or "Respondents split.": never a role's figure on one question; '' when it does not need discussion. */
  discussionReason: string;
  /**
   * What would settle a disagreement: the evidence the question's help names (confirm-hint.ts
   * evidenceCheck, the one source the plan's "to confirm" uses too); '' when it needs no discussion.
   * Sixth VP reading, class 4: the needs-discussion lines did not say what to pull.
   */
  discussionCheck: string;
  /** The check as the list of questions that need discussion prints it: `discussionCheck`, or, where page one's box says the check in full, who and by when with a pointer there (confirm-hint.ts checkLineElsewhere). */
  discussionCheckListed: string;
  /** What settling it could change (build-report-view.ts discussionAffectsText): "It bears on D2 and on #6."; '' when it does not need discussion. */
  discussionAffects: string;
  /** The team level: the level chosen (one respondent) or the median respondent's (several), as page one and the plan use it. */
  level: { score: number; label: string; description: string } | null;
  /** "0.500", or "" when not scored. */
  attainmentText: string;
  /** Scored answers resting on something seen, and on claims. */
  seen: number;
  claimed: number;
  /** Every scored answer is a claim: check before acting on it. */
  claimsOnly: boolean;
  /** "claims only", "2 seen (document, data), 3 claimed", "seen (observed)". Empty when not scored. */
  evidenceText: string;
}

export interface NoteView {
  ref: string;
  questionLabel: string;
  /** The first note of its question: a list names the topic once, above its notes. */
  firstOfTopic: boolean;
  /** The note without the quotation marks it may be written in. */
  text: string;
  /** The respondent's own words (written in quotation marks, or in the first person: note-voice.ts): print in quotation marks; otherwise label it as a note. */
  verbatim: boolean;
  /** Null when the role is folded in. */
  role: string | null;
  name: string | null;
  /** "leadership"; "" when the note carries no group (its role folded in); "Dana Lee, leadership" with --names. */
  attribution: string;
}

export interface ActionView {
  /** The recommendation's id in the rubric. */
  id: string;
  /** The action's number as the reader sees it (number-plan.ts): page one's priorities first, then the plan by horizon, then the backlog; every "#N" refers to it. */
  rank: number;
  /** Ids of actions a readout merged into this one. */
  mergedFrom: string[];
  /** A short name for the step (the rubric's `title:`, else the action text): the backlog's one line. */
  title: string;
  /**
   * `title` is a short name of its own (the rubric's `title:`), not the action's text: the written
   * plan prints it in bold at the start of the row, as the deck names the step, so the two read
   * alike and a row can be scanned (twelfth VP reading, class 10).
   */
  named: boolean;
  /** The current step: the action that lifts the team from where it stands. */
  action: string;
  /** What must be true before what waits for it goes ahead (the gate's re-count: page-one.ts gateThresholdText), printed in the plan row after the action; '' for most. */
  doneText: string;
  /** Days after the step before its question's level can move (the rubric's `lag`), or null: the plan's head says it once (lag-text.ts). */
  lag: number | null;
  /** The question's next step, riding on this item, or null. */
  next: NextStepView | null;
  /** Its place among page one's priorities (1…focus), or null: a tag; the number stays `rank`. */
  pageOne: number | null;
  /** The planned horizon: the rubric's, or a later prerequisite's. */
  horizon: number;
  /** The day it is due: its horizon's, or a gate's lag apart (plan-due-days.ts); `horizonText` says it. */
  due: number;
  horizonText: string;
  /** The horizon was moved later by a prerequisite. */
  horizonMoved: boolean;
  /** The rubric's own horizon. */
  rubricHorizon: number;
  effort: string;
  /** Ids of the actions this one requires (fired or not). */
  requires: string[];
  /** Numbers (rank) of the fired prerequisites: do those first. */
  after: number[];
  /** "after #2 and #5", or "" when it waits for nothing. */
  afterText: string;
  /** Numbers (rank) of the fired actions that wait for this one. */
  neededBy: number[];
  /** "needed for #7 and #9", or "". */
  neededByText: string;
  /** Checking the answers would change whether this step is needed (scoring/verify-first.ts): claims only, and 40 % or more answered above the step's level. */
  verifyFirst: boolean;
  /** Whose time it takes besides its owner's (`spends:`: an approval it asks of them, a step done with them), or null: counted in their load (capacity.ts). */
  spendsText: string | null;
  /** A routine it sets up (`recurring:`), still running in every later horizon: counted in its people's load there (capacity.ts). */
  recurring?: boolean;
  /** In the plan, who checks it before it starts (its flag's or page two's check), or null: that check counts in the checker's load (capacity.ts). */
  checker: string | null;
  /** A check comes before it starts, and its plan row (and the deck's) marks it with `verifyText`: its own flag (verifyFirst), or a line of page two's box that gates it (the role gap's test, a disagreement's check). */
  checkFirst: boolean;
  /** "to confirm: at least two in five of those asked say <the level that changes it>; if that holds, #13 becomes: …. Who checks: …", or "" when not marked. Printed once, in the plan. */
  verifyText: string;
  /** Where the action is flagged, one line for page one and the deck: what respondents did and the evidence to check before committing, from the question's help (confirm-hint.ts); '' when not flagged. */
  confirmText: string;
  /** Where flagged, the evidence that settles it: the first sentence of the question's help, as an instruction (confirm-hint.ts evidenceCheck); '' when not flagged. */
  checkText: string;
  /** Where flagged, the check in full: who, by when, what to look at and the result that changes the plan (confirm-hint.ts checkLine); '' when not flagged. */
  checkLine: string;
  /** The description of the first level above the team's at which this action no longer fires: what a check must find to change it (confirm-hint.ts levelThatChangesIt); null when none does. */
  changesAt: string | null;
  /** The title of the step a team found at `changesAt` gets instead of this one (confirm-hint.ts stepThatReplacesIt); null where none fires there (the row is then not needed). */
  replacedBy: string | null;
  /** The page-one decisions this action carries out ("D1"); empty for most. */
  decisions: string[];
  /** The id of the leadership decision this step waits for (the rubric's `decision:`, still open at the readout), or null. */
  awaitsDecision: string | null;
  /** How the plan ties it to page one's decisions: "once leadership decides D3" for a step that waits for one, "carries out D1" otherwise; '' for most. */
  decisionText: string;
  /** The action is one of page one's priorities (the plan then points to page one instead of repeating it). */
  onPageOne: boolean;
  /** The action's first words, for the plan row that points to page one and for the backlog line. */
  shortText: string;
  /** In the backlog, why it waits (wait-reason.ts); null in the plan. */
  wait: WaitView | null;
  /** What the item's backlog line adds to its group's sentence ("waits for #17"), worded from `wait` by wait-reason.ts; '' where the group says it all, and in the plan. */
  waitText: string;
  /** What the question's scores rest on (see QuestionView.evidenceText). */
  evidenceText: string;
  /** The resolved owner at this client (the owner catalog's title), or null when the rubric names none. */
  owner: string | null;
  /** The owner, or "Not assigned". */
  ownerText: string;
  /** In the plan, the owner the rubric gives it, where it went to its alternative owner as that one had no room (shape-plan.ts rule 6); else absent. */
  ownerMovedFrom?: string;
  imperativeNumber: number;
  imperativeTitle: string;
  imperativeLabel: string;
  questionRef: string;
  questionLabel: string;
  scoreText: string;
  /** The team level: the median respondent's level score (recommendation-fires.ts). */
  teamLevel: number;
  /** The label of the team level, such as "Ad hoc". */
  teamLevelLabel: string;
  /** The level this action lifts the team from: the team level. */
  fromLevel: number;
  priority: number;
  priorityText: string;
  /** The highest priority among this action and the fired actions that wait for it: what orders the plan. */
  orderPriority: number;
  orderPriorityText: string;
  /** The order priority is an action's that waits for this one (higher than its own). */
  priorityRaised: boolean;
}

/** A question's next step, riding on its item: not numbered, planned a horizon later. */
export interface NextStepView {
  id: string;
  title: string;
  action: string;
  horizon: number;
  horizonText: string;
  ownerText: string;
  /** The level it lifts the team from: the one above the team level. */
  fromLevel: number;
  /** Ready to print under the item's action: "Then, by 90 days: …". */
  text: string;
  /** Ids of the plan's items it waits for: it rides on its item only where they are shown before it (number-plan.ts). */
  after: string[];
  /** Whose time it takes besides its owner's (`spends:`: an approval it asks of them, a step done with them), or null: counted in their load (capacity.ts). */
  spendsText: string | null;
}

export interface CapacityView {
  /** The owner whose time a step frees, as the report shows it ("First-line sales managers"); null when no such step fires. */
  ownerText: string | null;
  /** The number of the step that frees it; null when none fires. */
  stepRank: number | null;
  /** New actions each owner takes on per horizon in the shown plan, next steps included (capacity.ts). */
  perHorizon: number;
  /** How many of the freed owner's items wait in the backlog (0 when no step frees anyone). */
  heldBack: number;
  /** Per owner, as the backlog lines name them: how many of their items the backlog holds, most first. */
  waiting: { ownerText: string; count: number }[];
  /** One sentence for above the plan. */
  text: string;
}

export interface PerceptionGapView {
  imperativeId: string;
  imperativeTitle: string;
  imperativeLabel: string;
  higherRole: string;
  lowerRole: string;
  /** The roles as groups: "leadership", "salespeople". */
  higherGroup: string;
  lowerGroup: string;
  higherScoreText: string;
  lowerScoreText: string;
  differenceText: string;
  /** Beside the difference in the by-role table: "leadership higher" with two groups, "leadership over salespeople" with more. */
  groupsText: string;
  /** "Differentiation with a difference: leadership scores it 45.3 points higher than salespeople do (66.7 against 21.4)." */
  sentence: string;
}

/** One item of the method: "Gap: target − score, …"; a null term is a plain sentence. Plain text. */
/** A method item as its rule writes it (method-items.ts, benchmark-view.ts). */
export interface MethodItemText {
  term: string | null;
  text: string;
}

export interface MethodItemView extends MethodItemText {
  /** The text's sentences, each printed as a point of its own (tenth VP reading, class 11: the method and annex were walls of text); empty for one sentence, which prints on the item's line. */
  points: string[];
}

export interface MethodView {
  bands: { name: string; range: string }[];
  /** The --target override, or null when each rubric's own target applies. */
  targetOverride: number | null;
  needsDiscussionSpread: number;
  perceptionGapCallout: number;
  /** The minimum group size (--min-group). */
  minGroup: number;
  overallComputation: string | null;
  /** The method, item by item, as every format prints it (method-items.ts). */
  items: MethodItemView[];
  /** The technical annex: the confidentiality rule in full and the arithmetic's fine print (the computations and the digest follow it). */
  annex: MethodItemView[];
}

/** A check that gates a backlog action: its rank and the check in full ("Who checks: VP Sales, before #32 is planned (at the day-90 review). Per rep, …. If it shows …, #32 becomes: …."). */
export interface BacklogCheckView {
  rank: number;
  text: string;
  /** Who runs it, at the day-90 review: counted beside the plan's load (ownerLoadText). */
  owner: string | null;
}

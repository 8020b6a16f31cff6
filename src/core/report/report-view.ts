// The view model: everything a report template receives, documented field by field in
// docs/report.md. Text fields hold plain text, exactly as written by users and rubric authors;
// templates escape them with {{md ...}}. Numbers come raw and also pre-formatted (*Text fields),
// so a template never needs arithmetic.

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
  anonymized: boolean;
  /** Exactly one respondent. */
  single: boolean;
  respondentCount: number;
  respondents: RespondentView[];
  /** "Dana Lee, leadership", or "3 (1 leadership, 1 sales manager, 1 salesperson)". */
  respondentSummary: string;
  roles: { role: string; count: number; group: string }[];
  /** More than one role: by-role scores and perception gaps are meaningful. */
  multipleRoles: boolean;
  /**
   * targetText is set only when every imperative has the same target; gapText then says how far
   * the overall score is from it ("24.3"), or null when it meets it.
   */
  overall: { score: number | null; scoreText: string; band: string | null; scored: boolean; targetText: string | null; gapText: string | null };
  /** Highest and lowest scored imperatives; null unless two or more are scored and differ. */
  strongest: ImperativeRef | null;
  weakest: ImperativeRef | null;
  /** The first action of each of the three highest-priority questions, numbered 1 to 3 (rank is their place in the plan). */
  topActions: (ActionView & { number: number })[];
  actionCount: number;
  perceptionGaps: PerceptionGapView[];
  /** The perception gaps worth a line in the executive summary (largest, at least the call-out threshold). */
  calledOutGaps: PerceptionGapView[];
  needsDiscussion: QuestionView[];
  /**
   * The radar chart's SVG file next to a Markdown report written to a file, as a link target
   * (URL-encoded file name); null on stdout, and when the radar has fewer than three scored axes.
   */
  radarImage: string | null;
  /** mermaid is null when no imperative has a score (there is nothing to draw). */
  chart: { mermaid: string | null; rows: ChartRowView[] };
  imperatives: ImperativeView[];
  /** Who owns how many actions, most first: the people this report should be forwarded to. */
  owners: { owner: string; count: number }[];
  /** Actions grouped by horizon (30, 60, 90 days), in priority order; empty horizons left out. */
  actionPlan: { horizon: number; title: string; actions: ActionView[] }[];
  reflections: { number: number; imperativeTitle: string; question: string }[];
  unanswered: { ref: string; prompt: string; imperativeTitle: string; missingText: string }[];
  method: MethodView;
}

export interface RespondentView {
  number: number;
  /** Null when not given or when anonymized. */
  name: string | null;
  role: string;
  date: string;
  /** "Dana Lee, leadership", or "leadership" without a name. */
  label: string;
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
  bar: string;
  targetText: string;
  gapText: string;
  band: string;
}

export interface ImperativeView {
  number: number;
  id: string;
  title: string;
  /** Short label from the id: "Prospecting plan". */
  label: string;
  summary: string;
  weightText: string;
  scored: boolean;
  score: number | null;
  /** "62.5", or "not scored" when no question has a score. */
  scoreText: string;
  band: string | null;
  /** The band, or "not scored: no answered questions". */
  bandText: string;
  target: number;
  targetText: string;
  gap: number | null;
  gapText: string;
  coverage: number;
  /** "6 of 6 questions answered", "31 of 36 answers given (86%)". */
  coverageText: string;
  /** score is raw (for charts), scoreText formatted; null/"not scored" when the role scored nothing here. */
  byRole: { role: string; score: number | null; scoreText: string }[];
  questions: QuestionView[];
  /** Up to three scored questions with the lowest attainment, lowest first (ties: interview order): the deck's "where it falls short". */
  lowestQuestions: QuestionView[];
  notes: NoteView[];
  actions: ActionView[];
  /** The score worked out with its numbers, for the appendix; null when not scored. */
  computation: string | null;
}

export interface QuestionView {
  /** "2.3": imperative number, question number. */
  ref: string;
  id: string;
  label: string;
  prompt: string;
  imperativeTitle: string;
  weightText: string;
  /** Somebody scored it. */
  scored: boolean;
  /** One respondent: "Emerging (2)", "n/a", "not answered". Several: "2.3". */
  answerText: string;
  /** Several respondents: "1 to 4", "3", or "none". */
  rangeText: string;
  respondents: number;
  needsDiscussion: boolean;
  /** The level chosen (one respondent) or the level closest to the mean (several). */
  level: { score: number; label: string; description: string } | null;
  /** "0.500", or "" when not scored. */
  attainmentText: string;
  /** Mean score by role: "leadership 4, sales manager 3, salespeople 1". */
  byRoleText: string;
}

export interface NoteView {
  ref: string;
  questionLabel: string;
  text: string;
  role: string;
  name: string | null;
  /** "Dana Lee, leadership", or "leadership". */
  attribution: string;
}

export interface ActionView {
  /** Position in the whole plan, 1 = highest priority. */
  rank: number;
  action: string;
  horizon: number;
  horizonText: string;
  owner: string | null;
  /** The owner, or "Not assigned". */
  ownerText: string;
  imperativeNumber: number;
  imperativeTitle: string;
  imperativeLabel: string;
  questionRef: string;
  questionLabel: string;
  scoreText: string;
  below: number;
  priority: number;
  priorityText: string;
}

export interface PerceptionGapView {
  imperativeTitle: string;
  imperativeLabel: string;
  higherRole: string;
  lowerRole: string;
  higherScoreText: string;
  lowerScoreText: string;
  differenceText: string;
  /** "Differentiation with a difference: leadership scores it 45.3 points higher than salespeople do (66.7 against 21.4)." */
  sentence: string;
}

export interface MethodView {
  bands: { name: string; range: string }[];
  /** The --target override, or null when each rubric's own target applies. */
  targetOverride: number | null;
  needsDiscussionSpread: number;
  perceptionGapCallout: number;
  overallComputation: string | null;
}

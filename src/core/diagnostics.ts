// Findings are data, never exceptions: every check returns Diagnostics, and the CLI decides what
// they mean for the exit code. Rule ids are stable (tests and CI users match on them); wording is not.

export type Severity = 'error' | 'warning';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  rule: RuleId;
  message: string;
}

interface RuleInfo {
  severity: Severity;
  title: string;
  description: string;
}

export const RULES = {
  'file-unreadable': {
    severity: 'error',
    title: 'File cannot be read',
    description: 'The file could not be opened or read (permissions, a folder named like a file, a broken link).',
  },
  'file-too-large': {
    severity: 'error',
    title: 'File too large',
    description: 'Files over 1 MiB are refused before parsing: a rubric or answers file is a few kilobytes.',
  },
  'file-binary': {
    severity: 'error',
    title: 'Not a text file',
    description: 'The file contains NUL bytes or is not valid UTF-8, so it cannot be YAML.',
  },
  'file-empty': {
    severity: 'error',
    title: 'Empty file',
    description: 'The file holds no YAML document (it is empty or only comments).',
  },
  'yaml-syntax': {
    severity: 'error',
    title: 'YAML syntax error',
    description: 'The file is not well-formed YAML.',
  },
  'yaml-tab-indent': {
    severity: 'error',
    title: 'Tab used for indentation',
    description: 'YAML forbids tabs for indentation; use spaces.',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: 'Duplicate key',
    description: 'The same key appears twice in one mapping; YAML would silently keep only one of them.',
  },
  'yaml-reserved-key': {
    severity: 'error',
    title: 'Reserved key',
    description:
      'A mapping key is "__proto__", "constructor" or "prototype": names JavaScript objects reserve. Such a key would be dropped silently, or read as something it is not; rename it.',
  },
  'yaml-alias-limit': {
    severity: 'error',
    title: 'Too many aliases',
    description: 'The document expands aliases beyond a safe limit (a "billion laughs" alias bomb).',
  },
  'yaml-warning': {
    severity: 'warning',
    title: 'YAML warning',
    description: 'The YAML parser reported something suspicious, such as an unknown tag.',
  },
  'schema-type': {
    severity: 'error',
    title: 'Wrong type',
    description: 'A value has the wrong type: a list where a mapping belongs, text where a number belongs, and so on.',
  },
  'schema-required': {
    severity: 'error',
    title: 'Missing key',
    description: 'A required key is missing. The location is the mapping that should contain it.',
  },
  'schema-unknown-key': {
    severity: 'error',
    title: 'Unknown key',
    description: 'A key the format does not define, usually a typo such as `wieght`. It would otherwise be ignored silently.',
  },
  'schema-value': {
    severity: 'error',
    title: 'Invalid value',
    description: 'A value is outside what the format allows: an empty text, a weight of 0, an id that is not kebab-case, a horizon other than 30, 60 or 90.',
  },
  'set-empty': {
    severity: 'error',
    title: 'Empty rubric set',
    description: 'No rubric files were found in the given paths.',
  },
  'duplicate-imperative-id': {
    severity: 'error',
    title: 'Duplicate imperative id',
    description: 'Two rubric files in one set use the same `id`.',
  },
  'duplicate-question-id': {
    severity: 'error',
    title: 'Duplicate question id',
    description: 'Two questions in one rubric use the same `id`; answers are stored by id, so they would collide.',
  },
  'level-order': {
    severity: 'error',
    title: 'Level scores out of order',
    description: 'Level scores must be unique and strictly increasing, from the weakest level to the strongest.',
  },
  'recommendation-threshold': {
    severity: 'error',
    title: 'Recommendation threshold outside the scale',
    description:
      'A recommendation fires when the answered score is below `below`, so `below` must be above the lowest level score (or it never fires) and at most the highest (or it always fires).',
  },
  'recommendation-below-deprecated': {
    severity: 'warning',
    title: '`below` is deprecated',
    description:
      'An action with `below: N` is read as `at: [lowest level score, N − 1]`: it fires when the team stands at any of those levels. Actions are steps between levels now: write `at:` with the level the action lifts a team from.',
  },
  'recommendation-at-and-below': {
    severity: 'error',
    title: 'Both `at` and `below`',
    description: 'An action has exactly one of `at` (the level it lifts a team from) and the deprecated `below`; with both, which one fires it is unclear.',
  },
  'action-at-not-a-level': {
    severity: 'error',
    title: '`at` is not a level of the question',
    description:
      "An action's `at` (or a decision's) must name level scores of its question: one score, or a range [from, to] whose ends are level scores, from ≤ to; an action's `to` must be a level score above its `at`. Otherwise it never fires, or fires where the rubric did not mean it, or its next step is chosen from a level it does not reach.",
  },
  'action-same-level-unordered': {
    severity: 'warning',
    title: 'Two actions at one level, unordered',
    description:
      'Two actions of one question lift a team from the same level, and neither requires the other, so the plan puts two first steps side by side in an arbitrary order. Add `requires` between them, or move one to another level.',
  },
  'wording-level-role-without-prompt': {
    severity: 'warning',
    title: 'Level worded for a role the prompt is not',
    description:
      "A level's description is worded for a role, but the question's prompt is not: that role reads first-person levels under a question written for someone else. Word the prompt for the role too.",
  },
  'wording-role-excluded': {
    severity: 'warning',
    title: 'Wording for a role the question does not ask',
    description: "A prompt, help or level is worded for a role that the question's `roles:` leaves out; that role is never asked, so the wording is never shown.",
  },
  'owner-unknown': {
    severity: 'error',
    title: 'Owner not in the catalog',
    description:
      "An action's `owner`, `frees` or `spends`, an owner's `fallback`, or an `alternatives` entry's owner, is not a key of the set manifest's `owners` catalog, so the report cannot resolve who owns it. Only checked when the set has a catalog.",
  },
  'ladder-too-short': {
    severity: 'warning',
    title: 'Fewer than four levels',
    description:
      'A ladder of two or three levels cannot tell a start from a habit: four levels or more give each step an action. (A question needs two levels at least: the schema rejects fewer.)',
  },
  'decision-id-duplicate': {
    severity: 'error',
    title: 'Duplicate decision id',
    description: 'Two questions of the set name a decision with the same `id`; a readout refers to decisions by id, so ids are unique across the set.',
  },
  'question-measures-missing': {
    severity: 'warning',
    title: 'Question without `measures`',
    description: 'A question states the one thing it measures (`measures:`), the axis every level states a condition on; without it, a ladder drifts from one axis to another.',
  },
  'manifest-unknown-imperative': {
    severity: 'error',
    title: 'Manifest names an unknown imperative',
    description: 'The set manifest `order` lists an id that no rubric file in the set defines.',
  },
  'manifest-duplicate-imperative': {
    severity: 'error',
    title: 'Manifest lists an imperative twice',
    description: 'The set manifest `order` lists the same id more than once.',
  },
  'duplicate-action-id': {
    severity: 'error',
    title: 'Duplicate action id',
    description: 'Two recommendations use the same `id`, in one rubric or in two rubrics of the set; `requires` and the results refer to actions by id, so ids are unique across the whole set.',
  },
  'unknown-decision': {
    severity: 'error',
    title: 'Unknown decision in an action or a question',
    description: 'A recommendation names, in `decision`, or a question, in `informs`, a decision id that no question of the set defines (a typo, or a decision renamed or removed); the step waits for that decision, and the report puts the question beside it, so it must exist.',
  },
  'unknown-prerequisite': {
    severity: 'error',
    title: 'Unknown action in requires',
    description: 'A recommendation `requires` an id that no recommendation in the set defines (a typo, or an action renamed or removed).',
  },
  'unknown-covered-action': {
    severity: 'error',
    title: 'Unknown action in covers',
    description: 'A recommendation `covers` an id that no recommendation in the set defines: the plan would report an action as done inside another that it cannot find.',
  },
  'fieldwork-unknown-question': {
    severity: 'error',
    title: 'Fieldwork estimate for no question',
    description: "A key of the set manifest's `sampling.fieldwork` is not the id of a question of the set (a typo, or a question renamed), so its hours would be priced against nothing.",
  },
  'fieldwork-missing': {
    severity: 'warning',
    title: 'Question without a fieldwork estimate',
    description: "The set manifest has `sampling.fieldwork` but gives no estimate for some questions: `rubrics --sample` would leave their checks out of the auditor's hours. Add `{ hours, per }` for each.",
  },
  'alternative-unknown-action': {
    severity: 'error',
    title: 'Alternative owner for no action of the set',
    description: "An entry of the set manifest's `alternatives` names an action id no rubric of the set has (a typo, or an action renamed), so the plan would never give that step to the alternative owner.",
  },
  'slot-unknown': {
    severity: 'error',
    title: 'Slot not in the catalog',
    description: "An action's `slot` is not a key of the set manifest's `slots` catalog (or the manifest has none), so the plan cannot tell how many steps the slot holds.",
  },
  'prerequisite-cycle': {
    severity: 'error',
    title: 'Prerequisites in a cycle',
    description: 'Actions require one another in a loop (a requires b, b requires a), so none of them could ever be done first. The finding names every action in the loop.',
  },
  'prerequisite-later-horizon': {
    severity: 'warning',
    title: 'Prerequisite planned later than its dependant',
    description:
      'An action requires one with a later horizon. When both fire the plan moves the dependant to its prerequisite’s horizon, so the horizon written in the rubric is not the one the report shows.',
  },
  'role-unknown': {
    severity: 'error',
    title: 'Wording for an unknown role',
    description:
      "A `prompt`, `help` or level `description` mapping, or a question's `roles:` or `scoredBy:`, names a role the set does not have (the manifest's `roles`, by default leadership, sales manager, salesperson and other); that wording would never be shown, that witness never answers. Usually a typo.",
  },
  'scored-by-not-asked': {
    severity: 'error',
    title: 'A witness the question does not ask',
    description:
      "A question's `scoredBy:` names a role its `roles:` leaves out: that role is never asked the question, so its answers can never set the level. Add the role to `roles:`, or take it out of `scoredBy:`.",
  },
  'manifest-invalid-role': {
    severity: 'error',
    title: 'Invalid role in the manifest',
    description: 'The manifest `roles` lists a role twice (names compare without case, spaces, hyphens or underscores), or lists `default`, which names the fallback wording.',
  },
  'question-without-help': {
    severity: 'warning',
    title: 'Question without help',
    description: 'A question has no `help` text; interviewers rely on it to know what evidence to ask for.',
  },
  'question-without-recommendation': {
    severity: 'warning',
    title: 'Question without recommendation',
    description: 'A question has no recommendations, so a low score on it produces no action in the report.',
  },
  'id-file-name-mismatch': {
    severity: 'warning',
    title: 'Id differs from file name',
    description: 'A rubric `id` that matches its file name makes a set easier to navigate.',
  },
  'too-many-problems': {
    severity: 'error',
    title: 'Too many problems in one file',
    description: 'Only the first 100 problems of a file are listed (a file with thousands is usually not the file you meant); fix those and run again.',
  },
  'survey-empty': {
    severity: 'error',
    title: 'No responses in the export',
    description: 'The export is empty, or holds the header row and no response.',
  },
  'survey-not-a-table': {
    severity: 'error',
    title: 'Not a response export',
    description: 'The file is not a table the import can read: binary data, malformed CSV quoting, an Excel file that cannot be opened, or JSON that is not a list of responses.',
  },
  'survey-encoding': {
    severity: 'warning',
    title: 'Export read in a legacy encoding',
    description: 'The CSV is not UTF-8 (Excel\'s "CSV" on Windows writes Windows-1252) and was read as Windows-1252; check accented letters in the answers files.',
  },
  'survey-too-large': {
    severity: 'error',
    title: 'Export too large',
    description: 'An Excel or JSON export over the size limit is refused before it is opened (both are read whole into memory); CSV is streamed and has no limit. Export as CSV instead.',
  },
  'survey-limit': {
    severity: 'error',
    title: 'Export over a reader limit',
    description:
      'The export holds more than the readers take: rows (raise with --max-rows), columns in a row, merged ranges or unzipped bytes in a workbook, or nesting in SurveyJS results. Reading stops at the limit, before anything is expanded; docs/survey.md lists the limits.',
  },
  'survey-organization-varies': {
    severity: 'error',
    title: 'Organization column varies',
    description:
      'The organization column holds different values in different rows: it is free text a respondent typed, not the client, and would put what they wrote in the report. Give --organization "<the client>" (the column is then ignored).',
  },
  'survey-cell-too-long': {
    severity: 'error',
    title: 'Cell too long',
    description: 'A cell holds more than 10,000 characters: no answer or evidence note is that long, so the file is probably not a response export.',
  },
  'survey-unknown-column': {
    severity: 'warning',
    title: 'Column matches no question',
    description: 'A column title matches no question of the rubrics (in any role\'s wording) and no column the survey tool adds; it is ignored.',
  },
  'survey-missing-column': {
    severity: 'error',
    title: 'Question column missing',
    description: 'A question of the rubrics has no column in the export (or the role or organization cannot be known): the export must come from the questionnaire `sales-audit survey` wrote for these rubrics.',
  },
  'survey-duplicate-column': {
    severity: 'error',
    title: 'Two columns for one question',
    description: 'One response answers the same question in two columns (two roles\' copies of it in a branching form, or a column repeated) with different answers, or the export has two role or two organization columns; the import cannot tell which holds the answer.',
  },
  'survey-invalid-choice': {
    severity: 'error',
    title: 'Answer matches no choice',
    description: "A cell matches none of the question's choices: its full choice text, its bare label, or its score.",
  },
  'survey-unknown-role': {
    severity: 'error',
    title: 'Unknown role',
    description: "The role cell is blank or names a role the set does not have (the manifest's `roles`, by default leadership, sales manager, salesperson, other).",
  },
  'survey-role-not-asked': {
    severity: 'warning',
    title: 'Answer from a role the question does not ask',
    description:
      "A response answers a question whose `roles:` leaves the respondent's role out (a form built without branching asked everyone everything). That role cannot judge the question: the answer is left out of the answers file and the scores.",
  },
  'survey-invalid-date': {
    severity: 'error',
    title: 'Unreadable timestamp',
    description: 'The submission time is not a date and time the import reads (11/26/2026 14:03:05, 2026-11-26 14:03:05, ISO 8601).',
  },
  'survey-ambiguous-date': {
    severity: 'warning',
    title: 'Date order assumed',
    description:
      'Every submission date of the export reads as well day first as month first (12/11/2026), so nothing in the file says which order its locale uses; the dates were read month first (a US-locale sheet). A file is always read in one order: one date whose first number is over 12 makes the whole column day first.',
  },
  'survey-duplicate-response': {
    severity: 'warning',
    title: 'Earlier submission dropped',
    description: 'The same email or token submitted more than once; the latest submission wins and the earlier rows are left out.',
  },
  'survey-blank-response': {
    severity: 'warning',
    title: 'Blank submission left out',
    description: 'A submission that answers no question (a form sent empty): it is not a respondent, so it is left out rather than counted in the role groups and the respondent count.',
  },
  'portfolio-foreign-file': {
    severity: 'error',
    title: 'Not a portfolio record',
    description: 'A file in a portfolio folder that is not a record sales-audit wrote; it is skipped and the other records are read.',
  },
  'portfolio-corrupt-record': {
    severity: 'error',
    title: 'Damaged portfolio record',
    description: 'A record that is not valid JSON or does not match the record format (cut short, edited by hand); it is skipped and the other records are read.',
  },
  'portfolio-newer-format': {
    severity: 'error',
    title: 'Record from a newer sales-audit',
    description: 'A record or pack written in a newer format than this version reads; it is skipped, never half-read. Update sales-audit to read it.',
  },
  'answer-invalid-score': {
    severity: 'error',
    title: 'Score is not a level of the question',
    description: "An answer's score must be one of the question's level scores, or n/a where the question allows it.",
  },
  'answer-client-owner': {
    severity: 'error',
    title: "Client role not in the owner catalog",
    description:
      "An answers file's `client: has` or `lacks` names a key that is not an owner of the set's catalog (a typo would leave owners unresolved without a word), lacks an owner with no fallback (someone must own its steps), or puts one key in both lists. The same rules as --client-has and --client-lacks.",
  },
  'answer-role-not-asked': {
    severity: 'warning',
    title: 'Answer from a role the question does not ask',
    description:
      "The answers file answers a question whose `roles:` leaves the respondent's role out (written before the rubric left that role out, or by hand). That role cannot judge the question: the answer is left out of the scores, as a survey import leaves it out.",
  },
  'answer-sample-without-check': {
    severity: 'error',
    title: 'A sample on an answer that is not a check',
    description:
      "`sample:` says how many reps, managers or deals a check looked at; on a claimed answer (no `evidence`, or `claimed`) it would pass one person's word off as a count. Give the answer's evidence (document, observed, data, survey) or remove the sample.",
  },
  'answer-census-not-auditor': {
    severity: 'error',
    title: "A census in a respondent's file",
    description:
      "`census: true` says a check covered every one of a group (every first-line manager) and sets the question's level however few they are. Only the auditor's file (role auditor) holds such a check: a respondent's check covers their own work or team. Move the check to the auditor's file or remove `census`.",
  },
  'auditor-answer-not-checked': {
    severity: 'error',
    title: "An answer in the auditor's file that is not a check",
    description:
      "A file with `role: auditor` records the audit's checks on its sample; the auditor is not a respondent and claims nothing. Every answer in it needs `evidence` (document, observed, data, survey), and n/a has no place there.",
  },
  'answer-unknown-id': {
    severity: 'warning',
    title: 'Answer for an unknown imperative or question',
    description: 'The answers file has an id the rubrics do not define (renamed or removed); the answer is ignored.',
  },
  'brand-low-contrast': {
    severity: 'warning',
    title: 'Primary colour too light for text',
    description:
      "The brand's primary colour is the text colour of headings, deck titles and labels on white in every format; below a 4.5:1 contrast with white (WCAG AA for text) they are hard to read, on screen and projected. Use a darker shade as primary and the light colour as accent.",
  },
  'brand-logo': {
    severity: 'error',
    title: 'Logo cannot be used',
    description:
      "The brand file's `logo` cannot be read, is over the size limit, or is not a PNG or SVG image. The logo is embedded in every report, never fetched, so it must be a small local file.",
  },
  'readout-rubrics-mismatch': {
    severity: 'error',
    title: 'Readout written for other rubrics',
    description: "The readout's `rubrics:` digest is not the digest of the rubric set the report is scored with: its ids and figures may mean something else. Draft it again, or score with the rubrics it was written for.",
  },
  'readout-repeated-id': {
    severity: 'error',
    title: 'Id given twice in a readout list',
    description:
      'A decision, priority, promoted, dropped or merged action, or a note is listed twice in its list: only one of the two would be taken, without a word (a note listed twice, approved once, printed). Keep one.',
  },
  'readout-drop-contradiction': {
    severity: 'error',
    title: 'Action dropped and kept',
    description: 'An action is in `plan.drop` and also a priority, promoted, merged or rewritten: the drop would win without a word. Remove one of the two.',
  },
  'readout-decided-before-fieldwork': {
    severity: 'error',
    title: 'Decision day before the answers',
    description: "The readout's `decided:` day is before the latest date of the answers (interviews, survey responses, the auditor's checks): leadership decides at the readout meeting, after the fieldwork, and the plan's days count from that day. Give the meeting's date.",
  },
  'readout-decided-long-after-fieldwork': {
    severity: 'error',
    title: 'Decision day long after the answers',
    description:
      "The readout's `decided:` day is more than a year (365 days) after the latest date of the answers: a plan cut from answers that old describes a team that has changed (a day such as 9999-12-14 printed dates no calendar has). Give the readout meeting's date, or run the audit again.",
  },
  'readout-unknown-action': {
    severity: 'error',
    title: 'Unknown action in a readout',
    description: 'A priority, promote, drop, merge, rewrite or quota-year move names an action id that no rubric of the set has.',
  },
  'readout-calendar-undated': {
    severity: 'error',
    title: 'Plan calendar without a decision day',
    description: "The readout states `blackout` or `quotaYear` without `decided`: the plan's days count from the day leadership decides, so a close or a quota year end has no plan day to fall on. Add `decided: YYYY-MM-DD`.",
  },
  'readout-action-not-fired': {
    severity: 'warning',
    title: 'Action not in this plan',
    description: "The readout names an action of the rubrics that is not an item of this plan: it does not fire on these answers (the team is not at its level), or it is a question's next step, which rides on the current step's item. The edit has nothing to apply to and is ignored.",
  },
  'readout-priority-not-shown': {
    severity: 'warning',
    title: 'Priority the plan cannot show',
    description:
      "A priority of the readout fires, but the shown plan cannot hold it: its owner already carries the actions the capacity rule allows at once in its horizon (at most 3 per owner, new or continuing, after the gate and the decisions' actions), or the plan's size or a prerequisite keeps it out. It waits in the backlog, and page one leaves it out.",
  },
  'readout-unknown-question': {
    severity: 'error',
    title: 'Unknown question in a readout',
    description: "A quote's `question:` names a question id that no rubric of the set has.",
  },
  'readout-unknown-note': {
    severity: 'error',
    title: 'Unknown note in a readout',
    description: "A `notes:` id is no respondent's note in these answers: the id is the question's id and a short hash of the note as written, so a note edited in the answers gets a new id. Draft again, or copy the id from the draft or the JSON report.",
  },
  'readout-note-held-back': {
    severity: 'warning',
    title: 'Approved note the report still holds back',
    description:
      'A note approved in `notes:` may point to one person (identifying-notes), or quotes words from a group too small to quote, as written or as reworded: the report does not print it. Reword it at team level, in your own words, in its `text:`.',
  },
  'readout-unknown-imperative': {
    severity: 'error',
    title: 'Unknown imperative in a readout',
    description: '`comments:` has a key that is not an imperative id of the set.',
  },
  'readout-unknown-decision': {
    severity: 'error',
    title: 'Decision without text',
    description: "A decision's id is not a decision point of the rubrics, and the readout gives it no `text:` of its own.",
  },
  'readout-figure-unknown': {
    severity: 'error',
    title: 'Figure the data does not have',
    description: 'A figure reference ({{score differentiation}}) names a figure, imperative, question or role the data does not have, or one the report keeps confidential (a role below the minimum group).',
  },
  'readout-fact-unknown': {
    severity: 'error',
    title: 'Fact the readout does not give',
    description:
      "A text cites a client's fact ({{fact headcount.reps}}) that is no fact name (headcount.reps, headcount.managers, headcount.leadership, invited, average-discount, win-rate, at-quota, costs.<name>), or one the readout's `facts:` does not give. The tool never supplies a client's fact: add it under `facts:`, or take the reference out.",
  },
  'readout-fact-inconsistent': {
    severity: 'error',
    title: 'A fact the answers contradict',
    description: "A `facts:` value is below what the answers show: fewer people invited than answered, or a headcount below the respondents who answered in that role. Give the whole sales force's figures, respondents included.",
  },
  'readout-evidence-contradiction': {
    severity: 'warning',
    title: "A why that contradicts its question's evidence",
    description:
      "A decision's or a priority's why says its question was not checked (\"not yet checked\", \"by what people said\") while checked answers set or back its level, or says it was checked (\"checked\", \"calendars show\") while every answer is a claim. Page one then contradicts the question's own row; say what was checked, or leave the evidence to the report's line.",
  },
  'readout-cost-not-spent': {
    severity: 'warning',
    title: 'A cost that is not spent',
    description:
      "A decision's `cost:` names what the option puts at risk or gains (pipeline, revenue, what a point is worth), not what it spends: page one would add exposure to the costs. Put it under `risk:` with its safeguard, or under `benefit:`.",
  },
  'readout-cost-unstated': {
    severity: 'warning',
    title: 'A cost with no figure or time',
    description:
      "A decision's `cost:` states neither money (a `{{fact costs.<name>}}`, or an amount with its currency) nor time with its unit (\"half a day per rep\", \"an hour a week\"): leadership cannot weigh \"slower approvals\" against anything. Say what the option spends.",
  },
  'readout-quota-year-mid-year': {
    severity: 'warning',
    title: 'A quota year the calendar contradicts',
    description:
      "A text names a quota year a decision within the plan would change mid-year (\"the 2027 quota by day 90\" where the 2027 year starts before day 90), or says \"next year's quota\" where the quota year ends within the plan, so \"next\" could be either year. Name the first quota year that starts after the plan's last day; the plan's calendar line names it too.",
  },
  'readout-role-distance': {
    severity: 'warning',
    title: 'A role given a distance on one question',
    description:
      "A readout text says how far one role answers from another (\"leadership answers two levels higher\"). Beside a question's answer count, mean and range, that can solve a small role's answers (the sixth VP reading solved deal qualification so). Say which role answers higher, without a distance, as the report's discussion lines do.",
  },
  'readout-census-range': {
    severity: 'warning',
    title: 'A range over a check of every manager',
    description:
      "A readout text that rests on a check of every first-line manager gives a range (\"a third to half of their week\", \"10 to 15 hours\"). Over a whole group its two ends are one person's figures each, which colleagues can put a name to. Give a bound every one of them meets or most of them pass (\"over a quarter of the week for every manager\"), or the median.",
  },
  'readout-role-not-shown': {
    severity: 'warning',
    title: 'A claim about a role the report does not show on its own',
    description:
      "A readout text says how a role answered (\"leadership rates qualification higher\") where the report shows that role only pooled with others or folds it in (split-roles.ts): too few people for one of them to be set aside with --min-group others left, so a member could read the others' answers from it. Say it of the group the report shows (\"leadership and sales managers\"), or leave the role out.",
  },
  'readout-dispute-not-borne-out': {
    severity: 'warning',
    title: 'A finding calls a question disputed that the answers do not show disputed',
    description:
      'A finding\'s title or text calls what it rests on disputed ("disputed", "not agreed", "disagree"), and the report flags each of its questions "needs discussion" where the answers bear it out: two levels or more between the lowest and the highest answer, the figures shown, no check of the audit sample setting the level. Here a question does not: its answers are close, too few answered to show, or a check settles it. Say what the answers show, or rest the finding on the question that is disputed.',
  },
  'readout-finding-unplanned': {
    severity: 'warning',
    title: 'A finding with no action in the 90-day plan',
    description:
      "No row of the 90-day plan works on any question a finding rests on: its actions wait in the backlog, or none fires. The report says so under the finding. Promote one of its actions (`plan: promote:`), with what it waits for, or say in the finding why it waits.",
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** Where a finding about the whole file points: its start. */
export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A finding of `rule` at `at` (the file's start by default), with the catalog's severity: each rule's severity is stated once, in RULES. */
export function diagnostic(file: string, rule: RuleId, message: string, at: Position = FILE_START): Diagnostic {
  return { file, ...at, severity: RULES[rule].severity, rule, message };
}

/** One character's position (1-based). */
export function pointAt(line: number, column: number): Position {
  return { line, column, endLine: line, endColumn: column };
}

/** Problems listed per file; the rest are summed up in one `too-many-problems` finding. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/**
 * Keeps the first MAX_DIAGNOSTICS_PER_FILE findings of one file, errors first, and sums up
 * the rest, so a generated or hostile file cannot flood a terminal or a CI log.
 */
export function capFileDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return [...diagnostics];
  const sorted = [...diagnostics].sort(compareErrorsFirst);
  const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const rest = sorted.slice(MAX_DIAGNOSTICS_PER_FILE);
  const first = rest[0]!;
  const { line, column, endLine, endColumn, file } = first;
  kept.push({
    file,
    line,
    column,
    endLine,
    endColumn,
    severity: rest.some((d) => d.severity === 'error') ? 'error' : 'warning',
    rule: 'too-many-problems',
    message: `…and ${rest.length} more problems in this file, not listed; fix the ones above and run again`,
  });
  return kept;
}

/** Errors before warnings, each in source order: a cap on findings must never hide an error behind warnings. */
export function compareErrorsFirst(a: Diagnostic, b: Diagnostic): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return compareDiagnostics(a, b);
}

/** Stable order for output: by file, then position, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** 0 clean, 1 problems (warnings count only with strict). Usage errors (2) never reach here. */
export function getValidationExitCode(diagnostics: readonly Diagnostic[], options: { strict: boolean }): 0 | 1 {
  const { errors, warnings } = countBySeverity(diagnostics);
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}

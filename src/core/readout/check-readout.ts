// A readout file (YAML bytes) checked against the rubric set and the scores of the data it is
// about: the schema first (zod), then what a schema cannot say, each finding located at the
// offending value with its own rule id. Pure: the CLI reads the file and prints the findings.
import type { RespondentRecord } from '../answers/answer-sheet.js';
import { waitSentence } from '../report/wait-reason.js';
import { compareDiagnostics, diagnostic, type Diagnostic, type RuleId } from '../diagnostics.js';
import { buildReportView } from '../report/build-report-view.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { parseYamlSource, reservedKeyDiagnostics, type PathSegment, type SourceFile } from '../source/parse-yaml-source.js';
import { suggestion, zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { figuresIn } from './figures.js';
import { decidedBeforeFieldwork, decidedLongAfterFieldwork } from './decided-before-fieldwork.js';
import { repeatedEntries } from './repeated-entries.js';
import { factsAgainstData } from './facts.js';
import { costProblem } from './cost-signals.js';
import { quotaYearContradiction } from './quota-year-words.js';
import { calendarOf } from '../report/plan-calendar.js';
import { HORIZONS } from '../rubric/rubric-constants.js';
import { disputedWords, disputeNotBorneOut, disputeSupport } from './finding-signals.js';
import { countEvidence } from '../report/evidence-of.js';
import { questionTitle } from '../rubric/titles.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { roleGroup } from '../report/describe-role.js';
import { capitalize, escapeRegExp, listText } from '../report/format.js';
import { groupKeyOf } from '../scoring/group-by-role.js';
import { roleKey } from '../rubric/wording.js';
import { Readout, type ReadoutData } from './schema.js';
import { groupOfRespondent, noteApprovals, noteFates } from '../report/printed-notes.js';

/** "leadership answers two levels higher", "reps sit 1.5 levels below": a role, then a distance in levels, in one clause. */
const ROLE_DISTANCE = /\b(?:leadership|leaders?|managers?|sales managers?|salespeople|sales ?people|reps?|respondents)\b[^.;:]*?\b(?:one|two|three|four|half a|\d+(?:\.\d+)?) levels? (?:higher|lower|above|below|apart|up|down)\b/i;

// A range of figures: "a third to half", "10 to 15 hours", "ten to fifteen", "10–15", "30-50%".
const FIGURE = String.raw`(?:\d+(?:\.\d+)?\s?%?|(?:a |one )?(?:half|third|quarter|fifth|tenth)|two thirds|three quarters|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)`;
export const FIGURE_RANGE = new RegExp(String.raw`\b${FIGURE}\s*(?:to|\u2013|-)\s*${FIGURE}(?![\w-])`, 'gi');

const UNCHECKED = /\b(?:not (?:yet )?(?:been )?(?:checked|verified|seen)|unchecked|unverified|what people said alone|by what people said)\b/i;
const CHECKED = /\b(?:checked|verified|calendars? (?:show|for)|(?:the )?CRM shows)\b/i;

/** What a text says of its evidence: 'unchecked' ("not yet checked"), 'checked' ("checked", "calendars show"), or null. */
export function evidenceClaim(text: string): 'checked' | 'unchecked' | null {
  if (UNCHECKED.test(text)) return 'unchecked';
  return CHECKED.test(text) ? 'checked' : null;
}

/** "A", "B", …: a finding's letter, as the report prints it. */
function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}

/** "the question “The right managers”", for a finding's message. */
function questionRef(question: QuestionScore): string {
  return `the question “${questionTitle(question.question)}”`;
}

export interface CheckedReadout {
  /** The readout when it has no error (warnings allowed); null otherwise. */
  readout: ReadoutData | null;
  diagnostics: Diagnostic[];
}

/**
 * `answeredOn`: the dates of the answers (every sheet's, the auditor's included), to check `decided:` against.
 * `plan`: the answers, to check the readout's priorities against the plan it shapes (validate
 * --readout gives them; the report, which builds that plan anyway, shows what fits).
 */
export function checkReadout(file: SourceFile, set: RubricSet, scores: AuditScores, plan?: { sheets: readonly RespondentRecord[]; planSize?: number }, answeredOn: readonly string[] = plan?.sheets.map((s) => s.date) ?? []): CheckedReadout {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { readout: null, diagnostics: parsed.diagnostics };
  // Before the schema: its records (comments, plan.rewrite) would drop a `__proto__` key without a word.
  const reserved = reservedKeyDiagnostics(file.path, parsed);
  if (reserved.length > 0) return { readout: null, diagnostics: reserved };
  const result = Readout.safeParse(parsed.value);
  if (!result.success) {
    return { readout: null, diagnostics: [...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate, Readout)].sort(compareDiagnostics) };
  }
  const readout = result.data;
  const diagnostics: Diagnostic[] = [];
  const report = (rule: RuleId, path: readonly PathSegment[], message: string, atKey = false) => diagnostics.push(diagnostic(file.path, rule, message, atKey ? parsed.locate.key(path) : parsed.locate.value(path)));

  if (readout.rubrics !== set.digest) {
    report('readout-rubrics-mismatch', ['rubrics'], `the readout was written for the rubrics ${readout.rubrics.slice(0, 19)}…, but this report is scored with ${set.digest.slice(0, 19)}…: draft it again (sales-audit draft), or score with the rubrics it was written for`);
  }

  const early = decidedBeforeFieldwork(readout.decided, answeredOn);
  if (early !== null) report('readout-decided-before-fieldwork', ['decided'], early);
  const late = decidedLongAfterFieldwork(readout.decided, answeredOn);
  if (late !== null) report('readout-decided-long-after-fieldwork', ['decided'], late);
  for (const problem of repeatedEntries(readout)) report(problem.rule, problem.path, problem.message, problem.path[0] === 'plan' && problem.path[1] === 'rewrite');

  const actionIds = set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => r.id)));
  const known = new Set(actionIds);
  const fired = new Set(scores.actions.map((a) => a.recommendation.id));
  // A next step rides on its question's item (fire-actions.ts): it is not an item of its own.
  const ridesOn = new Map(scores.actions.flatMap((a) => (a.next === null ? [] : [[a.next.recommendation.id, a.recommendation.id] as const])));
  const checkAction = (id: string, path: readonly PathSegment[], atKey = false) => {
    const item = ridesOn.get(id);
    if (!known.has(id)) report('readout-unknown-action', path, `no action "${id}" in the rubrics${suggestion(id, actionIds)}`, atKey);
    else if (item !== undefined) report('readout-action-not-fired', path, `action "${id}" is the next step of "${item}" on these answers and rides on it; use "${item}": ignored`, atKey);
    else if (!fired.has(id)) report('readout-action-not-fired', path, `action "${id}" does not fire on these answers (the team is not at the level it lifts a team from): ignored`, atKey);
  };
  readout.priorities.forEach((p, i) => checkAction(p.action, ['priorities', i, 'action']));
  readout.plan.promote.forEach((id, i) => checkAction(id, ['plan', 'promote', i]));
  readout.plan.drop.forEach((id, i) => checkAction(id, ['plan', 'drop', i]));
  readout.plan.merge.forEach((m, i) => m.actions.forEach((id, j) => checkAction(id, ['plan', 'merge', i, 'actions', j])));
  for (const id of Object.keys(readout.plan.rewrite)) checkAction(id, ['plan', 'rewrite', id], true);
  readout.decisions.forEach((d, i) => d.actions?.forEach((id, j) => checkAction(id, ['decisions', i, 'actions', j])));
  readout.quotaYear?.moves.forEach((id, i) => checkAction(id, ['quotaYear', 'moves', i]));
  // The plan's calendar counts from the decisions' day: without it, a close or a year end has no day of the plan to fall on.
  if (readout.decided === undefined) {
    for (const key of ['blackout', 'quotaYear'] as const) {
      if (readout[key] !== undefined) report('readout-calendar-undated', [key], `${key} needs decided: (the day leadership decides, YYYY-MM-DD), from which the plan's days count`, true);
    }
  }

  const questionIds = set.imperatives.flatMap((i) => i.questions.map((q) => q.id));
  readout.findings.forEach((f, i) => {
    f.quotes.forEach((q, j) => {
      if (q.question !== undefined && !questionIds.includes(q.question)) report('readout-unknown-question', ['findings', i, 'quotes', j, 'question'], `no question "${q.question}" in the rubrics${suggestion(q.question, questionIds)}`);
    });
    f.questions.forEach((id, j) => {
      if (!questionIds.includes(id)) report('readout-unknown-question', ['findings', i, 'questions', j], `no question "${id}" in the rubrics${suggestion(id, questionIds)}`);
    });
  });
  readout.decisions.forEach((d, i) => {
    const q = d.evidence?.question;
    if (q !== undefined && !questionIds.includes(q)) report('readout-unknown-question', ['decisions', i, 'evidence', 'question'], `no question "${q}" in the rubrics${suggestion(q, questionIds)}`);
  });
  // The notes approved by id (printed-notes.ts): each must be a note of these answers, and one the rules let print.
  if (readout.notes.length > 0) {
    const groupOf = groupOfRespondent(scores);
    const approved = noteApprovals(readout.notes, scores.respondents);
    const fates = new Map(
      scores.imperatives.flatMap((r) => r.questions.flatMap((q) => noteFates(q, scores, groupOf, { showIdentifying: false, names: false, approved }).map((f) => [f.id, f] as const))),
    );
    const ids = [...fates.keys()];
    readout.notes.forEach((n, i) => {
      const fate = fates.get(n.id);
      if (fate === undefined) report('readout-unknown-note', ['notes', i, 'id'], `no note "${n.id}" in these answers${suggestion(n.id, ids)}: a note edited in the answers gets a new id; draft again or copy it from the JSON report`);
      else if (n.approve && (fate.heldBack === 'identifying' || fate.heldBack === 'small-group-quote')) {
        const why = fate.heldBack === 'identifying' ? 'may point to one person' : 'quotes words from a group too small to quote';
        report('readout-note-held-back', ['notes', i, fate.reworded ? 'text' : 'approve'], `note "${n.id}" ${fate.reworded ? 'as reworded' : 'as written'} ${why}: the report does not print it; reword it at team level in text:`);
      }
    });
  }
  const imperativeIds = set.imperatives.map((i) => i.id);
  for (const id of Object.keys(readout.comments)) {
    if (!imperativeIds.includes(id)) report('readout-unknown-imperative', ['comments', id], `no imperative "${id}" in the rubrics (${imperativeIds.join(', ')})${suggestion(id, imperativeIds)}`, true);
  }
  const decisionIds = set.imperatives.flatMap((i) => i.questions.flatMap((q) => (q.decision === undefined ? [] : [q.decision.id])));
  readout.decisions.forEach((d, i) => {
    if (!decisionIds.includes(d.id) && d.text === undefined) {
      report('readout-unknown-decision', ['decisions', i, 'id'], `"${d.id}" is not a decision point of the rubrics (${decisionIds.join(', ')}); give it a text: of your own${suggestion(d.id, decisionIds)}`);
    }
  });

  // A fact the data contradicts (facts.ts): fewer invited than answered, a headcount below those who answered in its role.
  const answeredAs = new Map(scores.roles.map((r) => [roleKey(r.role), r.respondents.length] as const));
  for (const { path, message } of factsAgainstData(readout.facts, scores.respondents, answeredAs)) report('readout-fact-inconsistent', path, message);

  // Every text that may hold figures, with its path.
  const texts: { path: PathSegment[]; text: string }[] = [{ path: ['headline'], text: readout.headline }];
  readout.findings.forEach((f, i) => {
    texts.push({ path: ['findings', i, 'title'], text: f.title });
    if (f.text !== undefined) texts.push({ path: ['findings', i, 'text'], text: f.text });
    f.figures.forEach((ref, j) => texts.push({ path: ['findings', i, 'figures', j], text: `{{${ref}}}` }));
  });
  readout.decisions.forEach((d, i) => {
    if (d.text !== undefined) texts.push({ path: ['decisions', i, 'text'], text: d.text });
    if (d.why !== undefined) texts.push({ path: ['decisions', i, 'why'], text: d.why });
    if (d.recommend !== undefined) texts.push({ path: ['decisions', i, 'recommend'], text: d.recommend });
    if (d.cost !== undefined) texts.push({ path: ['decisions', i, 'cost'], text: d.cost });
    if (d.risk !== undefined) texts.push({ path: ['decisions', i, 'risk'], text: d.risk });
    if (d.benefit !== undefined) texts.push({ path: ['decisions', i, 'benefit'], text: d.benefit });
    // A cost is what the option spends, in money or time (cost-signals.ts): page one adds the money up.
    const problem = d.cost === undefined ? null : costProblem(d.cost);
    if (problem !== null) report(problem.rule, ['decisions', i, 'cost'], problem.message);
  });
  readout.priorities.forEach((p, i) => p.why !== undefined && texts.push({ path: ['priorities', i, 'why'], text: p.why }));
  for (const [id, text] of Object.entries(readout.comments)) if (text !== null) texts.push({ path: ['comments', id], text });
  for (const [id, text] of Object.entries(readout.plan.rewrite)) texts.push({ path: ['plan', 'rewrite', id], text });
  for (const [days, text] of Object.entries(readout.plan.outcomes)) if (text !== undefined) texts.push({ path: ['plan', 'outcomes', days], text });
  readout.plan.merge.forEach((m, i) => m.action !== undefined && texts.push({ path: ['plan', 'merge', i, 'action'], text: m.action }));
  // The plan's calendar, as the report builds it (build-report-view.ts), for the quota year's words.
  // Not from a decision day the rules above refuse: a plan from 9999 has no calendar to read words against.
  const calendar = early === null && late === null ? calendarOf(readout) : null;
  for (const { path, text } of texts) {
    for (const { ref, result } of figuresIn(text, { set, scores, facts: readout.facts })) {
      if (!result.ok) report(/^fact\b/.test(ref.trim()) ? 'readout-fact-unknown' : 'readout-figure-unknown', path, `{{${ref}}}: ${result.message}`);
    }
    const distance = ROLE_DISTANCE.exec(text);
    if (distance !== null) report('readout-role-distance', path, `"${distance[0]}" gives a role a distance on one question: with its answer count, mean and range that can solve a small role's answers; say which role answers higher, without a distance`);
    const quota = calendar === null ? null : quotaYearContradiction(text, calendar, HORIZONS[HORIZONS.length - 1]!);
    if (quota !== null) report('readout-quota-year-mid-year', path, quota);
    const hidden = hiddenRoleClaim(text, scores);
    if (hidden !== null) report('readout-role-not-shown', path, `"${hidden.match}" is a claim about ${hidden.group}, whom the report does not show on their own (${hidden.why}); say it of the group the report shows${hidden.pool === null ? '' : ` ("${hidden.pool}")`}, or leave the role out`);
  }

  // A why that says how far its question was checked must agree with the question's evidence
  // (tenth VP reading, class 3: #8's why said "not yet checked" of a question whose level rests on
  // a checked answer): a decision's why against its question, a priority's against its action's.
  const questionScore = (id: string) => scores.imperatives.flatMap((r) => r.questions).find((q) => q.question.id === id);
  const decisionQuestion = new Map(scores.imperatives.flatMap((r) => r.questions.flatMap((q) => (q.question.decision === undefined ? [] : [[q.question.decision.id, q] as const]))));
  const claimCheck = (text: string | undefined, question: QuestionScore | undefined, path: PathSegment[]) => {
    if (text === undefined || question === undefined) return;
    const said = evidenceClaim(text);
    const checked = countEvidence([question]).seen > 0;
    if (said === 'unchecked' && checked) report('readout-evidence-contradiction', path, `the text says it was not checked, but ${questionRef(question)} rests on checked answers (${question.scoredAt === 'checked-level' ? 'they set its level' : 'some were seen'}); say what was checked, or leave the evidence to the report's own line`);
    if (said === 'checked' && !checked) report('readout-evidence-contradiction', path, `the text says it was checked, but every answer to ${questionRef(question)} is a claim; say it as what people said`);
  };
  readout.decisions.forEach((d, i) => claimCheck(d.why, decisionQuestion.get(d.id), ['decisions', i, 'why']));
  readout.priorities.forEach((p, i) => claimCheck(p.why, questionScore(scores.actions.find((a) => a.recommendation.id === p.action)?.question.id ?? ''), ['priorities', i, 'why']));

  // A range in a text that rests on a check of every manager (the census, answer-tally.ts): its ends
  // are one manager's figures each (twelfth VP reading, class 5: "a third to half of their week",
  // "10 to 15 hours" over all four managers, on page one, a finding and the deck).
  const census = (id: string | undefined) => {
    const q = id === undefined ? undefined : questionScore(id);
    return q !== undefined && q.answers.checks.census ? q : undefined;
  };
  // What is said of the team (a finding, a why), not what is recommended ("six to eight reps each").
  // A level's label quoted whole is the ladder's band, the same for every client, not anyone's figure
  // (the draft's why quotes it).
  const censusRange = (text: string | undefined, questions: readonly (QuestionScore | undefined)[], path: PathSegment[]) => {
    const over = questions.find((q) => q !== undefined);
    if (text === undefined || over === undefined) return;
    const labels = questions.flatMap((q) => (q === undefined ? [] : q.question.levels.map((l) => l.label)));
    const own = labels.reduce((rest, label) => rest.split(label).join(' '), text);
    const ranges = [...own.matchAll(FIGURE_RANGE)].map((m) => `"${m[0]}"`);
    if (ranges.length > 0) report('readout-census-range', path, `${listText(ranges)} ${ranges.length === 1 ? 'is a range' : 'are ranges'} over ${questionRef(over)}, checked on every manager: the ends of each are one manager's figures; give a bound they all meet or most of them pass, or the median`);
  };
  readout.findings.forEach((f, i) => {
    const over = f.questions.map(census);
    censusRange(f.title, over, ['findings', i, 'title']);
    censusRange(f.text, over, ['findings', i, 'text']);
  });
  readout.decisions.forEach((d, i) => {
    const over = [census(decisionQuestion.get(d.id)?.question.id), census(d.evidence?.question)];
    censusRange(d.why, over, ['decisions', i, 'why']);
  });
  readout.priorities.forEach((p, i) => censusRange(p.why, [census(scores.actions.find((a) => a.recommendation.id === p.action)?.question.id)], ['priorities', i, 'why']));

  // A finding that calls its questions disputed, where the answers do not bear it out (finding-signals.ts).
  readout.findings.forEach((f, i) => {
    const said = disputedWords(f);
    if (said === null) return;
    for (const id of f.questions) {
      const question = questionScore(id);
      const support = question === undefined ? 'yes' : disputeSupport(question);
      if (question !== undefined && support !== 'yes') report('readout-dispute-not-borne-out', ['findings', i, said.field], `finding ${letterOf(i)} calls ${questionRef(question)} ${said.words}, but ${disputeNotBorneOut(support)}: the report does not flag it; say what the answers show`);
    }
  });

  // Page one lists the readout's priorities that the shown plan holds (the capacity rule binds them
  // too, though a priority it holds back moves to a later horizon first): say which it cannot, and
  // why (the backlog's reason, wait-reason.ts), rather than leave them out silently.
  if (plan !== undefined && !diagnostics.some((d) => d.severity === 'error')) {
    const view = buildReportView(set, plan.sheets, scores, { names: false, readout, ...(plan.planSize === undefined ? {} : { planSize: plan.planSize }) });
    const onPageOne = new Set(view.priorities.map((p) => p.id));
    readout.priorities.forEach((p, i) => {
      const waiting = view.backlog.find((a) => a.id === p.action);
      if (onPageOne.has(p.action) || waiting === undefined) return;
      report('readout-priority-not-shown', ['priorities', i, 'action'], `priority "${p.action}" is not in the shown plan: it waits in the backlog as #${waiting.rank} and page one leaves it out. ${waitSentence(waiting.wait, view.plan.length)}`);
    });
    // A finding with no row in the 90-day plan: the report says so under it (finding-signals.ts).
    view.findings.forEach((f, i) => {
      if (f.unplannedText === '') return;
      const ids = view.backlog.filter((a) => f.questions.some((q) => q.ref === a.questionRef)).map((a) => a.id);
      const fix = ids.length === 0 ? 'say in the finding what is done about it' : `promote ${ids.length === 1 ? 'its action' : 'one of its actions'} (plan: promote: [${ids[0]}]) with what it waits for, or say in the finding why it waits`;
      report('readout-finding-unplanned', ['findings', i, 'questions'], `finding ${f.letter} rests on ${f.restsOnText}. ${f.unplannedText} ${capitalize(fix)}`);
    });
  }

  diagnostics.sort(compareDiagnostics);
  return { readout: diagnostics.some((d) => d.severity === 'error') ? null : readout, diagnostics };
}

/** A verb that says how a group answered: "leadership rates", "sales managers answer". */
const CLAIM_VERBS = 'rates?|rated|answers?|answered|scores?|scored|says?|said|sees?|saw|thinks?|thought|believes?|believed';

/**
 * The first claim in a text about how a role answered, where the report does not show that role on
 * its own (split-roles.ts: pooled with others, or folded in): the seventh VP reading read
 * "leadership rates qualification higher" of a 3-person leadership a member could subtract
 * themselves from. The pool's own name ("leadership and sales managers") is allowed.
 */
export function hiddenRoleClaim(text: string, scores: Pick<AuditScores, 'roles' | 'shownRoles' | 'respondents'>): { match: string; group: string; why: string; pool: string | null } | null {
  if (scores.respondents <= 1) return null;
  let rest = text;
  for (const group of scores.shownRoles) if (group.keys.length > 1) rest = rest.replace(new RegExp(escapeRegExp(roleGroup(group.role).name), 'gi'), '');
  for (const role of scores.roles) {
    const key = groupKeyOf(role.role);
    if (scores.shownRoles.some((g) => g.keys.length === 1 && g.keys[0] === key)) continue;
    const group = roleGroup(role.role).name;
    const claim = new RegExp(`\\b${escapeRegExp(group)}\\s+(?:${CLAIM_VERBS})\\b`, 'i').exec(rest);
    if (claim === null) continue;
    const pool = scores.shownRoles.find((g) => g.keys.length > 1 && g.keys.includes(key));
    return { match: claim[0], group, why: pool === undefined ? 'folded in' : 'shown only with others, too few to show alone', pool: pool === undefined ? null : roleGroup(pool.role).name };
  }
  return null;
}

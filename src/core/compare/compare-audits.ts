// Two audits of one organization, before and after, scored with the same rubrics: what moved.
// Pure: answer sheets in, a comparison out. Each side may hold several respondents; scores then
// follow the same aggregation as a report (mean attainment per question).
import { isAuditorRole } from '../answers/answers-constants.js';
import type { AnswerSheet, ClientRoles } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import type { Horizon } from '../rubric/schema.js';
import type { BandKey } from '../scoring/config.js';
import type { FiredAction } from '../scoring/fire-actions.js';
import { roundOverall, roundScore } from '../scoring/round-score.js';
import { scoreAudit, type AuditScores } from '../scoring/score-audit.js';
import { wordingFor } from '../rubric/wording.js';
import { PERCEPTION_GAP_CALLOUT } from '../scoring/config.js';

/**
 * The perception gaps of the earlier audit, each measured again between the same two roles: did
 * leadership and the field come closer? Closed means below the call-out threshold of a report.
 */
function gapChanges(a: AuditScores, b: AuditScores): GapChange[] {
  if (!a.byRoleShown) return [];
  return a.perceptionGaps
    .filter((gap) => gap.difference > 0)
    .map((gap) => {
      const result = b.imperatives.find((i) => i.imperative.id === gap.imperative.id);
      const score = (role: string) => (b.byRoleShown ? (result?.byRole.find((r) => r.role.toLowerCase() === role.toLowerCase())?.score ?? null) : null);
      const high = score(gap.higher.role);
      const low = score(gap.lower.role);
      const after = high === null || low === null ? null : roundScore(high - low);
      const status: GapChange['status'] =
        after === null
          ? 'not comparable'
          : after < PERCEPTION_GAP_CALLOUT
            ? 'closed'
            : // Half the call-out threshold: less is one answer or two moving, not the gap.
              Math.abs(after - gap.difference) < PERCEPTION_GAP_CALLOUT / 2
              ? 'unchanged'
              : after < gap.difference
                ? 'narrowed'
                : 'widened';
      return { imperative: gap.imperative.id, higherRole: gap.higher.role, lowerRole: gap.lower.role, before: gap.difference, after, status };
    });
}

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before, one decimal; null unless both sides have a score. */
  delta: number | null;
}

export interface ImperativeChange extends ScoreChange {
  id: string;
  title: string;
  target: number;
  bandBefore: BandKey | null;
  bandAfter: BandKey | null;
}

export interface QuestionChange {
  imperative: string;
  question: string;
  prompt: string;
  /** Mean level score on each side (a level score with one respondent). */
  before: number;
  after: number;
  /** Labels of the levels when the mean is exactly a level, else null. */
  levelBefore: string | null;
  levelAfter: string | null;
  /** after − before in levels of the question's scale (positive: better). */
  levels: number;
}

export interface ActionRef {
  imperative: string;
  question: string;
  action: string;
  horizon: Horizon;
  owner: string | null;
}

export interface GapChange {
  imperative: string;
  higherRole: string;
  lowerRole: string;
  /** Higher role's score minus the lower role's, in points, before and after (null when a side cannot show the roles). */
  before: number;
  after: number | null;
  /** closed: below the call-out threshold (10) after; narrowed or widened by 5 points or more; unchanged otherwise. */
  status: 'closed' | 'narrowed' | 'widened' | 'unchanged' | 'not comparable';
}

export interface NotComparable {
  imperative: string;
  question: string;
  /** The side that shows a score for it; the other has none (new or removed question, unanswered, or too few answered to show). */
  scoredOn: 'before' | 'after';
}

export interface AuditComparison {
  organization: { before: string | null; after: string | null };
  dates: { before: string[]; after: string[] };
  respondents: { before: number; after: number };
  /** Rubric digests the answers were given against, per side; `changed` when the sides differ. */
  rubrics: { current: string; before: string[]; after: string[]; changed: boolean };
  overall: ScoreChange & { bandBefore: BandKey | null; bandAfter: BandKey | null };
  imperatives: ImperativeChange[];
  /** Questions scored on both sides whose mean score changed, largest move first. */
  moved: QuestionChange[];
  /** Actions of the earlier plan whose step the team has taken: its question's team level now stands above the level the action lifted it from. */
  done: ActionRef[];
  /** Actions that fired before and no longer fire, though the team did not move up a level (it moved down, or past the rubric's range): not counted as done. */
  stopped: ActionRef[];
  /** For each imperative with a perception gap before (roles shown on both sides), the same two roles' difference after. */
  gaps: GapChange[];
  /** Actions that fire now but did not before. */
  added: ActionRef[];
  /** Actions that fire on both sides. */
  open: ActionRef[];
  notComparable: NotComparable[];
}

/** The delta at the precision of the scores it is taken from (the overall has two decimals), so before and after reproduce it. */
function change(before: number | null, after: number | null, round: (value: number) => number = roundScore): ScoreChange {
  return { before, after, delta: before === null || after === null ? null : round(after - before) };
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))].sort();
}

const actionKey = (a: FiredAction) => `${a.imperative.id}/${a.question.id}/${a.question.recommendations.indexOf(a.recommendation)}`;

function actionRef(a: FiredAction): ActionRef {
  return {
    imperative: a.imperative.id,
    question: a.question.id,
    action: a.recommendation.action,
    horizon: a.recommendation.horizon,
    // The owner as the report prints it (owners.ts resolveOwner: the catalog's title, or its
    // fallback where the client lacks the role), never the rubric's key ("sales-ops").
    owner: a.owner,
  };
}

function levelLabel(levels: readonly { score: number; label: string }[], score: number): string | null {
  return levels.find((l) => l.score === score)?.label ?? null;
}

function respondentsOf(sheets: readonly AnswerSheet[]): readonly AnswerSheet[] {
  return sheets.filter((s) => !isAuditorRole(s.respondent.role));
}

/** `client`: the owner roles the client has and lacks (--client-has, --client-lacks), so owners resolve as in the report. */
export function compareAudits(set: RubricSet, before: readonly AnswerSheet[], after: readonly AnswerSheet[], options: { target?: number; client?: Partial<ClientRoles> } = {}): AuditComparison {
  const a: AuditScores = scoreAudit(set, before, options);
  const b: AuditScores = scoreAudit(set, after, options);

  const moved: QuestionChange[] = [];
  const notComparable: NotComparable[] = [];
  const scoredAfter = new Set<string>();
  set.imperatives.forEach((imperative, i) => {
    imperative.questions.forEach((question, q) => {
      const x = a.imperatives[i]!.questions[q]!;
      const y = b.imperatives[i]!.questions[q]!;
      if (y.meanScore !== null) scoredAfter.add(`${imperative.id}/${question.id}`);
      // A side's mean only where its report shows the question's figures (score-audit.ts
      // figuresShown): answered by too few, the mean would give each of them the others' answers,
      // which the report of that side withholds.
      const before = x.figuresShown ? x.meanScore : null;
      const after = y.figuresShown ? y.meanScore : null;
      if (before === null && after === null) return;
      if (before === null || after === null) {
        notComparable.push({ imperative: imperative.id, question: question.id, scoredOn: before === null ? 'after' : 'before' });
        return;
      }
      if (before === after) return;
      const scores = question.levels.map((l) => l.score);
      // Levels on the question's own scale, so a 0–4 and a 1–10 question move comparably.
      const step = (Math.max(...scores) - Math.min(...scores)) / (scores.length - 1);
      moved.push({
        imperative: imperative.id,
        question: question.id,
        prompt: wordingFor(question.prompt),
        before,
        after,
        levelBefore: levelLabel(question.levels, before),
        levelAfter: levelLabel(question.levels, after),
        levels: Math.round(((after - before) / step) * 1000) / 1000,
      });
    });
  });
  // Stable: largest move first, then rubric order (the push order).
  const order = new Map(moved.map((m, i) => [m, i]));
  moved.sort((m, n) => Math.abs(n.levels) - Math.abs(m.levels) || order.get(m)! - order.get(n)!);

  const firedBefore = new Map(a.actions.map((x) => [actionKey(x), x]));
  const firedAfter = new Map(b.actions.map((x) => [actionKey(x), x]));
  // Done needs evidence: the question was scored again and no longer fires it. A question that
  // was not scored after (removed, n/a, skipped) proves nothing, so its actions are not "done".
  // New actions include those of questions scored for the first time: they are real work now.
  // Done means the team moved up: the question's team level after stands above the level the
  // action lifted it from. An action that merely stopped firing (the team fell below its range,
  // or the answers moved within a range another action covers) is not done.
  const levelAfter = new Map(
    b.imperatives.flatMap((result) => result.questions.map((q) => [`${result.imperative.id}/${q.question.id}`, q.teamLevel] as const)),
  );
  const movedUp = (x: FiredAction) => {
    const level = levelAfter.get(`${x.imperative.id}/${x.question.id}`);
    return level !== undefined && level !== null && level > x.fromLevel;
  };
  const gone = a.actions.filter((x) => !firedAfter.has(actionKey(x)) && scoredAfter.has(`${x.imperative.id}/${x.question.id}`));
  const done = gone.filter(movedUp).map(actionRef);
  const stopped = gone.filter((x) => !movedUp(x)).map(actionRef);
  const added = b.actions.filter((x) => !firedBefore.has(actionKey(x))).map(actionRef);
  const open = b.actions.filter((x) => firedBefore.has(actionKey(x))).map(actionRef);

  const digestsBefore = distinct(before.map((s) => s.rubrics.digest));
  const digestsAfter = distinct(after.map((s) => s.rubrics.digest));
  return {
    organization: { before: before[0]?.organization ?? null, after: after[0]?.organization ?? null },
    // The auditor's file (role auditor) holds checks, not a respondent's answers: counted nowhere here.
    dates: { before: distinct(respondentsOf(before).map((s) => s.date)), after: distinct(respondentsOf(after).map((s) => s.date)) },
    respondents: { before: respondentsOf(before).length, after: respondentsOf(after).length },
    rubrics: {
      current: set.digest,
      before: digestsBefore,
      after: digestsAfter,
      // Files without a digest say nothing either way; only two recorded, different sets count.
      changed: digestsBefore.length > 0 && digestsAfter.length > 0 && digestsBefore.join() !== digestsAfter.join(),
    },
    overall: { ...change(a.overall.score, b.overall.score, roundOverall), bandBefore: a.overall.band, bandAfter: b.overall.band },
    imperatives: set.imperatives.map((imperative, i) => ({
      id: imperative.id,
      title: imperative.title,
      target: a.imperatives[i]!.target,
      ...change(a.imperatives[i]!.score, b.imperatives[i]!.score),
      bandBefore: a.imperatives[i]!.band,
      bandAfter: b.imperatives[i]!.band,
    })),
    moved,
    done,
    stopped,
    gaps: gapChanges(a, b),
    added,
    open,
    notComparable,
  };
}

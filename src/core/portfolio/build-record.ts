// An audit to its portfolio record: from the scores of answer sheets (answers files, a survey
// export) or from a report's JSON results. Pure. What the record keeps follows the report's
// confidentiality: role groups only as the report shows them (split-roles.ts), no names, no notes.
import { createHash } from 'node:crypto';
import type { RespondentRecord } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import type { Question } from '../rubric/schema.js';
import type { Results } from '../report/results-schema.js';
import { questionByRole } from '../scoring/question-by-role.js';
import { roundScore } from '../scoring/round-score.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type Segment } from './record-constants.js';
import type { PortfolioRecord } from './record.js';

export interface RecordOptions {
  segment: Segment;
  /** The portfolio's salt: the organization is kept as a key made with it. */
  salt: string;
  /** Keep the organization's name in the record (--keep-org). */
  keepOrg: boolean;
}

type RecordBody = Omit<PortfolioRecord, 'format' | 'formatVersion' | 'id' | 'segment' | 'organization'>;

const roleKey = (role: string) => role.trim().toLowerCase();

/** The organization as a key: SHA-256 of the portfolio's salt and the normalized name, 16 hex digits. */
export function organizationKey(organization: string, salt: string): string {
  const name = organization.trim().toLowerCase().replace(/\s+/g, ' ');
  return createHash('sha256').update(`${salt}\n${name}`).digest('hex').slice(0, 16);
}

/** The content address: the audit itself (not its segment or the organization's name), so adding it again finds it. */
export function recordId(body: RecordBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 24);
}

function finish(body: RecordBody, organization: string, options: RecordOptions): PortfolioRecord {
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    id: recordId(body),
    date: body.date,
    ...(options.keepOrg ? { organization } : {}),
    ...(body.orgKey === undefined ? {} : { orgKey: body.orgKey }),
    segment: options.segment,
    rubrics: body.rubrics,
    respondents: body.respondents,
    overall: body.overall,
    imperatives: body.imperatives,
  };
}

/** An imperative's questions as the record's parallel lists. */
function questionLists(questions: readonly Question[], score: (question: Question, index: number) => number | null) {
  return {
    questions: questions.map((q) => q.id),
    weights: questions.map((q) => q.weight),
    levels: questions.map((q) => q.levels.map((l) => l.score).join(',')),
    scores: questions.map(score),
  };
}

function rubricsOf(set: RubricSet): PortfolioRecord['rubrics'] {
  return { title: set.title, digest: set.digest, version: set.version ?? null };
}

/** The record of an audit scored from answer sheets. */
export function recordFromScores(set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, options: RecordOptions): PortfolioRecord {
  const organization = sheets[0]?.organization ?? '';
  const shownCount = scores.byRoleShown ? scores.shownRoles.reduce((n, r) => n + r.respondents.length, 0) : 0;
  const body: RecordBody = {
    date: sheets.map((s) => s.date).sort().at(-1) ?? '',
    orgKey: organizationKey(organization, options.salt),
    rubrics: rubricsOf(set),
    respondents: {
      total: sheets.length,
      byRole: scores.byRoleShown ? Object.fromEntries(scores.shownRoles.map((r) => [roleKey(r.role), r.respondents.length])) : {},
      folded: sheets.length - shownCount,
    },
    overall: scores.overall.score,
    imperatives: scores.imperatives.map((result) => {
      const byRole = result.questions.map((q) => new Map(questionByRole(q, scores).map((r) => [roleKey(r.role), roundScore(r.mean)])));
      const roles = scores.byRoleShown ? scores.shownRoles.map((r) => roleKey(r.role)) : [];
      return {
        id: result.imperative.id,
        weight: result.imperative.weight,
        score: result.score,
        byRole: Object.fromEntries(result.byRole.filter((r) => r.score !== null).map((r) => [roleKey(r.role), r.score!])),
        ...questionLists(result.imperative.questions, (_, k) => (result.questions[k]!.meanScore === null ? null : roundScore(result.questions[k]!.meanScore!))),
        // A role's list only where some question has its value (questionByRole holds it back when a folded group is too small).
        questionsByRole: Object.fromEntries(roles.filter((role) => byRole.some((m) => m.has(role))).map((role) => [role, byRole.map((m) => m.get(role) ?? null)])),
      };
    }),
  };
  return finish(body, organization, options);
}

/**
 * The record of a report's JSON results. The results carry scores, not the rubrics' structure, so
 * the set they were scored with gives each question's weight and levels (the caller checks the
 * digest). Questions have no by-role values here: the results do not hold them.
 */
export function recordFromResults(set: RubricSet, results: Results, options: RecordOptions): PortfolioRecord {
  const roles = new Map<string, number>();
  let folded = 0;
  for (const r of results.respondents) {
    if (r.role === null) folded++;
    else roles.set(roleKey(r.role), (roles.get(roleKey(r.role)) ?? 0) + 1);
  }
  const byRoleShown = results.imperatives.some((i) => Object.keys(i.byRole).length > 0);
  const body: RecordBody = {
    date: results.date,
    orgKey: organizationKey(results.organization, options.salt),
    rubrics: rubricsOf(set),
    respondents: {
      total: results.respondents.length,
      byRole: byRoleShown ? Object.fromEntries(roles) : {},
      folded: byRoleShown ? folded : results.respondents.length,
    },
    overall: results.overall.score,
    imperatives: set.imperatives.map((imperative) => {
      const result = results.imperatives.find((i) => i.id === imperative.id);
      return {
        id: imperative.id,
        weight: imperative.weight,
        score: result?.score ?? null,
        byRole: Object.fromEntries(Object.entries(result?.byRole ?? {}).flatMap(([role, score]) => (score === null ? [] : [[roleKey(role), score]]))),
        ...questionLists(imperative.questions, (question) => result?.questions.find((q) => q.id === question.id)?.score ?? null),
        questionsByRole: {},
      };
    }),
  };
  return finish(body, results.organization, options);
}

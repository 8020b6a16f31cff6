// Figure references: a readout's text holds {{score differentiation}} where a figure goes, and the
// report puts the figure in when it renders, from the same scores as every table. A figure in a
// readout therefore cannot disagree with the report. The set is small and closed (docs/readout.md):
//
//   score <imperative|overall>          "40"          the score as the report prints it, whole points
//   points <imperative|overall>         "40"          the score in whole points, for page one
//   target <imperative>                 "75"
//   band <imperative|overall>           "Developing"
//   role <role> <imperative>            "22"          a shown role's score, whole points
//   gap <role> <role> <imperative>      "38"          first role's score minus the second's, as printed
//   difference <role> <role> [imp.]     "33 to 38"    the same in whole points; without an imperative,
//                                                     the range over every imperative both are shown on
//   mean <question>                     "1.6"         the question's mean answer
//   level <question>                    "“Ad hoc” (level 1)"  the team level: the median respondent's
//   below <question> <level>            "7 of 10"     respondents who answered below that level score
//   respondents [role]                  "10"
//   fact <name>                         "30"          a client's fact the readout gives (facts.ts):
//                                                     headcount.reps, costs.manager-capacity, …
//
// An imperative is named by its id; a question by its id, or imperative/question where two
// rubrics share one. A role is named as in the answers, hyphens for spaces (sales-manager); only a
// role shown on its own (the minimum group) can be named: a readout cannot reach what the report
// keeps confidential.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { roleKey } from '../rubric/wording.js';
import { levelCounts } from '../scoring/answer-tally.js';
import type { AuditScores, ImperativeResult } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { printedLevel } from '../scoring/score-term.js';
import { resolveFact, type FactsData } from './facts.js';
import { BAND_CUTOFFS } from '../scoring/config.js';
import { columnPoints, formatMean, formatNumber, levelPlace, wholePoints } from '../report/format.js';

export const FIGURE_KINDS = ['score', 'points', 'target', 'band', 'role', 'gap', 'difference', 'mean', 'level', 'below', 'respondents', 'fact'] as const;

/** {{ ref }} in a text: no braces inside, so a stray brace is left alone. */
export const FIGURE_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type FigureResult = { ok: true; text: string } | { ok: false; message: string };

export interface FigureData {
  set: RubricSet;
  scores: AuditScores;
  /** The readout's `facts:`, the only source of {{fact …}}. */
  facts?: FactsData | undefined;
}

function imperativeOf(data: FigureData, id: string): ImperativeResult | string {
  const found = data.scores.imperatives.find((i) => i.imperative.id === id);
  return found ?? `no imperative "${id}" (the set has ${data.scores.imperatives.map((i) => i.imperative.id).join(', ')})`;
}

/** A question the report shows no figure for (score-audit.ts figuresShown): a readout may give its level, not a count or a mean. */
function tooFew(id: string): string {
  return `question "${id}" was scored by too few people to show a figure of its answers (the report shows its level only: use {{level ${id}}})`;
}

function questionOf(data: FigureData, ref: string): QuestionScore | string {
  const [first, second] = ref.split('/');
  const matches = data.scores.imperatives.flatMap((i) =>
    i.questions.filter((q) => (second === undefined ? q.question.id === first : i.imperative.id === first && q.question.id === second)),
  );
  if (matches.length === 1) return matches[0]!;
  return matches.length === 0 ? `no question "${ref}" in the rubrics` : `question "${ref}" is in several rubrics: write imperative/question`;
}

/** The shown role with this name, or why it cannot be named. */
function roleOf(data: FigureData, name: string): string | { role: string; index: number } {
  const key = roleKey(name);
  const index = data.scores.shownRoles.findIndex((r) => roleKey(r.role) === key);
  if (index !== -1 && data.scores.byRoleShown) return { role: data.scores.shownRoles[index]!.role, index };
  const pool = data.scores.byRoleShown ? data.scores.shownRoles.find((r) => r.keys.length > 1 && r.keys.includes(key)) : undefined;
  if (pool !== undefined) return `role "${name}" is shown only together with others in this report, as "${roleKey(pool.role).replace(/ /g, '-')}" (a role needs ${data.scores.minGroup + 1} respondents to be shown on its own)`;
  const exists = data.scores.roles.some((r) => roleKey(r.role) === key);
  return exists
    ? `role "${name}" is not shown on its own in this report (too few respondents, or folded in to protect them)`
    : `no respondent has the role "${name}"`;
}

/** A role's score on an imperative, when the report shows it there (the per-figure minimum group, score-audit.ts). */
function roleScore(imperative: ImperativeResult, role: string) {
  return imperative.byRole.find((r) => roleKey(r.role) === roleKey(role));
}

function notShown(role: string, imperative: string): string {
  return `the report does not show ${role} on its own on ${imperative} (too few of them, or of the rest, answered there)`;
}

/** A score as the report prints it outside the annex: whole points (twelfth VP reading, class 9). */
function scoreText(score: number | null, targets: readonly number[], what: string): FigureResult {
  return score === null ? { ok: false, message: `${what} has no score` } : { ok: true, text: String(pageColumnPoints(score, targets)) };
}

export function resolveFigure(ref: string, data: FigureData): FigureResult {
  const [kind, ...args] = ref.trim().split(/\s+/);
  const arity = (n: number, usage: string): FigureResult | null => (args.length === n ? null : { ok: false, message: `"${kind}" takes ${usage}` });
  const fail = (message: string): FigureResult => ({ ok: false, message });
  switch (kind) {
    case 'score':
    case 'band': {
      const bad = arity(1, 'an imperative id or "overall"');
      if (bad) return bad;
      const [score, band, targets] = args[0] === 'overall' ? [data.scores.overall.score, data.scores.overall.band, data.scores.imperatives.map((i) => i.target)] : (() => {
        const imperative = imperativeOf(data, args[0]!);
        return typeof imperative === 'string' ? [imperative, null, []] as const : [imperative.score, imperative.band, [imperative.target]] as const;
      })();
      if (typeof score === 'string') return fail(score);
      if (kind === 'score') return scoreText(score, targets, args[0]!);
      return band === null ? fail(`${args[0]} has no score`) : { ok: true, text: data.set.bandNames[band] };
    }
    case 'points': {
      const bad = arity(1, 'an imperative id or "overall"');
      if (bad) return bad;
      if (args[0] === 'overall') {
        const score = data.scores.overall.score;
        return score === null ? fail('overall has no score') : { ok: true, text: pagePoints(score, data.scores.imperatives.map((i) => i.target)) };
      }
      const imperative = imperativeOf(data, args[0]!);
      if (typeof imperative === 'string') return fail(imperative);
      return imperative.score === null ? fail(`${args[0]} has no score`) : { ok: true, text: pagePoints(imperative.score, [imperative.target]) };
    }
    case 'difference': {
      if (args.length !== 2 && args.length !== 3) return fail('"difference" takes two roles, and an imperative id or nothing: {{difference leadership salesperson}}');
      const a = roleOf(data, args[0]!);
      const b = roleOf(data, args[1]!);
      if (typeof a === 'string') return fail(a);
      if (typeof b === 'string') return fail(b);
      const within = args[2] === undefined ? data.scores.imperatives : (() => {
        const imperative = imperativeOf(data, args[2]!);
        return typeof imperative === 'string' ? imperative : [imperative];
      })();
      if (typeof within === 'string') return fail(within);
      const differences = roleDifferences(within, a.role, b.role);
      if (differences.length === 0) return fail(`${args[0]} and ${args[1]} are not both shown on ${args[2] ?? 'any imperative'}`);
      const low = Math.min(...differences);
      const high = Math.max(...differences);
      return { ok: true, text: low === high ? String(low) : `${low} to ${high}` };
    }
    case 'target': {
      const bad = arity(1, 'an imperative id');
      if (bad) return bad;
      const imperative = imperativeOf(data, args[0]!);
      return typeof imperative === 'string' ? fail(imperative) : { ok: true, text: formatNumber(imperative.target) };
    }
    case 'role': {
      const bad = arity(2, 'a role and an imperative id: {{role salesperson differentiation}}');
      if (bad) return bad;
      const role = roleOf(data, args[0]!);
      const imperative = imperativeOf(data, args[1]!);
      if (typeof role === 'string') return fail(role);
      if (typeof imperative === 'string') return fail(imperative);
      const entry = roleScore(imperative, role.role);
      return entry === undefined ? fail(notShown(args[0]!, args[1]!)) : scoreText(entry.score, [imperative.target], `${args[0]} on ${args[1]}`);
    }
    case 'gap': {
      const bad = arity(3, 'two roles and an imperative id: {{gap leadership salesperson differentiation}}');
      if (bad) return bad;
      const a = roleOf(data, args[0]!);
      const b = roleOf(data, args[1]!);
      const imperative = imperativeOf(data, args[2]!);
      if (typeof a === 'string') return fail(a);
      if (typeof b === 'string') return fail(b);
      if (typeof imperative === 'string') return fail(imperative);
      const [ha, lb] = [roleScore(imperative, a.role), roleScore(imperative, b.role)];
      if (ha === undefined) return fail(notShown(args[0]!, args[2]!));
      if (lb === undefined) return fail(notShown(args[1]!, args[2]!));
      const high = ha.score;
      const low = lb.score;
      if (high === null || low === null) return fail(`${high === null ? args[0] : args[1]} has no score on ${args[2]}`);
      // Each score rounded as shown first, so the gap is the difference of the figures printed.
      return { ok: true, text: String(pageColumnPoints(high, [imperative.target]) - pageColumnPoints(low, [imperative.target])) };
    }
    case 'mean':
    case 'level': {
      const bad = arity(1, 'a question id');
      if (bad) return bad;
      const question = questionOf(data, args[0]!);
      if (typeof question === 'string') return fail(question);
      if (question.meanScore === null) return fail(`question "${args[0]}" has no score`);
      if (kind === 'mean') return question.figuresShown ? { ok: true, text: formatMean(question.meanScore) } : fail(tooFew(args[0]!));
      // Held back, or a census too small to print (score-term.ts printedLevel): no level is printed, so none may be quoted.
      const level = printedLevel(question);
      if (level === null) return fail(tooFew(args[0]!));
      const label = question.question.levels.find((l) => l.score === level)?.label;
      return { ok: true, text: label === undefined ? `level ${level}` : `“${label}”, ${levelPlace(question.question.levels, level)}` };
    }
    case 'below': {
      const bad = arity(2, 'a question id and a level score: {{below defending-price 2}}');
      if (bad) return bad;
      const question = questionOf(data, args[0]!);
      if (typeof question === 'string') return fail(question);
      const level = Number(args[1]);
      if (!question.question.levels.some((l) => l.score === level)) return fail(`"${args[1]}" is not a level score of "${args[0]}" (${question.question.levels.map((l) => l.score).join(', ')})`);
      if (!question.figuresShown) return fail(tooFew(args[0]!));
      const counts = levelCounts(question.answers);
      const below = counts.reduce((n, count, i) => n + (question.answers.levelScores[i]! < level ? count : 0), 0);
      return { ok: true, text: `${below} of ${counts.reduce((a, b) => a + b, 0)}` };
    }
    case 'respondents': {
      if (args.length === 0) return { ok: true, text: String(data.scores.respondents) };
      const bad = arity(1, 'nothing, or a role');
      if (bad) return bad;
      const role = roleOf(data, args[0]!);
      return typeof role === 'string' ? fail(role) : { ok: true, text: String(data.scores.shownRoles[role.index]!.respondents.length) };
    }
    case 'fact': {
      const bad = arity(1, "a fact's name: {{fact headcount.reps}}");
      return bad ?? resolveFact(args[0], data.facts);
    }
    default:
      return fail(`unknown figure "${kind ?? ''}": use one of ${FIGURE_KINDS.join(', ')}`);
  }
}

/** A score in whole points, "just under" a band floor or target it would round up to. */
export function pagePoints(score: number, targets: readonly number[]): string {
  return wholePoints(score, [...BAND_CUTOFFS.map((b) => b.from), ...targets]);
}

/** The same score in a column of numbers or on a chart: 33, or 39 where 40 would cross a cut-off. */
export function pageColumnPoints(score: number, targets: readonly number[]): number {
  return columnPoints(score, [...BAND_CUTOFFS.map((b) => b.from), ...targets]);
}

/** Whole-point differences between two roles' scores on each imperative where both are shown and scored. */
export function roleDifferences(imperatives: readonly ImperativeResult[], a: string, b: string): number[] {
  return imperatives.flatMap((imperative) => {
    const [x, y] = [roleScore(imperative, a)?.score, roleScore(imperative, b)?.score];
    return x === undefined || y === undefined || x === null || y === null ? [] : [Math.round(Math.round(x * 10) / 10 - Math.round(y * 10) / 10)];
  });
}

/** Every reference in a text, with what it resolves to. */
export function figuresIn(text: string, data: FigureData): { ref: string; result: FigureResult }[] {
  return [...text.matchAll(FIGURE_PATTERN)].map((m) => ({ ref: m[1]!, result: resolveFigure(m[1]!, data) }));
}

/** The text with each reference replaced by its figure; an unresolved one stays as written (validate reports it). */
export function fillFigures(text: string, data: FigureData): string {
  return text.replace(FIGURE_PATTERN, (whole, ref: string) => {
    const result = resolveFigure(ref, data);
    return result.ok ? result.text : whole;
  });
}

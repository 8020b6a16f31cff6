// The benchmark (core/portfolio) as the report's section "How <org> compares": every sentence and
// formatted number the formats print, so none of them words a percentile its own way. Pure.
import { questionRef } from './question-ref.js';
import type { Benchmark, Distribution } from '../portfolio/build-benchmark.js';
import { PERCENTILE_DEFINITION } from '../portfolio/percentile.js';
import { segmentText } from '../portfolio/segment.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { wordingFor } from '../rubric/wording.js';
import { roleGroupName } from './describe-role.js';
import { capitalize, countText, formatMean, formatScore, listText } from './format.js';
import { imperativeLabel, questionTitle } from '../rubric/titles.js';
import type { MethodItemText } from './report-view.js';

export interface BenchmarkRowView {
  /** "Overall" or the imperative's short label. */
  label: string;
  title: string;
  isOverall: boolean;
  /** The client's score, raw (charts) and as shown. */
  client: number | null;
  clientText: string;
  /** Comparable audits with a score. */
  n: number;
  nText: string;
  /** A percentile and a spread are shown (n at least the minimum, and the client scored). */
  shown: boolean;
  percentile: number | null;
  /** "38th". */
  percentileText: string;
  /** "bottom quarter", "lower half", "upper half", "top quarter"; "" when not shown. */
  positionText: string;
  median: number | null;
  medianText: string;
  q1: number | null;
  q3: number | null;
  /** "47.2 to 66.0": the middle half. */
  iqrText: string;
  p10: number | null;
  p90: number | null;
  /** "31.0 to 78.5": the middle 80 %. */
  rangeText: string;
  /** One sentence on this row, as a VP would repeat it. */
  sentence: string;
}

export interface BenchmarkRoleRowView {
  label: string;
  group: string;
  clientText: string;
  nText: string;
  percentileText: string;
  medianText: string;
  shown: boolean;
}

export interface BenchmarkQuestionView {
  ref: string;
  label: string;
  prompt: string;
  imperativeLabel: string;
  clientText: string;
  medianText: string;
  /** "+1.3 levels", "−0.8 levels". */
  differenceText: string;
  /** "69th percentile", or "below every one of them". */
  percentileText: string;
  nText: string;
}

export interface BenchmarkView {
  /** "How Acme Corp compares". */
  title: string;
  /** At least one percentile is shown. */
  available: boolean;
  /** Who the client is compared with: "41 comparable audits from the consultant's portfolio, 2024-Q1 to 2026-Q4 (all segments)". */
  groupText: string;
  /** The answer to "is that good?": one or two sentences. */
  headline: string;
  /** The overall score first, then each imperative. */
  rows: BenchmarkRowView[];
  byRole: BenchmarkRoleRowView[];
  /** What the by-role comparison shows or why there is none. */
  byRoleText: string;
  above: BenchmarkQuestionView[];
  below: BenchmarkQuestionView[];
  /** What was counted out or held back, in plain sentences. */
  notes: string[];
  minBenchmark: number;
  segmentText: string | null;
  /** The percentile's definition, for the section itself (also in the method). */
  definition: string;
  methodItems: MethodItemText[];
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The percentile as a whole number; 0 and 100 (a score below or above every audit) said in words. */
function percentileText(p: number): string {
  if (p === 0) return 'below all';
  if (p === 100) return 'above all';
  return ordinal(Math.min(99, Math.max(1, Math.round(p))));
}

/** "13th percentile", or "below every one of them" / "above every one of them" at 0 and 100. */
function percentileWords(p: number): string {
  const text = percentileText(p);
  return text === 'below all' ? 'below every one of them' : text === 'above all' ? 'above every one of them' : `${text} percentile`;
}

function positionOf(p: number): string {
  return p < 25 ? 'bottom quarter' : p < 50 ? 'lower half' : p < 75 ? 'upper half' : 'top quarter';
}

const audits = (n: number) => `${n} audit${n === 1 ? '' : 's'}`;

function row(label: string, title: string, isOverall: boolean, d: Distribution, min: number): BenchmarkRowView {
  const shown = d.percentile !== null && d.spread !== null;
  const s = d.spread;
  const clientText = d.client === null ? 'not scored' : formatScore(d.client);
  let sentence: string;
  if (d.client === null) sentence = `${title}: not scored, so not compared.`;
  else if (!shown) sentence = `${title}: ${d.n < min ? `only ${audits(d.n)} to compare with, fewer than ${min}: no percentile is shown` : 'no percentile'}.`;
  else {
    sentence = `${title}: ${clientText}, ${percentileWords(d.percentile!)} (${positionOf(d.percentile!)} of ${audits(d.n)}; the median is ${formatScore(s!.median)}).`;
  }
  return {
    label,
    title,
    isOverall,
    client: d.client,
    clientText,
    n: d.n,
    nText: String(d.n),
    shown,
    percentile: shown ? d.percentile : null,
    percentileText: shown ? percentileText(d.percentile!) : '–',
    positionText: shown ? positionOf(d.percentile!) : '',
    median: s?.median ?? null,
    medianText: s === null ? '–' : formatScore(s.median),
    q1: s?.q1 ?? null,
    q3: s?.q3 ?? null,
    iqrText: s === null ? '–' : `${formatScore(s.q1)} to ${formatScore(s.q3)}`,
    p10: s?.p10 ?? null,
    p90: s?.p90 ?? null,
    rangeText: s === null ? '–' : `${formatScore(s.p10)} to ${formatScore(s.p90)}`,
    sentence,
  };
}

/** "about 87% of them score higher" below the median, "it scores higher than about 62% of them" above. */
function comparedWith(p: number): string {
  return p < 50 ? `about ${Math.round(100 - p)}% of them score higher` : `it scores higher than about ${Math.round(p)}% of them`;
}

function medianGap(row: BenchmarkRowView): string {
  if (row.client === null || row.median === null || row.client === row.median) return '';
  const d = Math.abs(row.client - row.median);
  return `, ${formatScore(d)} points ${row.client < row.median ? 'above' : 'below'} ${row.isOverall ? 'this score' : 'it'}`;
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatMean(Math.abs(n))}`;
}

export function buildBenchmarkView(set: RubricSet, benchmark: Benchmark, organization: string): BenchmarkView {
  const min = benchmark.minBenchmark;
  const titleOf = new Map(set.imperatives.map((i) => [i.id, i.title]));
  // The rubric's short names (titles.ts); an id the set no longer has keeps the id's words.
  const imperativeName = (id: string) => imperativeLabel(set.imperatives.find((i) => i.id === id) ?? { id });
  const questionName = (imperativeId: string, id: string) =>
    questionTitle(set.imperatives.find((i) => i.id === imperativeId)?.questions.find((q) => q.id === id) ?? { id });
  const overall = row('Overall', 'Overall score', true, benchmark.overall, min);
  const imperativeRows = benchmark.imperatives.map((i) => row(imperativeName(i.id), titleOf.get(i.id) ?? imperativeName(i.id), false, i.all, min));
  const rows = [overall, ...imperativeRows];
  const segment = segmentText(benchmark.segment);
  const segmentTextOrNull = segment === 'no segment' ? null : segment;
  const span = benchmark.from === null ? '' : benchmark.from === benchmark.to ? `, ${benchmark.from}` : `, ${benchmark.from} to ${benchmark.to}`;
  const groupText = `${audits(benchmark.compared)} from the portfolio${segmentTextOrNull === null ? '' : ` in the segment ${segmentTextOrNull}`}${span}, on the same rubrics${benchmark.version === null ? '' : ` (version ${benchmark.version})`}`;

  const refOf = (imperativeId: string, questionId: string) => {
    const i = set.imperatives.findIndex((imp) => imp.id === imperativeId);
    const q = set.imperatives[i]?.questions.findIndex((qq) => qq.id === questionId) ?? -1;
    return { ref: questionRef(i, q), prompt: q === -1 ? '' : wordingFor(set.imperatives[i]!.questions[q]!.prompt) };
  };
  const questionView = (q: Benchmark['above'][number]): BenchmarkQuestionView => ({
    ...refOf(q.imperativeId, q.questionId),
    label: questionName(q.imperativeId, q.questionId),
    imperativeLabel: imperativeName(q.imperativeId),
    clientText: formatMean(q.client),
    medianText: formatMean(q.median),
    differenceText: `${signed(q.difference)} level${Math.abs(q.difference) === 1 ? '' : 's'}`,
    percentileText: percentileWords(q.percentile),
    nText: String(q.n),
  });

  const byRole: BenchmarkRoleRowView[] = benchmark.imperatives.flatMap((i) =>
    i.byRole
      // Both sides have the group: the client shows it, and some comparable audit does too.
      .filter((r) => r.client !== null && r.n > 0)
      .map((r) => ({
        label: imperativeName(i.id),
        group: roleGroupName(r.role),
        clientText: formatScore(r.client!),
        nText: String(r.n),
        shown: r.percentile !== null,
        percentileText: r.percentile === null ? '–' : percentileText(r.percentile),
        medianText: r.spread === null ? '–' : formatScore(r.spread.median),
      })),
  );
  const byRoleText =
    byRole.length === 0
      ? `No comparison by role: this report shows no role on its own, or no comparable audit does.`
      : byRole.some((r) => r.shown)
        ? `Each role's score against the same role in comparable audits that showed it on its own (at least the minimum group of respondents); fewer than ${min} such audits: no percentile.`
        : `No role has ${min} comparable audits or more that show it on its own: no percentile by role.`;

  const notes: string[] = [];
  if (benchmark.ownAudits > 0) notes.push(`${benchmark.ownAudits === 1 ? 'One audit' : `${benchmark.ownAudits} audits`} of ${organization} itself ${benchmark.ownAudits === 1 ? 'is' : 'are'} left out: a client is not compared with itself.`);
  const otherVersions = benchmark.otherVersions.reduce((n, v) => n + v.count, 0);
  if (otherVersions > 0) {
    const which = listText(benchmark.otherVersions.map((v) => (v.version === null ? 'an unversioned set' : `version ${v.version}`)));
    notes.push(`${capitalize(audits(otherVersions))} used another version of the rubrics (${which}) and ${otherVersions === 1 ? 'is' : 'are'} not compared: their questions may not mean the same.`);
  }
  if (benchmark.otherSegment > 0) notes.push(`${capitalize(audits(benchmark.otherSegment))} outside the segment ${segment} ${benchmark.otherSegment === 1 ? 'is' : 'are'} not compared.`);
  if (benchmark.overallOtherQuestions > 0) notes.push(`${capitalize(audits(benchmark.overallOtherQuestions))} on this version asked other questions or weighed them differently in some imperative: left out of the overall comparison and of those imperatives'.`);
  for (const c of benchmark.changedQuestions) {
    const { ref } = refOf(c.imperativeId, c.questionId);
    notes.push(`Question ${ref} (${questionName(c.imperativeId, c.questionId)}) had other level scores in ${audits(c.count)}: left out of the comparison for ${c.count === 1 ? 'that audit' : 'those'}.`);
  }
  const held = rows.filter((r) => r.client !== null && !r.shown);
  if (held.length > 0) notes.push(`${listText(held.map((r) => r.label))}: fewer than ${min} comparable audits, so no percentile, median or spread is shown (--min-benchmark ${min}).`);

  const available = rows.some((r) => r.shown);
  let headline: string;
  if (!available) {
    headline = `Not enough comparable audits yet: ${audits(benchmark.compared)} in the comparison group, and a percentile needs at least ${min}. No percentile is shown.`;
  } else {
    const shownImperatives = imperativeRows.filter((r) => r.shown);
    const lead = overall.shown
      ? `Overall, ${organization} scores ${overall.clientText}, in the ${overall.positionText} of ${overall.n} sales forces audited on the same rubrics${segmentTextOrNull === null ? '' : ` (${segmentTextOrNull})`}: ${comparedWith(overall.percentile!)} (${percentileWords(overall.percentile!)}). The median is ${overall.medianText}${medianGap(overall)}.`
      : `${organization}'s overall score is not compared (fewer than ${min} comparable audits).`;
    const positions = new Set(shownImperatives.map((r) => r.positionText));
    let spread = '';
    if (shownImperatives.length > 1 && positions.size === 1) {
      spread = ` ${shownImperatives.length === imperativeRows.length ? `All ${countText(shownImperatives.length)} imperatives are` : `Every imperative compared is`} in the ${shownImperatives[0]!.positionText}.`;
    } else if (shownImperatives.length > 1) {
      const best = shownImperatives.reduce((a, b) => (b.percentile! > a.percentile! ? b : a));
      const worst = shownImperatives.reduce((a, b) => (b.percentile! < a.percentile! ? b : a));
      spread = ` Strongest against the portfolio: ${best.label.toLowerCase()} (${percentileWords(best.percentile!)}, ${best.positionText}); weakest: ${worst.label.toLowerCase()} (${percentileWords(worst.percentile!)}, ${worst.positionText}).`;
    }
    const gaps = benchmark.below.length === 0 ? '' : ` Furthest below the median: ${listText(benchmark.below.map((q) => `${refOf(q.imperativeId, q.questionId).ref} ${questionName(q.imperativeId, q.questionId).toLowerCase()}`))}.`;
    headline = lead + spread + gaps;
  }

  return {
    title: `How ${organization} compares`,
    available,
    groupText,
    headline,
    rows,
    byRole,
    byRoleText,
    above: benchmark.above.map(questionView),
    below: benchmark.below.map(questionView),
    notes,
    minBenchmark: min,
    segmentText: segmentTextOrNull,
    definition: PERCENTILE_DEFINITION,
    methodItems: [
      {
        term: 'Percentile',
        text: `${PERCENTILE_DEFINITION}. A score equal to others counts half, so the percentile is never 0 or 100 for a score among them. Scores are compared as shown, with one decimal. Below ${min} comparable audits no percentile, median or spread is shown.`,
      },
      {
        term: 'Median and spread',
        text: 'quantiles by linear interpolation between the closest ranks (Hyndman and Fan type 7, as Excel’s QUARTILE.INC). The middle half runs from the 25th to the 75th percentile; the chart’s whiskers from the 10th to the 90th, not to the extremes, which are single audits.',
      },
      {
        term: 'Comparable audits',
        text: 'the same rubric version; for a question, the same id and level scores; for an imperative, the same questions, weights and levels; for the overall score, every imperative comparable and weighted the same. The client’s own audits are left out. Portfolio records keep no names, notes or organization name, and roles only as a report shows them.',
      },
    ],
  };
}

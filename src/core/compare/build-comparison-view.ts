// The comparison as the Markdown template sees it: every number already formatted, every user
// text left raw for the template's {{md}} helper to escape. Documented in docs/compare.md.
import { questionRef } from '../report/question-ref.js';
import type { BandNames, RubricSet } from '../rubric/load-rubric-set.js';
import { formatOverall, formatScore, readableDateRange, textBar } from '../report/format.js';
import { imperativeLabel } from '../rubric/titles.js';
import { mermaidString } from '../report/mermaid-chart.js';
import type { BandKey } from '../scoring/config.js';
import type { ActionRef, AuditComparison } from './compare-audits.js';
import { wordingFor } from '../rubric/wording.js';
import { roleGroupName } from '../report/describe-role.js';

const OPEN_ACTIONS_SHOWN = 5;

const signed = (delta: number | null, format: (value: number) => string = formatScore) => (delta === null ? '–' : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${format(Math.abs(delta))}`);
const scoreText = (score: number | null) => (score === null ? 'not scored' : formatScore(score));
// The overall keeps its two decimals (round-score.ts roundOverall): one more rounding read 30.65 as 30.6 beside 34.45 as 34.5.
const overallText = (score: number | null) => (score === null ? 'not scored' : formatOverall(score));

/** A side's dates (distinct, sorted) as one range; "undated" when none was recorded. */
function datesText(dates: readonly string[]): string {
  return dates.length === 0 ? 'undated' : readableDateRange(dates[0]!, dates.at(-1)!);
}

function formatLevel(score: number, label: string | null): string {
  const number = Number.isInteger(score) ? String(score) : score.toFixed(2);
  return label === null ? number : `${number} (${label})`;
}

export function buildComparisonView(set: RubricSet, comparison: AuditComparison) {
  const band = (key: BandKey | null, names: BandNames) => (key === null ? 'not scored' : names[key]);
  const titleOf = new Map(set.imperatives.map((i) => [i.id, i.title]));
  const numberOf = new Map(set.imperatives.flatMap((imperative, i) => imperative.questions.map((q, j) => [`${imperative.id}/${q.id}`, questionRef(i, j)] as const)));
  const promptOf = new Map(set.imperatives.flatMap((imperative) => imperative.questions.map((q) => [`${imperative.id}/${q.id}`, wordingFor(q.prompt)] as const)));
  const action = (a: ActionRef) => ({
    ref: numberOf.get(`${a.imperative}/${a.question}`) ?? '',
    action: a.action,
    ownerText: a.owner ?? 'Owner to be named',
    horizonText: `${a.horizon} days`,
    imperativeTitle: titleOf.get(a.imperative) ?? a.imperative,
  });
  const rows = comparison.imperatives.map((imperative, i) => ({
    number: i + 1,
    title: imperative.title,
    /** Short label from the id: "Prospecting plan". */
    label: imperativeLabel(set.imperatives[i] ?? imperative),
    /** Raw scores, for charts; null when that side has none. */
    before: imperative.before,
    after: imperative.after,
    beforeText: scoreText(imperative.before),
    afterText: scoreText(imperative.after),
    deltaText: signed(imperative.delta),
    barBefore: textBar(imperative.before),
    barAfter: textBar(imperative.after),
    target: imperative.target,
    targetText: String(imperative.target),
    bandBefore: band(imperative.bandBefore, set.bandNames),
    bandAfter: band(imperative.bandAfter, set.bandNames),
  }));
  return {
    organization: comparison.organization.after ?? comparison.organization.before ?? 'Unnamed organization',
    organizationChanged: comparison.organization.before !== null && comparison.organization.after !== null && comparison.organization.before !== comparison.organization.after,
    organizationBefore: comparison.organization.before ?? '',
    // As the report's header gives them ("20 to 26 November 2026"), not every day of the fieldwork.
    datesBefore: datesText(comparison.dates.before),
    datesAfter: datesText(comparison.dates.after),
    respondentsBefore: comparison.respondents.before,
    respondentsAfter: comparison.respondents.after,
    rubricsTitle: set.title,
    rubricsChanged: comparison.rubrics.changed,
    digestsBefore: comparison.rubrics.before.join(', ') || 'not recorded',
    digestsAfter: comparison.rubrics.after.join(', ') || 'not recorded',
    currentDigest: comparison.rubrics.current,
    overall: {
      beforeText: overallText(comparison.overall.before),
      afterText: overallText(comparison.overall.after),
      deltaText: signed(comparison.overall.delta, formatOverall),
      bandBefore: band(comparison.overall.bandBefore, set.bandNames),
      bandAfter: band(comparison.overall.bandAfter, set.bandNames),
      direction:
        comparison.overall.delta === null ? null : comparison.overall.delta > 0 ? 'up' : comparison.overall.delta < 0 ? 'down' : 'unchanged',
    },
    chart: {
      // Only imperatives scored on both sides: a missing bar would read as a score of zero.
      mermaid: ((both) =>
        both.length === 0
          ? null
          : [
              'xychart-beta',
              '    title "Score by imperative: before and after (bars) against target (line)"',
              `    x-axis [${both.map((i) => mermaidString(imperativeLabel(set.imperatives.find((x) => x.id === i.id) ?? { id: i.id }))).join(', ')}]`,
              '    y-axis "Score" 0 --> 100',
              `    bar [${both.map((i) => i.before!.toFixed(1)).join(', ')}]`,
              `    bar [${both.map((i) => i.after!.toFixed(1)).join(', ')}]`,
              `    line [${both.map((i) => i.target).join(', ')}]`,
            ].join('\n'))(comparison.imperatives.filter((i) => i.before !== null && i.after !== null)),
      rows,
    },
    moved: comparison.moved.map((m) => ({
      ref: numberOf.get(`${m.imperative}/${m.question}`) ?? '',
      prompt: m.prompt,
      beforeText: formatLevel(m.before, m.levelBefore),
      afterText: formatLevel(m.after, m.levelAfter),
      levelsText: `${m.levels > 0 ? '+' : '−'}${Math.abs(m.levels)} level${Math.abs(m.levels) === 1 ? '' : 's'}`,
    })),
    done: comparison.done.map(action),
    /** Actions that stopped firing without the team moving up a level: not done. */
    stopped: comparison.stopped.map(action),
    /** Did the perception gaps of the earlier audit close? One row per imperative that had one. */
    gaps: comparison.gaps.map((g) => {
      const higher = roleGroupName(g.higherRole);
      const lower = roleGroupName(g.lowerRole);
      const status = g.status === 'not comparable' ? 'not comparable: the later audit does not show both roles' : g.status;
      return {
        imperativeTitle: titleOf.get(g.imperative) ?? g.imperative,
        rolesText: `${higher} over ${lower}`,
        beforeText: formatScore(g.before),
        afterText: g.after === null ? '–' : formatScore(g.after),
        status,
        sentence:
          g.after === null
            ? `${titleOf.get(g.imperative)}: ${higher} scored it ${formatScore(g.before)} points above ${lower}; the later audit does not show both roles.`
            : `${titleOf.get(g.imperative)}: ${higher} scored it ${formatScore(g.before)} points above ${lower}, now ${formatScore(g.after)} (${status}).`,
      };
    }),
    added: comparison.added.map(action),
    // Still-open actions are the plan the client already has; the five that matter most now are
    // enough here (the full plan is in the latest report).
    openTop: comparison.open.slice(0, OPEN_ACTIONS_SHOWN).map(action),
    openCount: comparison.open.length,
    openMore: Math.max(0, comparison.open.length - OPEN_ACTIONS_SHOWN),
    notComparable: comparison.notComparable.map((n) => ({
      ref: numberOf.get(`${n.imperative}/${n.question}`) ?? '',
      prompt: promptOf.get(`${n.imperative}/${n.question}`) ?? n.question,
      sideText: n.scoredOn === 'before' ? 'scored only in the earlier audit' : 'scored only in the later audit',
    })),
  };
}

export type ComparisonView = ReturnType<typeof buildComparisonView>;

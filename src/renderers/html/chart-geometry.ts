// Where the HTML charts put their shapes: coordinates only, in SVG user units. Every number and
// word a chart shows comes from the view model as it is (scores as their *Text fields, labels,
// role names); this file decides positions, never values. The SVG markup itself is in the
// Handlebars partials (templates/partials/*.html.hbs), so user text in a chart is escaped by the
// template engine like everywhere else in the page. Pure.
import type { ReportView } from '../../core/report/report-view.js';
import { capitalize } from '../../core/report/format.js';
import { benchmarkChartGeometry, type BenchmarkChartGeometry } from './benchmark-chart-geometry.js';

export const round = (n: number) => Math.round(n * 10) / 10;
const point = (x: number, y: number) => `${round(x)},${round(y)}`;

export interface RadarAxis {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  label: string;
  scoreText: string;
  targetText: string;
  dotX: number;
  dotY: number;
}

export interface RadarGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  rings: { points: string; labelX: number; labelY: number; value: string }[];
  axes: RadarAxis[];
  scorePoints: string;
  targetPoints: string;
}

/** Radar of the scored imperatives against their targets; null with fewer than three (no area to draw). */
export function radarGeometry(view: ReportView): RadarGeometry | null {
  const scored = view.imperatives.filter((i) => i.score !== null);
  if (scored.length < 3) return null;
  const width = 520;
  const cx = width / 2;
  const r = 120;
  const cy = 180;
  const height = 350;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / scored.length;
  const at = (i: number, value: number) => ({ x: cx + Math.cos(angle(i)) * (r * value) / 100, y: cy + Math.sin(angle(i)) * (r * value) / 100 });
  const polygon = (values: readonly number[]) => values.map((v, i) => at(i, Math.max(0, Math.min(100, v)))).map((p) => point(p.x, p.y)).join(' ');
  const axes = scored.map((imperative, i) => {
    const end = at(i, 100);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const label = at(i, 112);
    const dot = at(i, Math.max(0, Math.min(100, imperative.score!)));
    return {
      x: round(end.x),
      y: round(end.y),
      // Two lines of text: above the point at the top, below it at the bottom, beside it otherwise.
      labelX: round(label.x),
      labelY: round(sin < -0.5 ? label.y - 22 : sin > 0.5 ? label.y + 10 : label.y - 4),
      anchor: Math.abs(cos) < 0.3 ? ('middle' as const) : cos > 0 ? ('start' as const) : ('end' as const),
      label: imperative.label,
      scoreText: imperative.scoreText,
      targetText: imperative.targetText,
      dotX: round(dot.x),
      dotY: round(dot.y),
    };
  });
  return {
    width,
    height,
    cx,
    cy,
    rings: [25, 50, 75, 100].map((value) => ({
      points: polygon(scored.map(() => value)),
      labelX: round(cx + 4),
      labelY: round(cy - (r * value) / 100 - 3),
      value: String(value),
    })),
    axes,
    scorePoints: polygon(scored.map((i) => i.score!)),
    targetPoints: polygon(scored.map((i) => i.target)),
  };
}

const PLOT_LEFT = 12;
const PLOT_WIDTH = 380;
/** Bar charts: the plot, then room for the value text after a full bar. */
export const BAR_CHART_WIDTH = 440;
export const scaleX = (value: number) => round(PLOT_LEFT + (PLOT_WIDTH * Math.max(0, Math.min(100, value))) / 100);
export const ticks = (bottom: number) => [0, 25, 50, 75, 100].map((value) => ({ x: scaleX(value), value: String(value), y: bottom }));

export interface ScoreBarsGeometry {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; value: string; y: number }[];
  rows: {
    label: string;
    number: number;
    labelY: number;
    barY: number;
    barWidth: number;
    scored: boolean;
    scoreText: string;
    textX: number;
    textY: number;
    targetX: number;
    targetTop: number;
    targetBottom: number;
    targetText: string;
  }[];
}

/** One horizontal bar per imperative (0 to 100), its target as a dashed mark. */
export function scoreBarsGeometry(view: ReportView): ScoreBarsGeometry {
  const rowHeight = 50;
  const top = 8;
  const rows = view.imperatives.map((imperative, i) => {
    const y = top + i * rowHeight;
    const scored = imperative.score !== null;
    const end = scored ? scaleX(imperative.score!) : PLOT_LEFT;
    return {
      label: imperative.label,
      number: imperative.number,
      labelY: y + 13,
      barY: y + 20,
      barWidth: round(end - PLOT_LEFT),
      scored,
      scoreText: imperative.scoreText,
      textX: round(end + 6),
      textY: y + 33,
      targetX: scaleX(imperative.target),
      targetTop: y + 15,
      targetBottom: y + 43,
      targetText: imperative.targetText,
    };
  });
  const axisY = top + rows.length * rowHeight;
  return { width: BAR_CHART_WIDTH, height: axisY + 22, axisY, ticks: ticks(axisY + 16), rows };
}

export interface RoleBarsGeometry {
  width: number;
  height: number;
  gridTop: number;
  axisY: number;
  ticks: { x: number; value: string; y: number }[];
  legend: { role: string; pattern: string; x: number; y: number }[];
  groups: {
    label: string;
    labelY: number;
    /** No group's score shows for this imperative: the label says so on its own line, with no bars. */
    notShown: boolean;
    /** The group names as a sentence says them, plural ("salespeople 17.9"), for the chart's description: a role's singular name beside a score reads as one person's (twelfth VP reading, class 5). */
    bars: { role: string; group: string; pattern: string; y: number; width: number; scored: boolean; scoreText: string; textX: number; textY: number }[];
  }[];
}

/** The longest legend entry that fits half the role chart's width at 13 px (the second column starts 250 px on). */
const LEGEND_HALF_CHARS = 30;

/** The fills of the by-role bars, told apart by pattern as well as shade (greyscale print). */
export const ROLE_PATTERNS = ['role-fill-0', 'role-fill-1', 'role-fill-2', 'role-fill-3', 'role-fill-4', 'role-fill-5'] as const;

/** Grouped bars: each imperative, one bar per role shown. Null when only one role is shown. */
export function roleBarsGeometry(view: ReportView): RoleBarsGeometry | null {
  if (!view.multipleRoles) return null;
  const roles = view.roles.map((r) => r.role);
  const pattern = (role: string) => ROLE_PATTERNS[roles.indexOf(role) % ROLE_PATTERNS.length]!;
  // The legend names each role as the table beside it does, "Leadership and sales managers", two
  // to a row (tenth VP reading, class 12: clipped to "leadership or s…" beside the table's words).
  // Each with its number of respondents, as the caption under the chart says (fourteenth VP
  // reading, class 12: the caption promised numbers the legend did not have); one to a row where
  // a name with its number is too long for half the chart's width.
  const names = view.roles.map((r) => `${capitalize(r.group)} (${r.count})`);
  const perRow = names.every((n) => [...n].length <= LEGEND_HALF_CHARS) ? 2 : 1;
  const legendRows = Math.ceil(roles.length / perRow);
  const legend = view.roles.map((r, i) => ({ role: names[i]!, pattern: pattern(r.role), x: PLOT_LEFT + (i % perRow) * 250, y: 6 + Math.floor(i / perRow) * 20 }));
  const gridTop = 8 + legendRows * 20;
  let y = gridTop + 6;
  const barHeight = 12;
  const groups = view.imperatives.map((imperative) => {
    const labelY = y + 13;
    y += 20;
    // An imperative no group's score may show for takes one line, its label and "not shown", not a
    // row of empty bars per role (eleventh VP reading, class 8: the chart half "not shown").
    if (imperative.byRole.every((entry) => entry.score === null)) {
      y += 4;
      return { label: imperative.label, labelY, notShown: true, bars: [] };
    }
    const bars = imperative.byRole.map((entry) => {
      const end = entry.score === null ? PLOT_LEFT : scaleX(entry.score);
      const bar = {
        role: entry.role,
        group: entry.group,
        pattern: pattern(entry.role),
        y,
        width: round(end - PLOT_LEFT),
        scored: entry.score !== null,
        scoreText: entry.scoreText,
        textX: round(end + 6),
        textY: y + 10,
      };
      y += barHeight + 4;
      return bar;
    });
    y += 10;
    return { label: imperative.label, labelY, notShown: false, bars };
  });
  return { width: BAR_CHART_WIDTH, height: y + 22, gridTop, axisY: y, ticks: ticks(y + 16), legend, groups };
}

export interface TimelineGeometry {
  width: number;
  height: number;
  axisY: number;
  tickBottom: number;
  labelY: number;
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  segments: { x: number; width: number; y: number; height: number; title: string; count: number; textX: number; fill: string }[];
}

const HORIZON_FILLS: Record<number, string> = { 30: 'timeline-fill-30', 60: 'timeline-fill-60', 90: 'timeline-fill-90' };

/** The 30/60/90 plan as three blocks on a line of days; null when no action fires. */
export function timelineGeometry(view: ReportView): TimelineGeometry | null {
  if (view.actionPlan.length === 0) return null;
  const left = 12;
  const span = 600;
  const x = (days: number) => round(left + (span * days) / 90);
  const segments = view.actionPlan.map((group) => {
    const from = group.horizon === 30 ? 0 : group.horizon === 60 ? 30 : 60;
    return {
      x: x(from) + 2,
      width: round(x(group.horizon) - x(from) - 4),
      y: 8,
      height: 62,
      title: group.title,
      count: group.actions.length,
      textX: x(from) + 12,
      fill: HORIZON_FILLS[group.horizon] ?? 'timeline-fill-90',
    };
  });
  return {
    width: 640,
    height: 108,
    axisY: 80,
    tickBottom: 86,
    labelY: 102,
    ticks: [
      { x: x(0), label: 'today', anchor: 'start' },
      { x: x(30), label: '30 days', anchor: 'middle' },
      { x: x(60), label: '60 days', anchor: 'middle' },
      { x: x(90), label: '90 days', anchor: 'end' },
    ],
    segments,
  };
}

export interface ReportCharts {
  radar: RadarGeometry | null;
  scoreBars: ScoreBarsGeometry;
  roleBars: RoleBarsGeometry | null;
  timeline: TimelineGeometry | null;
  benchmark: BenchmarkChartGeometry | null;
}

export function reportCharts(view: ReportView): ReportCharts {
  return { radar: radarGeometry(view), scoreBars: scoreBarsGeometry(view), roleBars: roleBarsGeometry(view), timeline: timelineGeometry(view), benchmark: benchmarkChartGeometry(view) };
}

// Where the benchmark chart puts its shapes: one row per imperative (and the overall score), the
// portfolio's spread as a box (middle half) with whiskers (10th to 90th percentile) and a median
// line, and the client's score as a black diamond. Positions only; every number shown comes from
// the view model. Pure.
import type { ReportView } from '../../core/report/report-view.js';

const round = (n: number) => Math.round(n * 10) / 10;
const LABEL_WIDTH = 190;
const PLOT_WIDTH = 400;
const ROW_HEIGHT = 46;
const TOP = 30;
const scaleX = (value: number) => round(LABEL_WIDTH + (PLOT_WIDTH * Math.max(0, Math.min(100, value))) / 100);

export interface BenchmarkChartRow {
  label: string;
  strong: boolean;
  labelY: number;
  shown: boolean;
  clientText: string;
  percentileText: string;
  /** Row's vertical centre, and the box's top and height. */
  y: number;
  boxTop: number;
  boxHeight: number;
  boxBottom: number;
  whiskerLeft: number;
  whiskerRight: number;
  boxLeft: number;
  boxWidth: number;
  medianX: number;
  /** The client's diamond ("x,y x,y x,y x,y"), or null when not scored. */
  diamond: string | null;
  markX: number;
  /** The client's score beside the diamond; then, on the right, the percentile. */
  textX: number;
  textAnchor: 'start' | 'end';
  noteText: string;
}

export interface BenchmarkChartGeometry {
  width: number;
  height: number;
  axisY: number;
  plotLeft: number;
  /** The right edge of the score column. */
  scoreX: number;
  plotRight: number;
  percentileX: number;
  legendY: number;
  ticks: { x: number; value: string; y: number }[];
  rows: BenchmarkChartRow[];
  legend: { boxX: number; medianX: number; diamond: string; textBoxX: number; textMedianX: number; textDiamondX: number };
}

export function benchmarkChartGeometry(view: ReportView): BenchmarkChartGeometry | null {
  const benchmark = view.benchmark;
  if (benchmark === null) return null;
  const rows = benchmark.rows.map((row, i) => {
    const y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const markX = row.client === null ? LABEL_WIDTH : scaleX(row.client);

    return {
      label: row.label,
      strong: row.isOverall,
      labelY: y + 4,
      shown: row.shown,
      clientText: row.clientText,
      percentileText: row.shown ? row.percentileText : '–',
      y,
      boxTop: y - 9,
      boxHeight: 18,
      boxBottom: y + 9,
      whiskerLeft: scaleX(row.p10 ?? 0),
      whiskerRight: scaleX(row.p90 ?? 0),
      boxLeft: scaleX(row.q1 ?? 0),
      boxWidth: round(scaleX(row.q3 ?? 0) - scaleX(row.q1 ?? 0)),
      medianX: scaleX(row.median ?? 0),
      diamond: row.client === null ? null : `${markX},${y - 9} ${round(markX + 8)},${y} ${markX},${y + 9} ${round(markX - 8)},${y}`,
      markX,
      // The score in its own column left of the plot, so no whisker or box ever covers it.
      textX: LABEL_WIDTH - 10,
      textAnchor: 'end' as const,
      noteText: row.shown ? '' : `fewer than ${benchmark.minBenchmark} comparable audits`,
    };
  });
  const axisY = TOP + rows.length * ROW_HEIGHT + 4;
  return {
    width: LABEL_WIDTH + PLOT_WIDTH + 80,
    height: axisY + 26,
    axisY,
    plotLeft: LABEL_WIDTH,
    scoreX: LABEL_WIDTH - 10,
    plotRight: LABEL_WIDTH + PLOT_WIDTH,
    percentileX: LABEL_WIDTH + PLOT_WIDTH + 75,
    legendY: 14,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ x: scaleX(value), value: String(value), y: axisY + 16 })),
    rows,
    legend: { boxX: LABEL_WIDTH, medianX: LABEL_WIDTH + 8, diamond: `${LABEL_WIDTH + 215},6 ${LABEL_WIDTH + 223},14 ${LABEL_WIDTH + 215},22 ${LABEL_WIDTH + 207},14`, textBoxX: LABEL_WIDTH + 22, textMedianX: 0, textDiamondX: LABEL_WIDTH + 229 },
  };
}

// Where the comparison's chart puts its shapes: for each imperative a bar before and a bar after,
// on one 0 to 100 scale. Positions only; the values shown are the view model's *Text fields. Pure.
// The scale and the axis are the report's bar charts' (chart-geometry.ts).
import type { ComparisonView } from '../../core/compare/build-comparison-view.js';
import { BAR_CHART_WIDTH, round, scaleX as x, ticks } from './chart-geometry.js';

const LEFT = x(0);

export interface ComparisonBarsGeometry {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; value: string; y: number }[];
  groups: {
    label: string;
    number: number;
    labelY: number;
    /** The imperative's target: a dashed mark across both bars. */
    target: { x: number; top: number; bottom: number; text: string };
    bars: { side: 'before' | 'after'; fill: string; y: number; width: number; scored: boolean; text: string; textX: number; textY: number }[];
  }[];
}

export function comparisonCharts(view: ComparisonView): { bars: ComparisonBarsGeometry } {
  let y = 32;
  const groups = view.chart.rows.map((row) => {
    const labelY = y + 13;
    y += 20;
    const top = y - 2;
    const bars = (['before', 'after'] as const).map((side) => {
      const value = side === 'before' ? row.before : row.after;
      const end = value === null ? LEFT : x(value);
      const bar = {
        side,
        fill: side === 'before' ? 'compare-before' : 'compare-after',
        y,
        width: round(end - LEFT),
        scored: value !== null,
        text: side === 'before' ? row.beforeText : row.afterText,
        textX: round(end + 6),
        textY: y + 11,
      };
      y += 18;
      return bar;
    });
    const target = { x: x(row.target), top, bottom: y, text: `target ${row.targetText}` };
    y += 10;
    return { label: row.label, number: row.number, labelY, target, bars };
  });
  return { bars: { width: BAR_CHART_WIDTH, height: y + 22, axisY: y, ticks: ticks(y + 16), groups } };
}

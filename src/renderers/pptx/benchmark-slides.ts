// The deck's "How <org> compares": the client's score as a black diamond on each imperative's
// portfolio spread (box = middle half, thick line = median, whiskers = 10th to 90th percentile),
// drawn with shapes because pptxgenjs has no native box plot; the shapes stay editable. Like every
// slide of the deck: a title that states the message, one chart or one table, at most five
// bullets, no text under 12 pt, the detail in the speaker notes. The numbers are in a table on
// the next slide; the questions furthest from the median on a third.
import type { ReportView } from '../../core/report/report-view.js';
import type { BenchmarkView } from '../../core/report/benchmark-view.js';
import { xmlSafe } from './fit-text.js';
import { FONT, GRID, INK, MUTED, SOFT } from './palette.js';
import { talkTrack } from './talk-track.js';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;
type TableRow = import('pptxgenjs').default.TableRow;

/** The portfolio's box: lighter than the deck's grid, so the client's black diamond stands out. */
const BOX = 'D7DCE2';
const t = (text: string) => xmlSafe(text);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The chart's plot, in inches. */
const LABEL_W = 2.9;
const PLOT_X = 0.5 + LABEL_W;
const PLOT_W = 5.6;
/** The smallest text on a slide, in points (the deck's rule). */
const MIN_PT = 12;
/** The score's column, just left of the plot. */
const SCORE_X = PLOT_X - 0.7;
const scaleX = (value: number) => PLOT_X + (PLOT_W * Math.max(0, Math.min(100, value))) / 100;

function drawChart(pres: Pptx, slide: Slide, benchmark: BenchmarkView, organization: string, top: number, height: number): void {
  const rowH = Math.min(0.55, (height - 0.5) / benchmark.rows.length);
  const line = (x1: number, y1: number, x2: number, y2: number, width: number, color = INK) =>
    slide.addShape(pres.ShapeType.line, { x: x1, y: y1, w: x2 - x1, h: y2 - y1, line: { color, width } });
  // Legend.
  slide.addShape(pres.ShapeType.rect, { x: PLOT_X, y: top + 0.05, w: 0.22, h: 0.16, fill: { color: BOX }, line: { color: INK, width: 0.75 } });
  line(PLOT_X + 0.1, top + 0.05, PLOT_X + 0.1, top + 0.21, 2.25);
  slide.addText('portfolio: middle half, median', { x: PLOT_X + 0.27, y: top, w: 3.0, h: 0.26, fontFace: FONT, fontSize: MIN_PT, color: MUTED, margin: 0 });
  slide.addShape(pres.ShapeType.diamond, { x: PLOT_X + 3.4, y: top + 0.04, w: 0.18, h: 0.18, fill: { color: '000000' }, line: { color: '000000', width: 0.5 } });
  slide.addText('score', { x: SCORE_X, y: top, w: 0.6, h: 0.26, fontFace: FONT, fontSize: MIN_PT, color: MUTED, align: 'right', margin: 0 });
  slide.addText(t(organization), { x: PLOT_X + 3.6, y: top, w: 2.0, h: 0.26, fontFace: FONT, fontSize: MIN_PT, color: MUTED, margin: 0, fit: 'none' });
  const plotTop = top + 0.35;
  const axisY = plotTop + rowH * benchmark.rows.length;
  for (const value of [0, 25, 50, 75, 100]) {
    line(scaleX(value), plotTop, scaleX(value), axisY, 0.5, 'D7DCE2');
    slide.addText(String(value), { x: scaleX(value) - 0.3, y: axisY + 0.02, w: 0.6, h: 0.26, fontFace: FONT, fontSize: MIN_PT, color: MUTED, align: 'center', margin: 0 });
  }
  benchmark.rows.forEach((row, i) => {
    const y = plotTop + rowH * i + rowH / 2;
    slide.addText(t(row.label), { x: 0.5, y: y - 0.15, w: LABEL_W - 0.6, h: 0.3, fontFace: FONT, fontSize: MIN_PT, bold: row.isOverall, color: INK, margin: 0, valign: 'middle', fit: 'shrink' });
    if (row.shown && row.q1 !== null && row.q3 !== null && row.median !== null && row.p10 !== null && row.p90 !== null) {
      line(scaleX(row.p10), y, scaleX(row.p90), y, 1, MUTED);
      line(scaleX(row.p10), y - 0.08, scaleX(row.p10), y + 0.08, 1, MUTED);
      line(scaleX(row.p90), y - 0.08, scaleX(row.p90), y + 0.08, 1, MUTED);
      slide.addShape(pres.ShapeType.rect, { x: scaleX(row.q1), y: y - 0.1, w: Math.max(0.01, scaleX(row.q3) - scaleX(row.q1)), h: 0.2, fill: { color: BOX }, line: { color: INK, width: 0.75 } });
      line(scaleX(row.median), y - 0.1, scaleX(row.median), y + 0.1, 2.25);
    } else {
      slide.addText(t(`fewer than ${benchmark.minBenchmark} comparable audits`), { x: PLOT_X + 0.9, y: y - 0.14, w: 4.2, h: 0.28, fontFace: FONT, fontSize: MIN_PT, color: MUTED, margin: 0 });
    }
    if (row.client !== null) {
      const x = scaleX(row.client);
      slide.addShape(pres.ShapeType.diamond, { x: x - 0.09, y: y - 0.09, w: 0.18, h: 0.18, fill: { color: '000000' }, line: { color: 'FFFFFF', width: 0.5 } });
      slide.addText(row.clientText, { x: SCORE_X, y: y - 0.14, w: 0.6, h: 0.28, fontFace: FONT, fontSize: MIN_PT, bold: true, color: INK, align: 'right', valign: 'middle', margin: 0 });
    }
  });
}

/** The headline's first statement, as a slide title: "Overall, Acme Corp scores 36.8, in the bottom quarter of 40 sales forces audited on the same rubrics". */
function messageOf(headline: string): string {
  const first = headline.split(/(?<=[.:])\s/)[0] ?? headline;
  return first.replace(/[.:]$/, '');
}

/** The deck's own slides, on its masters: one to draw on, and one of bullets. */
export interface BenchmarkSlideMakers {
  pres: Pptx;
  drawing: (title: string, notes: string[]) => Slide;
  bullets: (title: string, bullets: string[], notes: string[]) => void;
}

export function benchmarkSlides(view: ReportView, make: BenchmarkSlideMakers): void {
  const benchmark = view.benchmark;
  if (benchmark === null) return;
  const pres = make.pres;
  const method = `Percentile: ${benchmark.definition}. Compared with ${benchmark.groupText}.`;
  // Talk tracks, as on every slide of the deck: what to say, what the room will ask, what is behind it.
  const title = messageOf(benchmark.headline);
  const rest = benchmark.headline.slice(title.length).replace(/^[.:]\s*/, '');
  const chart = make.drawing(
    title,
    talkTrack({
      say: ['Set the scores against other sales forces before the detail: the diamond is this client, the box the middle half of the portfolio, the thick line its median.'],
      ask: [`Compared with whom? ${capital(benchmark.groupText)}.`],
      behind: [capital(rest), `Percentile: ${benchmark.definition}.`, ...benchmark.notes],
    }),
  );
  if (benchmark.available) drawChart(pres, chart, benchmark, view.organization, 1.3, 4.0);
  else chart.addText(t(benchmark.headline), { x: 0.5, y: 1.3, w: 9, h: 2.5, fontFace: FONT, fontSize: 16, color: INK, valign: 'top', margin: 0.05, fit: 'shrink' });
  if (!benchmark.available) return;

  const header = ['', 'Score', 'Percentile', 'Median', 'Middle half', 'n'];
  const rows: TableRow[] = [
    header.map((text, i) => ({ text, options: { bold: true, fill: { color: SOFT }, align: i === 0 ? 'left' : 'right' } })),
    ...benchmark.rows.map(
      (r) => [r.label, r.clientText, r.percentileText, r.medianText, r.iqrText, r.nText].map((text, i) => ({ text: t(text), options: { bold: r.isOverall, align: i === 0 ? 'left' : 'right' } })) as TableRow,
    ),
  ];
  const below = benchmark.rows.filter((r) => !r.isOverall && r.clientText !== '' && Number(r.clientText) < Number(r.medianText)).length;
  const imperatives = benchmark.rows.filter((r) => !r.isOverall).length;
  const tableTitle = below === imperatives ? `Every imperative is below the portfolio's median` : below === 0 ? `Every imperative is at or above the portfolio's median` : `${below} of ${imperatives} imperatives are below the portfolio's median`;
  const table = make.drawing(tableTitle, talkTrack({ say: ['Read one row at a time: the score, where it ranks, then the portfolio\'s median and middle half.'], behind: [method] }));
  table.addTable(rows, { x: 0.5, y: 1.4, w: 9, colW: [3.3, 0.9, 1.2, 1.0, 1.8, 0.8], fontFace: FONT, fontSize: MIN_PT + 2, color: INK, border: { type: 'solid', pt: 0.5, color: GRID }, margin: 0.06, autoPage: false });

  // The questions furthest from the median: at most five bullets; the rest, the roles and what was
  // counted out go to the notes.
  const line = (q: (typeof benchmark.above)[number], side: 'below' | 'above') => `${q.ref} ${q.label}: ${q.clientText}, ${side} the median of ${q.medianText} (${q.percentileText})`;
  const shown = [...benchmark.below.slice(0, 3).map((q) => line(q, 'below')), ...benchmark.above.slice(0, 2).map((q) => line(q, 'above'))];
  if (shown.length < 2) return;
  const notes = talkTrack({
    say: ['These are the questions where the client sits furthest from other sales forces.'],
    ask: [`Compared with whom? ${capital(benchmark.groupText)}.`],
    behind: [
      ...benchmark.below.map((q) => `Below: ${q.ref} ${q.label} (${q.imperativeLabel}): ${q.clientText} against ${q.medianText}, ${q.differenceText} (${q.percentileText}, n = ${q.nText})`),
      ...benchmark.above.map((q) => `Above: ${q.ref} ${q.label} (${q.imperativeLabel}): ${q.clientText} against ${q.medianText}, ${q.differenceText} (${q.percentileText}, n = ${q.nText})`),
      benchmark.byRoleText,
      ...benchmark.byRole.filter((r) => r.shown).map((r) => `${r.label}, ${r.group}: ${r.percentileText}`),
    ],
  });
  const lowest = benchmark.below[0];
  make.bullets(lowest ? `Furthest below the portfolio: ${lowest.ref} ${lowest.label}` : `Furthest above the portfolio: ${benchmark.above[0]!.ref} ${benchmark.above[0]!.label}`, shown, notes);
}

// The deck's "How <org> compares": the client's score as a black diamond on each imperative's
// portfolio spread (box = middle half, thick line = median, whiskers = 10th to 90th percentile),
// drawn with shapes because pptxgenjs has no native box plot; every number is in the table beside
// it, and the shapes stay editable. A second slide holds the questions and what was counted out.
import type { ReportView } from '../../core/report/report-view.js';
import type { BenchmarkView } from '../../core/report/benchmark-view.js';
import { fitFontSize, xmlSafe, type Paragraph } from './fit-text.js';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;
type TableRow = import('pptxgenjs').default.TableRow;

const FONT = 'Arial';
const INK = '1B1F24';
const MUTED = '555E68';
const BOX = 'D7DCE2';
const SOFT = 'EEF2F6';
const t = (text: string) => xmlSafe(text);

/** The chart's plot, in inches. */
const LABEL_W = 1.9;
const PLOT_X = 0.5 + LABEL_W;
const PLOT_W = 3.0;
/** The score's column, just left of the plot. */
const SCORE_X = PLOT_X - 0.55;
const scaleX = (value: number) => PLOT_X + (PLOT_W * Math.max(0, Math.min(100, value))) / 100;

function drawChart(pres: Pptx, slide: Slide, benchmark: BenchmarkView, organization: string, top: number, height: number): void {
  const rowH = Math.min(0.55, (height - 0.5) / benchmark.rows.length);
  const line = (x1: number, y1: number, x2: number, y2: number, width: number, color = INK) =>
    slide.addShape(pres.ShapeType.line, { x: x1, y: y1, w: x2 - x1, h: y2 - y1, line: { color, width } });
  // Legend.
  slide.addShape(pres.ShapeType.rect, { x: PLOT_X, y: top + 0.05, w: 0.22, h: 0.16, fill: { color: BOX }, line: { color: INK, width: 0.75 } });
  line(PLOT_X + 0.1, top + 0.05, PLOT_X + 0.1, top + 0.21, 2.25);
  slide.addText('portfolio: middle half, median', { x: PLOT_X + 0.27, y: top, w: 1.9, h: 0.26, fontFace: FONT, fontSize: 8, color: MUTED, margin: 0 });
  slide.addShape(pres.ShapeType.diamond, { x: PLOT_X + 2.2, y: top + 0.04, w: 0.18, h: 0.18, fill: { color: '000000' }, line: { color: '000000', width: 0.5 } });
  slide.addText('score', { x: SCORE_X, y: top, w: 0.45, h: 0.26, fontFace: FONT, fontSize: 8, color: MUTED, align: 'right', margin: 0 });
  slide.addText(t(organization), { x: PLOT_X + 2.42, y: top, w: 1.0, h: 0.26, fontFace: FONT, fontSize: 8, color: MUTED, margin: 0, fit: 'none' });
  const plotTop = top + 0.35;
  const axisY = plotTop + rowH * benchmark.rows.length;
  for (const value of [0, 25, 50, 75, 100]) {
    line(scaleX(value), plotTop, scaleX(value), axisY, 0.5, 'D7DCE2');
    slide.addText(String(value), { x: scaleX(value) - 0.25, y: axisY + 0.02, w: 0.5, h: 0.2, fontFace: FONT, fontSize: 8, color: MUTED, align: 'center', margin: 0 });
  }
  benchmark.rows.forEach((row, i) => {
    const y = plotTop + rowH * i + rowH / 2;
    slide.addText(t(row.label), { x: 0.5, y: y - 0.15, w: LABEL_W - 0.6, h: 0.3, fontFace: FONT, fontSize: 10, bold: row.isOverall, color: INK, margin: 0, valign: 'middle', fit: 'shrink' });
    if (row.shown && row.q1 !== null && row.q3 !== null && row.median !== null && row.p10 !== null && row.p90 !== null) {
      line(scaleX(row.p10), y, scaleX(row.p90), y, 1, MUTED);
      line(scaleX(row.p10), y - 0.08, scaleX(row.p10), y + 0.08, 1, MUTED);
      line(scaleX(row.p90), y - 0.08, scaleX(row.p90), y + 0.08, 1, MUTED);
      slide.addShape(pres.ShapeType.rect, { x: scaleX(row.q1), y: y - 0.1, w: Math.max(0.01, scaleX(row.q3) - scaleX(row.q1)), h: 0.2, fill: { color: BOX }, line: { color: INK, width: 0.75 } });
      line(scaleX(row.median), y - 0.1, scaleX(row.median), y + 0.1, 2.25);
    } else {
      slide.addText(t(`fewer than ${benchmark.minBenchmark} comparable audits`), { x: PLOT_X + 0.9, y: y - 0.12, w: 2.4, h: 0.24, fontFace: FONT, fontSize: 8, color: MUTED, margin: 0 });
    }
    if (row.client !== null) {
      const x = scaleX(row.client);
      slide.addShape(pres.ShapeType.diamond, { x: x - 0.09, y: y - 0.09, w: 0.18, h: 0.18, fill: { color: '000000' }, line: { color: 'FFFFFF', width: 0.5 } });
      slide.addText(row.clientText, { x: SCORE_X, y: y - 0.12, w: 0.45, h: 0.24, fontFace: FONT, fontSize: 9, bold: true, color: INK, align: 'right', valign: 'middle', margin: 0 });
    }
  });
}

export function benchmarkSlides(pres: Pptx, view: ReportView, contentSlide: (pres: Pptx, view: ReportView, title: string) => Slide): void {
  const benchmark = view.benchmark;
  if (benchmark === null) return;
  const slide = contentSlide(pres, view, benchmark.title);
  const headline: Paragraph[] = [{ text: benchmark.headline }];
  const headBox = { w: 9, h: 0.85 };
  const size = fitFontSize(headline, headBox, 13, 9) ?? 9;
  slide.addText(t(benchmark.headline), { x: 0.5, y: 1.15, ...headBox, fontFace: FONT, fontSize: size, bold: true, color: INK, valign: 'top', margin: 0.05, fit: 'none' });
  if (benchmark.available) drawChart(pres, slide, benchmark, view.organization, 2.05, 3.0);
  const header = ['', 'Score', 'Pctl', 'Median', 'Middle half', 'n'];
  const rows: TableRow[] = [
    header.map((text, i) => ({ text, options: { bold: true, fill: { color: SOFT }, align: i === 0 ? 'left' : 'right' } })),
    ...benchmark.rows.map(
      (r) => [r.label, r.clientText, r.percentileText, r.medianText, r.iqrText, r.nText].map((text, i) => ({ text: t(text), options: { bold: r.isOverall, align: i === 0 ? 'left' : 'right' } })) as TableRow,
    ),
  ];
  slide.addTable(rows, { x: 6.0, y: 2.15, w: 3.5, colW: [1.05, 0.45, 0.42, 0.5, 0.78, 0.3], fontFace: FONT, fontSize: 8, color: INK, border: { type: 'solid', pt: 0.5, color: 'C9CFD6' }, margin: 0.03, autoPage: false });
  slide.addText(t(`Percentile: ${benchmark.definition}. Compared with ${benchmark.groupText}.`), { x: 6.0, y: 4.3, w: 3.5, h: 0.85, fontFace: FONT, fontSize: 7, color: MUTED, valign: 'top', margin: 0.02, fit: 'shrink' });

  // The questions and what was counted out, on a slide of their own.
  const lines: Paragraph[] = [];
  const runs: { text: string; options: object }[] = [];
  const add = (text: string, style: 'heading' | 'bullet' | 'note') => {
    lines.push({ text });
    runs.push({ text: t(text), options: { fontFace: FONT, color: style === 'note' ? MUTED : INK, bold: style === 'heading', bullet: style === 'bullet' ? { indent: 12 } : undefined, breakLine: true, paraSpaceAfter: 4 } });
  };
  if (benchmark.above.length > 0) add("Furthest above the portfolio's median", 'heading');
  for (const q of benchmark.above) add(`${q.ref} ${q.label} (${q.imperativeLabel}): ${q.clientText} against ${q.medianText}, ${q.differenceText} (${q.percentileText}, n = ${q.nText})`, 'bullet');
  if (benchmark.below.length > 0) add("Furthest below the portfolio's median", 'heading');
  for (const q of benchmark.below) add(`${q.ref} ${q.label} (${q.imperativeLabel}): ${q.clientText} against ${q.medianText}, ${q.differenceText} (${q.percentileText}, n = ${q.nText})`, 'bullet');
  const shownRoles = benchmark.byRole.filter((r) => r.shown);
  if (shownRoles.length > 0) {
    add('By role (percentile among the same role in comparable audits)', 'heading');
    const byImperative = new Map<string, string[]>();
    for (const r of shownRoles) byImperative.set(r.label, [...(byImperative.get(r.label) ?? []), `${r.group} ${r.percentileText}`]);
    for (const [label, parts] of byImperative) add(`${label}: ${parts.join(', ')}`, 'bullet');
  }
  for (const note of benchmark.notes) add(note, 'note');
  if (runs.length === 0) return;
  const box = { w: 9, h: 3.95 };
  const fontSize = fitFontSize(lines, box, 14, 7) ?? 7;
  const more = contentSlide(pres, view, `${benchmark.title}: questions and roles`);
  more.addText(runs.map((r) => ({ text: r.text, options: { ...r.options, fontSize } })), { x: 0.5, y: 1.2, ...box, valign: 'top', margin: 0.1, fit: 'none' });
}

// PowerPoint: the leadership readout deck, 16:9, made with pptxgenjs. Charts are native chart parts
// (ppt/charts/chartN.xml with their data), text is in text boxes and tables: the client can edit
// all of it. Every number and sentence comes from the view model; this file lays them out. No text
// overflows its box: fit-text.ts picks a font size within limits, and what still does not fit
// continues on the next slide.
import type { ImperativeView, ReportView } from '../core/report/report-view.js';
import { fitFontSize, paginate, textHeight, xmlSafe, type Box, type Paragraph } from './pptx/fit-text.js';
import type { Renderer } from './renderer.js';
import { benchmarkSlides } from './pptx/benchmark-slides.js';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;
type TextProps = import('pptxgenjs').default.TextProps;
type TableRow = import('pptxgenjs').default.TableRow;

const FONT = 'Arial';
const INK = '1B1F24';
const MUTED = '555E68';
const ACCENT = '1F3A5F';
const LIGHT = 'A9BDD3';
const SOFT = 'EEF2F6';
/** Chart fills, told apart in greyscale too: dark, light, mid, pale. */
const SERIES_COLORS = [ACCENT, LIGHT, '6B86A6', 'D9E1EA', '0F1F33', 'C4CED9'];

const SLIDE_W = 10;
const MARGIN = 0.5;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
const TITLE: Box & { x: number; y: number } = { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.75 };
const BODY_Y = 1.2;
const BODY_H = 3.95;

const t = (text: string) => xmlSafe(text);

/**
 * A deck is read in a meeting: each imperative's slide and each horizon of the plan show their
 * first actions by rank, and say how many more the full report's backlog holds.
 */
const DECK_ACTIONS_PER_IMPERATIVE = 5;
const DECK_ACTIONS_PER_HORIZON = 5;

export const pptxRenderer: Renderer = {
  async render(input) {
    if (input.kind !== 'report') throw new Error('the deck renders reports only');
    // The ES build's default export is the class (its types describe the CommonJS build).
    const PptxGenJS = (await import('pptxgenjs')).default as unknown as new () => Pptx;
    const pres = new PptxGenJS();
    pres.layout = 'LAYOUT_16x9';
    pres.title = t(`${input.view.organization}: sales readiness audit`);
    pres.subject = 'Sales readiness audit';
    buildDeck(pres, input.view);
    const bytes = (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
    return { ok: true, content: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  },
};

export function buildDeck(pres: Pptx, view: ReportView): void {
  titleSlide(pres, view);
  findingSlides(pres, view);
  scoresSlide(pres, view);
  benchmarkSlides(pres, view, contentSlide);
  if (view.multipleRoles) rolesSlide(pres, view);
  for (const imperative of view.imperatives) imperativeSlides(pres, view, imperative);
  planSlides(pres, view);
  decisionsSlides(pres, view);
  methodSlides(pres, view);
}

/** A content slide: the title fitted to its box, the running footer, the slide number. */
function contentSlide(pres: Pptx, view: ReportView, title: string): Slide {
  const slide = pres.addSlide();
  const size = fitFontSize([{ text: title }], TITLE, 26, 16) ?? 16;
  slide.addText(t(title), { ...TITLE, fontFace: FONT, fontSize: size, bold: true, color: ACCENT, valign: 'bottom', margin: 0.05, fit: 'none' });
  slide.addShape(pres.ShapeType.line, { x: MARGIN, y: TITLE.y + TITLE.h + 0.05, w: CONTENT_W, h: 0, line: { color: ACCENT, width: 1.25 } });
  const footer = `${view.organization} · Sales readiness audit`;
  slide.addText(t(clip(footer, 90)), { x: MARGIN, y: 5.25, w: 7.8, h: 0.25, fontFace: FONT, fontSize: 8, color: MUTED, margin: 0, fit: 'none' });
  slide.slideNumber = { x: 9.0, y: 5.25, w: 0.5, h: 0.25, fontFace: FONT, fontSize: 8, color: MUTED, align: 'right' };
  return slide;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

interface Item {
  paragraphs: Paragraph[];
  /** A heading: never the last thing on a slide. */
  keepWithNext?: boolean;
  /** How each paragraph is drawn, in order. */
  styles: ParagraphStyle[];
  /** The number a 'number' paragraph shows, when the list may continue on another slide (otherwise counted per slide). */
  number?: number;
}
type ParagraphStyle = 'heading' | 'lead' | 'body' | 'bullet' | 'number' | 'quote' | 'note';

const item = (...parts: [ParagraphStyle, string][]): Item => ({
  paragraphs: parts.map(([style, text]) => ({ text, scale: style === 'heading' ? 1.15 : style === 'lead' ? 1.1 : style === 'note' ? 0.85 : 1 })),
  styles: parts.map(([style]) => style),
  keepWithNext: parts.length === 1 && parts[0]![0] === 'heading',
});

/** Paragraphs as pptxgenjs text runs, one paragraph each. */
function runs(items: readonly Item[], fontSize: number): TextProps[] {
  const out: TextProps[] = [];
  let number = 0;
  for (const it of items) {
    it.paragraphs.forEach((p, i) => {
      const style = it.styles[i]!;
      const size = Math.round(fontSize * (p.scale ?? 1));
      const base = { fontFace: FONT, fontSize: size, color: INK, breakLine: true, paraSpaceAfter: 4 };
      if (style === 'heading') out.push({ text: t(p.text), options: { ...base, bold: true, color: ACCENT } });
      else if (style === 'lead') out.push({ text: t(p.text), options: { ...base, bold: true } });
      else if (style === 'bullet') out.push({ text: t(p.text), options: { ...base, bullet: { indent: 14 } } });
      else if (style === 'number') out.push({ text: t(p.text), options: { ...base, bullet: { type: 'number', indent: 18, numberStartAt: it.number ?? ++number } as never } });
      else if (style === 'quote') out.push({ text: t(p.text), options: { ...base, italic: true, color: '30363D', indentLevel: 1 } });
      else if (style === 'note') out.push({ text: t(p.text), options: { ...base, color: MUTED, indentLevel: 1 } });
      else out.push({ text: t(p.text), options: base });
    });
  }
  return out;
}

/**
 * Items in a box on as many slides as they need (titled "(continued)" after the first), each at
 * the largest font size from max to min that fits. Continuation slides may use a wider box
 * (`restBox`: the imperative slides drop their score panel there). Returns the slides made.
 */
function flowSlides(
  pres: Pptx,
  view: ReportView,
  title: string,
  items: readonly Item[],
  box: Box & { x: number; y: number },
  max = 16,
  min = 11,
  decorate?: (slide: Slide) => void,
  restBox: Box & { x: number; y: number } = box,
): Slide[] {
  const first = paginate(items, box, max, min);
  const pages: { box: typeof box; fontSize: number; items: Item[] }[] = [{ box, fontSize: first.fontSize, items: first.pages[0]! }];
  const rest = first.pages.slice(1).flat();
  if (rest.length > 0) {
    const more = paginate(rest, restBox, min, min);
    for (const page of more.pages) pages.push({ box: restBox, fontSize: more.fontSize, items: page });
  }
  return pages.map((page, i) => {
    const slide = contentSlide(pres, view, i === 0 ? title : `${title} (continued)`);
    if (i === 0) decorate?.(slide);
    slide.addText(runs(page.items, page.fontSize), { ...page.box, valign: 'top', margin: 0.1, fit: 'none' });
    return slide;
  });
}

const BODY: Box & { x: number; y: number } = { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: BODY_H };

function titleSlide(pres: Pptx, view: ReportView): void {
  const slide = pres.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: SLIDE_W, h: 0.35, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  slide.addText('SALES READINESS AUDIT', { x: MARGIN, y: 0.8, w: CONTENT_W, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: ACCENT, charSpacing: 2, margin: 0.05 });
  const orgBox = { w: CONTENT_W, h: 2.0 };
  const orgSize = fitFontSize([{ text: view.organization }], orgBox, 40, 16) ?? 16;
  slide.addText(t(orgSize === 16 ? clip(view.organization, 160) : view.organization), { x: MARGIN, y: 1.25, ...orgBox, fontFace: FONT, fontSize: orgSize, bold: true, color: INK, valign: 'top', margin: 0.05, fit: 'none' });
  const details: Paragraph[] = [
    { text: `${view.single ? 'Respondent' : 'Respondents'}: ${view.respondentSummary}` },
    { text: `${view.single ? 'Interview date' : 'Interview dates'}: ${view.dateText}` },
    { text: `Rubrics: ${view.rubrics.title} (${view.rubrics.shortDigest})` },
  ];
  const detailBox = { w: CONTENT_W, h: 1.5 };
  const size = fitFontSize(details, detailBox, 16, 10) ?? 10;
  slide.addText(
    details.map((p) => ({ text: t(p.text), options: { fontFace: FONT, fontSize: size, color: MUTED, breakLine: true, paraSpaceAfter: 4 } })),
    { x: MARGIN, y: 3.45, ...detailBox, valign: 'top', margin: 0.1, fit: 'none' },
  );
}

function findingSlides(pres: Pptx, view: ReportView): void {
  // The headline finding first, as on page one of the report (view.headline).
  const items: Item[] = [item(['lead', view.headline]), item(['body', view.overall.sentence.text])];
  if (view.priorities.length > 0) {
    items.push(item(['heading', `Start with these ${view.priorities.length} action${view.priorities.length === 1 ? '' : 's'}`]), item(['note', view.prioritiesText]));
    // As on page one of the report: the action, who, when and how much, then its one line of why.
    for (const a of view.priorities) {
      items.push({ ...item(['number', `${a.action} (${a.ownerText}, within ${a.horizonText}, ${a.effort} effort.)${a.verifyFirst ? ' Verify first.' : ''}`], ['note', `Why: ${a.why}`]), number: a.number });
    }
  } else {
    items.push(item(['body', view.noActionsText]));
  }
  flowSlides(pres, view, 'The finding and the priorities', items, BODY, 18, 11);
}

const CHART_TEXT = { fontFace: FONT, catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, legendFontFace: FONT, dataLabelFontFace: FONT };

function scoresSlide(pres: Pptx, view: ReportView): void {
  const slide = contentSlide(pres, view, 'Scores against target');
  const scored = view.imperatives.filter((i) => i.score !== null);
  if (scored.length > 0) {
    const labels = scored.map((i) => t(i.label));
    slide.addChart(
      pres.ChartType.bar,
      [
        { name: 'Score', labels, values: scored.map((i) => i.score!) },
        { name: 'Target', labels, values: scored.map((i) => i.target) },
      ],
      {
        x: MARGIN, y: BODY_Y, w: 5.0, h: BODY_H,
        barDir: 'bar', barGrouping: 'clustered', chartColors: [ACCENT, LIGHT],
        valAxisMinVal: 0, valAxisMaxVal: 100, valAxisMajorUnit: 25,
        catAxisOrientation: 'maxMin' as 'minMax', // first imperative on top (the types list only minMax)
        valAxisLabelFontSize: 10, catAxisLabelFontSize: 11,
        showValue: true, dataLabelFormatCode: '0.0', dataLabelFontSize: 10, dataLabelPosition: 'outEnd',
        showLegend: true, legendPos: 'b', legendFontSize: 11,
        showTitle: false, ...CHART_TEXT,
      },
    );
  } else {
    slide.addText('No imperative has a score yet: nothing to chart.', { x: MARGIN, y: BODY_Y, w: 5.4, h: 1, fontFace: FONT, fontSize: 14, color: MUTED });
  }
  const header = ['Imperative', 'Score', 'Target', 'Gap', 'Band'];
  const rows: TableRow[] = [
    header.map((text, i) => ({ text, options: { bold: true, fill: { color: SOFT }, align: i === 0 || i === 4 ? 'left' : 'right' } })),
    ...view.chart.rows.map((r) => [r.label, r.scoreText, r.targetText, r.gapText, r.band].map((text, i) => ({ text: t(text), options: { align: i === 0 || i === 4 ? 'left' : 'right' } })) as TableRow),
    ['Overall', view.overall.scoreText, '', '', view.overall.band ?? 'not scored'].map((text, i) => ({ text: t(text), options: { bold: true, align: i === 0 || i === 4 ? 'left' : 'right' } })) as TableRow,
  ];
  slide.addTable(rows, { x: 5.65, y: BODY_Y + 0.1, w: 3.85, colW: [1.3, 0.5, 0.55, 0.45, 1.05], fontFace: FONT, fontSize: 9, color: INK, border: { type: 'solid', pt: 0.5, color: 'C9CFD6' }, margin: 0.04, autoPage: false });
}

function rolesSlide(pres: Pptx, view: ReportView): void {
  const slide = contentSlide(pres, view, 'Perception gaps by role');
  // Imperatives every shown role scored: a missing bar would read as zero.
  const shown = view.imperatives.filter((i) => i.byRole.length > 0 && i.byRole.every((r) => r.score !== null));
  if (shown.length > 0) {
    const labels = shown.map((i) => t(i.label));
    const data = view.roles.map((role) => ({ name: t(role.role), labels, values: shown.map((i) => i.byRole.find((r) => r.role === role.role)?.score ?? 0) }));
    slide.addChart(pres.ChartType.bar, data, {
      x: MARGIN, y: BODY_Y, w: 5.4, h: BODY_H,
      barDir: 'bar', barGrouping: 'clustered', chartColors: SERIES_COLORS.slice(0, data.length),
      valAxisMinVal: 0, valAxisMaxVal: 100, valAxisMajorUnit: 25, catAxisOrientation: 'maxMin' as 'minMax', // first imperative on top (the types list only minMax)
       
      valAxisLabelFontSize: 10, catAxisLabelFontSize: 11,
      showValue: true, dataLabelFormatCode: '0.0', dataLabelFontSize: 9, dataLabelPosition: 'outEnd',
      showLegend: true, legendPos: 'b', legendFontSize: 10, showTitle: false, ...CHART_TEXT,
    });
  }
  const items: Item[] = [item(['heading', 'Largest difference between two roles'])];
  for (const gap of view.perceptionGaps) items.push(item(['bullet', gap.sentence]));
  const box = { x: 6.05, y: BODY_Y, w: 3.45, h: BODY_H };
  const { fontSize, pages } = paginate(items, box, 14, 9);
  slide.addText(runs(pages[0]!, fontSize), { ...box, valign: 'top', margin: 0.1, fit: 'none' });
  for (const page of pages.slice(1)) {
    const more = contentSlide(pres, view, 'Perception gaps by role (continued)');
    more.addText(runs(page, fontSize), { ...BODY, valign: 'top', margin: 0.1, fit: 'none' });
  }
}

function imperativeSlides(pres: Pptx, view: ReportView, imperative: ImperativeView): void {
  const items: Item[] = [];
  if (imperative.lowestQuestions.length > 0) {
    items.push(item(['heading', imperative.lowestQuestions.length === 1 ? 'The lowest question' : `The ${imperative.lowestQuestions.length} lowest questions`]));
    for (const q of imperative.lowestQuestions) {
      const level = q.level === null ? '' : ` (${q.level.label})`;
      const parts: [ParagraphStyle, string][] = [['bullet', `${q.ref} ${q.label}: ${view.single ? 'answered' : 'mean'} ${q.answerText}${view.single ? '' : level}${q.needsDiscussion ? ', needs discussion' : ''}`]];
      for (const note of imperative.notes.filter((n) => n.ref === q.ref)) parts.push(['quote', `“${note.text}”${view.single ? '' : ` (${note.attribution})`}`]);
      items.push(item(...parts));
    }
  }
  items.push(item(['heading', 'Actions']));
  if (imperative.actions.length === 0) items.push(item(['body', view.noImperativeActionsText]));
  const shown = [...imperative.actions].sort((a, b) => a.rank - b.rank).slice(0, DECK_ACTIONS_PER_IMPERATIVE);
  for (const a of shown) items.push(item(['bullet', `Rank ${a.rank}: ${a.action} (${a.ownerText}, within ${a.horizonText}; for ${a.questionRef})`]));
  const moreActions = imperative.actions.length - shown.length;
  if (moreActions > 0) items.push(item(['note', `${moreActions} more action${moreActions === 1 ? '' : 's'} for this imperative in the backlog of the full report.`]));

  const box = { x: 3.6, y: BODY_Y, w: 5.9, h: BODY_H };
  flowSlides(pres, view, `${imperative.number}. ${imperative.title}`, items, box, 14, 10, (slide) => scorePanel(slide, view, imperative), BODY);
}

/** The left column of an imperative's slides: score, band, target and gap, coverage, by role. */
function scorePanel(slide: Slide, view: ReportView, imperative: ImperativeView): void {
  const x = MARGIN;
  const w = 2.85;
  slide.addShape('rect', { x, y: BODY_Y, w, h: BODY_H, fill: { color: SOFT }, line: { color: SOFT, width: 0 } });
  slide.addText(t(imperative.scored ? imperative.scoreText : 'Not scored'), { x: x + 0.1, y: BODY_Y + 0.1, w: w - 0.2, h: 0.8, fontFace: FONT, fontSize: imperative.scored ? 40 : 24, bold: true, color: ACCENT, margin: 0.05, fit: 'none' });
  const lines: Paragraph[] = [
    { text: imperative.scored ? `out of 100: ${imperative.band}` : 'no answered questions' },
    { text: imperative.scored ? `Target ${imperative.targetText}, gap ${imperative.gapText}` : `Target ${imperative.targetText}` },
    { text: imperative.coverageText },
  ];
  if (view.multipleRoles && imperative.byRole.length > 0) lines.push({ text: `By role: ${imperative.byRoleText}` });
  const box = { w: w - 0.2, h: BODY_H - 1.05 };
  const size = fitFontSize(lines, box, 13, 8) ?? 8;
  slide.addText(
    lines.map((p, i) => ({ text: t(p.text), options: { fontFace: FONT, fontSize: size, bold: i === 0, color: i < 2 ? INK : MUTED, breakLine: true, paraSpaceAfter: 6 } })),
    { x: x + 0.1, y: BODY_Y + 0.95, ...box, valign: 'top', margin: 0.05, fit: 'none' },
  );
}

function planSlides(pres: Pptx, view: ReportView): void {
  const title = 'The 30/60/90-day plan';
  if (view.actionPlan.length === 0) {
    flowSlides(pres, view, title, [item(['body', view.noActionsText])], BODY);
    return;
  }
  const colW = [0.55, 5.45, 1.9, 1.1];
  const fontSize = 11;
  // Each horizon shows its first actions by rank; a room reads a plan, the report keeps the backlog.
  type Row = { rank: string; action: string; ownerText: string; when: string };
  const rows: Row[] = view.actionPlan.flatMap((group) => {
    const shown: Row[] = group.actions.slice(0, DECK_ACTIONS_PER_HORIZON).map((a) => ({ rank: String(a.rank), action: a.action, ownerText: a.ownerText, when: group.title }));
    const more = group.actions.length - shown.length;
    if (more > 0) shown.push({ rank: '', action: `and ${more} more: see the backlog in the full report`, ownerText: '', when: group.title });
    return shown;
  });
  // Rows per slide by estimated height (the action text wraps in its column).
  const header: TableRow = ['Rank', 'Action', 'Owner', 'When'].map((text, i) => ({ text, options: { bold: true, fill: { color: SOFT }, align: i === 0 ? 'right' : 'left' } }));
  // A cell's text height in its column (cell margins are about the text box insets textHeight allows).
  const rowHeight = (text: string, width: number) => textHeight([{ text }], width + 0.1, fontSize, 0);
  const pages: (typeof rows)[] = [];
  let page: typeof rows = [];
  let used = 0.35;
  for (const row of rows) {
    const h = Math.max(rowHeight(row.action, colW[1]!), rowHeight(row.ownerText, colW[2]!), rowHeight(row.when, colW[3]!));
    if (page.length > 0 && used + h > BODY_H) {
      pages.push(page);
      page = [];
      used = 0.35;
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  pages.forEach((p, i) => {
    const slide = contentSlide(pres, view, pages.length === 1 ? title : `${title} (${i + 1} of ${pages.length})`);
    const body: TableRow[] = p.map((row) => [row.rank, row.action, row.ownerText, row.when].map((text, j) => ({ text: t(text), options: { align: j === 0 ? 'right' : 'left' } })) as TableRow);
    slide.addTable([header, ...body], { x: MARGIN, y: BODY_Y, w: CONTENT_W, colW, fontFace: FONT, fontSize, color: INK, border: { type: 'solid', pt: 0.5, color: 'C9CFD6' }, margin: 0.04, valign: 'top', autoPage: false });
  });
}

function decisionsSlides(pres: Pptx, view: ReportView): void {
  const items: Item[] = [item(['body', 'The questions leadership has to answer, in the light of these findings:'])];
  for (const d of view.decisions) items.push({ ...item(['number', d.question], ['note', `${d.imperativeTitle}: ${d.finding}`]), number: d.number });
  flowSlides(pres, view, 'Decisions for leadership', items, BODY, 18, 11);
}

/** The report's method, item by item (view.method.items), then where the worked numbers are. */
function methodSlides(pres: Pptx, view: ReportView): void {
  const items: Item[] = view.method.items.map((m) => item(['bullet', m.term === null ? m.text : `${m.term}: ${m.text}`]));
  items.push(item(['note', `Rubric set digest: ${view.rubrics.digest}. The full report (HTML or Markdown) works out every score with its numbers.`]));
  flowSlides(pres, view, 'Method', items, BODY, 14, 10);
}

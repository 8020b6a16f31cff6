// PowerPoint: the leadership readout deck, 16:9, made with pptxgenjs. A deck is presented, not
// read: each slide's title is its message (a sentence built from the data, not a label), each
// slide holds one chart or table and at most five bullets in text of 12 pt or more, and the
// detail goes into the speaker notes. The method and the backlog are appendix slides.
//
// Every slide is made from a slide master whose title and body are real placeholders
// (`<p:ph type="title"/>`), so PowerPoint's outline and accessibility checker see each title and a
// firm's own master can restyle the deck. The brand (--brand) is in the masters: logo, colours,
// footer. Charts are native chart parts (ppt/charts/chartN.xml with their data): the client can
// edit all of it. Every number and sentence comes from the view model; this file lays them out
// and words the titles. No text overflows its box (fit-text.ts); a list too long for one slide is
// spread evenly over several, never leaving one item alone on a slide.
import type { Brand } from '../core/brand/parse-brand.js';
import { DEFAULT_COLORS } from '../core/brand/parse-brand.js';
import type { ActionView, DecisionView, ImperativeView, PriorityView, ReportView } from '../core/report/report-view.js';
import { lowerFirst } from '../core/report/format.js';
import { roleGroup } from '../core/report/describe-role.js';
import { benchmarkSlides } from './pptx/benchmark-slides.js';
import { FONT, GRID, INK, LIGHT, MUTED, SOFT } from './pptx/palette.js';
import { balancePages, fitFontSize, lineCount, textHeight, xmlSafe, type Paragraph } from './pptx/fit-text.js';
import type { Renderer } from './renderer.js';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;
type TextProps = import('pptxgenjs').default.TextProps;
type TableRow = import('pptxgenjs').default.TableRow;


/** The smallest text on any slide, in points: what a room reads from the back. */
export const MIN_FONT_PT = 12;
/** At most this many bullets on a slide. */
export const MAX_BULLETS = 5;

const SLIDE_W = 10;
const MARGIN = 0.5;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
const TITLE_BOX = { x: MARGIN, y: 0.25, w: CONTENT_W, h: 1.0 };
/** The title band of the drawing layout: ends above 1.1 in, where the benchmark's drawing starts. */
const SHORT_TITLE_BOX = { x: MARGIN, y: 0.2, w: CONTENT_W, h: 0.8 };
const BODY_Y = 1.45;
const BODY_BOTTOM = 5.0;
const BODY_H = BODY_BOTTOM - BODY_Y;
const BODY = { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: BODY_H };
/** Chart on the left, bullets on the right. */
const CHART = { x: MARGIN, y: BODY_Y, w: 5.1, h: BODY_H };
const SIDE_BODY = { x: 5.8, y: BODY_Y, w: SLIDE_W - MARGIN - 5.8, h: BODY_H };
/** An imperative's slide: its lowest questions in a table on top, its first actions below. */
const TOP_TABLE_H = 1.95;
const LOWER_BODY = { x: MARGIN, y: BODY_Y + TOP_TABLE_H + 0.1, w: CONTENT_W, h: BODY_BOTTOM - (BODY_Y + TOP_TABLE_H + 0.1) };

const LAYOUT = {
  cover: 'Title slide',
  body: 'Title and bullets',
  chart: 'Chart and bullets',
  table: 'Title and table',
  tableBody: 'Table and bullets',
  /** A slide another module draws on to its own geometry (the benchmark's): a shorter title band. */
  drawing: 'Title and drawing',
} as const;
type LayoutName = (typeof LAYOUT)[keyof typeof LAYOUT];

const t = (text: string) => xmlSafe(text);

interface Palette {
  primary: string;
  accent: string;
  /** Chart series, told apart in greyscale too. */
  series: string[];
}

function paletteOf(brand: Brand | null): Palette {
  const primary = brand?.colors.primary ?? DEFAULT_COLORS.primary;
  const accent = brand?.colors.accent ?? DEFAULT_COLORS.accent;
  return { primary, accent, series: [primary, accent === primary ? LIGHT : accent, '6B86A6', 'C4CED9', '0F1F33'] };
}

export const pptxRenderer: Renderer = {
  async render(input, options) {
    if (input.kind !== 'report') throw new Error('the deck renders reports only');
    // The ES build's default export is the class (its types describe the CommonJS build).
    const PptxGenJS = (await import('pptxgenjs')).default as unknown as new () => Pptx;
    const pres = new PptxGenJS();
    pres.layout = 'LAYOUT_16x9';
    pres.title = t(`${input.view.organization}: sales readiness audit`);
    pres.subject = 'Sales readiness audit';
    if (options.brand !== undefined) pres.company = t(options.brand.firm);
    if (options.brand?.preparedBy != null) pres.author = t(options.brand.preparedBy);
    buildDeck(pres, input.view, options.brand ?? null);
    const bytes = (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
    return { ok: true, content: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  },
};

interface Deck {
  pres: Pptx;
  view: ReportView;
  palette: Palette;
}

export function buildDeck(pres: Pptx, view: ReportView, brand: Brand | null): void {
  const deck: Deck = { pres, view, palette: paletteOf(brand) };
  defineMasters(deck, brand);
  titleSlide(deck, brand);
  headlineSlide(deck);
  scoresSlide(deck);
  // "How <org> compares" (report --benchmark), drawn by its own module on slides from the masters.
  benchmarkSlides(view, {
    pres,
    drawing: (title, notes) => newSlide(deck, LAYOUT.drawing, title, notes),
    bullets: (title, bullets, notes) => addBullets(newSlide(deck, LAYOUT.body, title, notes), bullets, BODY),
  });
  // Page one's order: the decisions, then the priorities.
  decisionsSlides(deck);
  prioritiesSlides(deck);
  for (const imperative of view.imperatives) imperativeSlide(deck, imperative);
  planSlides(deck);
  methodSlides(deck);
  backlogSlides(deck, view.backlog);
}

// ── Masters ──────────────────────────────────────────────────────────────────────────────────

/** What every master carries: the rule under the title, the footer line, the logo, the slide number. */
function defineMasters(deck: Deck, brand: Brand | null): void {
  const { pres, view, palette } = deck;
  const footer = brand?.footer ?? (brand === null ? `${view.organization} · Sales readiness audit` : `${brand.firm} · ${view.organization}: sales readiness audit`);
  const logo = brand?.logo ?? null;
  const logoH = 0.4;
  const logoW = logo === null ? 0 : Math.min(2.0, logoH * logo.aspect);
  const footerW = CONTENT_W - 0.8 - (logoW > 0 ? logoW + 0.2 : 0);
  const shared = [
    { text: { text: t(clipToWidth(footer, footerW, MIN_FONT_PT)), options: { x: MARGIN, y: 5.12, w: footerW, h: 0.35, fontFace: FONT, fontSize: MIN_FONT_PT, color: MUTED, margin: 0, valign: 'middle' as const } } },
    ...(logo === null ? [] : [{ image: { x: SLIDE_W - MARGIN - logoW, y: 5.1, w: logoW, h: logoH, data: `${logo.mediaType};base64,${logo.base64}`, altText: t(brand!.firm) } }]),
  ];
  const slideNumber = { x: SLIDE_W - MARGIN - logoW - (logoW > 0 ? 0.85 : 0.6), y: 5.12, w: 0.6, h: 0.35, fontFace: FONT, fontSize: MIN_FONT_PT, color: MUTED, align: 'right' as const };
  const title = { placeholder: { options: { name: 'title', type: 'title' as const, ...TITLE_BOX, fontFace: FONT, fontSize: 24, bold: true, color: palette.primary, align: 'left' as const, valign: 'bottom' as const, margin: 3 }, text: '' } };
  const rule = { line: { x: MARGIN, y: TITLE_BOX.y + TITLE_BOX.h + 0.05, w: CONTENT_W, h: 0, line: { color: palette.accent, width: 1.5 } } };
  const body = (box: { x: number; y: number; w: number; h: number }) => ({
    placeholder: { options: { name: 'body', type: 'body' as const, ...box, fontFace: FONT, fontSize: 16, color: INK, align: 'left' as const, valign: 'top' as const, margin: 5 }, text: '' },
  });

  pres.defineSlideMaster({
    title: LAYOUT.cover,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_W, h: 0.3, fill: { color: palette.accent }, line: { color: palette.accent, width: 0 } } },
      ...(logo === null ? [] : [{ image: { x: MARGIN, y: 0.6, w: Math.min(3.0, 0.75 * logo.aspect), h: 0.75, data: `${logo.mediaType};base64,${logo.base64}`, altText: t(brand!.firm) } }]),
      { placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 1.6, w: CONTENT_W, h: 1.5, fontFace: FONT, fontSize: 36, bold: true, color: palette.primary, align: 'left', valign: 'bottom', margin: 3 }, text: '' } },
      { line: { x: MARGIN, y: 3.2, w: 2.5, h: 0, line: { color: palette.accent, width: 3 } } },
      { placeholder: { options: { name: 'body', type: 'body', x: MARGIN, y: 3.35, w: CONTENT_W, h: 1.65, fontFace: FONT, fontSize: 16, color: MUTED, align: 'left', valign: 'top', margin: 3 }, text: '' } },
      shared[0]!,
    ],
  });
  pres.defineSlideMaster({ title: LAYOUT.body, background: { color: 'FFFFFF' }, slideNumber, objects: [title, rule, body(BODY), ...shared] });
  pres.defineSlideMaster({ title: LAYOUT.chart, background: { color: 'FFFFFF' }, slideNumber, objects: [title, rule, body(SIDE_BODY), ...shared] });
  pres.defineSlideMaster({ title: LAYOUT.table, background: { color: 'FFFFFF' }, slideNumber, objects: [title, rule, ...shared] });
  pres.defineSlideMaster({ title: LAYOUT.tableBody, background: { color: 'FFFFFF' }, slideNumber, objects: [title, rule, body(LOWER_BODY), ...shared] });
  pres.defineSlideMaster({
    title: LAYOUT.drawing,
    background: { color: 'FFFFFF' },
    slideNumber,
    objects: [
      { placeholder: { ...title.placeholder, options: { ...title.placeholder.options, ...SHORT_TITLE_BOX } } },
      { line: { ...rule.line, y: SHORT_TITLE_BOX.y + SHORT_TITLE_BOX.h + 0.04 } },
      ...shared,
    ],
  });
}

/** A slide from a master, its title in the title placeholder (fitted: 26 down to 16 pt), its notes. */
function newSlide(deck: Deck, layout: LayoutName, title: string, notes: readonly string[]): Slide {
  const slide = deck.pres.addSlide({ masterName: layout });
  const box = layout === LAYOUT.cover ? { w: CONTENT_W, h: 1.5 } : layout === LAYOUT.drawing ? SHORT_TITLE_BOX : TITLE_BOX;
  const max = layout === LAYOUT.cover ? 36 : 26;
  const size = fitFontSize([{ text: title }], box, max, 16) ?? 16;
  const shown = fitFontSize([{ text: title }], box, 16, 16) === null ? clipToBox(title, box, 16) : title;
  slide.addText(t(shown), { placeholder: 'title', fontFace: FONT, fontSize: size, bold: true, color: deck.palette.primary, align: 'left', fit: 'none' });
  const text = [...(shown === title ? [] : [title]), ...notes].filter((n) => n.trim() !== '').join('\n\n');
  if (text !== '') slide.addNotes(t(text));
  return slide;
}

/** Text cut with an ellipsis to one line of this width. */
function clipToWidth(text: string, width: number, fontPt: number): string {
  let chars = [...text];
  let shown = text;
  while (chars.length > 12 && lineCount(shown, width, fontPt) > 1) {
    chars = chars.slice(0, chars.length - 2);
    shown = `${chars.join('').trimEnd()}…`;
  }
  return shown;
}

/** Text cut with an ellipsis to what fits the box at this size (the whole text goes to the notes). */
function clipToBox(text: string, box: { w: number; h: number }, fontPt: number): string {
  let chars = [...text];
  let shown = text;
  while (chars.length > 12 && textHeight([{ text: shown }], box.w, fontPt) > box.h) {
    chars = chars.slice(0, Math.floor(chars.length * 0.92));
    shown = `${chars.join('').trimEnd()}…`;
  }
  return shown;
}

// ── Text ─────────────────────────────────────────────────────────────────────────────────────

/** Bullets as pptxgenjs runs, one paragraph each, in the body placeholder. */
function bulletRuns(bullets: readonly string[], fontSize: number, numbered = false): TextProps[] {
  return bullets.map((text, i) => ({
    text: t(text),
    options: {
      fontFace: FONT,
      fontSize,
      color: INK,
      breakLine: i < bullets.length - 1,
      paraSpaceAfter: 6,
      bullet: numbered ? ({ type: 'number', indent: 18 } as never) : { indent: 16 },
    },
  }));
}

/** Body text size for these bullets in this box: 18 pt down to the minimum, or null when they do not fit even then. */
function bulletSize(bullets: readonly string[], box: { w: number; h: number }): number | null {
  // The bullet's indent takes about a quarter of an inch of each line.
  return fitFontSize(bullets.map((text): Paragraph => ({ text })), { w: box.w - 0.25, h: box.h }, 18, MIN_FONT_PT, 6);
}

function addBullets(slide: Slide, bullets: readonly string[], box: { w: number; h: number }, numbered = false): void {
  if (bullets.length === 0) return;
  const size = bulletSize(bullets, box) ?? MIN_FONT_PT;
  slide.addText(bulletRuns(bullets, size, numbered), { placeholder: 'body', valign: 'top', fit: 'none' });
}

/**
 * Bullets over as few slides as needed: at most five each, evenly spread, each slide's bullets
 * fitting its box. A bullet longer than half the box is cut to half (whole in the notes), so any
 * two fit together and no slide is left holding one.
 */
function bulletPages(bullets: readonly string[], box: { w: number; h: number }): string[][] {
  const half = { w: box.w - 0.25, h: box.h / 2 };
  const fitted = bullets.map((b) => (fitFontSize([{ text: b }], half, MIN_FONT_PT, MIN_FONT_PT, 6) === null ? clipToBox(b, half, MIN_FONT_PT) : b));
  return balancePages(fitted, MAX_BULLETS, (page) => bulletSize(page, box) !== null);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first sentence of a text, and the rest. */
function firstSentence(text: string): { first: string; rest: string } {
  const match = /^(.+?[.!?])(\s+|$)(.*)$/s.exec(text.trim());
  return match === null ? { first: text.trim(), rest: '' } : { first: match[1]!, rest: match[3]!.trim() };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);
const plural = (n: number, word: string, words = `${word}s`) => `${countWord(n)} ${n === 1 ? word : words}`;

// ── Slides ───────────────────────────────────────────────────────────────────────────────────

function titleSlide(deck: Deck, brand: Brand | null): void {
  const { view } = deck;
  const lines = [
    brand === null ? null : brand.preparedBy === null ? `Prepared by ${brand.firm}` : `Prepared by ${brand.preparedBy}, ${brand.firm}`,
    `${view.single ? 'Respondent' : 'Respondents'}: ${view.respondentSummary}`,
    view.dateText,
  ].filter((l): l is string => l !== null);
  const slide = newSlide(deck, LAYOUT.cover, `${view.organization}: sales readiness audit`, [
    view.names ? 'Respondents are named at the client\'s request.' : 'Confidential: no respondent is named; notes are attributed by role.',
    `Framework: ${view.rubrics.title}.`,
  ]);
  const size = fitFontSize(lines.map((text) => ({ text })), { w: CONTENT_W, h: 1.6 }, 18, MIN_FONT_PT) ?? MIN_FONT_PT;
  slide.addText(
    lines.map((text, i) => ({ text: t(text), options: { fontFace: FONT, fontSize: size, color: i === 0 && brand !== null ? INK : MUTED, bold: i === 0 && brand !== null, breakLine: i < lines.length - 1, paraSpaceAfter: 4 } })),
    { placeholder: 'body', valign: 'top', fit: 'none' },
  );
}

/**
 * The headline's message as a title: its first sentence, or the part before its colon when that
 * part is a sentence of its own ("Leadership and salespeople do not describe the same sales force").
 */
export function headlineTitle(headline: string): { title: string; rest: string[] } {
  const { first, rest } = firstSentence(headline);
  const more = rest === '' ? [] : [rest];
  // A sentence over TITLE_MAX_WORDS is split at its first colon or semicolon: the part before is
  // the title, the part after leads the slide's text.
  const cut = /[:;] /.exec(first);
  if (cut !== null && cut.index >= 20 && (first.charAt(cut.index) === ':' || wordCount(first) > TITLE_MAX_WORDS)) {
    return { title: first.slice(0, cut.index), rest: [capitalize(first.slice(cut.index + 2)), ...more] };
  }
  return { title: first.replace(/\.$/, ''), rest: more };
}

const CHART_TEXT = {
  fontFace: FONT,
  catAxisLabelFontFace: FONT,
  valAxisLabelFontFace: FONT,
  legendFontFace: FONT,
  dataLabelFontFace: FONT,
  catAxisLabelFontSize: MIN_FONT_PT,
  valAxisLabelFontSize: MIN_FONT_PT,
  dataLabelFontSize: MIN_FONT_PT,
  legendFontSize: MIN_FONT_PT,
  showTitle: false,
};

/** A horizontal bar chart of 0-100 scores, first category on top. */
function barChart(deck: Deck, slide: Slide, data: { name: string; labels: string[]; values: number[] }[], colors: string[]): void {
  slide.addChart(deck.pres.ChartType.bar, data, {
    ...CHART,
    barDir: 'bar',
    barGrouping: 'clustered',
    chartColors: colors,
    valAxisMinVal: 0,
    valAxisMaxVal: 100,
    valAxisMajorUnit: 25,
    catAxisOrientation: 'maxMin' as 'minMax', // first imperative on top (the types list only minMax)
    showValue: true,
    dataLabelFormatCode: '0.0',
    dataLabelPosition: 'outEnd',
    showLegend: true,
    legendPos: 'b',
    ...CHART_TEXT,
  });
}

/** Page one's finding: the headline as the title, the perception gap by role as the chart. */
function headlineSlide(deck: Deck): void {
  const { view, palette } = deck;
  const headline = headlineTitle(view.headline);
  const shown = view.imperatives.filter((i) => i.byRole.length > 0 && i.byRole.every((r) => r.score !== null));
  const withChart = view.multipleRoles && shown.length > 0;
  // The title says what the slide shows: beside the by-role chart, the perception gap it draws
  // (fifth VP reading: a title with only the score over a chart of the gap); the score moves to the text.
  const gapTitle = withChart ? perceptionGapTitle(view) : null;
  const title = gapTitle ?? headline.title;
  const rest = gapTitle === null ? headline.rest : [`${headline.title}.`, ...headline.rest.filter((r) => !/points higher than/.test(r))];
  const bullets = [...rest, `${view.overall.sentence.text}`].slice(0, MAX_BULLETS);
  const notes = [view.headline, view.overall.sentence.text, ...view.perceptionGaps.map((g) => g.sentence)];
  const slide = newSlide(deck, withChart ? LAYOUT.chart : LAYOUT.body, title, notes);
  if (withChart) {
    const labels = shown.map((i) => t(i.label));
    const data = view.roles.map((role) => ({ name: t(capitalize(role.group)), labels, values: shown.map((i) => i.byRole.find((r) => r.role === role.role)?.score ?? 0) }));
    barChart(deck, slide, data, palette.series.slice(0, data.length));
  }
  const box = withChart ? SIDE_BODY : BODY;
  // What does not fit beside the chart stays in the notes.
  let kept = bullets;
  while (kept.length > 1 && bulletSize(kept, box) === null) kept = kept.slice(0, -1);
  addBullets(slide, kept.map((b) => (bulletSize([b], box) === null ? clipToBox(b, { w: box.w - 0.25, h: box.h }, MIN_FONT_PT) : b)), box);
}

/** "Leadership rates every imperative 37 to 40 points higher than salespeople do", when one pair of roles holds every gap; else null. */
export function perceptionGapTitle(view: ReportView): string | null {
  const gaps = view.perceptionGaps;
  if (gaps.length === 0 || gaps.some((g) => g.higherGroup !== gaps[0]!.higherGroup || g.lowerGroup !== gaps[0]!.lowerGroup)) return null;
  const points = gaps.map((g) => Math.round(Number(g.differenceText)));
  const [low, high] = [Math.min(...points), Math.max(...points)];
  const which = gaps.length === view.imperatives.length ? 'every imperative' : `${countWord(gaps.length)} of ${countWord(view.imperatives.length)} imperatives`;
  const verb = roleGroup(gaps[0]!.higherRole).plural ? 'rate' : 'rates';
  return `${capitalize(gaps[0]!.higherGroup)} ${verb} ${which} ${low === high ? low : `${low} to ${high}`} points higher than ${gaps[0]!.lowerGroup} do`;
}

/** "All four imperatives are below the target of 75; lowest: Sales managers at 32.3". */
export function scoresTitle(view: ReportView): string {
  const scored = view.imperatives.filter((i) => i.score !== null);
  if (scored.length === 0) return 'No imperative has a score yet: no question was answered';
  const below = scored.filter((i) => (i.gap ?? 0) > 0);
  const target = view.overall.targetText;
  // Whole points, as page one prints them.
  const weakest = view.weakest === null ? null : scored.find((i) => i.number === view.weakest!.number) ?? null;
  const lowest = weakest ?? (scored.length === 1 ? scored[0]! : null);
  const lowestText = lowest === null ? '' : `; lowest: ${lowest.label} at ${lowest.pointsText}`;
  if (below.length === 0) return `Every imperative meets its target; the overall score is ${view.overall.pointsText} (${view.overall.band})`;
  const against = target === null ? 'their targets' : `the target of ${target}`;
  if (below.length === scored.length) return `${capitalize(scored.length === 1 ? 'the imperative is' : `${scored.length === view.imperatives.length ? 'all ' : ''}${countWord(scored.length)} imperatives are`)} below ${against}${lowestText}`;
  return `${capitalize(countWord(below.length))} of ${countWord(scored.length)} imperatives are below ${against}${lowestText}`;
}

function scoresSlide(deck: Deck): void {
  const { view, palette } = deck;
  const scored = view.imperatives.filter((i) => i.score !== null);
  // Whole points, as page one prints them.
  const bullets = view.chart.rows.map((r) => (r.band === 'not scored' ? `${r.label}: not scored` : `${r.label}: ${r.pointsText}, ${r.band}${r.gapPointsText !== '0' && r.gapPointsText !== '–' ? `, ${r.gapPointsText} below target` : ', at or above target'}`));
  const notes = [view.overall.sentence.text, ...view.imperatives.map((i) => `${i.number}. ${i.title}: ${i.scoreText} (${i.bandText}); ${i.coverageText}; evidence: ${i.evidence.text}.`)];
  const slide = newSlide(deck, scored.length > 0 ? LAYOUT.chart : LAYOUT.body, scoresTitle(view), notes);
  if (scored.length > 0) {
    const labels = scored.map((i) => t(i.label));
    // Scores as columns, the target as a line across them: native, editable, one chart.
    const { pres } = deck;
    slide.addChart(
      [
        // The labels read as the table beside them: whole points, rounded down where 40 would cross a cut-off.
        { type: pres.ChartType.bar, data: [{ name: 'Score', labels, values: scored.map((i) => Number(i.pointsText)) }], options: { barDir: 'col', chartColors: [palette.primary], showValue: true, dataLabelFormatCode: '0', dataLabelPosition: 'outEnd' } },
        { type: pres.ChartType.line, data: [{ name: 'Target', labels, values: scored.map((i) => i.target) }], options: { chartColors: [palette.series[1]!], lineSize: 3, lineDataSymbol: 'none', showValue: false } },
      ],
      // With several chart types the options come second (pptxgenjs's types still list a data array there).
      { ...CHART, chartColors: [palette.primary, palette.series[1]!], valAxisMinVal: 0, valAxisMaxVal: 100, valAxisMajorUnit: 25, showLegend: true, legendPos: 'b', ...CHART_TEXT } as never,
    );
  }
  addBullets(slide, bullets.slice(0, MAX_BULLETS), scored.length > 0 ? SIDE_BODY : BODY);
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A table's estimated height at the minimum size (cells wrap in their columns). */
function tableHeight(columns: readonly Column[], rows: readonly string[][]): number {
  // Each line 1.2 × the size; 0.1 in of cell margins a row.
  const row = (cells: readonly string[]) => Math.max(...cells.map((text, i) => (lineCount(text, columns[i]!.width - 0.1, MIN_FONT_PT) * MIN_FONT_PT * 1.2) / 72)) + 0.1;
  return row(columns.map((c) => c.header)) + rows.reduce((h, cells) => h + row(cells), 0);
}

function addTable(deck: Deck, slide: Slide, columns: readonly Column[], rows: readonly string[][], box: { x: number; y: number }): void {
  const header: TableRow = columns.map((c) => ({ text: t(c.header), options: { bold: true, color: deck.palette.primary, fill: { color: SOFT }, align: c.align ?? 'left' } }));
  const body: TableRow[] = rows.map((cells) => cells.map((text, i) => ({ text: t(text), options: { align: columns[i]!.align ?? 'left' } })) as TableRow);
  slide.addTable([header, ...body], {
    ...box,
    w: columns.reduce((w, c) => w + c.width, 0),
    colW: columns.map((c) => c.width),
    fontFace: FONT,
    fontSize: MIN_FONT_PT,
    color: INK,
    valign: 'top',
    border: { type: 'solid', pt: 0.5, color: GRID },
    margin: 0.05,
    autoPage: false,
  });
}

/** Rows over as few table slides as fit in `height`, evenly (no slide of one row after a full one). */
function tablePages(columns: readonly Column[], rows: readonly string[][], height: number, maxRows: number): string[][][] {
  return balancePages(rows, maxRows, (page) => tableHeight(columns, page) <= height);
}

const whenText = (a: Pick<ActionView, 'horizonText'>) => `Within ${a.horizonText}`;

/** "Start with five actions that wait for nothing, three of them within 30 days". */
export function prioritiesTitle(view: ReportView): string {
  const n = view.priorities.length;
  const soon = view.priorities.filter((p) => p.horizon === view.priorities[0]!.horizon).length;
  const first = view.priorities[0]!.horizonText;
  const lead = `Start with ${plural(n, 'action')} that ${n === 1 ? 'waits' : 'wait'} for nothing else`;
  return soon === n ? `${lead}, ${n === 1 ? '' : n === 2 ? 'both ' : 'all '}within ${first}` : `${lead}, ${countWord(soon)} of them within ${first}`;
}

function prioritiesSlides(deck: Deck): void {
  const { view } = deck;
  if (view.priorities.length === 0) {
    const slide = newSlide(deck, LAYOUT.body, 'No action is needed now', [view.noActionsText]);
    addBullets(slide, [view.noActionsText, view.overall.sentence.text], BODY);
    return;
  }
  // Numbered as in the plan (one numbering): the title and the why on the slide, the action in
  // full in the notes. The signals travel with the priorities: a priority to confirm says so on
  // the slide, and the notes say what to confirm with whom (the PDF's page one says the same).
  const when = (p: PriorityView) => `${p.ownerText}, within ${p.horizonText}${p.verifyFirst ? '. To confirm first' : ''}`;
  const withWhy = {
    columns: [
      { header: '#', width: 0.5, align: 'right' },
      { header: 'Action', width: 2.6 },
      { header: 'Why', width: 4.0 },
      { header: 'Who and when', width: 1.9 },
    ] as Column[],
    rows: view.priorities.map((p) => [`#${p.rank}`, p.title, p.why, when(p)]),
  };
  // The priorities stay on one slide: whys too long for it go to the notes, the action in full on the slide.
  const fits = tablePages(withWhy.columns, withWhy.rows, BODY_H, MAX_BULLETS).length === 1;
  const { columns, rows } = fits
    ? withWhy
    : {
        columns: [
          { header: '#', width: 0.5, align: 'right' },
          { header: 'Action', width: 6.6 },
          { header: 'Who and when', width: 1.9 },
        ] as Column[],
        rows: view.priorities.map((p) => [`#${p.rank}`, p.action, when(p)]),
      };
  const notes = view.priorities.map((p) => (fits ? `#${p.rank} in full: ${p.action}` : `#${p.rank} why: ${p.why}`) + (p.verifyFirst ? `\nTo confirm first: ${p.confirmText} ${p.checkText}` : ''));
  const title = prioritiesTitle(view);
  const pages = tablePages(columns, rows, BODY_H, MAX_BULLETS);
  pages.forEach((page, i) => {
    const slide = newSlide(deck, LAYOUT.table, pages.length === 1 ? title : `${title} (${i + 1} of ${pages.length})`, i === 0 ? notes : []);
    addTable(deck, slide, columns, page, { x: MARGIN, y: BODY_Y });
  });
}

/** A slide title is a message a presenter can say in one breath: at most this many words. */
export const TITLE_MAX_WORDS = 15;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * A message about the client, not a label: "Sales managers, 32 of 100: most managers' time goes on
 * admin they did not choose". The consultant's comment on the imperative when it is short enough,
 * else the words for where the team stands on its weakest question that fit, else its gap to the
 * target. Never cut with "…": a title a reader has to finish is not a message.
 */
export function imperativeTitle(imperative: ImperativeView): string {
  if (!imperative.scored) return `${imperative.title}: not scored, no question answered`;
  const lead = `${imperative.label}, ${imperative.pointsWords} of 100`;
  const fits = (message: string) => wordCount(`${lead}: ${message}`) <= TITLE_MAX_WORDS;
  const comment = imperative.comment === null ? undefined : firstSentence(imperative.comment).first.replace(/\.$/, '');
  if (comment !== undefined && fits(comment)) return `${lead}: ${lowerFirst(comment)}`;
  const stands = imperative.lowestQuestions.map((q) => q.level?.description.replace(/\.$/, '')).filter((d): d is string => d !== undefined);
  const words = stands.find(fits);
  if (words !== undefined) return `${lead}: ${lowerFirst(words)}`;
  return imperative.gap === null || imperative.gap <= 0 ? `${lead}: at or above its target of ${imperative.targetText}` : `${lead}: still ${Number(imperative.targetText) - Number(imperative.pointsText)} points short of the target of ${imperative.targetText}`;
}

/** Per imperative: its lowest questions in a table, its first actions as bullets, everything else in the notes. */
function imperativeSlide(deck: Deck, imperative: ImperativeView): void {
  const { view } = deck;
  const actions = [...imperative.actions].sort((a, b) => a.rank - b.rank);
  const notes = [
    `${imperative.number}. ${imperative.title}: ${imperative.scoreText} (${imperative.bandText}), target ${imperative.targetText}${imperative.scored ? `, gap ${imperative.gapText}` : ''}; ${imperative.coverageText}.`,
    ...(view.multipleRoles && imperative.byRole.length > 0 ? [`By role: ${imperative.byRoleText}.`] : []),
    ...imperative.lowestQuestions.map((q) => `${q.ref} ${q.label}: ${view.single ? 'answered' : 'mean'} ${q.answerText}${q.level === null ? '' : `: ${q.level.description.replace(/\.$/, '')}`}; ${q.evidenceText}.`),
    // No respondent's note: the deck file travels, and with three people in a role a note can point to one (the report's sections hold them).
    ...(actions.length === 0 ? [view.noImperativeActionsText] : ['Actions:', ...actions.map((a) => `#${a.rank} in full: ${a.action} (for ${lowerFirst(a.questionLabel)})`)]),
  ];
  // Where the team stands in the ladder's words, as the report's tables say it: a level's short
  // label ("One or two", "This year") read as a tool's label on a slide.
  const rows = imperative.lowestQuestions.map((q) => [`${q.ref} ${q.label}${q.needsDiscussion ? ' (needs discussion)' : ''}`, q.answerText, q.level === null ? '' : q.level.description, q.evidenceText]);
  const columns: Column[] = [
    { header: 'Lowest questions', width: 2.0 },
    { header: view.single ? 'Answer' : 'Mean', width: 0.7, align: 'right' },
    { header: 'Where the team stands', width: 4.2 },
    // Never a role's mean on one question: with the range, it can give that role's answers away (fifth VP reading, class 2).
    { header: 'Evidence', width: 2.1 },
  ];
  // The rows that fit the table's band, at most three (all are in the notes).
  let shownRows = rows;
  while (shownRows.length > 1 && tableHeight(columns, shownRows) > TOP_TABLE_H) shownRows = shownRows.slice(0, -1);
  // With its plan number, as everywhere else: the reader finds it in the plan (fifth VP reading).
  const bullets = actions.map((a) => `#${a.rank} ${a.action} (${a.ownerText}, within ${a.horizonText})`);
  let shownBullets = bullets.slice(0, 3);
  while (shownBullets.length > 1 && bulletSize(shownBullets, LOWER_BODY) === null) shownBullets = shownBullets.slice(0, -1);
  // A slide that leaves actions out says how many and where, always (a bullet gives way to it).
  const moreLine = (n: number) => `${capitalize(plural(n, 'more action'))} for this imperative: ${actions.slice(actions.length - n).map((a) => `#${a.rank}`).join(', ')}, in the plan and the backlog`;
  while (actions.length > shownBullets.length && shownBullets.length > 1 && bulletSize([...shownBullets, moreLine(actions.length - shownBullets.length)], LOWER_BODY) === null) shownBullets = shownBullets.slice(0, -1);
  const more = actions.length - shownBullets.length;
  if (more > 0 && shownBullets.length > 0) shownBullets.push(moreLine(more));
  if (shownRows.length === 0) {
    const slide = newSlide(deck, LAYOUT.body, imperativeTitle(imperative), notes);
    addBullets(slide, shownBullets.length > 0 ? shownBullets : [view.noImperativeActionsText, imperative.coverageText], BODY);
    return;
  }
  const slide = newSlide(deck, LAYOUT.tableBody, imperativeTitle(imperative), notes);
  addTable(deck, slide, columns, shownRows, { x: MARGIN, y: BODY_Y });
  addBullets(slide, shownBullets.length > 0 ? shownBullets.map((b) => (bulletSize([b], LOWER_BODY) === null ? clipToBox(b, { w: LOWER_BODY.w - 0.25, h: LOWER_BODY.h }, MIN_FONT_PT) : b)) : [view.noImperativeActionsText], LOWER_BODY);
}

/** The plan (the first --plan-size actions) on table slides, each titled with what it holds; the backlog goes to the appendix. */
function planSlides(deck: Deck): void {
  const { view } = deck;
  const planned = view.plan;
  if (planned.length === 0) return;
  // The plan's number, so "Plan #2" on another slide resolves; ★ for page one's priorities.
  const columns: Column[] = [
    { header: '#', width: 0.7 },
    { header: 'When', width: 1.2 },
    { header: 'Action', width: 5.3 },
    { header: 'Owner', width: 1.8 },
  ];
  const rowOf = (a: ActionView) => [`${a.rank}${a.onPageOne ? ' ★' : ''}`, whenText(a), a.action, a.ownerText];
  // One horizon a slide (split only when its rows do not fit), so a title's horizon is what the
  // slide holds: "From 60 to 90 days" once held a 60-day action.
  // A horizon of one action shares the slide before it (no slide holds a single row), and the
  // title then names both horizons.
  const groups: ActionView[][] = [];
  for (const h of [...new Set(planned.map((a) => a.horizon))]) groups.push(planned.filter((a) => a.horizon === h));
  for (let g = groups.length - 1; g >= 0 && groups.length > 1; g--) {
    if (groups[g]!.length !== 1) continue;
    const into = g > 0 ? g - 1 : g + 1;
    groups[into] = g > 0 ? [...groups[into]!, ...groups[g]!] : [...groups[g]!, ...groups[into]!];
    groups.splice(g, 1);
  }
  const pages = groups.flatMap((items) => {
    const split = balancePages(items, 6, (page) => tableHeight(columns, page.map(rowOf)) <= BODY_H);
    return split.map((page, i) => ({ page, part: split.length === 1 ? '' : ` (${i + 1} of ${split.length})` }));
  });
  for (const [i, { page, part }] of pages.entries()) {
    const title = planSlideTitle(page, part);
    // The notes add what the table does not show (why, order, decision, what to confirm, the next
    // step); they never repeat the action's text.
    const notes = page.flatMap((a) => {
      const detail = [a.onPageOne ? 'on page one' : '', a.afterText, a.decisions.length === 0 ? '' : `carries out ${a.decisions.join(', ')}`, a.confirmText === '' ? '' : `to confirm first: ${a.confirmText} ${a.checkText}`, a.next === null ? '' : a.next.text].filter((d) => d !== '');
      // One full stop at the end: the next step's text ends with its own ("…mid-year.." in the fifth reading).
      return detail.length === 0 ? [] : [`#${a.rank}: ${detail.map((d) => d.replace(/\.$/, '')).join('; ')}.`];
    });
    const last = i === pages.length - 1;
    const backlog = last && view.backlog.length > 0 ? [`${capitalize(plural(view.backlog.length, 'more action'))} are in the backlog appendix.`] : [];
    const slide = newSlide(deck, LAYOUT.table, title, ['★ marks page one\'s priorities.', ...notes, ...backlog]);
    addTable(deck, slide, columns, page.map(rowOf), { x: MARGIN, y: BODY_Y });
  }
}

/**
 * A plan slide's message: its horizon and its first step in the rubric's short words, then how
 * many more ("Within 30 days: free managers' time first, then three more steps"). At most
 * TITLE_MAX_WORDS words; a longer first step gives way to the owner who carries most.
 */
export function planSlideTitle(page: readonly ActionView[], part = ''): string {
  const first = page[0]!;
  const horizons = [...new Set(page.map((a) => a.horizon))];
  const span = horizons.length === 1 ? `Within ${first.horizonText}` : `Within ${horizons.slice(0, -1).join(', ')} and ${horizons.at(-1)!} days`;
  const rest = page.length - 1;
  const then = rest === 0 ? '' : `, then ${plural(rest, 'more step')}`;
  const step = `${span}: ${lowerFirst(first.title.replace(/\.$/, ''))}`;
  for (const title of [`${step}${then}${part}`, `${step}${part}`]) if (wordCount(title) <= TITLE_MAX_WORDS) return title;
  const owners = [...new Set(page.map((a) => a.ownerText))];
  return `${span}: ${plural(page.length, 'step')} for ${owners.length <= 2 ? owners.join(' and ') : `${owners.slice(0, -1).join(', ')} and ${owners.at(-1)!}`}${part}`;
}

/** "We recommend three decisions, the first on managers' time with reps". */
export function decisionsTitle(view: ReportView): string {
  const n = view.decisions.length;
  const recommended = view.decisions.filter((d) => d.recommendation !== '').length;
  const first = view.decisions[0]!;
  const on = first.topic !== '' ? first.topic : first.imperativeTitle;
  const lead = recommended === n ? `We recommend ${plural(n, 'decision')}` : `Leadership has ${plural(n, 'decision')} to take`;
  return `${lead}${n > 1 && on !== '' ? `, the first on ${lowerFirst(on)}` : ''}`;
}

/** A decision as one bullet: its label, what it is about and the option recommended, with the plan items. */
function decisionBullet(d: DecisionView): string {
  const about = d.topic !== '' ? `${d.label} ${d.topic}` : `${d.label} ${d.question}`;
  const option = d.recommendation === '' ? (d.topic !== '' ? d.question : '') : d.recommendation;
  return `${about}${option === '' ? '' : `: ${lowerFirst(option)}`}${d.planText === '' ? '' : ` (${d.planText})`}${d.discussion === '' ? '' : `. ${d.discussion.replace(/:.*$/, '')}`}`;
}

function decisionsSlides(deck: Deck): void {
  const { view } = deck;
  if (view.decisions.length === 0) return;
  const title = decisionsTitle(view);
  const bullets = view.decisions.map(decisionBullet);
  const notesOf = (d: DecisionView) =>
    [
      `${d.label}. ${d.question}`,
      d.recommendation === '' ? '' : `We recommend: ${d.recommendation}${d.cost === '' ? '' : ` Cost: ${d.cost}`}${d.planText === '' ? '' : ` (${d.planText}).`}`,
      `Why: ${d.finding} ${d.evidence} ${d.discussion}${d.discussion === '' ? '' : ` ${view.discussionHintText}`}`.trim(),
    ]
      .filter((line) => line !== '')
      .join('\n');
  const pages = bulletPages(bullets, BODY);
  let at = 0;
  pages.forEach((page, i) => {
    const decisions = view.decisions.slice(at, at + page.length);
    at += page.length;
    const slide = newSlide(deck, LAYOUT.body, pages.length === 1 ? title : `${title} (${i + 1} of ${pages.length})`, decisions.map(notesOf));
    addBullets(slide, page, BODY);
  });
}

/**
 * Appendix: the method on one slide, pointing to the report (PDF or HTML) that holds it in full;
 * every item whole in the notes. Three slides of formula text were read as a wall.
 */
function methodSlides(deck: Deck): void {
  const { view } = deck;
  const terms = view.method.items.flatMap((m) => (m.term === null ? [] : [lowerFirst(m.term)]));
  const bullets = [
    `The written report's appendix (PDF or HTML) sets out the method, one rule each: ${terms.join(', ')}.`,
    'Its technical annex holds the confidentiality rule in full and every score worked out.',
  ];
  const notes = view.method.items.map((m) => (m.term === null ? m.text : `${m.term}: ${m.text}`));
  const slide = newSlide(deck, LAYOUT.body, 'Appendix: how the scores, flags and plan are worked out, in the written report', notes);
  addBullets(slide, bullets, BODY);
}

/** Appendix: the backlog, one line per action, evenly over as few slides as fit. */
function backlogSlides(deck: Deck, backlog: readonly ActionView[]): void {
  if (backlog.length === 0) return;
  const columns: Column[] = [
    { header: '#', width: 0.5, align: 'right' },
    { header: 'Action', width: 5.4 },
    { header: 'Owner', width: 3.1 },
  ];
  // One line each: the action cut to its column's width, less the cell margins and a safety
  // margin for fonts wider than the estimate (whole in the notes).
  const line = (text: string, width: number, safety: number) => clipToWidth(text, width - safety, MIN_FONT_PT);
  // No date: the backlog waits until the plan is done.
  const rows = backlog.map((a) => [String(a.rank), line(a.title, columns[1]!.width, 0.5), line(a.ownerText, columns[2]!.width, 0.15)]);
  // As many slides as the rows need, the rows shared evenly (no last slide with two rows).
  const count = tablePages(columns, rows, BODY_H - 0.2, 10).length;
  const per = Math.ceil(rows.length / count);
  const pages = Array.from({ length: count }, (_, i) => rows.slice(i * per, (i + 1) * per)).filter((p) => p.length > 0);
  let at = 0;
  pages.forEach((page, i) => {
    const actions = backlog.slice(at, at + page.length);
    at += page.length;
    const title = `Appendix: the backlog, ${plural(backlog.length, 'more action')} after the plan${pages.length === 1 ? '' : ` (${i + 1} of ${pages.length})`}`;
    const slide = newSlide(deck, LAYOUT.table, title, actions.map((a) => `#${a.rank} in full: ${a.action} (for ${lowerFirst(a.questionLabel)})`));
    addTable(deck, slide, columns, page, { x: MARGIN, y: BODY_Y });
  });
}

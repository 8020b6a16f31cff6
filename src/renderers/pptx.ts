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
import type { ActionView, DecisionView, FindingView, ImperativeView, QuestionView, ReportView } from '../core/report/report-view.js';
import { pageColumnPoints } from '../core/readout/figures.js';
import { capitalize, countText, formatNumber, listText, lowerFirst, ranksText } from '../core/report/format.js';
import { groupCountsText, roleGroup } from '../core/report/describe-role.js';
import { waitSentence, type WaitView } from '../core/report/wait-reason.js';
import { teamFinding } from '../core/rubric/level-range.js';
import { benchmarkSlides } from './pptx/benchmark-slides.js';
import { FONT, GRID, INK, LIGHT, MUTED, SOFT } from './pptx/palette.js';
import { balancePages, fitFontSize, lineCount, textHeight, xmlSafe, type Paragraph } from './pptx/fit-text.js';
import { talkTrack } from './pptx/talk-track.js';
import type { Renderer } from './renderer.js';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;
type TextProps = import('pptxgenjs').default.TextProps;
type TableRow = import('pptxgenjs').default.TableRow;


/** The smallest text on any slide, in points: what a room reads from the back. */
export const MIN_FONT_PT = 12;
/** At most this many bullets on a slide. */
export const MAX_BULLETS = 5;
/** At most this many rows in a slide's table: one line each, readable from the back of a room. */
const MAX_TABLE_ROWS = 8;

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
/** A plan slide's taller table (rows of two lines), with room for two or three lines under it. */
const TALL_TABLE_H = 2.5;
const TALL_LOWER_BODY = { x: MARGIN, y: BODY_Y + TALL_TABLE_H + 0.1, w: CONTENT_W, h: BODY_BOTTOM - (BODY_Y + TALL_TABLE_H + 0.1) };

const LAYOUT = {
  cover: 'Title slide',
  body: 'Title and bullets',
  chart: 'Chart and bullets',
  table: 'Title and table',
  tableBody: 'Table and bullets',
  tallTableBody: 'Tall table and bullets',
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
  summarySlide(deck);
  // Where the roles differ comes after what was found (eleventh VP reading, class 7: leading with
  // it, before the scores, read in front of managers and reps as "leadership flatters itself");
  // without roles to compare, the headline and the score lead.
  const gapChart = roleGapShown(view);
  if (!gapChart) headlineSlide(deck);
  scoresSlide(deck);
  // "How <org> compares" (report --benchmark), drawn by its own module on slides from the masters.
  benchmarkSlides(view, {
    pres,
    drawing: (title, notes) => newSlide(deck, LAYOUT.drawing, title, notes),
    bullets: (title, bullets, notes) => addBullets(newSlide(deck, LAYOUT.body, title, notes), bullets, BODY),
  });
  // The story a presenter tells (fifth VP reading, class 8; eleventh, class 7): where we stand,
  // what we found, where the roles differ, what to decide, the plan, what to check; then each
  // imperative's detail, and the method and the backlog as appendices.
  findingsSlide(deck);
  if (gapChart) headlineSlide(deck);
  decisionsSlides(deck);
  planSlides(deck);
  checkSlide(deck);
  view.imperatives.forEach((imperative, i) => imperativeSlide(deck, imperative, i === 0));
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
  pres.defineSlideMaster({ title: LAYOUT.tallTableBody, background: { color: 'FFFFFF' }, slideNumber, objects: [title, rule, body(TALL_LOWER_BODY), ...shared] });
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
  const size = fitFontSize([{ text: title, bold: true }], box, max, 16) ?? 16;
  const shown = fitFontSize([{ text: title, bold: true }], box, 16, 16) === null ? clipToBox(title, box, 16) : title;
  // As a run: pptxgenjs lays a placeholder's own options over the text's, so a plain string took the
  // master's 24 pt whatever size fitted (a three-line title overflowed its box); a run keeps its size.
  slide.addText([{ text: t(shown), options: { fontFace: FONT, fontSize: size, bold: true, color: deck.palette.primary } }], { placeholder: 'title', align: 'left', fit: 'none' });
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

/** The first sentence of a text, and the rest. */
function firstSentence(text: string): { first: string; rest: string } {
  const match = /^(.+?[.!?])(\s+|$)(.*)$/s.exec(text.trim());
  return match === null ? { first: text.trim(), rest: '' } : { first: match[1]!, rest: match[3]!.trim() };
}

const plural = (n: number, word: string, words = `${word}s`) => `${countText(n)} ${n === 1 ? word : words}`;

// ── Slides ───────────────────────────────────────────────────────────────────────────────────

/** A slide title is a message a presenter can say in one breath: at most this many words. */
export const TITLE_MAX_WORDS = 15;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
const fitsTitle = (title: string) => wordCount(title) <= TITLE_MAX_WORDS;

/** The text before a sentence's first colon, without a final full stop. */
const beforeColon = (text: string) => text.replace(/:.*$/s, '').replace(/\.$/, '').trim();

/** The text after a sentence's first colon, capitalised; '' when there is none. */
const afterColon = (text: string) => {
  const at = text.indexOf(': ');
  return at < 0 ? '' : capitalize(text.slice(at + 2).trim());
};

/**
 * A role's score on an imperative in whole points, as the deck shows every score (page one's
 * rounding: 39.7 reads 39, never 40, where 40 would cross a band's floor or the target).
 */
const rolePoints = (imperative: ImperativeView, score: number) => pageColumnPoints(score, [imperative.target]);

/** "covered by #9, within 60 days": a backlog item a plan row does in its own agenda (WaitView covered); null for any other. */
function coveredBy(a: ActionView): string | null {
  return a.wait?.kind === 'covered' ? `covered by #${a.wait.rank}${coveredWithin(a.wait)}` : null;
}

/** ", within 60 days": when the plan row that covers an item is due, as the wait carries it (wait-reason.ts); '' where it is no plan row. */
function coveredWithin(wait: Extract<WaitView, { kind: 'covered' }>): string {
  return wait.due === null ? '' : `, within ${wait.due} days`;
}

/** Every action the report numbers: the plan, then the backlog. */
const allActions = (view: ReportView): ActionView[] => [...view.plan, ...view.backlog];
const inBacklog = (view: ReportView, a: ActionView) => view.backlog.some((b) => b.rank === a.rank);

function titleSlide(deck: Deck, brand: Brand | null): void {
  const { view } = deck;
  const lines = [
    brand === null ? null : `Prepared by ${brand.byline}`,
    `${view.single ? 'Respondent' : 'Respondents'}: ${view.respondentSummary}`,
    view.dateText,
  ].filter((l): l is string => l !== null);
  const people = view.single ? 'one person' : `${view.respondentCount} people`;
  const slide = newSlide(
    deck,
    LAYOUT.cover,
    `${view.organization}: sales readiness audit`,
    talkTrack({
      say: [
        `This readout rests on what ${people} told us, scored against one framework.`,
        view.names ? 'People are named because you asked for it.' : 'Nobody is named: what people said is attributed to their role, never to a person.',
      ],
      // The confidentiality rule is said once in the deck, on the method slide (eleventh VP reading, class 6: the cover's notes said it again in full).
      ask: view.single ? [] : ['Who said what? We do not say, and the method slide gives the rule on what is left out.', ...(view.confidentiality.foldedText === null ? [] : [`Why are some roles not shown? ${beforeColon(view.confidentiality.foldedText)}; the method slide gives the rule.`])],
      behind: [`The framework is “${view.rubrics.title.replace(/\.$/, '')}”.`],
    }),
  );
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

/** A horizontal bar chart of 0-100 scores in whole points, first category on top. */
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
    dataLabelFormatCode: '0',
    dataLabelPosition: 'outEnd',
    showLegend: true,
    legendPos: 'b',
    ...CHART_TEXT,
  });
}

/** The imperatives every shown role scored: what the perception-gap chart and its text compare. */
const gapImperatives = (view: ReportView) => view.imperatives.filter((i) => i.byRole.length > 0 && i.byRole.every((r) => r.score !== null));
/** Whether the deck has a slide of where the roles differ: several roles shown, and an imperative each scored. */
const roleGapShown = (view: ReportView) => view.multipleRoles && gapImperatives(view).length > 0;

/**
 * What the overall score is, beside the role bars: each question averages whoever answered it. Where
 * some questions were not answered by everyone (a role not asked, an answer left out), it is not
 * the role bars weighted by headcount (sixth VP reading, class 5: "blends these views, weighted by
 * who answered" gave 37 where a 3/3/4 blend of the bars gives about 34), nor their plain average:
 * the line says it counts every answer, in words a presenter can say (seventh reading, class 6:
 * "so it is not these bars weighted by headcount" was hard to say aloud).
 */
export function overallBlendText(view: ReportView): string {
  const counts = groupCountsText(view.roles);
  const everyone = view.roles.reduce((n, r) => n + r.count, 0);
  // Where checks of the audit sample set a question's level (score-term.ts), the overall is no blend
  // of the bars, which are claims alone (tenth VP reading, class 1: "counts every answer given" was
  // untrue, and the CEO will do the sum).
  const checked = checkedQuestionCount(view);
  if (checked > 0) return `The overall ${view.overall.pointsText} rests on what people said (${counts}), except on ${checked} ${checked === 1 ? 'question' : 'questions'} where checks of the audit sample set the level, so it is no average of these bars`;
  const partial = view.imperatives.some((i) => i.questions.some((q) => q.scored && q.respondents < everyone));
  return partial
    ? `The overall ${view.overall.pointsText} counts every answer given (${counts}), not each role equally`
    : `The overall ${view.overall.pointsText} averages each question over all ${everyone} respondents (${counts}), so it weighs these bars by headcount`;
}

/** Questions whose level rests on checks of the audit sample (QuestionView.levelChecked). */
function checkedQuestionCount(view: ReportView): number {
  return view.imperatives.reduce((n, i) => n + i.questions.filter((q) => q.levelChecked).length, 0);
}

/**
 * The first slide after the cover: the perception gap when roles are shown (the title states it,
 * the chart draws it, the text says how far apart the roles sit and what the overall score
 * is); else the headline and the score.
 */
function headlineSlide(deck: Deck): void {
  const { view, palette } = deck;
  const headline = headlineTitle(view.headline);
  const shown = gapImperatives(view);
  const withChart = roleGapShown(view);
  const gapTitle = withChart ? perceptionGapTitle(view) : null;
  const title = gapTitle ?? headline.title;
  const roleRange = (role: string) => {
    const points = shown.map((i) => rolePoints(i, i.byRole.find((r) => r.role === role)!.score!));
    const [low, high] = [Math.min(...points), Math.max(...points)];
    return low === high ? `${low}` : `${low} to ${high}`;
  };
  const bullets = withChart
    ? [
        ...view.roles.map((r) => `${capitalize(r.group)}: ${roleRange(r.role)} of 100`),
        overallBlendText(view),
      ]
    : [...headline.rest, view.overall.sentence.text];
  const gaps = view.perceptionGaps.map((g) => Math.round(Number(g.differenceText)));
  const even = gaps.length > 1 && Math.max(...gaps) - Math.min(...gaps) <= 5;
  const caveat = afterColon(view.evidenceLine);
  const notes = withChart
    ? talkTrack({
        say: [
          'The people who run the sales force and the people in it describe two different companies.',
          // The report's rule where it fires (discussion.ts), so the deck and the report say the same.
          view.roleGapText !== '' ? view.roleGapText : even ? 'The distance is about the same on every imperative: not one weak area, but two views of the same work.' : 'Point to where the bars sit furthest apart.',
          checkedQuestionCount(view) === 0
            ? 'Every score in this deck averages those views, question by question.'
            : `Each question's score averages those views, except on the ${countText(checkedQuestionCount(view))} questions where we checked the audit sample: there the check sets the level, and the bars show what each group said.`,
        ],
        // The self-report caveat is said once in the notes, on the slide on what to check (seventh VP reading, class 5).
        // True of the check slide as it is (tenth VP reading, class 5: it named no check of the role gap this answered).
        ask: ['Who is right? The answers alone cannot settle it; records of what was actually done can, question by question.'],
        behind: shown.map((i) => `${i.label}: ${i.byRole.map((r) => `${r.group} ${rolePoints(i, r.score!)}`).join(', ')}.`),
      })
    : talkTrack({
        say: ['Give the verdict in one breath, then the score against the target.'],
        behind: view.imperatives.filter((i) => i.scored).map((i) => `${i.label}: ${i.pointsText} of 100 (${i.bandText}).`),
      });
  const slide = newSlide(deck, withChart ? LAYOUT.chart : LAYOUT.body, title, notes);
  if (withChart) {
    const labels = shown.map((i) => t(i.label));
    const data = view.roles.map((role) => ({ name: t(capitalize(role.group)), labels, values: shown.map((i) => rolePoints(i, i.byRole.find((r) => r.role === role.role)!.score!)) }));
    barChart(deck, slide, data, palette.series.slice(0, data.length));
  }
  const box = withChart ? SIDE_BODY : BODY;
  // What does not fit beside the chart stays in the notes.
  let kept = bullets.slice(0, MAX_BULLETS);
  while (kept.length > 1 && bulletSize(kept, box) === null) kept = kept.slice(0, -1);
  addBullets(slide, kept.map((b) => (bulletSize([b], box) === null ? clipToBox(b, { w: box.w - 0.25, h: box.h }, MIN_FONT_PT) : b)), box);
}

/** "Leadership rates every imperative 37 to 40 points higher than salespeople do", when one pair of roles holds every gap; else null. */
export function perceptionGapTitle(view: ReportView): string | null {
  const gaps = view.perceptionGaps;
  if (gaps.length === 0 || gaps.some((g) => g.higherGroup !== gaps[0]!.higherGroup || g.lowerGroup !== gaps[0]!.lowerGroup)) return null;
  const points = gaps.map((g) => Math.round(Number(g.differenceText)));
  const [low, high] = [Math.min(...points), Math.max(...points)];
  // "Three imperatives", not "three of four": a pool's name ("leadership and sales managers", split-roles.ts) is long, and the chart shows which.
  const which = gaps.length === view.imperatives.length ? 'every imperative' : `${countText(gaps.length)} imperatives`;
  const verb = roleGroup(gaps[0]!.higherRole).plural ? 'rate' : 'rates';
  return `${capitalize(gaps[0]!.higherGroup)} ${verb} ${which} ${low === high ? low : `${low} to ${high}`} points higher than ${gaps[0]!.lowerGroup} do`;
}

/** "All four imperatives are below the target of 75; lowest: Sales managers at 32". */
export function scoresTitle(view: ReportView): string {
  const scored = view.imperatives.filter((i) => i.score !== null);
  if (scored.length === 0) return 'No imperative has a score yet: no question was answered';
  const below = scored.filter((i) => (i.gap ?? 0) > 0);
  const target = view.overall.targetText;
  // Whole points, as page one prints them.
  const weakest = view.weakest === null ? null : scored.find((i) => i.number === view.weakest!.number) ?? null;
  const lowest = weakest ?? (scored.length === 1 ? scored[0]! : null);
  // Imperatives that print the same whole points as the lowest are lowest too, as the reader sees them
  // (tenth VP reading: "lowest: Sales managers at 32" beside differentiation at 32); the title then
  // names the target by its number alone, to stay within a title's length.
  const tied = lowest === null ? [] : scored.filter((i) => i.pointsText === lowest.pointsText);
  const names = tied.map((i, k) => (k === 0 ? i.label : lowerFirst(i.label)));
  const lowestText = lowest === null ? '' : `; lowest: ${listText(names)} at ${lowest.pointsText}`;
  if (below.length === 0) return `Every imperative meets its target; the overall score is ${view.overall.pointsText} (${view.overall.band})`;
  const against = target === null ? 'their targets' : tied.length > 1 ? `${target}` : `the target of ${target}`;
  if (below.length === scored.length) return `${capitalize(scored.length === 1 ? 'the imperative is' : `${scored.length === view.imperatives.length ? 'all ' : ''}${countText(scored.length)} imperatives are`)} below ${against}${lowestText}`;
  return `${capitalize(countText(below.length))} of ${countText(scored.length)} imperatives are below ${against}${lowestText}`;
}

/** The top of the questions' scale, read from the mean's header ("Mean (0–4)" → 4); null where the ladders differ. */
function scaleTop(view: ReportView): number | null {
  const top = /\(\d+(?:\.\d+)?–(\d+(?:\.\d+)?)\)$/.exec(view.meanHeader)?.[1];
  return top === undefined ? null : Number(top);
}

/**
 * Why the target is what it is, in plain words, said once (tenth VP reading, class 10: "It is the
 * target the audit's rubrics set" left the CEO's question open): what it means on the questions'
 * own scale, and that it is no revenue figure, as the audit collects none.
 */
export function targetWhy(view: ReportView, target: string): string {
  const top = scaleTop(view);
  const level = top === null ? null : (Number(target) / 100) * top;
  const means = level !== null && Number.isInteger(level) ? ` ${target} of 100 means the team stands, on average, at level ${level} of ${top} on every question.` : '';
  const whose = view.method.targetOverride === null ? "It is the target the audit's rubrics set for each imperative." : 'It is the target set for this audit.';
  return `Why ${target}?${means} ${whose} It is not a revenue figure: the audit collected no revenue, win-rate or discount data, so no score here is tied to money yet.`;
}

/** Where we stand: the scores against the target (one chart, whole points), what they rest on in the notes. */
function scoresSlide(deck: Deck): void {
  const { view, palette } = deck;
  const scored = view.imperatives.filter((i) => i.score !== null);
  // Whole points, as page one prints them.
  const bullets = view.chart.rows.map((r) => (r.band === 'not scored' ? `${r.label}: not scored` : `${r.label}: ${r.pointsText}, ${r.band}${r.gapPointsText !== '0' && r.gapPointsText !== '–' ? `, ${r.gapPointsText} below target` : ', at or above target'}`));
  const target = view.overall.targetText;
  const notes = talkTrack({
    say: [
      view.overall.scored ? `Overall, the sales force stands at ${view.overall.pointsText} of 100, ${view.overall.band ?? ''}.` : '',
      scored.some((i) => (i.gap ?? 0) > 0) ? 'Each bar is one imperative against its target; the distance to it is what the plan works on.' : '',
    ],
    ask: target === null ? [] : [targetWhy(view, target)],
    behind: ['Each imperative\'s section in the written report shows every question\'s mean, range and evidence.'],
  });
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

/**
 * The findings slide's message: the headline's diagnosis, its last sentence up to a colon ("The
 * bottleneck is managers with no time to lead"), which the findings bear out (seventh VP reading,
 * class 6: "Three findings behind the decisions and the plan" was a label). The first sentence
 * states the score and the gap, which the two slides before it show; a diagnosis too long for a
 * title, or a headline of one sentence, leaves the count of findings.
 */
export function findingsTitle(view: ReportView): string {
  // "Three findings: managers' time, …" from the readout's short names, when each finding has one
  // and they fit; never the headline's diagnosis, which names one finding over a slide of three
  // (eighth VP reading, class 8).
  const count = capitalize(plural(view.findings.length, 'finding'));
  const shorts = view.findings.map((f) => f.short);
  if (shorts.every((x): x is string => x !== null)) {
    const named = `${count}: ${listText(shorts)}`;
    if (fitsTitle(named)) return named;
  }
  return `${count} behind the decisions and the plan`;
}

/**
 * What a finding rests on, one line for the slide, from the data, never the finding's own words
 * (eighth VP reading, class 8: the column restated each finding): its figures where the readout
 * lists some; else the questions the readout says it rests on (FindingView.questions, the report's
 * "Rests on Q4.8 … and Q4.9 …"), with what their answers rest on; else the lowest questions of the
 * imperatives its title scores; else its text's first sentence (a finding with no figure in the data).
 */
function findingEvidence(view: ReportView, f: FindingView): string {
  if (f.figures.length > 0) return f.figures.map((x) => `${x.ref.replace(/\s+/g, ' ')}: ${x.text}`).join('; ');
  const all = view.imperatives.flatMap((i) => i.questions);
  const own = f.questions.map((x) => all.find((q) => q.ref === x.ref)).filter((q): q is QuestionView => q !== undefined);
  const questions = own.length > 0 ? own : view.imperatives.filter((i) => f.imperativeIds.includes(i.id)).flatMap((i) => i.lowestQuestions.slice(0, 2));
  if (questions.length > 0) {
    // A question too few scored has no evidence count to show (QuestionView.figuresShown): its marker says so, or the base of the check that sets its level.
    const restsOn = (q: QuestionView) => (q.figuresShown ? q.evidenceText : q.levelChecked ? lowerFirst(q.checkedOnText) : q.answerText);
    const evidence = [...new Set(questions.map(restsOn))];
    const named = own.length > 0 ? `Rests on ${f.restsOnText}` : `Lowest questions: ${listText(questions.map((q) => `${q.ref} ${q.label}`))}`;
    return `${named}; ${evidence.length === 1 ? evidence[0] : questions.map((q) => `${q.ref}: ${restsOn(q)}`).join('; ')}`;
  }
  return f.text === null ? '' : firstSentence(f.text).first;
}

/**
 * The readout's findings A-C in a table, a row each: the finding, and beside it the line of evidence
 * it rests on (seventh VP reading, class 6: three bare bullets, and "where does this come from?"
 * answered only "the report's"). A table, not a bullet with a line under it: pptxgenjs writes a
 * second run's paragraph properties inside the paragraph, which PowerPoint would repair.
 */
function findingsSlide(deck: Deck): void {
  const { view } = deck;
  // One finding is the headline's; a slide needs two items.
  if (view.findings.length < 2) return;
  const columns: Column[] = [
    { header: 'Finding', width: 4.3 },
    { header: 'What it rests on', width: 4.7 },
  ];
  const rows = view.findings.map((f) => [`${f.letter}. ${f.title}`, findingEvidence(view, f) || '–']);
  // The finding's own text goes to the notes, less what the slide already shows.
  const rest = view.findings.flatMap((f) => {
    const shown = findingEvidence(view, f);
    const more = f.text === null ? '' : f.text.startsWith(shown) ? f.text.slice(shown.length).trim() : f.text;
    return more === '' ? [] : [`${f.letter}: ${more}`];
  });
  const notes = talkTrack({
    say: [`Take the ${countText(view.findings.length)} in turn: each is our reading of the scores, and beside it is what it rests on.`],
    ask: view.evidenceLine === '' ? [] : ['How sure are we? Most of it is what people told us; the slide on what to check says what to pull before committing.'],
    behind: rest,
  });
  tableSlides(deck, findingsTitle(view), columns, rows, MAX_BULLETS, notes);
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A cell's margins above and below its text together, in inches; a dense table (many rows of two lines) has half. */
const CELL_PAD = 0.1;
const DENSE_PAD = 0.04;

/** A table's estimated height at this size, the minimum by default (cells wrap in their columns). */
function tableHeight(columns: readonly Column[], rows: readonly string[][], fontPt = MIN_FONT_PT, header = true, pad = CELL_PAD): number {
  // Each line 1.2 × the size; the cell margins a row.
  // Bold: the header row, or without one the first column (its labels).
  const row = (cells: readonly string[], bold: (i: number) => boolean) => Math.max(...cells.map((text, i) => (lineCount(text, columns[i]!.width - 0.1, fontPt, bold(i)) * fontPt * 1.2) / 72)) + pad;
  return (header ? row(columns.map((c) => c.header), () => true) : 0) + rows.reduce((h, cells) => h + row(cells, (i) => !header && i === 0), 0);
}

/**
 * The largest table text, at most 16 pt, at which these rows fit this height and no cell of a narrow
 * column wraps onto more lines than at the minimum ("60 days" stays one line): a short table is
 * read from the back of the room rather than leaving half the slide empty (tenth VP reading,
 * classes 10 and 11).
 */
function tableFontSize(columns: readonly Column[], rows: readonly string[][], height: number, header = true, pad = CELL_PAD): number {
  const narrow = (i: number) => columns[i]!.width <= 1.1;
  const lines = (size: number) => [...(header ? [columns.map((c) => c.header)] : []), ...rows].map((cells) => cells.map((text, i) => (narrow(i) ? lineCount(text, columns[i]!.width - 0.1, size) : 0)).join());
  const least = lines(MIN_FONT_PT).join('|');
  for (let size = 16; size > MIN_FONT_PT; size--) if (tableHeight(columns, rows, size, header, pad) <= height && lines(size).join('|') === least) return size;
  return MIN_FONT_PT;
}

/** A table in the slide's body; without a header row, its first column is the rows' labels, set as a header's. */
function addTable(deck: Deck, slide: Slide, columns: readonly Column[], rows: readonly string[][], box: { x: number; y: number }, fontSize = MIN_FONT_PT, header = true, pad = CELL_PAD): void {
  const headerCell = { bold: true, color: deck.palette.primary, fill: { color: SOFT } };
  const head: TableRow[] = header ? [columns.map((c) => ({ text: t(c.header), options: { ...headerCell, align: c.align ?? 'left' } }))] : [];
  const body: TableRow[] = rows.map((cells) => cells.map((text, i) => ({ text: t(text), options: { align: columns[i]!.align ?? 'left', ...(!header && i === 0 ? headerCell : {}) } })) as TableRow);
  slide.addTable([...head, ...body], {
    ...box,
    w: columns.reduce((w, c) => w + c.width, 0),
    colW: columns.map((c) => c.width),
    fontFace: FONT,
    fontSize,
    color: INK,
    valign: 'top',
    border: { type: 'solid', pt: 0.5, color: GRID },
    margin: [pad / 2, 0.05, pad / 2, 0.05],
    autoPage: false,
  });
}

/** Rows over as few table slides as fit in `height`, evenly (no slide of one row after a full one). */
function tablePages(columns: readonly Column[], rows: readonly string[][], height: number, maxRows: number, pad = CELL_PAD): string[][][] {
  return balancePages(rows, maxRows, (page) => tableHeight(columns, page, MIN_FONT_PT, true, pad) <= height);
}

/** Table slides under one title, numbered "(1 of 2)" only when the rows need more than one. */
function tableSlides(deck: Deck, title: string, columns: readonly Column[], rows: readonly string[][], maxRows: number, notes: readonly string[], pad = CELL_PAD): void {
  const pages = tablePages(columns, rows, BODY_H, maxRows, pad);
  pages.forEach((page, i) => addTable(deck, newSlide(deck, LAYOUT.table, pages.length === 1 ? title : `${title} (${i + 1} of ${pages.length})`, i === 0 ? notes : []), columns, page, { x: MARGIN, y: BODY_Y }, tableFontSize(columns, page, BODY_H, true, pad), true, pad));
}

/**
 * A message about the client, not a label: "Sales managers: managers' weeks go to their own
 * accounts and to head office". In order, the first that fits TITLE_MAX_WORDS: the consultant's
 * comment on the imperative, after its label and score, then after its label alone; the finding
 * whose figures name this imperative, up to its colon; the words for where the team stands on its
 * lowest question with the score; the topics of its lowest two questions ("lowest on managers' own
 * selling and protection from admin"); those words without the score; its gap to the target (seventh VP reading, class 6: "still 43 points short of
 * the target" was a label, where the comment or finding A said the message). Whole points, as
 * everywhere in the deck. Never cut with "…": a title a reader has to finish is not a message.
 */
export function imperativeTitle(imperative: ImperativeView, findings: readonly FindingView[] = []): string {
  // One short name per imperative in the deck, the chart's label (sixth VP reading, class 9).
  if (!imperative.scored) return `${imperative.label}: not scored, no question answered`;
  const lead = `${imperative.label}, ${imperative.pointsText} of 100`;
  const sentence = (text: string) => firstSentence(text).first.replace(/\.$/, '');
  const comment = imperative.comment === null ? [] : [sentence(imperative.comment)];
  const finding = findings.filter((f) => f.imperativeIds.includes(imperative.id)).map((f) => beforeColon(f.title));
  // Only the rows the slide always shows (two): a title from a third, left off the table, was a message the table did not bear out (tenth VP reading, class 5).
  // The level's label, as the report's table says where the team stands (level-range.ts teamFinding), not the description's "at least" floor.
  const stands = imperative.lowestQuestions.slice(0, 2).flatMap((q) => (q.level === null ? [] : [teamFinding(q.level).replace(/\.$/, '')]));
  const candidates = [
    ...comment.map((c) => `${lead}: ${lowerFirst(c)}`),
    ...comment.map((c) => `${imperative.label}: ${lowerFirst(c)}`),
    ...finding.map((f) => `${imperative.label}: ${lowerFirst(f)}`),
    ...stands.map((d) => `${lead}: ${lowerFirst(d)}`),
    // Where it is weakest, by the lowest questions' topics: still a statement about the client, and
    // with its score, before a level's words without it.
    `${lead}: lowest on ${listText(imperative.lowestQuestions.slice(0, 2).map((q) => lowerFirst(q.label)))}`,
    `${lead}: lowest on ${imperative.lowestQuestions.length > 0 ? lowerFirst(imperative.lowestQuestions[0]!.label) : ''}`,
    ...stands.map((d) => `${imperative.label}: ${lowerFirst(d)}`),
  ].filter((c) => !/: lowest on $/.test(c));
  const found = candidates.find(fitsTitle);
  if (found !== undefined) return found;
  return imperative.gap === null || imperative.gap <= 0 ? `${lead}: at or above its target of ${imperative.targetText}` : `${lead}: still ${Number(imperative.targetText) - Number(imperative.pointsText)} points short of the target of ${imperative.targetText}`;
}

/**
 * Per imperative: its lowest questions in a table and, below, those questions' own actions with
 * their numbers, a backlog one included and said to be so (fifth VP reading: the actions under
 * "Lowest questions" were other questions', and the lowest one's action was missing).
 */
function imperativeSlide(deck: Deck, imperative: ImperativeView, first: boolean): void {
  const { view } = deck;
  // The report's columns under the report's names (eleventh VP reading, class 1: the deck's "Score 1"
  // beside the report's "Mean 1.7" for one question): where the team stands (the level's label),
  // the level the checks set and the mean of what people said, each in its own column, and what the
  // answers or the checks rest on.
  const headers = view.measureHeaders;
  const checkedLevel = (q: QuestionView) => q.checkedLevelText || '–';
  // A checked level says what the checks looked at even where too few answered to show a count.
  const evidence = (q: QuestionView) => (q.evidenceText !== '' ? q.evidenceText : q.levelChecked ? lowerFirst(q.checkedOnText) : '');
  const allRows = imperative.lowestQuestions.map((q) => [`${q.ref} ${q.label}${q.needsDiscussion ? ' (needs discussion)' : ''}`, q.level === null ? '' : q.level.label, ...(view.single ? [q.answerText] : [checkedLevel(q), q.answerText]), evidence(q)]);
  const allColumns: Column[] = [
    { header: 'Lowest questions', width: 1.95 },
    { header: headers.stands, width: view.single ? 3.45 : 2.45 },
    ...(view.single ? [{ header: 'Answer', width: 1.4 }] : [{ header: headers.checked, width: 0.95, align: 'right' as const }, { header: headers.said, width: 1.45, align: 'right' as const }]),
    // Never a role's mean on one question: with the range, it can give that role's answers away (fifth VP reading, class 2).
    { header: 'Evidence', width: 2.2 },
  ];
  // A column with nothing to show is dropped, its width given to the level's words (tenth VP reading, class 10: an empty Evidence column).
  const last = allColumns.length - 1;
  const evidenceShown = allRows.some((r) => r[last] !== '');
  const columns = evidenceShown ? allColumns : allColumns.slice(0, last).map((c, i) => (i === 1 ? { ...c, width: c.width + allColumns[last]!.width } : c));
  const rows = evidenceShown ? allRows : allRows.map((r) => r.slice(0, last));
  // Two rows wherever the imperative has two lowest questions, a third only where it fits the
  // table's band (ninth VP reading, class 9: one row on one slide, two on the others); the
  // actions' box starts where the table ends.
  let shownRows = rows;
  while (shownRows.length > 2 && tableHeight(columns, shownRows) > TOP_TABLE_H) shownRows = shownRows.slice(0, -1);
  const tableEnd = BODY_Y + Math.max(TOP_TABLE_H, tableHeight(columns, shownRows)) + 0.1;
  const lowerBody = { ...LOWER_BODY, y: tableEnd, h: BODY_BOTTOM - tableEnd };
  const shownQuestions = imperative.lowestQuestions.slice(0, shownRows.length);
  const actions = allActions(view);
  // The plan's actions first, the backlog's after (ninth VP reading, class 9: the slides pointed the room at backlog items).
  const own = shownQuestions.flatMap((q) => actions.filter((a) => a.questionRef === q.ref).map((a) => ({ q, a }))).sort((x, y) => Number(inBacklog(view, x.a)) - Number(inBacklog(view, y.a)));
  // A backlog item a plan row already does says so, not "in the backlog" (eleventh VP reading, class 1: #19 read as both).
  const ownLine = ({ q, a }: { q: QuestionView; a: ActionView }) => `${q.ref}: #${a.rank} ${a.title.replace(/\.$/, '')} (${coveredBy(a) ?? (inBacklog(view, a) ? 'in the backlog, after the 90-day plan' : `${a.ownerText}, within ${a.horizonText}`)})`;
  // Only the shown questions' own actions: a line of other action numbers named no content
  // (seventh VP reading, class 5); the written report lists them under the imperative.
  const all = own.map(ownLine);
  let bullets = all.slice(0, MAX_BULLETS);
  while (bullets.length > 1 && bulletSize(bullets, lowerBody) === null) bullets = bullets.slice(0, -1);
  const unshown = all.slice(bullets.length);
  const backlogged = own.filter(({ a }) => inBacklog(view, a) && coveredBy(a) === null);
  const notes = talkTrack({
    say: [
      ...imperativeSay(view, imperative, actions),
      // Said once, on the first of these slides; the role scores are the perception-gap slide's
      // (sixth VP reading, class 8: four slides' notes repeated both).
      first && own.length > 0 ? 'Each action on these slides lifts its question from where the team stands today.' : '',
    ],
    ask: backlogged.map(({ a }) => `Why is #${a.rank} not in the plan? ${waitSentence(a.wait, view.plan.length)}`),
    // What the slide shows, row by row (eighth VP reading, class 7: three questions listed under a table of two); a question too few scored shows no figure here either (QuestionView.figuresShown): its marker stands alone.
    behind: [
      ...shownQuestions.map((q) =>
        !q.figuresShown ? `${q.ref} ${q.label}: ${q.answerText}${q.levelChecked ? `; its level ${lowerFirst(q.checkedOnText)}` : ''}.` : `${q.ref} ${q.label}: ${view.single ? 'answered' : `mean ${q.answerText}${q.rangeShown ? `, answers from ${q.rangeText}` : ''}`}; ${q.evidenceText}.`,
      ),
      ...unshown.map((line) => `Also: ${line}.`),
    ],
  });
  if (shownRows.length === 0) {
    const slide = newSlide(deck, LAYOUT.body, imperativeTitle(imperative, view.findings), notes);
    addBullets(slide, bullets.length > 0 ? bullets : [view.noImperativeActionsText, imperative.coverageText], BODY);
    return;
  }
  const slide = newSlide(deck, LAYOUT.tableBody, imperativeTitle(imperative, view.findings), notes);
  addTable(deck, slide, columns, shownRows, { x: MARGIN, y: BODY_Y });
  addBullets(slide, bullets.length > 0 ? bullets.map((b) => (bulletSize([b], lowerBody) === null ? clipToBox(b, { w: lowerBody.w - 0.25, h: lowerBody.h }, MIN_FONT_PT) : b)) : [view.noImperativeActionsText], lowerBody);
}

/**
 * What to say over an imperative's slide, in two or three sentences from its data (eighth VP
 * reading, class 8: "Differentiation stands at 42 of 100 against a target of 75" alone was nothing
 * to speak from): the score and where its lowest question puts the team, what the plan does about
 * that question, and the finding it bears out.
 */
function imperativeSay(view: ReportView, imperative: ImperativeView, actions: readonly ActionView[]): string[] {
  const score = `${imperative.label} stands at ${imperative.pointsText} of 100 against a target of ${imperative.targetText}`;
  const lowest = imperative.lowestQuestions[0];
  if (!imperative.scored || lowest === undefined || lowest.level === null) return [`${score}.`];
  // Where it stands as a figure on the questions' scale, the one the table's second column shows; the
  // level's words are the table's (tenth VP reading, class 10: "lowest is practice, where most reps
  // rehearsed … at least once", read aloud as the lowest score, sounded like good news).
  const top = scaleTop(view);
  const of = top === null ? '' : ` of ${top}`;
  const where = view.single ? `answered at ${lowest.answerText}` : lowest.levelChecked ? `at level ${lowest.level.score}${of}, ${lowerFirst(lowest.checkedOnText)}` : lowest.figuresShown ? `where answers average ${lowest.answerText}${of}` : `at level ${lowest.level.score}${of}`;
  const stands = `${score}; lowest is ${lowerFirst(lowest.label)}, ${where}.`;
  const action = actions.find((a) => a.questionRef === lowest.ref);
  const plan =
    action === undefined
      ? 'No action in this report lifts that question.'
      : action.wait?.kind === 'covered'
        ? `Its action, #${action.rank}, needs no place of its own: #${action.wait.rank} does it in its own agenda${coveredWithin(action.wait)}.`
        : inBacklog(view, action)
        ? `Its action, #${action.rank}, waits in the backlog, to review at day 90.`
        : `The plan answers it with #${action.rank} (${action.ownerText}, within ${action.horizonText}${action.decisionText === '' ? '' : `, ${action.decisionText}`}).`;
  const finding = view.findings.find((f) => f.imperativeIds.includes(imperative.id));
  // The finding by its letter: its words are on the findings slide and, often, in this slide's title (ninth VP reading, class 7).
  return [stands, plan, ...(finding === undefined ? [] : [`This is what finding ${finding.letter} rests on.`])];
}

/** At most this many plan rows on a slide. */
const PLAN_ROWS = MAX_TABLE_ROWS;

/**
 * The plan in two slides (fifth VP reading, class 8): the first horizon, then the later ones
 * together; a later horizon gets its own slide only when the rows do not fit one. Each row is one
 * line: the action's short name, who, what it waits for; the action in full is in the written plan.
 */
function planSlides(deck: Deck): void {
  const { view } = deck;
  const planned = view.plan;
  if (planned.length === 0) return;
  const columns: Column[] = [
    { header: '#', width: 0.6 },
    { header: 'By', width: 1.0 },
    { header: 'Action', width: 4.2 },
    { header: 'Owner', width: 2.2 },
    { header: 'After', width: 1.0 },
  ];
  // The plan's number, so "#2" on another slide resolves; ★ for page one's priorities. A row that
  // carries out a decision says so on the slide, in the plan's words ("once leadership decides D1"):
  // in the notes only, a manager read #1 as decided (eighth VP reading, class 9).
  const actionCell = (a: ActionView) => `${a.title.replace(/\.$/, '')}${a.decisionText === '' ? '' : ` (${a.decisionText})`}`;
  const rowOf = (a: ActionView) => [`${a.rank}${a.onPageOne ? ' ★' : ''}`, a.horizonText, actionCell(a), a.ownerText, a.after.length === 0 ? '–' : ranksText(a.after)];
  const fits = (items: readonly ActionView[]) => items.length <= PLAN_ROWS && tableHeight(columns, items.map(rowOf)) <= BODY_H;
  const first = planned[0]!.horizon;
  const later = planned.filter((a) => a.horizon !== first);
  const byHorizon = (items: readonly ActionView[]) => [...new Set(items.map((a) => a.horizon))].map((h) => items.filter((a) => a.horizon === h));
  const groups = [planned.filter((a) => a.horizon === first), ...(later.length === 0 ? [] : fits(later) ? [later] : byHorizon(later))];
  // A group of one action joins the one before it, or the first the one after it (no slide holds a single row).
  for (let g = groups.length - 1; g >= 0 && groups.length > 1; g--) {
    if (groups[g]!.length !== 1) continue;
    const at = Math.max(g - 1, 0);
    groups.splice(at, 2, [...groups[at]!, ...groups[at + 1]!]);
  }
  const gate = view.capacity?.stepRank ?? null;
  for (const [g, items] of groups.entries()) {
    const split = balancePages(items, PLAN_ROWS, fits);
    const title = planSlideTitle(items, g === 0, gate, view.capacity?.ownerText ?? null);
    const owners = [...new Set(items.map((a) => a.ownerText))].map((o) => ({ o, n: items.filter((a) => a.ownerText === o).length })).sort((x, y) => y.n - x.n);
    const withNext = items.filter((a) => a.next !== null);
    // What follows each row, under the table where it fits (tenth VP reading, class 11: a table of
    // three rows left half the slide empty while what comes next sat in the notes).
    const thenLines = withNext.map((a) => `#${a.rank} then, by ${a.next!.horizonText}${a.next!.ownerText !== a.ownerText ? ` (${a.next!.ownerText})` : ''}: ${lowerFirst(a.next!.title.replace(/\.$/, ''))}`);
    // Under the table wherever it ends (eleventh reading: #2 carrying out D2 took a second line,
    // and four rows of two lines pushed the lines into the notes over an empty third of the slide);
    // sized for the box less its insets, as the placeholder lays the text out.
    const height = tableHeight(columns, items.map(rowOf));
    const under =
      split.length === 1 && thenLines.length > 0 && thenLines.length <= MAX_BULLETS
        ? [
            { layout: LAYOUT.tableBody, table: TOP_TABLE_H, box: LOWER_BODY },
            { layout: LAYOUT.tallTableBody, table: TALL_TABLE_H, box: TALL_LOWER_BODY },
          ]
            .map((u) => ({ ...u, box: { ...u.box, h: u.box.h - 0.15 } }))
            .find((u) => height <= u.table && bulletSize(thenLines, u.box) !== null)
        : undefined;
    const thenOnSlide = under !== undefined;
    const waiting = gate === null ? [] : items.filter((a) => a.after.includes(gate));
    const toConfirm = items.filter((a) => a.checkFirst);
    const last = g === groups.length - 1;
    const notes = talkTrack({
      say: [
        `${listText(owners.map(({ o, n }, i) => (i === 0 ? `${o} ${ownsVerb(o)} ${countText(n)} of these` : `${o} ${countText(n)}`)))}.`,
        gate !== null && items.some((a) => a.rank === gate) ? `#${gate} comes first: nothing new lands on ${lowerFirst(view.capacity!.ownerText ?? 'its owner')} until it has freed their time.` : '',
        waiting.length > 0 ? `${capitalize(plural(waiting.length, 'row'))} here ${waiting.length === 1 ? 'waits' : 'wait'} for ${ranksText(waitedFor(waiting))}.` : '',
      ],
      ask: [
        ...(g === 0 && planned.length > items.length ? [`Who carries what? ${ownerCountsText(planned)}`] : []),
        ...(withNext.length === 0 || thenOnSlide ? [] : [`What comes after? ${thenLines.map((l) => `${l}.`).join(' ')}`]),
        // Short, and not the findings slide's words: a plan of several rows to confirm said one sentence three times (class 6).
        ...toConfirm.map((a) => `Is #${a.rank} needed? Its check comes first, on the check slide.`),
      ],
      behind: [...(g === 0 ? [`The rows marked ★ are page one's priorities.`] : []), ...(last && view.backlog.length > 0 ? [`${capitalize(plural(view.backlog.length, 'more action'))} are in the backlog appendix.`] : [])],
    });
    if (under !== undefined) {
      const slide = newSlide(deck, under.layout, title, notes);
      addTable(deck, slide, columns, items.map(rowOf), { x: MARGIN, y: BODY_Y });
      addBullets(slide, thenLines, under.box);
      continue;
    }
    split.forEach((page, i) => addTable(deck, newSlide(deck, LAYOUT.table, split.length === 1 ? title : `${title} (${i + 1} of ${split.length})`, i === 0 ? notes : []), columns, page.map(rowOf), { x: MARGIN, y: BODY_Y }, tableFontSize(columns, page.map(rowOf), BODY_H)));
  }
}

/**
 * The readout on one slide, after the title: one row per decision and one per priority page one
 * starts with, each with its why and who carries it by when (eleventh VP reading, class 7: a table
 * of titles with no reasons), under the headline's message as the title (tenth reading: the
 * headline's 80 words were too many for the slide; eleventh: "Acme Corp: 35 of 100, At risk; three
 * decisions and five priorities" said no message). The headline in full is what the presenter says.
 */
function summarySlide(deck: Deck): void {
  const { view } = deck;
  const rows = summaryRows(view);
  if (rows.length < 2) {
    addBullets(newSlide(deck, LAYOUT.body, summaryTitle(view, view.priorities.length), talkTrack({ say: [view.headline] })), [view.headline, view.overall.sentence.text], BODY);
    return;
  }
  // What the next slides take, in this deck's order.
  const next = ['the scores', view.findings.length > 0 ? 'the findings' : '', roleGapShown(view) ? 'where the roles differ' : '', view.decisions.length === 0 ? '' : view.decisions.length === 1 ? 'the decision' : `the ${countText(view.decisions.length)} decisions, a slide each`, view.plan.length > 0 ? 'the plan' : ''].filter((p) => p !== '');
  const counts = [...(view.decisions.length === 0 ? [] : [plural(view.decisions.length, 'decision')]), ...(view.priorities.length === 0 ? [] : [plural(view.priorities.length, 'priority', 'priorities')])];
  const notes = talkTrack({
    // Page one's headline is the answer, said aloud; the slide holds what to decide and where to start, each with its why.
    say: [view.headline, counts.length === 0 ? '' : `On this slide: ${listText(counts)}, each with why.`, `The next slides take ${listText(next)}.`],
    ask: view.decisions.length === 0 ? [] : [`Why these decisions? ${view.decisions.length === 1 ? 'Its slide says' : 'Each has its own slide, with'} why it is on the agenda, the option we recommend and what it costs.`],
  });
  // A title that fits with its page count where the rows take two slides (four decisions with long whys).
  const pages = tablePages(SUMMARY_COLUMNS, rows, BODY_H, MAX_TABLE_ROWS + 2, DENSE_PAD).length;
  const suffix = pages === 1 ? '' : ` (${pages} of ${pages})`;
  const title = summaryMessage(view, suffix) ?? summaryTitle(view, view.priorities.length);
  tableSlides(deck, title, SUMMARY_COLUMNS, rows, MAX_TABLE_ROWS + 2, notes, DENSE_PAD);
}

const SUMMARY_COLUMNS: Column[] = [
  { header: '', width: 0.7 },
  { header: 'Leadership decides, then we start with', width: 3.6 },
  { header: 'Why', width: 4.7 },
];

/**
 * A table row a decision ("D1", what to decide and the plan rows that carry it out by when, why
 * it is on the agenda; their owners are on the decision's slide), then a row a priority no decision's row already names ("#2 ★",
 * its title, owner and horizon, its why): page one's words, its "→ Plan #N" and whys, each row once.
 */
export function summaryRows(view: ReportView): string[][] {
  const actions = allActions(view);
  const row = (rank: number) => {
    const a = actions.find((x) => x.rank === rank);
    return a === undefined ? `#${rank}` : `#${rank}${a.onPageOne ? ' ★' : ''} (${inBacklog(view, a) ? 'in the backlog' : a.horizonText})`;
  };
  const carried = new Set(view.decisions.flatMap((d) => d.actions));
  const decisions = view.decisions.map((d) => [d.label, `Decide ${lowerFirst(decisionShort(d.question))}${d.actions.length === 0 ? '' : `; then ${listText(d.actions.map(row))}`}`, d.finding]);
  const priorities = view.priorities.filter((a) => !carried.has(a.rank)).map((a) => [`#${a.rank} ★`, `${a.title.replace(/\.$/, '')} (${a.ownerText}, ${a.horizonText})`, a.why]);
  return [...decisions, ...priorities];
}

/**
 * The headline's message as the summary slide's title: "Acme Corp, 35 of 100: its managers have no
 * time to lead their reps", the diagnosis after the first sentence's colon (the consultant's words),
 * led by the score where it fits TITLE_MAX_WORDS; null where the headline has no such part.
 */
export function summaryMessage(view: ReportView, suffix = ''): string | null {
  const { first } = firstSentence(view.headline);
  const at = first.indexOf(': ');
  if (at < 0) return null;
  const message = first.slice(at + 2).replace(/\.$/, '').trim();
  const who = view.organization === '' ? 'The sales force' : view.organization;
  const candidates = [view.overall.scored ? `${who}, ${view.overall.pointsText} of 100: ${message}` : '', `${who}: ${message}`, capitalize(message)];
  return candidates.find((c) => c !== '' && wordCount(c) >= 4 && fitsTitle(`${c}${suffix}`)) ?? null;
}

/** "Acme Corp: 37 of 100, At risk; three decisions and five priorities" (at most 15 words, from page one's figures). */
export function summaryTitle(view: ReportView, priorityCount: number): string {
  const who = view.organization === '' ? 'The sales force' : view.organization;
  const score = view.overall.scored ? `${who}: ${view.overall.pointsText} of 100${view.overall.band === null ? '' : `, ${view.overall.band}`}` : `${who} in short`;
  const parts = [
    ...(view.decisions.length === 0 ? [] : [plural(view.decisions.length, 'decision')]),
    ...(priorityCount === 0 ? [] : [plural(priorityCount, 'priority', 'priorities')]),
  ];
  const full = parts.length === 0 ? score : `${score}; ${parts.join(' and ')}`;
  return full.split(/\s+/).length <= 15 ? full : `${score}${parts.length === 0 ? '' : `; ${parts.at(-1)}`}`;
}

/**
 * What a decision's why rests on, one sentence to say over the slide: "The case rests on finding A,
 * checked on 4 managers (system data)."; "The case was checked on 8 reps (system data)."; "The case
 * rests on what people said: nothing checked."; '' when there is nothing to say.
 */
function restsOnCase(d: DecisionView): string {
  const finding = /\(finding ([A-Z])\)/.exec(d.finding)?.[1];
  const evidence = d.evidence.trim().replace(/\.$/, '');
  const on = finding === undefined ? [] : [`finding ${finding}`];
  if (/^Rests on /.test(evidence)) return `The case rests on ${listText([...on, evidence.replace(/^Rests on /, '')])}.`;
  if (on.length === 0) return evidence === '' ? '' : /^Checked /.test(evidence) ? `The case was ${lowerFirst(evidence)}.` : `The case: ${lowerFirst(evidence)}.`;
  return `The case rests on ${on[0]}${evidence === '' ? '' : `, ${lowerFirst(evidence)}`}.`;
}

/** A clause as said inside a sentence: "Now: count …" reads "now, count …". */
function spokenClause(text: string): string {
  return lowerFirst(text.trim().replace(/^(\w+): /, '$1, ').replace(/\.$/, ''));
}

/** "D1. Decide how managers stop selling their own accounts: now, …" → "How managers stop selling their own accounts". */
export function decisionShort(question: string): string {
  const cut = question.split(/\s*[:(,;]\s*|\.\s/)[0]!.replace(/\.$/, '');
  return cut.replace(/^Decide /, '').replace(/^./, (c) => c.toUpperCase());
}

/** A text's clauses: cut after each "; " or ". " outside brackets, each keeping its own words (the separator is the join's). */
export function clausesOf(text: string): { text: string; separator: string }[] {
  const out: { text: string; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === '.') && text[i + 1] === ' ') {
      out.push({ text: text.slice(start, i), separator: c });
      start = i + 2;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), separator: '' });
  return out;
}

/** Clauses joined back as written, without the last one's separator. */
function joinClauses(clauses: readonly { text: string; separator: string }[]): string {
  return clauses.map((c, i) => (i === clauses.length - 1 ? c.text : `${c.text}${c.separator} `)).join('');
}

/** "Across the plan, VP Sales owns seven of the 12 actions, First-line sales managers three and Marketing lead two": counts a presenter can say (tenth VP reading, class 10: the owner-load sentence, read aloud, was a table). */
function ownerCountsText(plan: readonly ActionView[]): string {
  const owners = [...new Set(plan.map((a) => a.ownerText))].map((o) => ({ o, n: plan.filter((a) => a.ownerText === o).length })).sort((x, y) => y.n - x.n);
  return `Across the plan, ${listText(owners.map(({ o, n }, i) => (i === 0 ? `${o} ${ownsVerb(o)} ${countText(n)} of the ${plan.length} actions` : `${o} ${countText(n)}`)))}.`;
}

/** "VP Sales owns", "First-line sales managers own": an owner is a role, singular unless a plural noun. */
function ownsVerb(owner: string): string {
  return /s$/.test(owner) && !/^[A-Z]{2}/.test(owner) ? 'own' : 'owns';
}

/** What rows that wait for the gate all wait for, as their After column prints it ("#1 and #2"). */
function waitedFor(waiting: readonly ActionView[]): number[] {
  return waiting.length === 0 ? [] : waiting[0]!.after.filter((rank) => waiting.every((a) => a.after.includes(rank)));
}

/**
 * A plan slide's message, built from the rows on the slide only, in at most TITLE_MAX_WORDS words:
 * "First 30 days: four actions, starting with #1, which frees first-line sales managers' time";
 * "By 60 days: interview clients on why they chose, and five more actions"; "By 60 days: four
 * actions on differentiation, sales managers and prospecting plan, two after #1 and #2": what the
 * period does, led by page one's priorities among its rows, and what it waits for (tenth VP
 * reading, class 10: "two of them after #1" said nothing of what the period does). Never a claim
 * the rows do not keep (eleventh reading, class 1: the readout's outcome lines over these slides
 * promised a card and client stories that sat at 90 days and in the backlog), never one action's
 * name over a slide of several without the others counted (fifth VP reading).
 */
export function planSlideTitle(items: readonly ActionView[], first: boolean, gate: number | null, owner: string | null): string {
  const horizons = [...new Set(items.map((a) => a.horizon))];
  const span = first && horizons.length === 1 ? `First ${horizons[0]} days` : `By ${listText(horizons.map(String))} days`;
  const count = `${span}: ${plural(items.length, 'action')}`;
  const topics = `${count} on ${listText([...new Set(items.map((a) => a.imperativeLabel))].map(lowerFirst))}`;
  const owners = [...new Set(items.map((a) => a.ownerText))];
  const waiting = gate === null ? [] : items.filter((a) => a.after.includes(gate));
  const after = waiting.length === 0 ? '' : `${waiting.length === items.length ? (items.length === 2 ? 'both' : 'all') : countText(waiting.length)} after ${ranksText(waitedFor(waiting))}`;
  const building = items.filter((a) => a.after.length > 0);
  // The rows themselves, by their titles: all of them where they fit, else page one's priorities among them and a count of the rest.
  const named = (shown: readonly ActionView[]) => {
    const rest = items.length - shown.length;
    return `${span}: ${listText(shown.map((a) => lowerFirst(a.title.replace(/\.$/, ''))))}${rest === 0 ? '' : `, and ${plural(rest, 'more action')}`}`;
  };
  const starred = items.filter((a) => a.onPageOne);
  const candidates = [
    gate !== null && owner !== null && items.some((a) => a.rank === gate) ? `${count}, starting with #${gate}, which frees ${lowerFirst(owner)}' time` : '',
    named(items),
    starred.length > 0 && starred.length < items.length ? named(starred) : '',
    after !== '' ? `${topics}, ${after}` : '',
    topics,
    after !== '' ? `${count}, ${after}` : '',
    building.length > 0 ? `${count}, ${countText(building.length)} building on earlier ones` : '',
    `${count} for ${listText(owners)}`,
    count,
  ];
  return candidates.find((c) => c !== '' && fitsTitle(c))!;
}

/** A decision slide's title: the ask, "D1: decide how managers stop selling their own accounts", flagged where it needs discussion. */
export function decisionTitle(d: DecisionView): string {
  const flag = d.discussion === '' ? '' : ' (needs discussion)';
  const ask = `${d.label}: decide ${lowerFirst(decisionShort(d.question))}${flag}`;
  return fitsTitle(ask) ? ask : `${d.label}: ${d.topic !== '' ? lowerFirst(d.topic) : 'a decision for leadership'}${flag}`;
}

/**
 * A slide per decision, page one's words whole in a table of rows: why it is on the agenda (with
 * what that rests on), the option we recommend, its cost, and the plan row that carries it out
 * (tenth VP reading, class 10: the one table of three had no room for the why, and a why is what
 * the room weighs before a yes). A row too long for the slide even alone loses its last clauses,
 * cut only at a "; " or ". " outside brackets (seventh VP reading: "(say so at the handover" with
 * no closing bracket); what it loses is said in the notes.
 */
function decisionsSlides(deck: Deck): void {
  const { view } = deck;
  if (view.decisions.length === 0) return;
  const actions = allActions(view);
  const columns: Column[] = [
    { header: '', width: 1.7 },
    { header: '', width: CONTENT_W - 1.7 },
  ];
  // The plan row that carries it out, as page one points to it ("Plan #1, within 30 days").
  const carriedBy = (d: DecisionView) => {
    const carried = d.actions.map((rank) => actions.find((a) => a.rank === rank)).filter((a): a is ActionView => a !== undefined);
    return carried.map((a) => `#${a.rank} ${a.title.replace(/\.$/, '')} (${a.ownerText}, ${inBacklog(view, a) ? 'in the backlog' : `within ${a.horizonText}`})`).join('; ');
  };
  const recommendation = (d: DecisionView) => (d.recommendation === '' ? view.plan.find((a) => d.actions.includes(a.rank))?.title ?? '' : d.recommendation).replace(/\.$/, '');
  // Page one's why, with what it rests on, in page one's words.
  const why = (d: DecisionView) => [d.finding, d.evidence].filter((x) => x !== '').join(' ');
  view.decisions.forEach((d, i) => {
    const full = { recommend: clausesOf(recommendation(d)), cost: clausesOf(d.cost.replace(/\.$/, '')) };
    const kept = { recommend: full.recommend.length, cost: full.cost.length };
    const rowsOf = () =>
      [
        ['Why', why(d)],
        ['We recommend', joinClauses(full.recommend.slice(0, kept.recommend))],
        ['Cost', joinClauses(full.cost.slice(0, kept.cost))],
        ['Carried out by', carriedBy(d)],
      ].filter(([, text]) => text !== '');
    while (tableHeight(columns, rowsOf(), MIN_FONT_PT, false) > BODY_H) {
      const key = (['recommend', 'cost'] as const).filter((k) => kept[k] > 1).sort((x, y) => joinClauses(full[y].slice(0, kept[y])).length - joinClauses(full[x].slice(0, kept[x])).length)[0];
      if (key === undefined) break;
      kept[key] -= 1;
    }
    const cut = [
      ...(kept.recommend < full.recommend.length ? [`The recommendation in full: ${joinClauses(full.recommend)}.`] : []),
      ...(kept.cost < full.cost.length ? [`The cost in full: ${joinClauses(full.cost)}.`] : []),
    ];
    // Lines a presenter can speak, not page one pasted (sixth VP reading, class 8): what the case
    // rests on, the ask with the option we recommend, and the answer wanted (eleventh reading, class
    // 7: "D2 next: the same ask, a yes, a no or a date" was a stage direction, nothing to say). The
    // why itself is the slide's first row (and the summary's), read from there: said a third time in
    // the notes it was the repetition of class 6.
    const notes = talkTrack({
      say: [
        i === 0 && view.decisions.length > 1 ? `${capitalize(countText(view.decisions.length))} decisions, one at a time.` : '',
        restsOnCase(d),
        `We ask you to decide ${lowerFirst(decisionShort(d.question))}${full.recommend.length === 0 ? '' : `; we recommend this: ${spokenClause(full.recommend[0]!.text)}`}.`,
        `Yes, no, or a date for ${d.label}?`,
      ],
      ask: d.discussion === '' ? [] : [`Is ${d.label} settled? ${d.discussion} ${view.discussionHintText}`],
      behind: cut,
    });
    const rows = rowsOf();
    addTable(deck, newSlide(deck, LAYOUT.table, decisionTitle(d), notes), columns, rows, { x: MARGIN, y: BODY_Y }, tableFontSize(columns, rows, BODY_H, false), false);
  });
}

/**
 * What to check before committing: page two's box (checks-first.ts), line for line, so the deck and
 * the report name the same checks (one source of truth), as a table a row a check: what it settles,
 * who checks by when, what to pull and the result that changes the plan, in the box's own words
 * (eleventh VP reading, class 7: the slide listed checks with owners but not what to pull).
 */
export function checkRows(view: ReportView): string[][] {
  return view.checksFirst.map((c) => [capitalize(c.subject), `${c.who ?? 'Someone named'}, ${c.when}`, capitalize(c.what), c.result === '' ? '–' : c.result]);
}

/** With what a result changes in a column of its own; CHECK_COLUMNS_NARROW where no check says one, or the rows are too long for four columns. */
const CHECK_COLUMNS: Column[] = [
  { header: 'To settle', width: 1.9 },
  { header: 'Who checks, by when', width: 1.5 },
  { header: 'What to pull', width: 3.6 },
  { header: 'What the result changes', width: 2.0 },
];
const CHECK_COLUMNS_NARROW: Column[] = [
  { header: 'To settle', width: 2.4 },
  { header: 'Who checks, by when', width: 1.8 },
  { header: 'What to pull', width: 4.8 },
];

/** How the check table is laid out: its columns and cell margins, its cells (what to pull cut where it must be), and which rows lost what. */
interface CheckTable {
  columns: Column[];
  pad: number;
  shown: string[][];
  /** Rows whose "what to pull" is cut on the slide. */
  cut: Set<number>;
  /** Whether the results are in the notes (three columns), not on the slide. */
  resultsInNotes: boolean;
}

/**
 * The check table on one slide (at most three checks, CHECKS_FIRST_MAX: split over two slides one
 * of them would stand alone, the split issue 20 forbids). In order, the first that fits: every cell
 * whole, with the usual then dense cell margins; "what to pull" cut at a word (whole in the notes),
 * to no less than half, with the result still on the slide; the result in the notes and "what to
 * pull" cut further.
 */
function checkTable(rows: readonly string[][]): CheckTable {
  const wide = rows.some((r) => r[3] !== '–');
  const layouts = wide ? [{ columns: CHECK_COLUMNS, floor: 0.5 }, { columns: CHECK_COLUMNS_NARROW, floor: 0 }] : [{ columns: CHECK_COLUMNS_NARROW, floor: 0 }];
  let table: CheckTable | null = null;
  for (const { columns, floor } of layouts) {
    const shown = rows.map((r) => r.slice(0, columns.length));
    const resultsInNotes = wide && columns.length === 3;
    for (const pad of [CELL_PAD, DENSE_PAD]) if (tableHeight(columns, shown, MIN_FONT_PT, true, pad) <= BODY_H) return { columns, pad, shown, cut: new Set(), resultsInNotes };
    // The tallest row's "what to pull" loses a tenth at a time, at a word's end, so no word is left half-printed.
    const cut = new Set<number>();
    const height = (r: readonly string[]) => tableHeight(columns, [[...r]], MIN_FONT_PT, true, DENSE_PAD);
    for (let guard = 0; tableHeight(columns, shown, MIN_FONT_PT, true, DENSE_PAD) > BODY_H && guard < 200; guard++) {
      const least = (i: number) => Math.max(40, Math.floor(rows[i]![2]!.length * floor));
      const cuttable = shown.map((r, i) => i).filter((i) => shown[i]![2]!.replace(/…$/, '').length * 0.9 > least(i));
      if (cuttable.length === 0) break;
      const i = cuttable.reduce((best, k) => (height(shown[k]!) > height(shown[best]!) || (height(shown[k]!) === height(shown[best]!) && shown[k]![2]!.length > shown[best]![2]!.length) ? k : best));
      const chars = [...shown[i]![2]!.replace(/…$/, '')];
      shown[i]![2] = `${chars.slice(0, Math.floor(chars.length * 0.9)).join('').replace(/[\s,;:]+\S*$/, '')}…`;
      cut.add(i);
    }
    table = { columns, pad: DENSE_PAD, shown, cut, resultsInNotes };
    if (tableHeight(columns, shown, MIN_FONT_PT, true, DENSE_PAD) <= BODY_H) return table;
  }
  return table!;
}

function checkSlide(deck: Deck): void {
  const { view } = deck;
  const caveat = afterColon(view.evidenceLine);
  const rows = checkRows(view);
  if (rows.length === 0 && caveat === '') return;
  const lead = view.evidenceLine === '' ? '' : beforeColon(view.evidenceLine);
  // No count: the disagreements' line points to several questions at once, so "check three
  // things" over it miscounted (seventh VP reading, class 6).
  const title = [lead, rows.length === 0 ? '' : 'check these before committing'].filter((p) => p !== '').join(': ').replace(/^./, (c) => c.toUpperCase());
  // The self-report caveat is the title; its figures are the answer to "which were checked?", said
  // once (eleventh VP reading, class 6: title and notes said it twice).
  const ask = [`Which answers were checked? ${caveat === '' ? '' : `${caveat.replace(/\.$/, '')}. `}The evidence column of each question says what was seen: a document, a meeting observed or system data.`];
  if (rows.length === 0) {
    const notes = talkTrack({ say: ['Treat the exact scores as soft: they rest on what people told us.'], ask });
    addBullets(newSlide(deck, LAYOUT.body, title, notes), [caveat, 'Nothing in the plan or the decisions is marked to confirm.'], BODY);
    return;
  }
  const table = checkTable(rows);
  const resultShown = table.columns.length === 4;
  // What the slide leaves out of a row, whole: what to pull where it is cut, the result where it is not on the slide.
  const behindRow = (r: readonly string[], i: number) => {
    const parts = [table.cut.has(i) ? `${lowerFirst(r[2]!)}.` : '', table.resultsInNotes && r[3] !== '–' ? r[3]! : ''].filter((p) => p !== '');
    return parts.length === 0 ? '' : `${r[0]}: ${lowerFirst(parts.join(' '))}`;
  };
  const notes = talkTrack({
    say: [`Each row says what to settle, who checks by when${resultShown ? ', what to pull and what its result changes' : ' and what to pull'}; run each check before committing money or people.`],
    ask,
    behind: [
      ...rows.map(behindRow).filter((line) => line !== ''),
      // A flag's check the box has no line for (it holds three), as the report's discussion list says it.
      ...view.needsDiscussion.filter((q) => !view.checksFirst.some((c) => c.ref === q.ref)).map((q) => `${q.ref} ${q.label}: ${q.discussionCheck}`),
    ],
  });
  tableSlides(deck, title, table.columns, table.shown, MAX_TABLE_ROWS, notes, table.pad);
}

/** Appendix: the method's rules, one line each (the method's own short form), the rules in full in the written report. */
function methodSlides(deck: Deck): void {
  const { view } = deck;
  const bullets = view.method.brief.slice(0, MAX_BULLETS);
  const notes = talkTrack({
    say: ['Show this slide only if someone asks how a number was made.'],
    ask: ['Where is each rule in full, with every score worked out? In the appendix and technical annex of the written report.'],
  });
  const slide = newSlide(deck, LAYOUT.body, 'Appendix: how the scores, flags and plan are worked out', notes);
  addBullets(slide, bullets, BODY);
}

/**
 * Appendix: the backlog as a table, grouped by why it waits (wait-reason.ts), to review at day 90:
 * a row per group, its reason in a few words beside its actions, one a line, in number order
 * (ninth VP reading, class 9: 23 actions as one paragraph per group). A group is one row, never
 * split over two (eleventh VP reading, class 6: "Next in line …" and "Next in line …, continued"
 * side by side), unless it is too tall for a slide alone; the rows go over as few slides as hold
 * them, evenly. Items a plan row already does are counted apart from those that wait (class 1:
 * "23 to review" counted three that #9 does).
 */
function backlogSlides(deck: Deck, backlog: readonly ActionView[]): void {
  if (backlog.length === 0) return;
  const { view } = deck;
  const columns: Column[] = [
    { header: 'Why it waits', width: 2.6 },
    { header: 'Actions', width: CONTENT_W - 2.6 },
  ];
  const item = (a: ActionView) => `#${a.rank} ${a.title.replace(/\.$/, '')}${a.waitText === '' ? '' : ` (${a.waitText})`}`;
  // A cell's lines are its actions, each wrapping in its column; the reason wraps beside them.
  const rowHeight = ([reason, actions]: readonly string[]) =>
    (Math.max(lineCount(reason!, columns[0]!.width - 0.1, MIN_FONT_PT), actions!.split('\n').reduce((n, line) => n + lineCount(line, columns[1]!.width - 0.1, MIN_FONT_PT), 0)) * MIN_FONT_PT * 1.2) / 72 + 0.1;
  const header = (lineCount(columns[1]!.header, columns[1]!.width, MIN_FONT_PT, true) * MIN_FONT_PT * 1.2) / 72 + 0.1;
  const fits = (rows: readonly (readonly string[])[]) => header + rows.reduce((h, r) => h + rowHeight(r), 0) <= BODY_H;
  const groups = view.backlogGroups.map((group) => ({ short: group.short, items: [...group.actions].sort((x, y) => x.rank - y.rank).map(item) }));
  // A group in as many rows as it needs: one, unless it is too tall for a slide alone; then its later
  // rows are "continued". A group alone on a slide is whole, its actions one a line (eleventh VP
  // reading, class 6: a group cut in two rows side by side, "…" and "…, continued", to give a
  // slide a second row).
  const parts = groups.map(() => 1);
  const rowsOf = () =>
    groups.flatMap((g, k) => {
      const size = Math.ceil(g.items.length / parts[k]!);
      return Array.from({ length: parts[k]! }, (_, i) => {
        const items = g.items.slice(i * size, (i + 1) * size);
        return { group: k, count: items.length, cells: [`${g.short}${i === 0 ? '' : ', continued'}`, items.join('\n')] };
      });
    });
  for (let k = 0; k < groups.length; k++) while (parts[k]! < groups[k]!.items.length && rowsOf().some((r) => r.group === k && !fits([r.cells]))) parts[k]!++;
  const paginate = () => balancePages(rowsOf(), MAX_BULLETS, (page) => fits(page.map((r) => r.cells)));
  let pages = paginate();
  // No slide holds a single action because of the split: a later slide left with one takes a share
  // of the group before it (issue 20).
  for (let guard = 0; guard < 20; guard++) {
    const at = pages.findIndex((page) => page.reduce((n, r) => n + r.count, 0) < 2);
    if (at <= 0) break;
    const k = pages[at - 1]!.at(-1)!.group;
    if (parts[k]! >= groups[k]!.items.length) break;
    parts[k]!++;
    pages = paginate();
  }
  const covered = backlog.filter((a) => a.wait?.kind === 'covered');
  const waiting = backlog.length - covered.length;
  const by = ranksText([...new Set(covered.map((a) => (a.wait as { rank: number }).rank))].sort((x, y) => x - y));
  const full = `Appendix: the backlog, ${plural(waiting, 'action')} to review at day 90${covered.length === 0 ? '' : `; ${countText(covered.length)} covered by ${by}`}`;
  // With its page count ("(1 of 2)") where it takes several slides.
  const suffix = pages.length === 1 ? '' : ` (${pages.length} of ${pages.length})`;
  const title = fitsTitle(`${full}${suffix}`) ? full : `Appendix: the backlog, ${plural(waiting, 'action')} to review at day 90`;
  const notes = talkTrack({
    say: [
      `${capitalize(plural(waiting, 'action'))} ${waiting === 1 ? 'waits' : 'wait'} after the plan, with no date.`,
      covered.length === 0 ? '' : `${capitalize(countText(covered.length))} more ${covered.length === 1 ? 'is' : 'are'} covered by ${by}, which ${covered.length === 1 ? 'does it' : 'does them'} in its own agenda.`,
      'Review them at day 90, when the first actions are done.',
    ],
    // The reasons are the slide's first column; said again in full they were the tool's rule text (tenth VP reading, classes 8 and 9).
    ask: ['Can any of these start sooner? Yes, when its owner has room or what it waits for is done: that is what the day-90 review decides.'],
  });
  const more = talkTrack({ say: ['The rest of the actions that wait, in the same groups: show it only if the room asks what else is held back.'] });
  // The later slides say "continued", not the first one's title again (a 30-item backlog put it on three slides: class 6).
  pages.forEach((page, i) => addTable(deck, newSlide(deck, LAYOUT.table, pages.length === 1 ? title : i === 0 ? `${title} (1 of ${pages.length})` : `Appendix: the backlog, continued (${i + 1} of ${pages.length})`, i === 0 ? notes : more), columns, page.map((r) => r.cells), { x: MARGIN, y: BODY_Y }));
}


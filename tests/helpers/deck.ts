// A PowerPoint deck as the deck tests read it: unzipped (jszip) and parsed (fast-xml-parser), each
// slide's title, body, table and notes text, and every chart's series; a slide's table cell by cell.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { expect } from 'vitest';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['c:ser', 'c:pt', 'p:sp', 'a:p', 'a:r', 'a:tbl'].includes(name) });

export interface Deck {
  slides: DeckSlide[];
  charts: { series: { name: string; categories: string[]; values: number[] }[] }[];
  xml: string[];
  /** Every part of the package by name, as text (media excluded). */
  parts: Map<string, string>;
  media: string[];
}

export interface DeckSlide {
  /** Every text paragraph, in order. */
  paragraphs: string[];
  /** The text of the shape in the title placeholder, '' when none. */
  title: string;
  /** Paragraphs of the body placeholder: its bullets. */
  bullets: string[];
  /** Data rows of its tables (the header row left out). */
  tableRows: number;
  charts: number;
  /** The layout (slideLayoutN.xml) it is made from, and that layout's XML. */
  layout: string;
  notes: string;
  xml: string;
}

/** Calls `visit` on every value stored under `key`, anywhere in a parsed XML tree. */
function eachUnder(node: unknown, key: string, visit: (value: any) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => eachUnder(n, key, visit));
  if (node === null || typeof node !== 'object') return;
  for (const [k, value] of Object.entries(node)) {
    if (k === key) visit(value);
    else eachUnder(value, key, visit);
  }
}

const paragraphText = (p: Record<string, unknown>) => ((p['a:r'] as { 'a:t'?: unknown }[] | undefined) ?? []).map((r) => String(r['a:t'] ?? '')).join('');

/** The paragraphs of the shapes whose placeholder is of this type. */
function placeholderText(tree: unknown, type: string): string[] {
  const out: string[] = [];
  eachUnder(tree, 'p:sp', (shapes: Record<string, any>[]) => {
    for (const shape of shapes) {
      if (shape['p:nvSpPr']?.['p:nvPr']?.['p:ph']?.['@type'] !== type) continue;
      eachUnder(shape['p:txBody'], 'a:p', (ps: Record<string, unknown>[]) => out.push(...ps.map(paragraphText).filter((l) => l !== '')));
    }
  });
  return out;
}

/** Every slide's text, placeholders, tables, charts, layout and notes, and every chart's series. */
export async function readDeck(file: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  const byNumber = (prefix: string) =>
    [...parts.keys()]
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const xml: string[] = [];
  const slides: DeckSlide[] = [];
  for (const name of byNumber('ppt/slides/slide')) {
    const text = parts.get(name)!;
    expect(XMLValidator.validate(text), name).toBe(true);
    xml.push(text);
    const tree = parser.parse(text);
    const paragraphs: string[] = [];
    eachUnder(tree, 'a:p', (ps: Record<string, unknown>[]) => paragraphs.push(...ps.map(paragraphText).filter((l) => l !== '')));
    let tableRows = 0;
    eachUnder(tree, 'a:tbl', (tables: any[]) => {
      for (const table of tables) tableRows += [table['a:tr']].flat().length - 1;
    });
    const rels = parts.get(name.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))!;
    const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
    const notesName = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
    const notes = notesName === undefined ? '' : placeholderText(parser.parse(parts.get(`ppt/notesSlides/${notesName}`)!), 'body').join('\n');
    slides.push({
      paragraphs,
      title: placeholderText(tree, 'title').join(' '),
      bullets: placeholderText(tree, 'body'),
      tableRows,
      charts: (text.match(/<c:chart /g) ?? []).length,
      layout: parts.get(`ppt/slideLayouts/${layout}`)!,
      notes,
      xml: text,
    });
  }
  const charts: Deck['charts'] = [];
  for (const name of byNumber('ppt/charts/chart')) {
    const text = parts.get(name)!;
    expect(XMLValidator.validate(text), name).toBe(true);
    xml.push(text);
    const series: Deck['charts'][number]['series'] = [];
    // Series names and values are cached in the part; categories as one level of a multi-level reference.
    const points = (ref: any) =>
      (ref?.['c:strRef']?.['c:strCache'] ?? ref?.['c:numRef']?.['c:numCache'] ?? ref?.['c:multiLvlStrRef']?.['c:multiLvlStrCache']?.['c:lvl'] ?? ref?.['c:strLit'] ?? ref?.['c:numLit'])?.['c:pt'] ?? [];
    eachUnder(parser.parse(text), 'c:ser', (all: Record<string, any>[]) => {
      for (const s of all) {
        series.push({
          name: String(points(s['c:tx'])[0]?.['c:v'] ?? s['c:tx']?.['c:v'] ?? ''),
          categories: points(s['c:cat']).map((p: any) => String(p['c:v'])),
          values: points(s['c:val']).map((p: any) => Number(p['c:v'])),
        });
      }
    });
    charts.push({ series });
  }
  const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
  return { slides, charts, xml, parts, media };
}

/** A slide's first table, row by row (the header row first), each cell's text (its paragraphs joined by a space). */
export function tableCells(slide: DeckSlide): string[][] {
  const table = /<a:tbl>(.*?)<\/a:tbl>/s.exec(slide.xml)?.[1] ?? '';
  const decode = (x: string) => x.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...table.matchAll(/<a:tr [^>]*>(.*?)<\/a:tr>/gs)].map(([, row]) =>
    [...row!.matchAll(/<a:tc>(.*?)<\/a:tc>/gs)].map(([, cell]) => [...cell!.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map(([, p]) => decode([...p!.matchAll(/<a:t>(.*?)<\/a:t>/gs)].map((m) => m[1]).join(''))).filter((x) => x !== '').join(' ')),
  );
}

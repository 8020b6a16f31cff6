// Repetition as a test can count it (ninth VP reading, class 7: the lag sentence three times, "the
// plan's 12 places are taken" four, the confidentiality rule six): every run of `words` words in a
// row that a text prints more than `times` times. Runs never cross a segment (a line, a table cell,
// a slide's paragraph), so a table's header or a list's layout is not a sentence said again.

/** Lower-case words, kept with the marks that change what a run says ("#15", "90", "d1–d3"). */
function wordsOf(segment: string): string[] {
  return segment.toLowerCase().match(/[\p{L}\p{N}#%’'–-]+/gu) ?? [];
}

/**
 * The runs of `words` words printed more than `times` times across `segments`, each with its count,
 * longest-repeated first; overlapping runs of one repeated passage are merged to its first run.
 */
export function repeatedRuns(segments: readonly string[], words = 10, times = 2): { run: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    const w = wordsOf(segment);
    for (let i = 0; i + words <= w.length; i++) {
      const run = w.slice(i, i + words).join(' ');
      counts.set(run, (counts.get(run) ?? 0) + 1);
    }
  }
  const repeated = [...counts].filter(([, n]) => n > times);
  // One passage said three times gives many overlapping runs: keep those that do not continue the previous one.
  const kept: { run: string; count: number }[] = [];
  for (const [run, count] of repeated) {
    const previous = kept.at(-1);
    if (previous !== undefined && previous.count === count && previous.run.split(' ').slice(1 - words).join(' ') === run.split(' ').slice(0, -1).join(' ')) {
      previous.run = `${previous.run} ${run.split(' ').at(-1)}`;
      continue;
    }
    kept.push({ run, count });
  }
  return kept;
}

/** A Markdown report's segments: its lines, each table row cut at its cells. */
export function markdownSegments(md: string): string[] {
  return md.split('\n').flatMap((line) => line.split('|'));
}

/** An HTML report's segments: the text between its tags (a cell, a list item's parts, a heading), style and SVG left out. */
export function htmlSegments(html: string): string[] {
  const body = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, '');
  return body
    .replace(/<\/?(?:p|li|td|th|tr|h\d|div|section|ul|ol|table|br|figcaption|caption|header|footer)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .split('\n');
}

/** A slide or notes part's paragraphs, their text runs joined. */
export function drawingSegments(xml: string): string[] {
  const decode = (text: string) => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')));
}

// A fact said again in other words (tenth VP reading, class 9: "over a third of their week … over
// ten hours" in the headline, a finding, two notes and two plan rows, never in the same words). A
// plain rule catches the figure sentence said twice: a sentence's figures are its numbers, each
// with the word it counts ("two weeks", "third week", "ten hours"); two sentences in different
// places state one fact when the figures of one are all among the other's, two at least. A place
// is a line of the Markdown (a table's row is one place) or a block of the HTML.

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty half third thirds quarter quarters tenth tenths fifth fifths'.split(' '));
/** Words between a number and what it counts: "a third OF THEIR week", "over ten hours A week". */
const BETWEEN = new Set('of a an the their our its to or and but per each every at least most over under than more'.split(' '));
const isNumber = (word: string) => NUMBER_WORDS.has(word) || /^\d+(?:\.\d+)?%?$/.test(word);

/** A sentence's figures: "two weeks", "third week", "ten hours". A "#3" or "Q1.4" is a name, not a number. */
export function figuresOf(sentence: string): Set<string> {
  const words = (sentence.toLowerCase().match(/[\p{L}\p{N}#%’'.–-]+/gu) ?? []).map((w) => w.replace(/\.$/, ''));
  const figures = new Set<string>();
  words.forEach((word, i) => {
    if (!isNumber(word)) return;
    let j = i + 1;
    while (j < words.length && j - i <= 3 && (BETWEEN.has(words[j]!) || isNumber(words[j]!))) j++;
    if (j < words.length && j - i <= 3 && /^\p{L}+$/u.test(words[j]!)) figures.add(`${word} ${words[j]}`);
  });
  return figures;
}

/**
 * Pairs of sentences, in different places, that state one fact: the figures of one all among the
 * other's, two or more. A question ("…?") asks for a figure rather than stating one; a sentence of
 * under six words is a label.
 */
export function repeatedFacts(places: readonly string[]): { figures: string[]; first: string; again: string }[] {
  const sentences = places.flatMap((place, at) =>
    place
      .split(/(?<=[.;!?])\s+|\s*\|\s*/)
      .map((text) => text.trim())
      .filter((text) => text !== '' && !text.endsWith('?') && text.split(/\s+/).length >= 6)
      .map((text) => ({ at, text, figures: figuresOf(text), cell: place.includes('|') }))
      .filter((s) => s.figures.size >= 2),
  );
  const found: { figures: string[]; first: string; again: string }[] = [];
  sentences.forEach((a, i) => {
    for (const b of sentences.slice(i + 1)) {
      if (a.at === b.at) continue;
      // Two rows of tables state their own question's counts in the same column ("checked on 8 reps,
      // 10 claimed" for two questions): the same figures, two facts.
      if (a.cell && b.cell) continue;
      const [small, large] = a.figures.size <= b.figures.size ? [a.figures, b.figures] : [b.figures, a.figures];
      if ([...small].every((f) => large.has(f))) found.push({ figures: [...small].sort(), first: a.text, again: b.text });
    }
  });
  return found;
}

/** An HTML report's places: its paragraphs, list items, table rows (cells joined by "|"), headings. */
export function htmlPlaces(html: string): string[] {
  const body = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, '');
  return body
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<br\b[^>]*>/g, ' ')
    .replace(/<\/?(?:p|li|tr|h\d|div|section|ul|ol|table|caption|header|footer|dl|dt|dd)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .split('\n');
}

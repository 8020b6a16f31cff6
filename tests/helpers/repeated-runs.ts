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

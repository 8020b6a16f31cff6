// The parts of the view a readout writes: its headline, findings, decisions and comments, with
// their figure references filled from the data (readout/figures.ts). Null without a readout.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import type { ReadoutData } from '../readout/schema.js';
import type { DecisionView, FindingView, ImperativeView } from './report-view.js';

export interface ReadoutViews {
  headline: string;
  findings: FindingView[];
  decisions: DecisionView[];
}

export function readoutViews(readout: ReadoutData | null, set: RubricSet, imperatives: ImperativeView[], fill: (text: string) => string): ReadoutViews | null {
  if (readout === null) return null;
  for (const view of imperatives) {
    const comment = readout.comments[view.id];
    view.comment = comment === undefined || comment === null ? null : fill(comment);
  }
  // A rubric decision by id: its text and imperative unless the readout words it.
  const rubricDecisions = new Map(
    set.imperatives.flatMap((imperative) => imperative.questions.flatMap((q) => (q.decision === undefined ? [] : [[q.decision.id, { text: q.decision.text, imperativeTitle: imperative.title }] as const]))),
  );
  return {
    headline: fill(readout.headline),
    findings: readout.findings.map((finding, i) => ({
      number: i + 1,
      title: fill(finding.title),
      text: finding.text === undefined ? null : fill(finding.text),
      figures: finding.figures.map((ref) => ({ ref, text: fill(`{{${ref}}}`) })),
      quotes: finding.quotes.map((q) => ({ text: q.text, from: q.from })),
    })),
    decisions: readout.decisions.map((d, i) => {
      const known = rubricDecisions.get(d.id);
      return {
        number: i + 1,
        id: d.id,
        question: d.text === undefined ? (known?.text ?? d.id) : fill(d.text),
        imperativeTitle: known?.imperativeTitle ?? '',
        finding: d.why === undefined ? '' : fill(d.why),
      };
    }),
  };
}

// The parts of the view a readout writes: its headline, findings, decisions and comments, with
// their figure references filled from the data (readout/figures.ts). Null without a readout.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { questionTitle } from '../rubric/titles.js';
import type { ReadoutData } from '../readout/schema.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { isVerbatim, noteText } from './note-voice.js';
import { decisionEvidence, decisionView, discussionNote, type TriggeredDecision } from './page-one.js';
import type { ActionView, DecisionView, FindingView, ImperativeView } from './report-view.js';

export interface ReadoutViews {
  headline: string;
  findings: FindingView[];
  decisions: DecisionView[];
}

/** A quote as the readout holds it, as the view prints it: quotation marks only for the person's own words. */
function quoteView(q: { text: string; from: string }) {
  return { text: noteText(q.text), from: q.from, verbatim: isVerbatim(q.text) };
}

export function readoutViews(
  readout: ReadoutData | null,
  set: RubricSet,
  imperatives: ImperativeView[],
  fill: (text: string) => string,
  plan: { scores: AuditScores; triggered: readonly TriggeredDecision[]; numbered: readonly ActionView[]; planCount: number },
): ReadoutViews | null {
  if (readout === null) return null;
  for (const view of imperatives) {
    const comment = readout.comments[view.id];
    view.comment = comment === undefined || comment === null ? null : fill(comment);
  }
  // A rubric decision by id: its text, option, cost and question unless the readout words them.
  const rubricDecisions = new Map(
    set.imperatives.flatMap((imperative) =>
      imperative.questions.flatMap((q) => (q.decision === undefined ? [] : [[q.decision.id, { decision: q.decision, question: q, imperativeTitle: imperative.title }] as const])),
    ),
  );
  return {
    headline: fill(readout.headline),
    findings: readout.findings.map((finding, i) => ({
      number: i + 1,
      title: fill(finding.title),
      text: finding.text === undefined ? null : fill(finding.text),
      figures: finding.figures.map((ref) => ({ ref, text: fill(`{{${ref}}}`) })),
      quotes: finding.quotes.map(quoteView),
    })),
    decisions: readout.decisions.map((d, i) => {
      const known = rubricDecisions.get(d.id);
      const triggered = plan.triggered.find((t) => t.decision.id === d.id);
      const score = triggered?.question;
      return decisionView(
        i + 1,
        {
          id: d.id,
          text: d.text === undefined ? (known?.decision.text ?? d.id) : fill(d.text),
          topic: known === undefined ? '' : questionTitle(known.question),
          imperativeTitle: known?.imperativeTitle ?? '',
          why: d.why === undefined ? '' : fill(d.why),
          recommendation: d.recommend === undefined ? (known?.decision.recommend ?? '') : fill(d.recommend),
          cost: d.cost === undefined ? (known?.decision.cost ?? '') : fill(d.cost),
          actionIds: d.actions ?? triggered?.actionIds ?? [],
          note: d.evidence === undefined ? null : quoteView(d.evidence),
          evidence: score === undefined ? '' : decisionEvidence(score),
          discussion: score === undefined ? '' : discussionNote(score, plan.scores),
        },
        plan.numbered,
        plan.planCount,
      );
    }),
  };
}

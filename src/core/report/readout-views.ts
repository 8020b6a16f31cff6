// The parts of the view a readout writes: its headline, findings, decisions and comments, with
// their figure references filled from the data (readout/figures.ts). Null without a readout.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { rangeOf } from '../rubric/level-range.js';
import { questionTitle } from '../rubric/titles.js';
import type { ReadoutData } from '../readout/schema.js';
import { costCited } from '../readout/facts.js';
import { FIGURE_PATTERN } from '../readout/figures.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { isVerbatim, noteText } from './note-voice.js';
import { listText } from './format.js';
import { mayIdentify } from '../readout/identifying-notes.js';
import { unplannedText } from '../readout/finding-signals.js';
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

/** The imperatives a text's figure references name, in the order named. */
function imperativesIn(text: string, imperatives: readonly ImperativeView[]): string[] {
  const ids = new Set(imperatives.map((v) => v.id));
  const named = [...text.matchAll(FIGURE_PATTERN)].flatMap((m) => m[1]!.trim().split(/\s+/).slice(1).filter((arg) => ids.has(arg)));
  return [...new Set(named)];
}

export function readoutViews(
  readout: ReadoutData | null,
  set: RubricSet,
  imperatives: ImperativeView[],
  fill: (text: string) => string,
  plan: { scores: AuditScores; triggered: readonly TriggeredDecision[]; numbered: readonly ActionView[]; planCount: number },
  showIdentifying: boolean,
  /** The answers' quotes the report holds back as their group is too small to quote (printed-notes.ts), as noteText gives them. */
  quotesHeldBack: ReadonlySet<string> = new Set(),
): ReadoutViews | null {
  if (readout === null) return null;
  // The readout's quotes follow the same rule as the answers' notes: one that may point to one
  // person is left out and counted (the method says how many, once; identifying-notes.ts), unless the consultant asks.
  const answerNotes = new Set(plan.scores.imperatives.flatMap((r) => r.questions.flatMap((q) => q.answers.notes.map((a) => noteText(a.note)))));
  const printable = (q: { text: string; question?: string | undefined }) => {
    // A readout quote that copies a held-back quote is held back with it (already counted where the note is).
    if (!showIdentifying && quotesHeldBack.has(noteText(q.text))) return false;
    if (showIdentifying || !mayIdentify(q.text)) return true;
    const section = imperatives.find((v) => v.questions.some((x) => x.id === q.question)) ?? imperatives[0];
    // A quote of an answer's note is counted once, where the note is.
    if (section !== undefined && !answerNotes.has(noteText(q.text))) section.identifyingLeftOut += 1;
    return false;
  };
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
  // A decision's quote is evidence for its question, not for page one (page one carries no notes):
  // it is printed with that question's notes, once.
  for (const d of readout.decisions) {
    const quote = d.evidence;
    if (quote === undefined || !printable(quote)) continue;
    const section = imperatives.find((v) => v.questions.some((x) => x.id === quote.question));
    const question = section?.questions.find((x) => x.id === quote.question);
    if (section === undefined || question === undefined || section.notes.some((n) => n.text === noteText(quote.text))) continue;
    const note = { ref: question.ref, questionLabel: question.label, firstOfTopic: !section.notes.some((n) => n.ref === question.ref), text: noteText(quote.text), verbatim: isVerbatim(quote.text), role: quote.from, name: null, attribution: quote.from };
    // Next to its question's notes, in question order.
    const after = section.notes.map((n) => n.ref).lastIndexOf(question.ref);
    const before = section.notes.findIndex((n) => section.questions.findIndex((x) => x.ref === n.ref) > section.questions.indexOf(question));
    section.notes.splice(after >= 0 ? after + 1 : before >= 0 ? before : section.notes.length, 0, note);
  }
  return {
    headline: fill(readout.headline),
    findings: readout.findings.map((finding, i) => ({
      letter: String.fromCharCode(65 + i),
      title: fill(finding.title),
      text: finding.text === undefined ? null : fill(finding.text),
      short: finding.short ?? null,
      figures: finding.figures.map((ref) => ({ ref, text: fill(`{{${ref}}}`) })),
      imperativeIds: imperativesIn(finding.title, imperatives),
      questions: restsOn(finding.questions, imperatives),
      restsOnText: listText(restsOn(finding.questions, imperatives).map((q) => `${q.ref} ${q.label}`)),
      unplannedText: unplannedText(restsOn(finding.questions, imperatives).map((q) => q.ref), plan.numbered, plan.planCount),
      quotes: finding.quotes.filter(printable).map(quoteView),
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
          costAmount: d.cost === undefined ? null : costCited(d.cost, readout.facts),
          risk: d.risk === undefined ? '' : fill(d.risk),
          benefit: d.benefit === undefined ? '' : fill(d.benefit),
          actionIds: d.actions ?? triggered?.actionIds ?? [],
          evidence: score === undefined ? '' : decisionEvidence(score),
          discussion: score === undefined || triggered === undefined ? '' : discussionNote(score, plan.scores, rangeOf(triggered.decision.at)),
        },
        plan.numbered,
        plan.planCount,
      );
    }),
  };
}

/** A finding's questions, by id, as the report cites them: { id, ref: "Q4.8", label }. */
function restsOn(ids: readonly string[], imperatives: readonly ImperativeView[]): FindingView['questions'] {
  return ids.flatMap((id) => {
    const question = imperatives.flatMap((v) => v.questions).find((x) => x.id === id);
    return question === undefined ? [] : [{ id, ref: question.ref, label: question.title }];
  });
}

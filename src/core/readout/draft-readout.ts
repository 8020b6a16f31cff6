// `sales-audit draft`: a readout to start from, written from the data. Every figure in it is a
// reference ({{score differentiation}}), so the consultant can rewrite the words around it and the
// report still prints the number it computes. Quotes are respondents' notes, attributed as the
// report attributes them: a role shown on its own, or "a respondent"; never a name. Pure: text out.
import { stringify } from 'yaml';
import type { RespondentRecord } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { inRange, rangeOf } from '../rubric/level-range.js';
import { questionTitle } from '../rubric/titles.js';
import { roleKey } from '../rubric/wording.js';
import { PERCEPTION_GAP_CALLOUT } from '../scoring/config.js';
import { questionByRole } from '../scoring/question-by-role.js';
import { teamLevel } from '../scoring/recommendation-fires.js';
import type { AuditScores, ImperativeResult } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { roleGroup } from '../report/describe-role.js';
import { capitalize } from '../report/format.js';
import type { ReportView } from '../report/report-view.js';
import { DEFAULT_PLAN_SIZE, type ReadoutData } from './schema.js';

/** Quotes per finding: enough to hear the field, few enough for page one. */
const QUOTES_PER_FINDING = 2;

/** A role as a figure reference names it: hyphens for spaces. */
const roleRef = (role: string) => roleKey(role).replace(/ /g, '-');

interface Quote {
  text: string;
  from: string;
  question: string;
}

export function draftReadout(set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, view: ReportView): string {
  // Notes as the report attributes them (the view already applied --names off and the minimum group).
  const quotesOf = (result: ImperativeResult, q: QuestionScore): Quote[] =>
    q.answers.notes
      .filter((a) => a.note.trim() !== '')
      .map((a) => ({ text: a.note.trim().replace(/^"([^"]*)"$/, '$1'), from: view.respondents[a.respondent]!.role ?? 'a respondent', question: q.question.id, score: a.score ?? 0 }))
      // The notes with the most figures first ("31 of the last 40 deals closed with 10% off"), then the lowest answers: the field's voice.
      .sort((x, y) => figureCount(y.text) - figureCount(x.text) || x.score - y.score)
      .map(({ text, from, question }) => ({ text, from, question }));

  const findings: ReadoutData['findings'] = [];
  const used = new Set<string>();
  const take = (quotes: Quote[], count = QUOTES_PER_FINDING) => {
    const picked = quotes.filter((q) => !used.has(q.text)).slice(0, count);
    for (const q of picked) used.add(q.text);
    return picked;
  };

  // 1. The perception gap, when roles are shown and far enough apart.
  const gap = scores.perceptionGaps[0];
  let headline: string;
  if (scores.byRoleShown && gap !== undefined && gap.difference >= PERCEPTION_GAP_CALLOUT) {
    const high = roleGroup(gap.higher.role);
    const low = roleGroup(gap.lower.role);
    const [h, l, id] = [roleRef(gap.higher.role), roleRef(gap.lower.role), gap.imperative.id];
    headline = `${capitalize(high.name)} and ${low.name} do not describe the same sales force: ${high.name} ${high.plural ? 'score' : 'scores'} ${gap.imperative.title} {{gap ${h} ${l} ${id}}} points higher than ${low.name} ${low.plural ? 'do' : 'does'}.`;
    const result = scores.imperatives.find((i) => i.imperative.id === id)!;
    const widest = widestSplit(result, gap.higher.role, gap.lower.role, scores);
    findings.push({
      title: `${gap.imperative.title}: ${high.name} {{role ${h} ${id}}}, ${low.name} {{role ${l} ${id}}}.`,
      text:
        widest === null
          ? undefined
          : `They split most on ${questionTitle(widest.question).toLowerCase()}: the team stands at {{level ${widest.question.id}}}, and the mean answer is {{mean ${widest.question.id}}}.`,
      figures: [`role ${h} ${id}`, `role ${l} ${id}`, `gap ${h} ${l} ${id}`],
      quotes: take(widest === null ? [] : quotesOf(result, widest)),
    });
  } else {
    const weakest = [...scores.imperatives].filter((i) => i.score !== null).sort((a, b) => a.score! - b.score!)[0];
    headline = weakest === undefined ? 'Nothing is scored yet.' : `${weakest.imperative.title} is the weakest imperative: {{score ${weakest.imperative.id}}} of 100 ({{band ${weakest.imperative.id}}}), against a target of {{target ${weakest.imperative.id}}}.`;
  }

  // 2. The triggered decision points: page one's decisions.
  const triggered = scores.imperatives.flatMap((result) =>
    result.questions.flatMap((q) => {
      const decision = q.question.decision;
      const level = teamLevel(q.answers);
      return decision !== undefined && level !== null && inRange(rangeOf(decision.at), level) ? [{ result, q, decision, level }] : [];
    }),
  );
  // Each decision with the note that says most about it (a figure first): the decision's evidence
  // on page one. Its quote is not used again in a finding: no section repeats another.
  const decisions = triggered.map(({ result, q, decision }) => {
    const quote = take(quotesOf(result, q), 1)[0];
    const said = quote === undefined ? '' : ` “${quote.text}” (${quote.from})`;
    return { id: decision.id, why: `${questionTitle(q.question)}: the team stands at {{level ${q.question.id}}}.${said}` };
  });

  // 3. The weakest imperatives, by their lowest question not already a decision's.
  for (const result of [...scores.imperatives].filter((i) => i.score !== null).sort((a, b) => a.score! - b.score!)) {
    if (findings.length >= 3) break;
    const decided = new Set(triggered.map((t) => t.q.question.id));
    const lowest = [...result.questions].filter((q) => q.attainment !== null && !decided.has(q.question.id)).sort((a, b) => a.attainment! - b.attainment!)[0];
    if (lowest === undefined) continue;
    const id = result.imperative.id;
    findings.push({
      title: `${result.imperative.title}: {{score ${id}}} of 100 ({{band ${id}}}), against a target of {{target ${id}}}.`,
      text: `Its lowest answer is ${questionTitle(lowest.question).toLowerCase()}: the team stands at {{level ${lowest.question.id}}}.`,
      figures: [`score ${id}`, `target ${id}`],
      quotes: take(quotesOf(result, lowest)),
    });
  }

  const readout = {
    version: 1,
    rubrics: set.digest,
    organization: view.organization || undefined,
    headline,
    findings,
    decisions,
    priorities: view.priorities.map((p) => ({ action: p.id })),
    comments: Object.fromEntries(set.imperatives.map((i) => [i.id, null])),
    plan: { size: DEFAULT_PLAN_SIZE, promote: [], drop: [], merge: [], rewrite: {} },
  };
  // No folding: a folded line can split a figure reference, which is hard to read and to edit.
  const body = stringify(readout, { lineWidth: 0, nullStr: 'null' });
  return `${HEADER}${body}`;
}

function figureCount(text: string): number {
  return text.match(/\d+/g)?.length ?? 0;
}

/** The question of an imperative on which two roles' mean answers are furthest apart (high minus low). */
function widestSplit(result: ImperativeResult, high: string, low: string, scores: AuditScores): QuestionScore | null {
  let best: { q: QuestionScore; split: number } | null = null;
  for (const q of result.questions) {
    const means = questionByRole(q, scores);
    const a = means.find((m) => m.role === high)?.mean;
    const b = means.find((m) => m.role === low)?.mean;
    if (a === undefined || b === undefined) continue;
    if (best === null || a - b > best.split) best = { q, split: a - b };
  }
  return best === null || best.split <= 0 ? null : best.q;
}

const HEADER = `# The readout: your words on the report. Drafted from the data by \`sales-audit draft\`; edit any
# text, then \`sales-audit report <answers> --readout this-file\` renders it in every format, and
# \`sales-audit validate --readout this-file <answers>\` checks it.
#
# Figures are references, filled in from the data when the report is rendered, so a figure here
# cannot disagree with the report: {{score <imperative|overall>}}, {{target <imperative>}},
# {{band <imperative|overall>}}, {{role <role> <imperative>}}, {{gap <role> <role> <imperative>}},
# {{mean <question>}}, {{level <question>}}, {{below <question> <level>}}, {{respondents [role]}}.
# Roles are written with hyphens (sales-manager). See docs/readout.md.
#
# priorities: page one's actions, by id, in order. plan: size (how many actions the plan shows in
# full; the rest is the backlog), promote (ids always shown in the plan), drop (ids left
# out), merge ({ actions: [kept-id, other-id…], action: new text }), rewrite ({ id: your text }).
# comments: one per imperative, shown at the top of its section; null for none.
# For completion in an editor: sales-audit schema readout > readout.schema.json, then add a first
# line: # yaml-language-server: $schema=readout.schema.json
`;

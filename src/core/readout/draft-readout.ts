// `sales-audit draft`: a readout to start from, written from the data. Every figure in it is a
// reference ({{score differentiation}}), so the consultant can rewrite the words around it and the
// report still prints the number it computes. Quotes are respondents' notes, attributed as the
// report attributes them: to a group shown, never a name. The notes the report may print are
// listed under `notes:`, none approved (printed-notes.ts). A note that may point to
// one person (a region, a date, a tenure, authorship, "the largest"; identifying-notes.ts), or a
// quote from a group too small to quote (printed-notes.ts), is never picked: the draft lists it in a
// comment for the consultant to reword or paraphrase. Pure: text out.
import { CAPACITY_DECISION_ID } from '../report/capacity-decision.js';
import { questionRef } from '../report/question-ref.js';
import { Document, isMap, isSeq } from 'yaml';
import type { RespondentRecord } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { bandFinding } from '../report/band-finding.js';
import { questionTitle } from '../rubric/titles.js';
import type { AuditScores, ImperativeResult } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { printedLevel } from '../scoring/score-term.js';
import { listText, lowerFirst } from '../report/format.js';
import { askOf, freeingOf, headlineTemplate, planWeight } from '../report/page-one.js';
import type { ReportView } from '../report/report-view.js';
import { identifyingDetails } from './identifying-notes.js';
import { noteFates, quoteGroupMin } from '../report/printed-notes.js';
import { DEFAULT_PLAN_SIZE, type ReadoutData } from './schema.js';

/** One piece of evidence per finding: page one and page two stay short. */
const QUOTES_PER_FINDING = 1;
const FINDINGS = 3;

interface Quote {
  text: string;
  from: string;
  question: string;
}

interface Skipped {
  ref: string;
  id: string;
  text: string;
  why: string;
}

export function draftReadout(set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, view: ReportView): string {
  const skipped: Skipped[] = [];
  const paraphrase: Skipped[] = [];
  // The notes the report may print once approved (printed-notes.ts): every one neither rule holds back, unapproved.
  const candidates: { id: string; approve: boolean; text: string }[] = [];
  // Per candidate, where it was said: its question and the group it is attributed to (a YAML comment above it).
  const about = new Map<string, string>();
  const refOf = (result: ImperativeResult, q: QuestionScore) => questionRef(scores.imperatives.indexOf(result), result.questions.indexOf(q));
  // Each respondent's group as the report names it: the shown group, else their own role (folded).
  const groupOf = (index: number) => view.respondents[index]!.role ?? sheets[index]!.respondent.role.trim();
  // Notes as the report attributes them and holds them back (printed-notes.ts, the one rule).
  const quotesOf = (result: ImperativeResult, q: QuestionScore): Quote[] =>
    noteFates(q, scores, groupOf, { showIdentifying: false, names: false, approved: null })
      .filter((f) => f.answer.note.trim() !== '')
      .flatMap(({ answer: a, id, role, among, heldBack }) => {
        const text = a.note.trim();
        if (heldBack === 'identifying') {
          const details = identifyingDetails(text);
          if (!skipped.some((s) => s.text === text)) skipped.push({ ref: refOf(result, q), id, text, why: details.map((d) => `${d.kind}: “${d.match}”`).join(', ') });
          return [];
        }
        if (heldBack === 'small-group-quote') {
          if (!paraphrase.some((s) => s.text === text)) paraphrase.push({ ref: refOf(result, q), id, text, why: `${role ?? 'a group not shown'}, ${among} who answered` });
          return [];
        }
        if (!candidates.some((c) => c.id === id)) {
          candidates.push({ id, approve: false, text });
          about.set(id, `${refOf(result, q)} ${questionTitle(q.question)}${role === null ? '' : `, ${role}`}`);
        }
        // A finding's quote names its group; a note of a group not shown has none to name (ninth VP reading: "a respondent" marked a tiny group).
        return role === null ? [] : [{ text, from: role, question: q.question.id, score: a.score ?? 0 }];
      })
      // The notes with the most figures first ("31 of the last 40 deals closed with 10% off"), then the lowest answers: the field's voice.
      .sort((x, y) => figureCount(y.text) - figureCount(x.text) || x.score - y.score)
      .map(({ text, from, question }) => ({ text, from, question }));

  // Every note that may point to one person is listed for the consultant, picked or not: the report
  // leaves it out of every format, so a reworded one is the only way it is heard.
  for (const result of scores.imperatives) for (const q of result.questions) quotesOf(result, q);

  const used = new Set<string>();
  const take = (quotes: Quote[], count = QUOTES_PER_FINDING) => {
    const picked = quotes.filter((q) => !used.has(q.text)).slice(0, count);
    for (const q of picked) used.add(q.text);
    return picked;
  };
  const locate = (id: string) => {
    for (const result of scores.imperatives) for (const q of result.questions) if (q.question.decision?.id === id) return { result, q };
    return null;
  };

  // 1. The decisions page one puts to leadership, with the rubric's recommended option and cost to
  // edit. No quote: page one carries no interview notes (its whys stay at team level).
  // `status` is left out (open): the consultant sets it once leadership has decided.
  // The capacity decision is not drafted: the report adds it by rule from the plan it lays out
  // (capacity-decision.ts), so its figures follow the readout's own plan edits.
  const decisions: Omit<ReadoutData['decisions'][number], 'status'>[] = view.decisions.filter((d) => d.id !== CAPACITY_DECISION_ID).map((d) => {
    const found = locate(d.id);
    const why = found === null ? undefined : levelSentence(found.q);
    return {
      id: d.id,
      ...(why === undefined ? {} : { why }),
      ...(d.recommendation === '' || d.recommendation.startsWith('The plan already answers it') ? {} : { recommend: d.recommendation }),
      ...(d.cost === '' ? {} : { cost: d.cost }),
    };
  });
  const decided = new Set(view.decisions.flatMap((d) => {
    const found = locate(d.id);
    return found === null ? [] : [found.q.question.id];
  }));

  // 2. The findings: up to three weak areas (an imperative each), in the order page one acts on
  // them, so the findings never lead with a topic page one does nothing about. An area is a page-one
  // priority's imperative, or a triggered decision's: a finding the decisions explain is a good one
  // (acme's managers' week), as it says why page one asks leadership first. A priority no decision
  // explains rests on its question (a question people disagree on says so); an area the decisions
  // explain rests on every decision's question in it. Each with its figures (references the report
  // fills in) and one piece of evidence: a note, else how many respondents put the team at that level.
  const findings: ReadoutData['findings'] = [];
  const areas: ImperativeResult[] = [];
  const disagreed = new Set(view.needsDiscussion.map((q) => `${q.imperativeTitle}/${q.id}`));
  const decidedIn = (result: ImperativeResult) =>
    view.decisions.flatMap((d) => {
      const found = locate(d.id);
      return found !== null && found.result === result ? [{ q: found.q, label: d.label }] : [];
    });
  const addDecided = (result: ImperativeResult) => {
    // A census question too small to show its figures may still print a level its checks set (score-term.ts printedLevel).
    const explained = decidedIn(result).filter(({ q }) => q.figuresShown || printedLevel(q) !== null || quotesOf(result, q).length > 0);
    if (explained.length === 0) return;
    const questions = explained.map(({ q }) => q);
    const quotes = take(questions.flatMap((q) => quotesOf(result, q)));
    const labels = listText(questions.map((q) => lowerFirst(questionTitle(q.question))));
    const title = `${result.imperative.title}: {{points ${result.imperative.id}}} of 100; leadership decides first on ${labels} (${listText(explained.map((e) => e.label))}).`;
    areas.push(result);
    findings.push(finding(title, questions, quotes));
  };
  for (const priority of view.priorities) {
    if (findings.length >= FINDINGS) break;
    const result = scores.imperatives[priority.imperativeNumber - 1];
    const q = result?.questions[Number(priority.questionRef.split('.')[1]) - 1];
    if (result === undefined || q === undefined || areas.includes(result)) continue;
    if (decided.has(q.question.id)) {
      addDecided(result);
      continue;
    }
    // A question too few scored to show its figures has no count to give (score-audit.ts
    // figuresShown): without a note to quote, it would be a finding with no evidence, so the next
    // priority's question takes its place.
    const quotes = take(quotesOf(result, q));
    if (quotes.length === 0 && !q.figuresShown) continue;
    const title = disagreed.has(`${result.imperative.title}/${q.question.id}`)
      ? `People disagree on ${lowerFirst(priority.questionLabel)}: agree on what is true before acting on it.`
      : `${result.imperative.title}: {{points ${result.imperative.id}}} of 100; start with ${lowerFirst(priority.questionLabel)}.`;
    areas.push(result);
    findings.push(finding(title, [q], quotes));
  }
  // Then the decisions page one puts to leadership whose area no priority named, in page one's order.
  for (const d of view.decisions) {
    if (findings.length >= FINDINGS) break;
    const found = locate(d.id);
    if (found !== null && !areas.includes(found.result)) addDecided(found.result);
  }

  const all = [...view.plan, ...view.backlog];
  const weight = planWeight(all, freeingOf(view.capacity, all, view.plan.length));
  const readout = {
    version: 1,
    rubrics: set.digest,
    organization: view.organization || undefined,
    headline: headlineTemplate(scores, askOf(view.decisions, view.priorities, weight)),
    findings,
    decisions,
    priorities: view.priorities.map((p) => ({ action: p.id })),
    comments: Object.fromEntries(set.imperatives.map((i) => [i.id, null])),
    plan: { size: DEFAULT_PLAN_SIZE, promote: [], drop: [], merge: [], rewrite: {} },
    notes: candidates,
  };
  // No folding: a folded line can split a figure reference, which is hard to read and to edit.
  const doc = new Document(readout);
  const notes = doc.get('notes');
  if (isSeq(notes)) for (const item of notes.items) if (isMap(item)) item.commentBefore = ` ${about.get(String(item.get('id'))) ?? ''}`;
  const body = doc.toString({ lineWidth: 0, nullStr: 'null' });
  return `${HEADER}${fewerFindingsComment(findings.length)}${widenComment(scores)}${skippedComment(skipped)}${paraphraseComment(paraphrase, scores.minGroup)}${body}`;
}

/** Where the team stands on a question, in its ladder's words: one plain sentence. */
function levelSentence(q: QuestionScore): string | undefined {
  const level = q.question.levels.find((l) => l.score === printedLevel(q));
  return level === undefined ? undefined : bandFinding(level, q.answers);
}

/**
 * A finding with its figures and its one piece of evidence: the note given, else how many
 * respondents stand below the level above the team's. The figures are references the report fills
 * in (figures.ts), one per question: its count where the report shows it, else the level its
 * checks set; never one the report withholds.
 */
function finding(title: string, questions: readonly QuestionScore[], quotes: Quote[]): ReadoutData['findings'][number] {
  const belowRefs = questions.flatMap((q) => {
    const level = printedLevel(q);
    const above = q.question.levels.find((l) => level !== null && l.score > level);
    if (above !== undefined && q.figuresShown) return [`below ${q.question.id} ${above.score}`];
    // Too few answered to count, but a level its checks set: the level is the figure the report prints.
    return level !== null && !q.figuresShown ? [`level ${q.question.id}`] : [];
  });
  const firstBelow = belowRefs.find((r) => r.startsWith('below '));
  const count = quotes.length === 0 && firstBelow !== undefined ? ` {{${firstBelow}}} respondents put the team here or lower.` : '';
  const text = `${questions.map((q) => levelSentence(q) ?? '').join(' ')}${count}`.replace(/\s+/g, ' ').trim();
  return { title, ...(text === '' ? {} : { text }), figures: belowRefs, questions: questions.map((q) => q.question.id), quotes };
}

/** Fewer than three findings only where page one acts on fewer weak areas: said, so the consultant knows it is the data, not a slip. */
function fewerFindingsComment(count: number): string {
  if (count >= FINDINGS) return '';
  return `#\n# Findings: ${count}, not ${FINDINGS}. Page one's priorities and decisions act on ${count === 0 ? 'no' : `only ${count}`} weak area${count === 1 ? '' : 's'} with\n# evidence to show (an imperative each). Add one only where the data shows another.\n`;
}

function figureCount(text: string): number {
  return text.match(/\d+/g)?.length ?? 0;
}

/** The quotes the report holds back as their group is too small to quote (printed-notes.ts): for the consultant to paraphrase. */
function paraphraseComment(quotes: readonly Skipped[], minGroup: number): string {
  if (quotes.length === 0) return '';
  const lines = quotes.map((s) => `#   ${s.ref} ${s.id} ${JSON.stringify(s.text)} (${s.why})`);
  return `#\n# Paraphrase before use: word-for-word quotes from a group of fewer than ${quoteGroupMin(minGroup)} who answered\n# the question, which colleagues could tell apart. The report never prints them as said. Put what\n# they say in your own words, never in quotation marks: under notes:, with the id, approve: true\n# and your text; or in a finding's text or a comment:\n${lines.join('\n')}\n`;
}

/**
 * Checks too small to set their level that sit a level or more from the claims (score-term.ts
 * checkToWiden): the report reads them as not checked and says nothing of them (VP reading 11,
 * class 4: "they sit apart from the answers" pointed at the one or two people checked), so the
 * consultant, who holds the files anyway, is told here, in the working file, to widen them.
 */
function widenComment(scores: AuditScores): string {
  const refs = scores.imperatives.flatMap(({ imperative, questions }) => questions.filter((q) => q.checkToWiden).map((q) => `${imperative.id}/${q.question.id}`));
  if (refs.length === 0) return '';
  return `#\n# Widen before the readout: a check of fewer cases than the audit sample's minimum sits a level or\n# more from what people said here; the report reads it as not checked and prints nothing of it.\n# Check the audit sample on ${refs.length === 1 ? 'it' : 'each'}:\n${refs.map((r) => `#   ${r}`).join('\n')}\n`;
}

function skippedComment(skipped: readonly Skipped[]): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map((s) => `#   ${s.ref} ${s.id} ${JSON.stringify(s.text)} (${s.why})`);
  return `#\n# Notes that may point to one person (identifying-notes): never picked as evidence, and the report\n# never prints them as written. If one needs to be heard, reword it at team level under notes:,\n# with its id, approve: true and your text (checked again by the same rule):\n${lines.join('\n')}\n`;
}

const HEADER = `# The readout: your words on the report. Drafted from the data by \`sales-audit draft\`; edit any
# text, then \`sales-audit report <answers> --readout this-file\` renders it in every format, and
# \`sales-audit validate --readout this-file <answers>\` checks it.
#
# Figures are references, filled in from the data when the report is rendered, so a figure here
# cannot disagree with the report: {{score <imperative|overall>}}, {{points <imperative|overall>}}
# (whole points, for page one), {{target <imperative>}}, {{band <imperative|overall>}},
# {{role <role> <imperative>}}, {{gap <role> <role> <imperative>}}, {{difference <role> <role>
# [imperative]}} (whole points), {{mean <question>}}, {{level <question>}},
# {{below <question> <level>}}, {{respondents [role]}}. Roles are written with hyphens
# (sales-manager). See docs/readout.md.
#
# facts: the client's figures the audit did not measure (headcount: reps, managers; invited;
# average-discount, win-rate, at-quota in percent; costs: { name: amount or { low, high } } with
# a currency): page one's base line uses them, and a text cites one as {{fact headcount.reps}} or
# {{fact costs.<name>}}. The draft writes none: only the client has them.
#
# decisions: page one's, each with the option you recommend (recommend), its cost, the actions
# that carry it out (actions: ids; default the rubric's), and status: taken or declined once
# leadership has decided (default open; a declined decision's steps go to the backlog). Page one quotes no note; a decision's
# evidence note, if you add one, prints with its question's notes. A note in quotation marks, or
# in the first person, prints as a quote; any other note as an interview note. A note that could
# point to one person (identifying-notes) is left out of every format.
# notes: the respondents' notes the report may print, by id, none approved: confidential by
# default, a note prints (with its question, in the written report) only where you set
# approve: true. Approve only what points at nobody. Rewrite its text to print your own words
# in its place (never in quotation marks). The JSON keeps every note, with its id.
# priorities: page one's actions, by id, in order. plan: size (how many actions the plan shows in
# full; the rest is the backlog), promote (ids always shown in the plan), drop (ids left
# out), merge ({ actions: [kept-id, other-id…], action: new text }), rewrite ({ id: your text }).
# comments: one per imperative, shown at the top of its section; null for none.
# For completion in an editor: sales-audit schema readout > readout.schema.json, then add a first
# line: # yaml-language-server: $schema=readout.schema.json
`;

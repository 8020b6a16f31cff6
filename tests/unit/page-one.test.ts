// Page one written for a VP who decides on Monday (issue 20, the fresh reading's classes A to I):
// it recommends (verdict, cause and ask; each decision with its option, cost and plan item), it
// carries no tool arithmetic, it uses one team level and one numbering, it shows "to confirm" only
// in the plan, it labels interviewer notes as notes, and the draft never quotes a note that may
// point to one person.
import { questionByRole } from '../../src/core/scoring/question-by-role.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { draftReadout } from '../../src/core/readout/draft-readout.js';
import { resolveFigure } from '../../src/core/readout/figures.js';
import { identifyingDetails, mayIdentify } from '../../src/core/readout/identifying-notes.js';
import { quoteGroupMin } from '../../src/core/report/printed-notes.js';
import { buildReportView, byRoleIntro, discussionAffectsText } from '../../src/core/report/build-report-view.js';
import { capitalize, countText } from '../../src/core/report/format.js';
import { columnPoints, formatMean, wholePoints } from '../../src/core/report/format.js';
import { isVerbatim, noteText, quotesWords } from '../../src/core/report/note-voice.js';
import { renderMarkdown as render } from '../../src/core/report/render-markdown.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { couldChangeWhatIsDone, higherView, ROLE_SPLIT } from '../../src/core/scoring/discussion.js';
import { discussionNote, discussionReason, headlineTemplate } from '../../src/core/report/page-one.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { defaultSet, defaultTemplate, expectDraftDiagnostics, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { approvingEveryNote } from '../helpers/approve-notes.js';
import { CAPACITY_DECISION_ID } from '../../src/core/report/capacity-decision.js';

/** Page one's decisions that come from the rubric (its questions' `decision:`), not the capacity decision the plan adds. */
const rubricDecisions = <D extends { id: string }>(view: { decisions: D[] }): D[] => view.decisions.filter((d) => d.id !== CAPACITY_DECISION_ID);

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const plain = buildReportView(set, sheets, scores, { names: false });
/** Whether the question a decision is about (by its title) shows the figures of its answers. */
const figuresShownFor = (topic: string) => plain.imperatives.flatMap((i) => i.questions).find((q) => q.label === topic)!.figuresShown;
const readoutYaml = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const checked = checkReadout({ path: 'readout.yaml', content: Buffer.from(readoutYaml), size: readoutYaml.length }, set, scores);
const withReadout = buildReportView(set, sheets, scores, { names: false, readout: checked.readout });
/** The readout with every drafted note approved: what the note rules still hold back (printed-notes.ts). */
const approved = buildReportView(set, sheets, scores, { names: false, readout: approvingEveryNote(set, scores, checked.readout) });

const template = defaultTemplate();
function renderMarkdown(view: ReportView): string {
  const result = render(template, { ...view, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

/** The executive summary of the Markdown report: page one. */
function pageOne(view: ReportView): string {
  const md = renderMarkdown(view);
  return md.slice(md.indexOf('## Executive summary'), md.indexOf('\n## ', md.indexOf('## Executive summary') + 5));
}

describe('page one has no tool arithmetic (class B)', () => {
  for (const [what, view] of [['drafted from the data', plain], ['with the readout', withReadout]] as const) {
    it(`${what}: no decimals, question numbers, level numbers, means, dependency lists or "verify first"`, () => {
      expect(checked.diagnostics).toEqual([]);
      const text = pageOne(view);
      expect(text.length).toBeGreaterThan(1000);
      expect(text).not.toMatch(/\d\.\d/); // decimals and question ids ("4.7") alike
      expect(text).not.toMatch(/\(level \d|level \d of \d|the \w+ of \w+ levels|\bmean\b/i);
      // Re-pinned (h-read18, VP reading 16 item 26): a priority names the step it waits for, by number and
      // title ("after #1 Agree and price the reps' shadow credit"); a bare dependency list stays out.
      expect(text).not.toMatch(/#\d+ (and #\d+ )?waits?\b|after #\d+(?! [A-Z])|needed for #\d+/);
      expect(text).not.toMatch(/verify first/i);
      expect(text).not.toMatch(/Its lowest answer/);
      // The rubric's own action still says "the VP Sales's" (rubric wording, h-plan's); the readout rewrites it.
      if (view === withReadout) expect(text).not.toMatch(/VP Sales's/);
    });
  }

  it('scores in whole points; a score that would round up across a band or the target reads "just under"', () => {
    expect(wholePoints(32.8, [0, 40, 60, 80, 75])).toBe('33');
    expect(wholePoints(39.6, [0, 40, 60, 80, 75])).toBe('just under 40');
    expect(wholePoints(74.6, [0, 40, 60, 80, 75])).toBe('just under 75');
    expect(wholePoints(40, [0, 40, 60, 80, 75])).toBe('40');
    for (const row of plain.chart.rows) expect(row.pointsText).toMatch(/^\d+$/);
  });

  it('a column of scores holds numbers: rounded down where rounding would cross a cut-off, and the gap adds up (fourth reading, class 3)', () => {
    expect(columnPoints(39.7, [0, 40, 60, 80, 75])).toBe(39);
    expect(columnPoints(74.6, [0, 40, 60, 80, 75])).toBe(74);
    expect(columnPoints(32.8, [0, 40, 60, 80, 75])).toBe(33);
    expect(columnPoints(40, [0, 40, 60, 80, 75])).toBe(40);
    for (const row of plain.chart.rows) if (row.gapPointsText !== '–' && row.gapPointsText !== '0') expect(Number(row.pointsText) + Number(row.gapPointsText)).toBe(Number(row.targetText));
  });
});

describe('page one recommends (class A)', () => {
  it('the headline states the verdict, the cause and the ask', () => {
    // "Every imperative" only where every scored imperative shows both groups: acme's managers imperative shows none by group (split-roles.ts).
    expect(plain.headline).toMatch(/^The sales force scores \d+ of 100 \(At risk\)\. Leadership and sales managers rate effective sales interactions \d+ points higher than salespeople do\. Managers' own selling holds up most of the plan, so it is leadership's first decision\.$/);
  });

  it("the ask says what to take first, not the option again: D1 below states it whole (page one's last lines)", () => {
    // The headline quoted D1's recommendation word for word, two lines of page one.
    const option = plain.decisions[0]!.recommendation.replace(/\.$/, '').toLowerCase();
    expect(plain.headline.toLowerCase()).not.toContain(option.split(/[;:]/)[0]);
    expect(plain.headline).not.toMatch(/We recommend/);
    // No decision label: a readout may reorder the decisions under the headline its draft wrote.
    expect(plain.headline).not.toMatch(/\bD\d/);
    const last = (ask: Parameters<typeof headlineTemplate>[1]) => headlineTemplate(scores, ask).split(/(?<=\.) /).at(-1);
    expect(last({ title: 'Holding price', row: null, gatesMost: false })).toBe("Leadership's first decision: holding price.");
    expect(last({ title: 'Target accounts chosen for a reason', row: 2, gatesMost: false })).toBe('The plan starts with target accounts chosen for a reason (#2).');
    expect(last({ title: "Managers' own selling", row: 1, gatesMost: true })).toBe("Managers' own selling holds up most of the plan, so the plan starts there (#1).");
  });

  it('each decision carries a recommended option, its cost and the plan item that carries it out; the plan cites it back', () => {
    for (const view of [plain, withReadout]) {
      // Four in both: head-office-demands fires at 0-2, and examples/readout.yaml puts it as D2 since
      // the twelfth VP reading (1b: the CEO's cap on head office's demands belongs on page one).
      // Re-pinned (h-plan16): the rubric's four, then the capacity decision the plan's backlog asks
      // for (capacity-decision.ts; fourteenth VP reading, class 3.19), which no plan row carries out.
      expect(view.decisions.map((d) => d.label)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5']);
      expect(view.decisions.at(-1)!.id).toBe(CAPACITY_DECISION_ID);
      expect(view.decisions.map((d) => d.id)).toContain('head-office-demands');
      // Managers' capacity first: most of the plan waits for its item.
      expect(view.decisions[0]!.id).toBe('manager-capacity');
      for (const d of rubricDecisions(view)) {
        expect(d.recommendation).not.toBe('');
        expect(d.cost).not.toBe('');
        expect(d.actions.length).toBeGreaterThan(0);
        // In the shown plan, not the backlog, and the plan row names the decision.
        for (const rank of d.actions) {
          expect(rank).toBeLessThanOrEqual(view.planCount);
          expect(view.plan.find((a) => a.rank === rank)!.decisions).toContain(d.label);
        }
        // Re-pinned (h-plan19, VP 17 item 19): a decision with two rows (D4: Finance's test, then the script) points to both.
        expect(d.planText).toMatch(/^Plan #\d+(?: and #\d+)?, within \d+ days$/);
      }
    }
    expect(plain.decisions[0]!.actionIds).toEqual(['free-manager-time']);
  });

  it("a decision's why is the team's finding alone, with what it rests on: its question above names the topic", () => {
    // "Managers' own selling: own selling takes …" said the topic twice and took each why a second line.
    expect(rubricDecisions(plain).map((d) => `${d.finding} ${d.evidence}`)).toEqual([
      // A bracket on the ladder says whose it is, not a spread over the four (VP reading 13).
      "Own selling takes a third to half of managers' week. The median of 4 managers checked (system data).",
      "Head office takes 10 to 15 hours of managers' week. The median of 4 managers checked (system data).",
      // Re-pinned (h-plan19, VP 17 item 19): the discount decision's first row (Finance's test) is due at 30 days, so it comes before the target lists'.
      'Reps usually defend features or list price, not value. Checked on 20 deals (system data).',
      'Reasons for under a quarter of listed accounts. Checked on 8 reps (system data).',
    ]);
    for (const d of plain.decisions) expect(d.finding, d.label).not.toContain(d.topic);
  });

  it('a decision the plan already answers, without an option in the rubric, says so', () => {
    const bare = { ...set, imperatives: set.imperatives.map((i) => ({ ...i, questions: i.questions.map((q) => (q.decision === undefined ? q : { ...q, decision: { id: q.decision.id, at: q.decision.at, text: q.decision.text } })) })) };
    const view = buildReportView(bare, sheets, scoreAudit(bare, sheets), { names: false });
    expect(view.decisions.find((d) => d.id === 'manager-capacity')!.recommendation).toMatch(/^The plan already answers it: from the CRM and two weeks of calendars, count each manager's hours on their own accounts and on leading calls on reps' deals, .* named rep .*\.$/);
  });

  it('the readout overrides a decision\'s option, cost and plan items', () => {
    // Two actions that fire on acme, whichever they are: the readout may name any fired action.
    const [first, second] = scores.actions.map((a) => a.recommendation.id);
    const yaml = `version: 1\nrubrics: ${set.digest}\nheadline: Ours.\ndecisions:\n  - id: discount-authority\n    recommend: Only the VP Sales approves a discount.\n    cost: Slower deals for a month.\n    actions: [${first}, ${second}]\n`;
    const { readout } = checkReadout({ path: 'r.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores);
    const view = buildReportView(set, sheets, scores, { names: false, readout });
    const d = view.decisions[0]!;
    expect([d.recommendation, d.cost]).toEqual(['Only the VP Sales approves a discount.', 'Slower deals for a month.']);
    expect(d.actions).toHaveLength(2);
    expect(d.planText).toMatch(/^Plan #\d+ and #\d+/);
  });

  it('the gate (the step that frees managers\' time) goes first among the priorities, marked; its why is the finding, never what waits for it', () => {
    // The keystone: freeing managers' time waits only for the shadow credit it promises, priced
    // first in its 30 days (re-pinned after the thirteenth VP reading: "#4 should come before #1"),
    // and every new action of theirs waits for it.
    expect(plain.priorities.map((p) => p.id).slice(0, 2)).toEqual(['agree-shadow-credit', 'free-manager-time']);
    expect(plain.priorities[1]!.gate).toBe(true);
    // It carries out D1, whose why (the finding) is just above: the priority points there and says
    // no dependency (twelfth VP reading, class 3: "#1: … need the time it frees" is no reason).
    for (const view of [plain, withReadout]) for (const p of view.priorities) expect(p.why).not.toMatch(/need the time it frees|waits? for it|Most of the plan/);
    // With a readout that does not list it, it is still on page one, first and marked.
    expect(withReadout.priorities[0]!.id).toBe('free-manager-time');
    expect(withReadout.priorities.filter((p) => p.gate).map((p) => p.id)).toEqual(['free-manager-time']);
    for (const p of plain.priorities) expect(p.why).not.toMatch(/\d\.\d|“|level/);
  });
});

describe('one team level, one numbering (class C)', () => {
  it('the team level in the question tables is the one page one and the plan use: the median respondent\'s', () => {
    for (const action of [...plain.plan, ...plain.backlog]) {
      const question = plain.imperatives[action.imperativeNumber - 1]!.questions.find((q) => q.ref === action.questionRef)!;
      expect(question.level!.score, action.questionRef).toBe(action.teamLevel);
    }
    const md = renderMarkdown(plain);
    expect(md).toContain('| Question | Today | What we found (0–4) | Average answer (0–4), range and count | Evidence |');
    expect(md).not.toContain('Closest level');
  });

  it('page one cites the plan by its numbers; each plan number is used once', () => {
    const ranks = [...plain.plan, ...plain.backlog].map((a) => a.rank);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    for (const p of plain.priorities) expect(plain.plan.some((a) => a.rank === p.rank && a.onPageOne)).toBe(true);
  });
});

describe('signals and evidence (classes F and G)', () => {
  it('"to confirm" is said in the plan and, for a priority it applies to, on page one too (second reading, class 6)', () => {
    // The readout's fifth priority is swapped for the first flagged action of the plan, so page one
    // has a flagged priority whatever the readout picks (acme's 2.3, flagged until the ninth
    // review, is asked of leadership only, and its three leaders no longer rate above the step).
    // Acme's interviews without the auditor's file: with the checks of the sample, no step of the
    // shown plan is "to confirm" (a checked question never is), so its answers alone serve here.
    const interviews = sheets.filter((s) => s.respondent.role !== 'auditor');
    const unchecked = scoreAudit(set, interviews);
    const flagged = buildReportView(set, interviews, unchecked, { names: false }).plan.find((a) => a.verifyFirst)!;
    // Where the readout already lists it (acme's card), it stays as it is: listing it twice is an error since session 18 (readout-repeated-id).
    const listed = readoutYaml.includes(`  - action: ${flagged.id}\n`);
    const swapped = listed ? readoutYaml : readoutYaml.replace(/  - action: [a-z0-9-]+\n    why: [^\n]*\n(?=comments:)/, `  - action: ${flagged.id}\n    why: Reps are not given what this step gives them.\n`);
    expect(swapped).toContain(`  - action: ${flagged.id}\n`);
    const flaggedReadout = checkReadout({ path: 'readout.yaml', content: Buffer.from(swapped), size: swapped.length }, set, unchecked);
    expect(flaggedReadout.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const view = buildReportView(set, interviews, unchecked, { names: false, readout: flaggedReadout.readout });
    const md = renderMarkdown(view);
    const plan = md.slice(md.indexOf('## Action plan'));
    expect(plan).toMatch(/to confirm: at least two in five of those asked say the team is already past this step/);
    // No count of respondents above the step: with the range and mean it could pin the answers.
    expect(plan).not.toMatch(/to confirm: \d+ of \d+/);
    for (const p of view.priorities) expect(p.why).not.toMatch(/confirm|verify/i);
    const text = pageOne(view);
    const toConfirm = view.priorities.filter((p) => p.verifyText !== '');
    expect(toConfirm.length).toBeGreaterThan(0);
    // Under each flag, one line: what to confirm, with whom, before committing (fourth reading, class 6).
    const lines = text.split('\n');
    for (const p of view.priorities) {
      // Re-pinned (h-read18, VP reading 16 item 26): page one numbers its priorities 1 to 5, the plan's number in brackets.
      const at = lines.findIndex((l) => l.startsWith(`- **${p.number}. `));
      const flag = lines[at + 2] ?? '';
      expect(flag.startsWith('  - **To confirm first:**'), p.id).toBe(p.verifyText !== '');
      // What respondents did, and the evidence to check from the question's help: never "ask the <role>" (fifth VP reading).
      if (p.verifyText !== '') {
        // The evidence that settles it, on page one and in the plan row (sixth session: "check the evidence" did not say which).
        // The threshold in plain words, not a rubric string in quotation marks (eleventh VP reading, class 2).
        // What replaces the row if it holds, not "unnecessary", and no "(or better)" (twelfth VP reading, class 4).
        expect(flag).toMatch(/At least two in five of those asked say [a-z].+; if that holds, #\d+ (becomes: .+|is not needed)\. The .+ checks? before #\d+ starts \(within \d+ days\): [a-z].+\.$/);
        expect(flag).toContain(p.checkText.slice(1));
        // The plan row points to page one instead of repeating the check (sixth VP reading, class 8).
        expect(p.verifyText).toMatch(/; what to check is on page one$/);
        expect(plan).toContain(p.verifyText);
        expect(plan).not.toContain(p.checkText.slice(1, -1));
        // "Ask the audit sample's reps …, without warning" is the check itself (an unwarned test), not asking a role's opinion.
        expect(flag).not.toMatch(/\bask the\b(?! audit sample)|already done/i);
      }
    }
  });

  it('"needs discussion" on page one only next to the decision it qualifies', () => {
    const text = pageOne(plain);
    const lines = text.split('\n').filter((l) => /Needs discussion/.test(l));
    for (const line of lines) expect(line).toMatch(/^- \*\*Why:\*\*/);
    // What to do about it, after the flag (fourth reading, class 6).
    for (const line of lines) expect(line).toMatch(/\*\* Agree with each role which is true before committing\.$/);
    for (const d of plain.decisions) if (d.discussion !== '') expect(d.discussion).toMatch(/^Needs discussion: /);
  });

  it('an interviewer\'s note is labelled as a note; quotation marks only for what a person said', () => {
    expect(isVerbatim('"My plan is a list of accounts I was handed."')).toBe(true);
    expect(isVerbatim('Our people and our service, I guess.')).toBe(true);
    expect(isVerbatim('Spends Monday morning on the forecast spreadsheet.')).toBe(false);
    expect(isVerbatim('Sends one email, then moves on: "there are always more names on the list".')).toBe(false);
    expect(noteText('"I was given a list."')).toBe('I was given a list.');
    const md = renderMarkdown(approved);
    // The label is said once, above a section's notes, not before each (tenth VP reading, class 8).
    // Re-pinned (VP review 17, item 35): no pool's name on a note.
    expect(md).toContain('- A campaign that persists: Reps send two or three emails');
    expect(md).not.toMatch(/^- .*Interview note/m);
    // The heading says what quotation marks mean only above a quote (eleventh VP reading, class 5).
    expect(md).toContain("Interview notes (in quotation marks, the person's own words):");
    expect(md).not.toContain('“Reps send two');
    // Re-pinned (VP review 17, item 35): the quote stands without the pool's name.
    expect(md).toMatch(/^- .*“Every rep knows we install in half the time of anyone else\.”$/m);
  });

  it('page one says once what the evidence is, and each decision what it rests on', () => {
    // Whose view the claims give, once (twelfth VP reading, class 9: the median of 10 leans to the 6).
    // Re-pinned (h-read18, VP reading 16 item 20): every acme check sat below what people said, and page one says so once.
    expect(plain.evidenceLine).toBe(
      // Re-pinned (c03a971): Q2.7 is no longer left out; the auditor's reading of the strategy page sets its level, counted apart.
            // Re-pinned (h-cal19, VP reading 17 items 10 and 29): the document the auditor read counts as checked, as the deck's
      // table counts it ("we checked 10"); "rosier" is gone, as Q1.1 (1.1 said, 1 checked) and others sit within half a level.
      "Most of what we heard is self-report: we checked 10 of 35 questions (9 on samples of 4 to 20 reps, managers or deals, 1 in a document), 1 on the audit's survey, and the other 24 on average answers, leaning to leadership and sales managers (6 of the 10).",
    );
    // The counts add up to the questions answered: checked, surveyed, scored on the average answer, left out
    // (fourteenth VP reading: "the other 24" counted Q2.7, which no score holds; "(marked as said below)"
    // pointed at nothing in the deck).
    // Nothing is left out now (c03a971): checked, read by the auditor, surveyed and scored on the average answer add up.
    // Re-pinned (h-cal19): checked = on the sample + in a document; checked, surveyed and the others add up.
    const count = /we checked (\d+) of (\d+) questions \((\d+) on samples.*?, (\d+) in a document\), (\d+) on the audit's survey, and the other (\d+) /.exec(plain.evidenceLine)!;
    expect(Number(count[3]) + Number(count[4])).toBe(Number(count[1]));
    expect(Number(count[1]) + Number(count[5]) + Number(count[6])).toBe(Number(count[2]));
    expect(plain.evidenceLine).not.toMatch(/left out/);
    expect(plain.evidenceLine).not.toContain('below');
    // A decision whose level rests on checks of the audit sample says what they looked at, whether or
    // not its claims are too few to show (acme's 4.8, the managers' calendars: tenth VP reading, the
    // deck read it as claims alone); one resting on claims says so.
    for (const d of rubricDecisions(plain)) expect(d.evidence).toMatch(/^(Rests on what people said: (nothing checked|a check too small to set the level)\.|Checked on \d+ (reps|managers|deals) \([a-z ,]+\)\.|From the audit's survey, covering \d+ (reps|managers|deals)\.|The median of \d+ (reps|managers|deals) checked \([a-z ,]+\)\.)$/);
    expect(plain.decisions.some((d) => d.evidence === 'The median of 4 managers checked (system data).')).toBe(true);
    expect(plain.decisions.some((d) => !figuresShownFor(d.topic))).toBe(true);
  });
});

describe('notes that may point to one person (class H)', () => {
  it('flags a region, a date, a tenure, authorship and "the largest / the only"', () => {
    const kinds = (note: string) => identifyingDetails(note).map((d) => d.kind);
    expect(kinds('Says every rep has a plan; showed the Northeast one, dated last February.')).toEqual(['place', 'date']);
    expect(kinds('Last call review was during onboarding, fourteen months ago.')).toEqual(['tenure']);
    expect(kinds('Wrote the positioning document with marketing.')).toEqual(['authorship', 'document']);
    expect(kinds('Carries a personal quota and closes the largest deals on the team.')).toEqual(['unique', 'pay']);
    expect(kinds('Keeps a spreadsheet of target accounts; the other managers do their own thing.')).toEqual(['unique']);
    expect(kinds('"My plan is the list of accounts I inherited from the rep who left."')).toEqual(['tenure']);
    // With three people in a role: one team's figures, a person's quota, a calendar, the one call
    // observed, a named policy or budget, a loaded verb (issue 20, second reading, class 1).
    expect(kinds('The team\'s target list in the CRM has 340 accounts for four reps; nobody has ranked them.')).toEqual(['team-figure']);
    // And what only an approver sees (twelfth reading, class 5).
    expect(kinds('Discount approvals in the CRM: 31 of the team\'s last 40 deals closed with 10% or more off.')).toEqual(['team-figure', 'approver']);
    expect(kinds('Carries a quota of 60% of a rep\'s, so personal deals come first every month end.')).toEqual(['pay']);
    expect(kinds('Monday mornings go on rebuilding the forecast spreadsheet for the VP.')).toEqual(['calendar']);
    expect(kinds('One-to-ones were cancelled three weeks out of the last four.')).toEqual(['calendar', 'own-manager']);
    expect(kinds('Sat in on a discovery call: two questions, then 20 minutes of demo.')).toEqual(['observed']);
    expect(kinds('The manager joined one call this year and gave feedback afterwards.')).toEqual(['observed']);
    expect(kinds('Knows the managers are stretched; hiring a fourth manager is in next year\'s budget.')).toEqual(['policy']);
    expect(kinds('Expects managers to ride along on at least two calls a month per rep.')).toEqual(['policy']);
    expect(kinds('Admits the forecast call takes most of Monday.')).toEqual(['loaded']);
    expect(kinds('Lost three deals this quarter to "we will keep doing it ourselves".')).toEqual(['team-figure']);
    // A named document or the one shown, a single event or moment, a rep's own manager (fourth reading, class 2).
    expect(kinds('Marketing publishes a benchmark report twice a year and a monthly insight email.')).toEqual(['document']);
    expect(kinds('The battlecards were refreshed this year with the product team.')).toEqual(['document']);
    expect(kinds('Says every rep has a territory plan in the shared drive; the one shown had not been updated this year.')).toEqual(['document']);
    expect(kinds('Points to the territory plans each manager presented at the annual kickoff.')).toEqual(['document', 'event']);
    expect(kinds('Asked three reps on the spot: one said installation speed.')).toEqual(['event']);
    expect(kinds('Could not find any differentiation material on the shared drive during the interview.')).toEqual(['event']);
    expect(kinds('Cannot remember a manager reviewing one of their calls.')).toEqual(['own-manager']);
    // The five acme notes the sixth VP reading found past the method's own rule (class 1).
    expect(kinds('Put the question to two reps before the interview: "Our people and our service, I guess", and a list of product features.')).toEqual(['event']);
    expect(kinds('A one-page coaching model went out last spring; one half-day on it was held, and not every manager was there.')).toEqual(['date', 'event']);
    expect(kinds('One-to-ones are pipeline reviews; no call has been reviewed with a manager this year.')).toEqual(['own-manager']);
    expect(kinds('Team meetings are the manager reading out the pipeline, rep by rep.')).toEqual(['own-manager']);
    expect(kinds('Nobody has talked to me about my numbers except at quarter end.')).toEqual(['own-manager']);
    // And the acme notes of the same kinds a walk of every note against the method's list found.
    expect(kinds('"My plan is a list of accounts I was handed; nobody went through it with me."')).toEqual(['own-manager']);
    expect(kinds('Feedback after a call, the few times it happened, was found useful; reps would like more of it.')).toEqual(['own-manager']);
    expect(kinds('Says managers are expected to ride along on calls; nobody tracks whether they do.')).toEqual(['policy']);
    // Team-level notes pass.
    for (const note of ['Reps send two or three emails and then move on to the next name.', 'Says the forecast call and the weekly pipeline spreadsheet take most of a manager\'s Monday.', 'About half the team mentions installation speed; the rest talk about product features.']) {
      expect(identifyingDetails(note), note).toEqual([]);
    }
  });

  /** Every note in the acme answers (without its quotation marks), or only those the rule flags. */
  const acmeNotes = (flaggedOnly: boolean) =>
    sheets.flatMap((s) => Object.values(s.answers).flatMap((byQuestion) => Object.values(byQuestion).flatMap((a) => (a.note !== null && (!flaggedOnly || mayIdentify(a.note)) ? [noteText(a.note)] : []))));

  it('a flagged note is printed in no format by default, even approved, and not counted; --show-identifying-notes prints it', () => {
    const flagged = acmeNotes(true);
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const view of [plain, withReadout, approved]) {
      const md = renderMarkdown(view);
      const shown = view.imperatives.flatMap((i) => i.notes.map((n) => n.text));
      for (const note of flagged) {
        expect(md, note).not.toContain(note.slice(0, 40));
        expect(shown).not.toContain(note);
      }
      for (const f of view.findings) for (const q of f.quotes) expect(mayIdentify(q.text), q.text).toBe(false);
      // Not counted in a client format: a count invites hunting for who said what (ninth VP reading, class 1f).
      expect(md).not.toMatch(/\d+ notes? (?:was|were) left out|quotes? from a small group (?:was|were) held back/);
    }
    const working = buildReportView(set, sheets, scores, { names: false, readout: checked.readout, showIdentifyingNotes: true });
    expect(renderMarkdown(working)).toContain(flagged[0]!.slice(0, 40));
    expect(working.imperatives.every((i) => i.identifyingLeftOut === 0)).toBe(true);
  });

  it('words are quoted as said only from a group of quoteGroupMin who answered; the rest are held back, counted once, and listed in the draft to paraphrase (seventh VP reading, class 1)', () => {
    expect(quoteGroupMin(3)).toBe(5);
    expect(quoteGroupMin(1)).toBe(1);
    // acme: leadership and managers are one pool of 6; the 4 salespeople are shown on their own, too few to quote.
    const repQuote = 'I was given a list of accounts and a number of meetings to book. That is the plan.';
    const repFragment = 'everyone expects it';
    for (const view of [plain, withReadout, approved]) {
      for (const imperative of view.imperatives) {
        // Re-pinned (VP review 17, item 35): a note of a question the pool answered names no group; the reps' quotes stay held back below.
        for (const note of imperative.notes.filter((n) => n.verbatim || /["“]/.test(n.text))) expect(note.role, note.text).toBeNull();
      }
      const md = renderMarkdown(view);
      expect(md).not.toContain(repQuote);
      expect(md).not.toContain(repFragment);
    }
    expect(approved.imperatives.some((i) => i.notes.some((n) => n.verbatim))).toBe(true);
    // The draft gives them to the consultant to paraphrase, and never picks one as a finding's quote.
    const draft = draftReadout(set, sheets, scores, plain);
    const paraphrase = draft.slice(draft.indexOf('# Paraphrase before use'));
    expect(paraphrase).toContain(repQuote.slice(0, 40));
    expect(paraphrase).toContain(repFragment);
    const body = parse(draft) as { findings: { quotes: { text: string }[] }[] };
    expect(body.findings.flatMap((f) => f.quotes.map((q) => q.text)).join('\n')).not.toContain(repFragment);
    // A readout quote that copies one is held back with it.
    const copying = readoutYaml.replace('    quotes: []', `    quotes:\n      - text: "${repQuote}"\n        from: salesperson\n        question: plan-provided`);
    const copied = checkReadout({ path: 'readout.yaml', content: Buffer.from(copying), size: copying.length }, set, scores);
    expect(copied.readout!.findings[0]!.quotes).toHaveLength(1);
    expect(renderMarkdown(buildReportView(set, sheets, scores, { names: false, readout: copied.readout }))).not.toContain(repQuote);
    // The consultant's working copy prints them.
    const working = buildReportView(set, sheets, scores, { names: false, readout: checked.readout, showIdentifyingNotes: true });
    expect(renderMarkdown(working)).toContain(repQuote);
  });

  it('the same team with five salespeople: their quotes print (the rule is the group size, not the role), naming no group where the pool answered', () => {
    const fifth = { ...sheets.find((s) => s.respondent.role === 'salesperson')!, respondent: { ...sheets.find((s) => s.respondent.role === 'salesperson')!.respondent, name: 'Fifth rep' } };
    const five = [...sheets, fifth];
    const fiveScores = scoreAudit(set, five);
    const view = buildReportView(set, five, fiveScores, { names: false, readout: approvingEveryNote(set, fiveScores) });
    // Re-pinned (VP review 17, item 35): printed, but not as "salesperson": the pool answered the question, so no group is named.
    const md = renderMarkdown(view);
    expect(md).toContain('I was given a list of accounts and a number of meetings to book. That is the plan.');
    expect(view.imperatives.flatMap((i) => i.notes).every((n) => n.role === null)).toBe(true);
  });

  it('page one carries no interview note, drafted or with the readout', () => {
    const all = acmeNotes(false);
    for (const view of [plain, withReadout]) {
      const text = pageOne(view);
      for (const note of all) expect(text, note).not.toContain(note.slice(0, 30));
      expect(text).not.toMatch(/Interview note|“/);
    }
  });

  it('no note label starts with a question id', () => {
    const md = renderMarkdown(approved);
    expect(md).toContain('Interview notes (');
    const section = md.slice(md.indexOf('Interview notes ('));
    expect(section).toMatch(/^- [A-Z][^:(]+( \([^)]+\))?: /m);
    expect(section).not.toMatch(/^- \d+\.\d+ /m);
  });

  it('the draft never quotes such a note, even the one with the most figures, and lists it for the consultant', () => {
    const note = 'Carries a quota of 60% of a rep\'s and closes the largest deals on the team, 3 of 5 last quarter.';
    const edited: AnswerSheet[] = sheets.map((s) =>
      s.respondent.role === 'sales manager' ? { ...s, answers: { ...s.answers, 'sales-managers': { ...s.answers['sales-managers'], 'time-for-people': { ...s.answers['sales-managers']!['time-for-people']!, note } } } } : s,
    );
    const editedScores = scoreAudit(set, edited);
    const draft = draftReadout(set, edited, editedScores, buildReportView(set, edited, editedScores, { names: false }));
    const body = parse(draft);
    expect(JSON.stringify(body)).not.toContain('closes the largest deals');
    expect(draft).toMatch(/^#\s+Q4\.\d+ time-for-people-[0-9a-f]{6} "Carries a quota of 60% of a rep's and closes the largest deals.*\(.*unique: “the largest”.*\)$/m);
  });

  it('a finding that claims people disagree names a question the discussion rule flags', () => {
    const body = parse(draftReadout(set, sheets, scores, plain));
    const flagged = plain.needsDiscussion.map((q) => q.label.toLowerCase());
    for (const f of body.findings as { title: string }[]) {
      if (/disagree|split/i.test(f.title)) expect(flagged.some((label) => f.title.includes(label))).toBe(true);
    }
    // One piece of evidence each: a quote, or a count of respondents; none where the question was
    // too few scored to show a count, and no note of a group not shown (ninth VP reading: acme's
    // 4.9 finding quoted the forecast spreadsheet's builder as "a respondent").
    const questions = plain.imperatives.flatMap((i) => i.questions);
    for (const f of body.findings as { title: string; text?: string; quotes: { from: string }[] }[]) {
      const q = questions.find((x) => f.title.toLowerCase().includes(x.label.toLowerCase()))!;
      expect(f.quotes.length > 0 || /\{\{below /.test(f.text ?? '') || !q.figuresShown, f.title).toBe(true);
      for (const quote of f.quotes) expect(plain.roles.map((r) => r.role)).toContain(quote.from);
    }
  });

  it("findings: one per weak area page one acts on (a priority's or a decision's imperative), in page one's order, up to three, each with figures the report fills in", () => {
    // Re-pinned (fx-draft15): the draft used to skip every priority a decision explains, so acme got
    // one finding; issue 20 asks for three, and the decisions' own area (the managers' week) is one.
    const draft = draftReadout(set, sheets, scores, plain);
    const body = parse(draft);
    const findings = body.findings as { title: string; figures: string[]; questions: string[]; quotes: { from: string }[] }[];
    expect(findings).toHaveLength(3);
    expect(draft).not.toContain('# Findings:');
    const all = plain.imperatives.flatMap((i) => i.questions.map((q) => ({ imperative: i.id, id: q.id })));
    const areaOf = (f: (typeof findings)[number]) => new Set(f.questions.map((id) => all.find((q) => q.id === id)!.imperative));
    // Distinct areas: each finding within one imperative, no imperative twice.
    for (const f of findings) expect(areaOf(f).size, f.title).toBe(1);
    expect(new Set(findings.map((f) => [...areaOf(f)][0])).size).toBe(3);
    // Every question a finding rests on is one page one acts on: a priority's or a decision's.
    const pageOne = new Set([
      ...plain.priorities.map((p) => plain.imperatives[p.imperativeNumber - 1]!.questions[Number(p.questionRef.split('.')[1]) - 1]!.id),
      ...plain.decisions.map((d) => plain.imperatives.flatMap((i) => i.questions).find((q) => q.label === d.topic)?.id),
    ]);
    for (const f of findings) for (const id of f.questions) expect(pageOne.has(id), `${f.title}: ${id}`).toBe(true);
    // The first priority on acme carries out D1: the managers' week leads, resting on both decisions' questions.
    expect(findings[0]!.questions).toEqual(['time-for-people', 'protection-from-admin']);
    expect(findings[0]!.title).toMatch(/D1 and D2/);
    // Figures: references the report resolves (none it withholds), one or more per finding.
    for (const f of findings) {
      expect(f.figures.length, f.title).toBeGreaterThan(0);
      for (const ref of f.figures) expect(resolveFigure(ref, { set, scores }).ok, ref).toBe(true);
    }
    const checkedDraft = checkReadout({ path: 'draft.yaml', content: Buffer.from(draft), size: draft.length }, set, scores);
    // Re-pinned (h-cal19): the draft's rubric costs that state no money or time are warnings to price them, and only those.
    expectDraftDiagnostics(draft, checkedDraft.diagnostics);
  });

  it('fewer than three findings only where page one acts on fewer areas, and the draft says so', () => {
    // Re-pinned (h-plan18): by id, not index 3, which the recount (now due at 45 days, plan-due-days.ts) took.
    // Re-pinned (h-plan19, VP 17 item 19): the card left the default five for Finance's test of the discount limit, also a differentiation step.
    const onePriority: ReportView = { ...plain, priorities: plain.priorities.filter((p) => p.id === 'check-discount-limit'), decisions: [] };
    const draft = draftReadout(set, sheets, scores, onePriority);
    expect((parse(draft).findings as unknown[]).length).toBe(1);
    expect(draft).toMatch(/^# Findings: 1, not 3\. Page one's priorities and decisions act on only 1 weak area/m);
  });
});

describe('"needs discussion" names the rule that fired (issue 20, second reading, class 6)', () => {
  it('"needs discussion" on a decision only where the disagreement could change it (fifth VP reading, class 3)', () => {
    // The higher view above the levels the step applies to: if it is right, the step is not needed.
    expect(couldChangeWhatIsDone(3, { from: 0, to: 2 })).toBe(true);
    expect(couldChangeWhatIsDone(2, { from: 0, to: 2 })).toBe(false);
    expect(couldChangeWhatIsDone(1.7, { from: 0, to: 1 })).toBe(true);
    expect(couldChangeWhatIsDone(null, { from: 0, to: 4 })).toBe(false);
    // On acme: a question the roles disagree on (any flagged one). A step for levels up to its
    // higher view stands whoever is right: no flag; a step for levels below that view: flagged.
    const flagged = scores.imperatives.flatMap((r) => r.questions).filter((q) => q.needsDiscussion);
    expect(flagged.length).toBeGreaterThan(0);
    let checked = 0;
    for (const q of flagged) {
      const higher = higherView(q, questionByRole(q, scores));
      if (higher === null || higher < 1) continue;
      expect(discussionNote(q, scores, { from: 0, to: Math.ceil(higher) })).toBe('');
      expect(discussionNote(q, scores, { from: 0, to: Math.ceil(higher) - 1 })).toMatch(/^Needs discussion: /);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // Acme's decisions apply at levels its higher views do not reach above: none is flagged.
    for (const view of [plain, withReadout]) for (const d of view.decisions) expect(d.discussion).toBe('');
  });

  it('the roles rule only when two roles are ROLE_SPLIT levels apart, else the camps rule; either falls back to "respondents split" where it would pin answers', () => {
    const questions = scores.imperatives.flatMap((r) => r.questions).filter((q) => q.needsDiscussion);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const reason = discussionReason(q, scores);
      // No role's figure on the question (fifth VP reading), no distance, and nothing that pins answers (sixth).
      if (/answers? higher than/.test(reason)) expect(q.roleSplit).toBeGreaterThanOrEqual(ROLE_SPLIT);
      else if (/two camps/.test(reason)) expect(q.roleSplit).toBeLessThan(ROLE_SPLIT);
      // Re-pinned (h-conf18): where one shown group answered, the line says no role is set against another (VP reading 16, item 23).
      else expect(reason).toMatch(/^Respondents split(?:; the report sets no role against another on one question)?\.$/);
      expect(reason).toMatch(/^(?:[A-Z][\w ]+ answers? higher than [\w ]+|Respondents form two camps, a third answering \w+ levels or more below another third|Respondents split(?:; the report sets no role against another on one question)?)\.$/);
    }
    // Page one names the camps rule in short where it fired alone (acme has such questions).
    const campsOnly = questions.filter((q) => q.roleSplit < ROLE_SPLIT);
    expect(campsOnly.length).toBeGreaterThan(0);
    for (const q of campsOnly) expect(discussionReason(q, scores, true)).toMatch(/^Respondents split(?: into two camps)?\.$/);
    for (const d of withReadout.decisions) if (d.discussion !== '') expect(d.discussion).toMatch(/^Needs discussion: (respondents split into two camps|[a-z][\w ]+ answers? higher than [\w ]+|respondents split)\.$/);
    const md = renderMarkdown(withReadout);
    expect(md).not.toMatch(/Answers from \d/);
    // Re-pinned (VP review 16, class 6): no "To settle it:" label stacked on the check's own words.
    expect(md).toMatch(/\(Q\d\.\d(?:, answers \d+ to \d+)?\)\. [A-Z].+\. The .+ checks? /);
    expect(md).not.toMatch(/To settle it:/);
    // The range beside a flagged question only where it leaves the answers open (acme's Q4.2 no longer: two sets of answers fit it).
    expect(withReadout.needsDiscussion.length).toBeGreaterThan(0);
    for (const q of withReadout.needsDiscussion) expect(md).toContain(`(${q.ref}${q.rangeShown ? `, answers ${q.rangeText}` : ''}). `);
  });
});

describe('question tables and notes laid out for reading (issue 20, second reading, classes 5 and 7)', () => {
  it('the section tables have four columns and no level short names; the full question and weight are in the appendix', () => {
    const md = renderMarkdown(withReadout);
    const body = md.slice(md.indexOf('## 1. '), md.indexOf('## Action plan'));
    const header = body.split('\n').find((l) => l.startsWith('| Question |'))!;
    expect(header.split('|').length - 2).toBeLessThanOrEqual(5);
    for (const q of withReadout.imperatives.flatMap((i) => i.questions)) {
      if (q.level !== null) expect(body).not.toContain(`${q.level.label}: ${q.level.description}`);
      expect(body).not.toContain(q.prompt);
    }
    const appendix = md.slice(md.indexOf('## Appendix: the questions in full'));
    for (const q of withReadout.imperatives.flatMap((i) => i.questions)) expect(appendix).toContain(`| ${q.ref} | `);
  });

  it('a note list names each topic once, above its notes', () => {
    for (const i of withReadout.imperatives) {
      const seen = new Set<string>();
      for (const n of i.notes) {
        expect(n.firstOfTopic, n.text).toBe(!seen.has(n.ref));
        seen.add(n.ref);
      }
    }
  });

  it('the cover gives dates in words, not ISO', () => {
    expect(withReadout.dateText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(withReadout.dateText).toMatch(/^\d{1,2} (to \d{1,2} )?[A-Z][a-z]+ \d{4}$|^\d{1,2} [A-Z][a-z]+ to \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('page one says "nothing checked" once (issue 20, second reading, class 4)', () => {
  it('with no answer checked, the evidence line says it and no decision repeats it', () => {
    const single = [loadSheet('examples/acme-leadership.yaml', set)];
    const singleScores = scoreAudit(set, single);
    const view = buildReportView(set, single, singleScores, { names: false });
    expect(view.evidenceLine).toMatch(/^Everything here is what people told us/);
    expect(view.decisions.length).toBeGreaterThan(0);
    for (const d of view.decisions) expect(d.evidence).toBe('');
    // Where some answers were checked, each decision says what it rests on.
    for (const d of rubricDecisions(plain)) if (figuresShownFor(d.topic)) expect(d.evidence).not.toBe('');
  });
});

describe('sixth VP reading: a needs-discussion line says what to check (class 4)', () => {
  it('each line ends with its own check, from the question\'s help, and carries no "on a 0–4 scale"', () => {
    const md = renderMarkdown(withReadout);
    expect(withReadout.needsDiscussion.length).toBeGreaterThan(0);
    const checks = withReadout.needsDiscussion.map((q) => q.discussionCheckListed);
    // One per question, each different, each an instruction (never the help's "This is the seed's test").
    expect(new Set(checks).size).toBe(checks.length);
    for (const [i, q] of withReadout.needsDiscussion.entries()) {
      // The check itself, or, where page one's box states it, a pointer there (tenth VP reading, class 9).
      const boxed = withReadout.checksFirst.some((c) => c.ref === q.ref);
      // A check before a backlog action is said in full under the backlog (VP review 14, item 57): the line points there, and the check there is an instruction.
      // Re-pinned (h-words19, VP 17 item 45): where one owner checks them all at the day-90 review, the paragraph above says it once, before which rows, and the line says no check.
      const together = /checks? (?:both|all \w+) at the day-90 review, before ([^.]+) (?:is|are) planned\./.exec(withReadout.needsDiscussionText)?.[1] ?? '';
      const inBacklog = withReadout.backlogChecks.find((c) => checks[i]!.includes(`before #${c.rank} is planned`) || (checks[i] === '' && new RegExp(`#${c.rank}\\b`).test(together)));
      if (inBacklog !== undefined) expect(inBacklog.text, q.ref).toMatch(/\b(ask|take|read|count|open)/i);
      expect(checks[i], q.ref).toMatch(boxed ? /; what to check, and the result that changes the plan, is in “What to check before committing”\.$/ : inBacklog !== undefined ? /^(?:The [^.]+ checks it before #\d+ is planned, at the day-90 review\.)?$/ : /\b(ask|take|read|count|open)/i);
      expect(checks[i], q.ref).not.toMatch(/^This\b/);
      // The range beside the reference, so the list's lines do not open their checks on the same ten words (repeated-text.test.ts).
      expect(md).toContain(`(${q.ref}${q.rangeShown ? `, answers ${q.rangeText}` : ''}). ${q.discussionReason}${q.discussionCheckListed === '' ? '' : ` ${q.discussionCheckListed}`}`);
    }
    expect(md).not.toMatch(/on a \d–\d scale/);
  });
});

describe('fifth VP reading: the plan reads as a plan, and quotes count whole or in part', () => {
  it('the Markdown plan has the "Owners:" line the HTML and PDF have, and its intro is one line that points to the method', () => {
    const md = renderMarkdown(withReadout);
    const plan = md.slice(md.indexOf('## Action plan'), md.indexOf('| # | Action |'));
    // The counts say they cover the plan and the backlog (twelfth VP reading, class 6).
    expect(plan).toMatch(/^Owners of the \d+ actions, in the plan and the backlog: .+ \d+\.( Work under way, new and continuing.+\.)?$/m);
    expect(plan).toContain('the method says how they are ordered');
    expect(plan).not.toMatch(/a next step continues its action|names the decision for leadership|new actions in each horizon/);
  });
  it('each "needs discussion" line says what settling it could change, from data: the decisions and the plan or backlog rows of its question (seventh VP reading, class 9)', () => {
    expect(discussionAffectsText(['D2'], [{ rank: 6, planned: true }], 3)).toBe('It bears on D2 and on #6.');
    expect(discussionAffectsText([], [{ rank: 10, planned: true }], 3)).toBe('It bears on #10, not on D1–D3.');
    expect(discussionAffectsText([], [{ rank: 19, planned: false }], 3)).toBe('It bears on none of D1–D3; its action #19 is in the backlog.');
    expect(discussionAffectsText([], [], 3)).toBe('It bears on none of D1–D3 and on no action.');
    for (const view of [plain, withReadout]) {
      expect(view.needsDiscussion.length).toBeGreaterThan(0);
      const md = renderMarkdown(view);
      // Where no flag bears on a decision or a plan row, the sentence above the list says it once for all,
      // with their backlog actions, and no line repeats it (ninth VP reading, class 7).
      // The decisions whose subject a question informs (the rubric's `informs:`; tenth VP reading, class 3).
      const informs = (q: { ref: string }) => set.imperatives.flatMap((i, n) => i.questions.map((x, k) => ({ ref: `Q${n + 1}.${k + 1}`, ids: x.informs ?? [] }))).find((x) => x.ref === q.ref)!.ids;
      const bearsOnNone = view.needsDiscussion.every((q) => [...view.plan, ...view.backlog].filter((a) => a.questionRef === q.ref).every((a) => view.backlog.includes(a) && a.decisions.length === 0) && !view.decisions.some((d) => d.topic === q.label));
      if (bearsOnNone) {
        // A decision a flag only informs is named there too, instead of "none of D1–D3" (twelfth VP reading).
        const informed = view.decisions.filter((d) => view.needsDiscussion.some((q) => informs(q).includes(d.id))).map((d) => d.label);
        expect(view.needsDiscussionText).toMatch(
          informed.length === 0
            ? /Nothing on page one or in the 90-day plan depends on (it|them)/
            : new RegExp(`${informed.join(' and ')} can be taken without (it|them), and nothing else on page one or in the 90-day plan depends on (it|them)`),
        );
        for (const q of view.needsDiscussion) expect(q.discussionAffects, q.ref).toBe('');
        // Said once, in the sentence above the list, never on a line of it.
        expect(md).not.toMatch(/^- .*It bears on none of/m);
        continue;
      }
      for (const q of view.needsDiscussion) {
        const rows = [...view.plan, ...view.backlog].filter((a) => a.questionRef === q.ref);
        expect(rows.length, q.ref).toBeGreaterThan(0);
        for (const a of rows) expect(q.discussionAffects, q.ref).toContain(`#${a.rank}`);
        // A decision named on its own, not inside "none of D1–D3".
        for (const d of view.decisions) expect(new RegExp(`(?<!–)\\b${d.label}\\b(?!–)`).test(q.discussionAffects), `${q.ref} ${d.label}`).toBe(rows.some((a) => a.decisions.includes(d.label)) || d.topic === q.label || informs(q).includes(d.id));
        expect(md).toContain(`${q.discussionCheckListed} ${q.discussionAffects}`);
      }
    }
  });

  it('a note that quotes words inside it counts as a quote under the small-group rule', () => {
    expect(quotesWords('Says there are always "more names on the list".')).toBe(true);
    expect(isVerbatim('Says there are always "more names on the list".')).toBe(false);
    expect(quotesWords('Spends Monday morning on the forecast.')).toBe(false);
  });
});

describe('labels and what the figures rest on (fifth VP reading, classes 4 and 10)', () => {
  it('the scores by role say how many people each column rests on, and the "not shown" rule only when a score reads so', () => {
    // The numbers in the columns' headings, not again in the intro, nor the rule's detail the method states (tenth VP reading, class 9).
    // Then why the team's score is not the groups' average (VP review 14, item 23).
    expect(plain.byRoleIntro).toBe(
      "Each imperative scored over each group's respondents alone, their number beside the group's name; the table's last column is the difference between the two. No scores by role for differentiation and sales managers: too few of a group answered one of their questions to show them without pointing at someone (the method says why). The whole team's score is not the average of the groups': where checks set a question's level, the team counts at that level, whatever each group said; and each question's mean is over those who answered it (its row gives how many), so a group that answered fewer questions weighs less.",
    );
    const md = renderMarkdown(plain);
    // The salespeople at the minimum follow it, said once (twelfth VP reading, class 5).
    expect(md).toContain(`## Scores by role\n\n${plain.byRoleIntro} ${plain.confidentiality.smallestGroupText}\n`);
    // Two groups: "Gap", and no row of "not shown" in every column (twelfth VP reading, class 6).
    // Re-pinned (VP review 16, class 7): "gap" is the target minus the score; between groups it is a difference.
    expect(md).toContain('| Imperative | Leadership and sales managers (6) | Salespeople (4) | Difference |');
    expect(md).toContain('| Prospecting plan | 43 | 18 | 25 (leadership and sales managers higher) |');
    expect(md).not.toMatch(/\| not shown \| not shown \|/);
    const withHidden = [{ ...plain.imperatives[0]!, byRole: [{ role: 'leadership', group: 'leadership', score: null, shown: false, scoreText: 'not shown' }, { role: 'salesperson', group: 'salespeople', score: 20, shown: true, scoreText: '20' }] }];
    const roles = [{ count: 3, group: 'leadership' }, { count: 4, group: 'salespeople' }];
    expect(byRoleIntro(roles, withHidden)).toMatch(/ “Not shown”: too few of a group answered/);
    // Acme's first and third imperatives show both groups (the second does not: 2.1's salespeople
    // number 3 once the one whose answer was checked is set aside, score-term.ts).
    expect(byRoleIntro(roles, [plain.imperatives[0]!, plain.imperatives[2]!])).not.toMatch(/not shown/i);
  });

  it('a mean reads with one decimal in every table ("2.0 (1 to 3)" beside "1.1 (0 to 3)")', () => {
    expect(formatMean(2)).toBe('2.0');
    expect(formatMean(1.125)).toBe('1.1');
    // Re-pinned after rubric review 17 (h-rub19a): Diff's tenth question is Q2.10, two digits.
    const rows = renderMarkdown(plain).split('\n').filter((l) => /^\| Q\d\.\d+ [A-Z]/.test(l));
    expect(rows.length).toBe(set.imperatives.reduce((n, i) => n + i.questions.length, 0));
    // A range the disclosure rule withholds is left out of the row; the mean stays, except where too
    // few scored the question: then the row says so, once, and keeps its level.
    const hidden = plain.imperatives.flatMap((i) => i.questions.filter((q) => !q.figuresShown).map((q) => q.ref));
    // Re-pinned after rubric review 17, edit 15 (h-rub19a): Diff renumbered (the source's test first).
    expect(hidden).toEqual(['Q2.2', 'Q2.6', 'Q4.1', 'Q4.4', 'Q4.8', 'Q4.9']);
    // Q2.7 is held back (no check sets its level): the row says it is left out of the score, not a
    // row of dashes (twelfth VP reading, class 6). A level the checks set keeps its checked level
    // and what the checks looked at (eleventh VP reading, class 5).
    // Re-pinned (wd2-17, VP review 15 item 33): a level the survey sets reads "1 (survey)" in the checked-level column.
    for (const row of rows) expect(row).toMatch(hidden.some((ref) => row.startsWith(`| ${ref} `)) ? /\| (?:[^|]+ \| \d(?: \(survey\))?|left out of the score: too few answered \| –) \| too few to show \| (?:checked on [^|]+|from the audit's survey, covering [^|]+|read by the auditor|–) \|$/ : /\| \d\.\d(?: \(\d to \d\)|†)?, \d+ answers(?:: [a-z, ]+)? \|/);
    // Re-pinned (c03a971): the auditor's reading of the strategy page sets Q2.7's level, and the row says whose reading it is.
    // Re-pinned after rubric review 17, edit 15 (h-rub19a): Diff renumbered, the strategy is Q2.6.
    expect(rows.find((row) => row.startsWith('| Q2.6 '))).toMatch(/ \| 1 \| too few to show \| read by the auditor \|$/);
    expect(rows.some((row) => /\| \d\.\d \(\d to \d\), \d+ answers(?:: [a-z, ]+)? \|/.test(row))).toBe(true);
  });

  it('the method says once that "most reps" is the median answer, not a count, and page one leaves it to the method; the tables say it in their header', () => {
    // Method prose off page one (twelfth VP reading, class 6).
    expect(plain.evidenceLine).not.toMatch(/most reps|not a count/);
    expect(plain.method.items.find((i) => i.term === 'Today')!.text).toBe(
      // Then how Q4.1's survey ratings become levels (VP review 14, item 25).
      "the level of the median answer, or of the median case checked where checks set it, over three or more. Where a level says most reps or most managers, that is this median, not a count. Q4.1 sets its level from the survey's ratings: 0, reps rate most managers under 3 of 5, or posts vacant; 1, reps rate most managers 3 to 3.5 of 5; 2, reps rate most managers 3.5 to 4 of 5; 3, reps rate most managers 4 to 4.5 of 5; 4, reps rate most managers 4.5 of 5 or more.",
    );
    const md = renderMarkdown(plain);
    expect(md.split('that is this median, not a count').length - 1).toBe(1);
    expect(md).toContain('| Question | Today | What we found (0–4) | Average answer (0–4), range and count | Evidence |');
  });
});

describe('each fact once on page one (fifth VP reading, class 9)', () => {
  it('the list\'s heading counts the rows page one asks to start: the decisions\' rows outside the list too (sixth VP reading, class 6)', () => {
    for (const view of [plain, withReadout]) {
      const listed = new Set(view.priorities.map((p) => p.rank));
      const extra = [...new Set(view.decisions.flatMap((d) => d.actions))].filter((r) => !listed.has(r) && r <= view.plan.length).sort((x, y) => x - y);
      // Where page one's five hold every decision's row, the heading counts them alone.
      if (extra.length === 0) {
        expect(view.prioritiesHeading).toBe(`${capitalize(countText(view.priorities.length))} priorities, by when they are due`);
        continue;
      }
      // "Five priorities, by when they are due (plus #4 and #6, which carry out D3 and D2)" (seventh VP
      // reading, class 4; twelfth, class 3: "Start with these five" listed 90-day rows while 30-day ones sat outside).
      // Re-pinned (h-plan19, VP 17 item 19): grouped by decision, each named once ("plus #8 for D3; #4 and #14 for D4").
      const carries = extra.map((r) => view.decisions.filter((d) => d.actions.includes(r)).map((d) => d.label).join(' and '));
      const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
      const groups = [...new Set(carries)].map((labels) => `${and(extra.filter((_, k) => carries[k] === labels).map((r) => `#${r}`))} for ${labels}`);
      expect(view.prioritiesHeading).toBe(`${capitalize(countText(view.priorities.length))} priorities, by when they are due (plus ${groups.join('; ')})`);
      // By when they start: page one's list is in horizon order.
      expect(view.priorities.map((p) => p.horizon)).toEqual([...view.priorities.map((p) => p.horizon)].sort((x, y) => x - y));
      expect(view.prioritiesHeading).not.toMatch(/decisions' #/);
      expect(renderMarkdown(view)).toContain(`### ${view.prioritiesHeading}\n`);
    }
  });
  it('a priority that carries out a decision has its short title and points to it ("#1 Hand … to reps, carries out D1") instead of restating it (sixth VP reading, class 6)', () => {
    for (const view of [plain, withReadout]) {
      const md = renderMarkdown(view);
      const pointing = view.priorities.filter((p) => p.decisions.length > 0);
      expect(pointing.map((p) => p.id)).toContain('free-manager-time');
      for (const p of pointing) {
        const decision = view.decisions.find((d) => d.label === p.decisions[0])!;
        expect(p.title).not.toBe('');
        // "carries out D1", or "once leadership decides D3" for a step that waits for an open decision.
        expect(p.decisionText).toBe(p.awaitsDecision === null ? `carries out ${p.decisions.join(' and ')}` : `once leadership decides ${p.decisions.join(' and ')}`);
        // Re-pinned (h-read18, VP reading 16 items 26 and 49): numbered 1 to 5 with the plan's number in
        // brackets, the step it waits for that page one does not list with it, and a why of its own.
        const after = p.prerequisiteText === '' ? '' : `, after ${p.prerequisiteText}`;
        expect(md).toContain(`- **${p.number}. ${p.title} (#${p.rank})** *${p.ownerText}, within ${p.horizonText}*, ${p.decisionText}${after}.${p.pageWhy === '' ? '\n' : `\n  - Why: ${p.pageWhy}`}`);
        // The decision above says its finding: the priority says where its own question stands where
        // the decision's why is other words (the readout's), and nothing where it would say it again.
        if (decision.finding !== '') expect(p.pageWhy.toLowerCase()).not.toContain(decision.finding.replace(/\.$/, '').toLowerCase());
        // The written page one points to the decision, whose why is just above (one statement of each finding).
        expect(p.pageWhy).toBe('');
        // The deck's priorities slide keeps a why of its own, from the evidence, never "It carries out D1".
        expect(p.why).not.toBe('');
        expect(p.why).not.toMatch(/carries out|^It /);
      }
    }
  });
});

describe('one style for a percentage (fifth VP reading, class 10)', () => {
  it('the report writes "40%", never "40 %", in the text it generates', () => {
    // The rubric's own action text is the rubric authors' (differentiation.yaml's "up to 5 %"); the
    // generated text is checked here: the method, coverage lines and flags.
    // Acme's interviews alone, whose plan has rows "to confirm" (the method states the rule only then).
    const interviews = sheets.filter((s) => s.respondent.role !== 'auditor');
    const unchecked = buildReportView(set, interviews, scoreAudit(set, interviews), { names: false });
    const generated = [...unchecked.method.items, ...unchecked.method.annex].map((i) => i.text).join('\n');
    expect(generated).toContain('40% or more');
    expect(generated).not.toMatch(/\d %/);
  });
});

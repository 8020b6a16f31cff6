// Eighth VP reading, class 3: method sentences that the data contradicted ("The report lists the
// widest 5" over a list of 2; "The plan holds one action per question" while 4.5 had #13 and #19).
// Each counted sentence reads its number from the audit (method-items.ts facts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { methodItems, type MethodFacts } from '../../src/core/report/method-items.js';
import { METHOD_FACTS } from '../helpers/method-facts.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { compareQuestionRefs } from '../../src/core/report/question-ref.js';

const FACTS = METHOD_FACTS;
const text = (facts: Partial<MethodFacts>) => methodItems({ ...FACTS, ...facts }).items.map((i) => i.text).join('\n');

describe('the method counts from the audit', () => {
  it('says how many flagged questions the report lists', () => {
    // Said as what the audit found, not what the tool does (twelfth VP reading, class 6).
    expect(text({ discussed: 2 })).toContain('In this audit, two questions meet it.');
    expect(text({ discussed: 1 })).toContain('In this audit, one question meets it.');
    expect(text({ discussed: 0 })).toContain('No question meets it in this audit.');
    expect(text({ discussed: 9 })).toContain('In this audit, 9 questions meet it; the widest five are listed.');
    expect(text({ discussed: 1 })).not.toContain('The report lists');
    expect(text({ discussed: 2 })).not.toMatch(/widest/);
  });

  it('says one action per question only where it is so, and names the questions with more', () => {
    expect(text({})).toContain('A question gets the action for the level where the team stands, with at most its next step (“Then, by …”).');
    expect(text({ sharedQuestions: ['Q4.5: #13 and #19'] })).toContain('where the rubric gives more than one for that level, each (here Q4.5: #13 and #19).');
    expect(text({ sharedQuestions: ['4.5: #13 and #19'] })).not.toMatch(/one action per question/);
  });

  it('lists shared questions in rubric order: Q1.2 before Q1.10 and Q2.1, Q9.1 before Q10.1', () => {
    expect(['Q10.1', 'Q2.1', 'Q1.10', 'Q9.1', 'Q1.2'].sort(compareQuestionRefs)).toEqual(['Q1.2', 'Q1.10', 'Q2.1', 'Q9.1', 'Q10.1']);
  });

  it("names the gate and page one's priorities only as they are", () => {
    expect(text({ gate: false, priorityCount: 3 })).toMatch(/first what we ask for \(the actions that carry out the decisions, the three priorities\)/);
    expect(text({ gate: false })).not.toMatch(/managers none until their time is freed|frees managers' time/);
    expect(text({ topLevel: null })).not.toMatch(/divided by/);
    expect(text({ topLevel: 3 })).toContain('With the 0 to 3 levels of these rubrics, that is the score divided by 3.');
  });

  it('acme with the readout: the sentences match the report', () => {
    const set = defaultSet();
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
    const scores = scoreAudit(set, sheets);
    const yaml = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
    const readout = checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores).readout;
    const view = buildReportView(set, sheets, scores, { names: false, readout });
    const method = view.method.items.map((i) => i.text).join('\n');
    // One, read from the view: Q4.2's camps. The two checks too small to set a level (Q1.4, Q2.1) read
    // as not checked and are flagged nowhere (VP reading 11, class 4).
    expect(view.needsDiscussion.map((q) => q.ref)).toEqual(['Q4.2']);
    const n = view.needsDiscussion.length;
    expect(method).toContain(`In this audit, ${['', 'one', 'two', 'three', 'four'][n]} ${n === 1 ? 'question meets' : 'questions meet'} it.`);
    // The questions with two items (Q4.5's cadence and the step run in it; Q4.8's hand-over and recount), each with its rows.
    const rows = (ref: string) => [...view.plan, ...view.backlog].filter((a) => a.questionRef === ref).map((a) => `#${a.rank}`);
    // Q4.9: cutting head-office hours, and the builds of the plan's CRM set-up and reports its steps need (tenth review, C.5; eleventh, F2).
    // Q4.8: the hand-over, Finance's shadow credit and the recount (tenth VP reading, class 4).
    // Q4.6: the monthly team meeting and the team's coaching it covers (it fires at team-coaching 1 since the twelfth review, edit 4).
    expect(['Q4.5', 'Q4.6', 'Q4.8', 'Q4.9'].map((ref) => rows(ref).length)).toEqual([2, 2, 3, 3]);
    const list = (ref: string) => rows(ref).join(', ').replace(/, (#\d+)$/, ' and $1');
    // Since the eleventh review (F1) a function's material and the VP Sales' instruction to use it are two items of one question too, listed before these.
    expect(method).toMatch(new RegExp(`\\(here [^)]*Q4\\.5: ${list('Q4.5')}; Q4\\.6: ${list('Q4.6')}; Q4\\.8: ${list('Q4.8')}; Q4\\.9: ${list('Q4.9')}\\)`));
    expect(method).toContain(`the ${['', 'one', 'two', 'three', 'four', 'five'][view.priorities.length]} priorities`);
  });
});

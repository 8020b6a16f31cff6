// The method's sentences for a client document (method-items.ts): what the annex says about the
// technical note (none). The deck's method in brief went with its method slide (VP review 17, item 60).
import { describe, expect, it } from 'vitest';
import { methodItems, type MethodFacts } from '../../src/core/report/method-items.js';
import { METHOD_FACTS } from '../helpers/method-facts.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const facts: MethodFacts = { ...METHOD_FACTS, bands: [{ name: 'At risk', range: '0 to below 40' }, { name: 'Developing', range: '40 to below 60' }] };

describe('no technical note (VP review 15, class 6: "available on request" twice; eighth VP reading, class 4: a repository path)', () => {
  it('the annex refers to no note outside the document, and names no path or tool', () => {
    const annex = methodItems(facts).annex.map((i) => i.text).join(' ');
    expect(annex).not.toMatch(/technical note|on request/);
    expect(annex).not.toMatch(/docs\/|\.md\b|sales-audit/);
  });
});

describe('what a question too few claimed adds to the score, said once (score-term.ts)', () => {
  // Re-pinned (h-words19, VP 17 item 50): the method says confidentiality in three lines, the rules in full are the annex's.
  const text = (f: MethodFacts) => [...methodItems(f).items, ...methodItems(f).annex].map((i) => `${i.term}: ${i.text}`).join('\n');
  it('held back, with no checked answer: no level, out of the score and the plan', () => {
    const said = text({ ...facts, fewScored: ['4.8'], heldBack: 1 });
    expect(said).toContain('one whose level no check of the audit sample sets shows no level either and is left out of the imperative\'s score and the plan');
    expect(said).toContain('Imperative score: 100 × Σ(question weight × progress) / Σ question weight, over the questions with a score; one decimal in the annex, whole points elsewhere. A question with too few answers to report, and no check of the audit sample to set its level, is left out, as n/a is.');
  });
  it('with a checked answer: its level rests on it, and nothing is left out', () => {
    const said = text({ ...facts, fewScored: ['4.8', '4.9'], heldBack: 0, checkedLevels: 2 });
    // c03a971: a level can rest on the auditor's reading of a company document, which is no check of the sample.
    expect(said).toContain("each one's level rests on checks.");
    expect(said).not.toContain('left out, as n/a is');
    expect(said).toContain('The rows whose level checks set say what they looked at (“Checked on …”)');
    // The count is page one's (twelfth VP reading, class 7).
    expect(said).not.toMatch(/questions here rest on checks/);
  });
});

describe('"to confirm" is defined only where a row carries it (eleventh VP reading, class 2: defined, used nowhere)', () => {
  it('no row marked: the method does not state the rule', () => {
    const { items } = methodItems({ ...facts, toConfirm: false });
    expect(items.map((i) => i.text).join(' ')).not.toMatch(/to confirm/i);
    // The checks' own rule stays: who, by when, what it must find.
    expect(items.find((i) => i.term === 'Evidence')!.text).toContain('Each check names who does it');
    expect(methodItems(facts).items.some((i) => /to confirm/i.test(i.text))).toBe(true);
  });

  it('acme: its method states the "to confirm" rule exactly when a row of its plan carries it', () => {
    // Re-pinned after the thirteenth VP reading's plan items: read on acme without the readout, whose plan holds the check now.
    const { plain: view } = acmeViews();
    // Acme's plan holds a row to confirm (the debriefs, which the role gap's check comes before; twelfth VP reading, class 4: every row a check gates is marked alike); the rule is said where it is used, and only then.
    const marked = view.plan.filter((a) => a.checkFirst);
    expect(marked.length).toBeGreaterThan(0);
    const method = view.method.items.map((i) => i.text).join(' ');
    expect(/to confirm/i.test(method)).toBe(marked.length > 0);
    const { items } = methodItems({ ...facts, toConfirm: false });
    expect(items.map((i) => i.text).join(' ')).not.toMatch(/to confirm/i);
  });
});

// VP reading 17 (class 3): "this audit did not collect them and gives no figure for them" beside page
// one's "discounts average 11% today" (the readout's facts) read as a contradiction. Where the readout
// quotes the client's own figures, the method says whose they are; where it does not, it says none is given.
describe("the business measures' line says whose the quoted figures are", () => {
  const line = (f: MethodFacts) => methodItems(f).items.find((i) => i.term === 'Business measures')!.text;
  it('with client facts: the client\'s own figures, as given; no "gives no figure"', () => {
    const text = line({ ...METHOD_FACTS, measures: true, clientFigures: true });
    expect(text).toContain("it is the client's own figure, as the client gave it");
    expect(text).not.toContain('gives no figure');
  });
  it('without them: no figure is given', () => {
    const text = line({ ...METHOD_FACTS, measures: true, clientFigures: false });
    expect(text).toContain('this audit did not collect them and gives no figure for them.');
    expect(text).not.toContain("client's own figure");
  });
});

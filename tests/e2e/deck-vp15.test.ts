// The deck after the fifteenth VP reading (class 7, and the deck's items of classes 5, 6 and 9): a
// decision slide is titled with the recommendation; a title claims only what its slide shows (a
// finding checked in part, a comment on a question the slide does not show, a word said twice, the
// plan's row numbers as a sentence); the notes carry no template labels, no pointer to another
// slide's notes, and no "(in the backlog, after the 90-day plan)" on every line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAcmeDeck } from '../helpers/acme-deck.js';
import type { Deck } from '../helpers/deck.js';
import { acmeViews } from '../helpers/report-fixtures.js';
import { decisionTitle, findingsTitle, imperativeRows, imperativeTitle, recommendationTitle, sharesWord } from '../../src/renderers/pptx.js';
import { NOTES_SCAFFOLDING, talkTrack } from '../../src/renderers/pptx/talk-track.js';
import type { DecisionView, ReportView } from '../../src/core/report/report-view.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-deck-vp15-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const decision = (recommendation: string, extra: Partial<DecisionView> = {}): DecisionView =>
  ({ label: 'D2', question: 'Decide what head office may ask of managers weekly.', topic: '', recommendation, discussion: '', ...extra }) as DecisionView;

describe('a decision slide is titled with the recommendation (fifteenth VP reading, class 7)', () => {
  it("the readout's four decisions are titled with their recommendation, never 'decide …'", () => {
    const { view } = acmeViews();
    const titles = view.decisions.slice(0, 4).map(decisionTitle);
    for (const t of titles) expect(t).not.toMatch(/^D\d: decide /);
    // Re-pinned (h-read18's c7829196): the example readout's D2 recommendation in its own words again.
    expect(titles[1]).toBe("D2: the CEO caps managers' head-office hours at under ten a week now");
  });

  it('a clause that points back at the question, or a cut inside a list, leaves the ask', () => {
    // The readout's D2 before this change: "it" is the question, so the clause cannot stand as a title.
    expect(recommendationTitle(decision('The CEO caps it at ten hours per manager now and six by day 90; new recurring demands go through the VP Sales.'))).toBeNull();
    expect(decisionTitle(decision('The CEO caps it at ten hours per manager now.'))).toBe('D2: decide what head office may ask of managers weekly');
    // Cut at its first comma the clause read "caps head office's meetings".
    expect(recommendationTitle(decision("The CEO caps head office's meetings, reports and requests at ten hours a week per manager, leadership's own included; an analyst does the reports."))).toBeNull();
    // A leading time label is said at the end; brackets and the second clause go to the table.
    expect(recommendationTitle(decision("Now: named reps run managers' heaviest accounts (by hours); managers keep ownership."))).toBe("D2: named reps run managers' heaviest accounts now");
    // A leading time phrase goes before the clause's own words do.
    expect(recommendationTitle(decision('From the decision, managers approve up to 5% when the request states the value discussed, the VP Sales above it.'))).toBe('D2: managers approve up to 5% when the request states the value discussed');
    expect(recommendationTitle(decision('The plan already answers it: hold a review.'))).toBeNull();
  });
});

describe('a title claims only what its slide shows (fifteenth VP reading, class 7)', () => {
  it("the findings title says a finding rests on records in part where one of its questions was not checked", () => {
    const { view } = acmeViews();
    expect(findingsTitle(view)).toBe('Findings A and C rest on what we checked, B in part'); // re-pinned (VP review 16, item 41): "checked" covers observed meetings too
    // Every question of every finding checked: then, and only then, "all three".
    const all = structuredClone(view) as ReportView;
    for (const i of all.imperatives) for (const q of i.questions) if (all.findings.some((f) => f.questions.some((x) => x.ref === q.ref))) Object.assign(q, { levelChecked: true, levelSurveyed: false });
    expect(findingsTitle(all)).toBe('All three findings rest on what we checked, not on answers alone');
  });

  it("a comment on a question the slide does not show is no title; a comment that names the imperative stands alone", () => {
    const { view } = acmeViews();
    const interactions = view.imperatives.find((i) => i.label === 'Sales interactions')!;
    const shown = imperativeRows(view, interactions).questions.slice(0, 3);
    expect(shown.map((q) => q.ref)).not.toContain('Q3.3');
    const title = imperativeTitle(interactions, view.findings, { questions: shown, nothingPlanned: false });
    expect(title).not.toMatch(/qualification/i);
    // With the qualification question on the slide, the comment is its title again, after the name and score
    // (re-pinned, VP review 17 item 56: one pattern; the readout's comment is a word over a title's length with
    // them, so a comment one clause shorter shows it).
    const q33 = interactions.questions.find((q) => q.ref === 'Q3.3')!;
    const shorter = { ...interactions, comment: 'Qualification questions are written, but no deal is held to them.' };
    expect(imperativeTitle(shorter, view.findings, { questions: [q33], nothingPlanned: false })).toBe('Sales interactions at 43: qualification questions are written, but no deal is held to them');
    // Nothing before day 90: said in the title.
    expect(imperativeTitle(interactions, view.findings, { questions: shown, nothingPlanned: true })).toBe('Sales interactions at 43: no action before day 90');
    const prospecting = view.imperatives.find((i) => i.label === 'Prospecting plan')!;
    const pt = imperativeTitle(prospecting, view.findings, { questions: imperativeRows(view, prospecting).questions.slice(0, 3), nothingPlanned: false });
    // Re-pinned (VP review 17, item 56): the name and score lead every imperative title, even where the message names the imperative again.
    expect(pt).toBe('Prospecting plan at 30: prospecting is counted, not coached; targets lack a reason to call');
    expect(sharesWord('Prospecting is counted', ['Prospecting plan'], '')).toBe(true);
    expect(sharesWord('Qualification questions are written', ['Improving every interaction', 'Value at each stage', 'Selling skills'], 'Sales interactions')).toBe(false);
  });
});

describe('the deck as presented (fifteenth VP reading, classes 6, 7 and 9)', () => {
  let deck: Deck;
  beforeAll(async () => {
    deck = (await buildAcmeDeck(work)).deck;
  });

  it('the notes carry no template labels, no pointer to another slide\'s notes, no stage direction for the answer', () => {
    for (const s of deck.slides) {
      expect(s.notes, s.title).not.toMatch(NOTES_SCAFFOLDING);
      expect(s.notes, s.title).not.toMatch(/slide's notes|Yes, no, or a date/);
    }
    // It fails on the notes it replaced.
    expect('Say: Five decisions, one at a time.').toMatch(NOTES_SCAFFOLDING);
    expect(talkTrack({ say: ['One.', 'Two.'], ask: ['Why? Because.'], behind: ['Q1.1: 2.', 'Q1.2: 3.'] })).toEqual(['One. Two.', 'Why? Because.', 'Q1.1: 2.\nQ1.2: 3.']);
  });

  it('"(in the backlog, after the 90-day plan)" is said nowhere; a backlog line ends "after day 90"; no bullet says "covered by"', () => {
    const text = deck.slides.flatMap((s) => [...s.paragraphs, s.notes]).join('\n');
    expect(text).not.toContain('in the backlog, after the 90-day plan');
    expect(deck.slides.flatMap((s) => s.bullets).filter((b) => /, after day 90$/.test(b)).length).toBeGreaterThan(0);
    expect(deck.slides.flatMap((s) => s.bullets).join('\n')).not.toMatch(/covered by/);
  });

  // Re-pinned (VP review 17, item 56): "no title says a word of the imperative it names again" gave way to one
  // pattern on every imperative slide, its name and score first ("Prospecting plan at 30: prospecting is …").
  it("every imperative slide's title is its name and score, then its message; no title says the plan's row numbers as its sentence", () => {
    const { view } = acmeViews();
    const titled = view.imperatives.map((i) => deck.slides.filter((s) => s.title.startsWith(`${i.label} `) || s.title.startsWith(`${i.label}:`) || s.title.startsWith(`${i.label},`)));
    view.imperatives.forEach((i, k) => {
      expect(titled[k], i.label).toHaveLength(1);
      expect(titled[k]![0]!.title).toMatch(new RegExp(`^${i.label} at ${i.pointsText}: [a-z]`));
    });
    for (const s of deck.slides) expect(s.title, s.title).not.toMatch(/#\d+, after #\d+/);
  });

  it('the priorities are "due", as page one says, and the decision slides say the question their title answers', () => {
    const titles = deck.slides.map((s) => s.title);
    expect(titles.some((t) => /priorities are due within \d+ days/.test(t))).toBe(true);
    expect(titles.join('\n')).not.toMatch(/priorities start within/);
    const d2 = deck.slides.find((s) => s.title.startsWith('D2: '))!;
    expect(d2.paragraphs.slice(0, 4)).toContain('To decide');
  });
});

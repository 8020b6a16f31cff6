// Twelfth VP reading, class 5: what is printed lets no one work out who said what, but three
// pointers were left. A note that judges a named document points to its author ("discovery guide
// is out of date"); a note on what only approvers see points to the one or two who approve
// ("Discount requests cite a cheaper competitor"); a range over all four managers prints two
// managers' own figures ("a third to half of their week"). And what the rule allows should be said
// in plain words: a blank range, and a group at the rule's minimum.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { identifyingDetails, mayIdentify } from '../../src/core/readout/identifying-notes.js';
import { RANGE_WITHHELD_MARK, RANGE_WITHHELD_NOTE, RANGE_WITHHELD_NOTE_ALL } from '../../src/core/report/build-report-view.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { acmeViews, defaultTemplate } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const { set, scores, view } = acmeViews();
const README = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const kinds = (note: string) => identifyingDetails(note).map((d) => d.kind);

function markdown(v: ReportView): string {
  const result = renderMarkdown(defaultTemplate(), { ...v, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

function readoutWarnings(yaml: string) {
  return checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores).diagnostics;
}

describe('a judged document and what only approvers see point to people', () => {
  it("the VP's two notes are held back; their team-level rewordings are not", () => {
    expect(kinds('Proposal template is good; discovery guide is out of date.')).toEqual(['document']);
    expect(kinds('Discount requests cite a cheaper competitor, not the value discussed with the client.')).toEqual(['approver']);
    for (const note of ["Some of the reps' tools are current, others out of date.", "Reps answer a price pushback with a competitor's lower price, not with the value discussed with the client."]) {
      expect(identifyingDetails(note), note).toEqual([]);
    }
  });

  it('any document word with any judgement, either way round, is held back', () => {
    const documents = ['discovery guide', 'proposal template', 'pitch deck', 'call script', 'playbook', 'onboarding handbook', 'pricing spreadsheet', 'case study'];
    const judgements = ['good', 'out of date', 'outdated', 'useless', 'great', 'stale', 'generic', 'obsolete'];
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.constantFrom(...judgements), fc.constantFrom('is', 'was', 'looks', 'seems', 'is still'), fc.boolean(), (document, judgement, verb, before) => {
        const note = before && !judgement.includes(' ') ? `Reps use an ${judgement} ${document}.` : `The ${document} ${verb} ${judgement}.`;
        expect(mayIdentify(note), note).toBe(true);
      }),
    );
  });

  it('what an approver receives or gives is held back, whatever is approved', () => {
    fc.assert(
      fc.property(fc.constantFrom('discount', 'deal', 'pricing', 'exception', 'expense', 'contract'), fc.constantFrom('request', 'requests', 'approval', 'approvals', 'sign-off'), (what, record) => {
        const note = `${what.charAt(0).toUpperCase()}${what.slice(1)} ${record} mostly cite the client's budget.`;
        expect(kinds(note), note).toContain('approver');
      }),
    );
    expect(kinds('The requests I approve never say what the client gets.')).toContain('approver');
  });

  it('acme: neither note prints as written; the method lists both kinds', () => {
    const md = markdown(view);
    expect(md).not.toContain('discovery guide');
    expect(md).not.toContain('Discount requests cite');
    expect(md).toContain('a document named, shown or judged');
    expect(md).toContain('what only those who approve see (discount requests, approvals)');
  });
});

describe('no range over a check of every manager (readout-census-range)', () => {
  it('acme: the readout gives bounds, and its ranges elsewhere ("30 to 50 per new-business rep") are not over a census', () => {
    expect(readoutWarnings(README).filter((d) => d.rule === 'readout-census-range')).toEqual([]);
    // Re-pinned (h-plan16): the readout's D3 no longer gives "30 to 50"; a range not over a census, put back, still warns of nothing.
    // Re-pinned (dk2-17): D3 reads "each with a written reason;" since its recommendation became its slide's title.
    // Re-pinned (h-cal19): D3 reads "managers pick them with each rep," since leadership's count per role joined it (VP reading 17, item 7).
    const withRange = README.replace('managers pick them with each rep,', 'managers pick them with each rep, 30 to 50 per new-business rep,');
    expect(withRange).toContain('30 to 50');
    expect(readoutWarnings(withRange).filter((d) => d.rule === 'readout-census-range')).toEqual([]);
  });

  it("the twelfth reading's text warns at each place, naming every range in it", () => {
    const old = README.replace(
      /^ {4}text: In the calendars and the CRM for two weeks, .*$/m,
      "    text: In the calendars and the CRM for two weeks, managers' own accounts took a third to half of their week, and head office's meetings, reports and requests ten to fifteen hours.",
    )
      // Re-pinned (h-cal19): "Each manager's", a count, not "most managers'" (VP reading 17, item 9).
      .replace(/^ {4}why: (?:Every manager's|Each manager's|Most managers') own (?:accounts|selling)\b.*$/m, "    why: Managers' own accounts take a third to half of their week (finding A).")
      .replace(/^ {2}- action: free-manager-time\n(?: {4}why: .*\n)?/m, '  - action: free-manager-time\n    why: Managers spend 30-50% of their week selling their own accounts.\n');
    // The lines of the three texts, wherever the readout has them now.
    const lineOf = (text: string) => old.split('\n').findIndex((l) => l.includes(text)) + 1;
    const found = readoutWarnings(old).filter((d) => d.rule === 'readout-census-range');
    expect(found.map((d) => d.line)).toEqual([lineOf('a third to half of their week, and head'), lineOf("why: Managers' own accounts take a third to half"), lineOf('Managers spend 30-50%')]);
    expect(Math.min(...found.map((d) => d.line))).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(/^"a third to half" and "ten to fifteen" are ranges over the question “Managers' own selling”/);
    expect(found[2]!.message).toContain('"30-50%"');
    for (const d of found) expect(d.severity).toBe('warning');
  });
});

describe('what the rule allows, said in plain words', () => {
  it('a mean whose range is withheld carries the mark, and its section one short footnote', () => {
    const rows = view.imperatives.flatMap((i) => i.questions);
    const withheld = rows.filter((q) => q.figuresShown && q.rangeText === 'not shown');
    // Re-pinned (fx-words17): h-conf16's arithmetic rule (pinned-answers.ts: under three whole sets of
    // answers fit, or a printed group's answer is certain) withholds six more acme ranges and Q4.2's.
    // Re-pinned after rubric review 17, edit 15 (h-rub19a): Diff opens with the source's test, so its questions renumber by one.
    expect(withheld.map((q) => q.ref)).toEqual(['Q1.2', 'Q1.3', 'Q1.6', 'Q2.1', 'Q2.4', 'Q2.9', 'Q3.4', 'Q3.5', 'Q3.8', 'Q3.9', 'Q4.2']);
    for (const q of rows) expect(q.rangeMark, q.ref).toBe(withheld.includes(q) ? RANGE_WITHHELD_MARK : '');
    // Re-pinned (h-words18, VP review 16 item 55): the footnote once per report, under the first table with the mark, "here and in the tables below".
    const marked = view.imperatives.filter((i) => i.questions.some((q) => q.rangeMark !== ''));
    for (const i of view.imperatives) expect(i.rangeWithheldNote, i.label).toBe(i === marked[0] ? (marked.length > 1 ? RANGE_WITHHELD_NOTE_ALL : RANGE_WITHHELD_NOTE) : '');
    const md = markdown(view);
    // Re-pinned (fx-words17): h-conf16 ends each cell with its count of answers ("1.7†, 10 answers").
    for (const q of withheld) expect(md).toContain(`| ${q.answerText}${RANGE_WITHHELD_MARK}, ${q.answersCountText} |`);
    expect(md.split('Range withheld to protect a small group').length - 1).toBe(1);
    // Under ten words: a legend, not a fact repeated (repeated-text.test.ts).
    expect(RANGE_WITHHELD_NOTE.split(' ').length).toBeLessThan(10);
    expect(RANGE_WITHHELD_NOTE_ALL.split(' ').length).toBeLessThan(15);
  });

  it('the salespeople, at the minimum of four, are told once, beside the scores by role, what that means', () => {
    // Re-pinned (h-conf18, VP reading 15 item 26): the group at the floor is told it is at the floor.
    // Re-pinned (VP review 17, item 34): and what one of them can work out, said.
    expect(view.confidentiality.smallestGroupText).toBe(
      "Salespeople (4) are the smallest group this report shows: its figures are the average of 4 people, never one person's answers. Any one of them can take their own answers out and read the average of the other three; with one person fewer that would be two people's, so the group could not be shown.",
    );
    const md = markdown(view);
    expect(md.split(view.confidentiality.smallestGroupText!).length - 1).toBe(1);
    expect(md.indexOf(view.confidentiality.smallestGroupText!)).toBeGreaterThan(md.indexOf('## Scores by role'));
  });
});

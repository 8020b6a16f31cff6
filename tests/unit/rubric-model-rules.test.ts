// The validate rules of the issue-19 model (docs/rubric-format.md), each asserted by rule id and
// line on a small set written for it.
import { describe, expect, it } from 'vitest';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import type { SourceFile } from '../../src/core/source/parse-yaml-source.js';

const file = (path: string, content: string): SourceFile => ({ path, content, size: Buffer.byteLength(content) });

/** A valid rubric in the model, with `patch` replacing `from` (a line) by `to`. */
const LADDER = `id: one
title: T
summary: S.
questions:
  - id: q
    measures: Whether each rep has a plan.
    roles: [leadership, sales manager, salesperson]
    prompt:
      default: Do reps have plans?
      salesperson: Do you have a plan?
    help: H.
    levels:
      - score: 0
        label: Absent
        description:
          default: None of three reps has a plan.
          salesperson: I have no plan.
      - { score: 1, label: Some, description: One or two of three. }
      - { score: 2, label: All, description: All three. }
      - { score: 3, label: Kept, description: All three and revised this quarter. }
    decision: { id: plan-owner, at: [0, 1], text: Decide who owns the plans. }
    recommendations:
      - { id: write, at: 0, action: Write plans., horizon: 30, owner: vp }
      - { id: check, at: [1, 2], action: Check plans., horizon: 60, owner: vp }
`;
const MANIFEST = `owners:
  vp: { title: VP Sales }
  ops: { title: Sales operations, fallback: vp, assumed: absent }
`;

function findings(rubric: string, manifest = MANIFEST) {
  return loadRubricSet([file('one.yaml', rubric), file('_set.yaml', manifest)]).diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`);
}

describe('the model rules', () => {
  it('the model rubric is clean', () => {
    expect(findings(LADDER)).toEqual([]);
  });

  it('action-at-not-a-level: a score that is no level, a range past the ladder, a range backwards, a decision', () => {
    expect(findings(LADDER.replace('at: 0, action: Write', 'at: 5, action: Write'))).toEqual(['action-at-not-a-level one.yaml:23']);
    expect(findings(LADDER.replace('at: [1, 2], action: Check', 'at: [1, 7], action: Check'))).toEqual(['action-at-not-a-level one.yaml:24']);
    expect(findings(LADDER.replace('at: [1, 2], action: Check', 'at: [2, 1], action: Check'))).toEqual(['action-at-not-a-level one.yaml:24']);
    expect(findings(LADDER.replace('id: plan-owner, at: [0, 1]', 'id: plan-owner, at: 9'))).toEqual(['action-at-not-a-level one.yaml:21']);
  });

  it('action-same-level-unordered: two actions sharing a level with no requires between them, and none with requires', () => {
    expect(findings(LADDER.replace('at: [1, 2], action: Check', 'at: [0, 2], action: Check'))).toEqual(['action-same-level-unordered one.yaml:24']);
    expect(findings(LADDER.replace('at: [1, 2], action: Check plans., horizon: 60, owner: vp', 'at: [0, 2], action: Check plans., horizon: 60, owner: vp, requires: [write]'))).toEqual([]);
  });

  it('wording-level-role-without-prompt: a level worded for a role the prompt is not (once per role)', () => {
    const rubric = LADDER.replace('          salesperson: I have no plan.', '          salesperson: I have no plan.\n          sales manager: None of my reps has one.');
    expect(findings(rubric)).toEqual(['wording-level-role-without-prompt one.yaml:18']);
  });

  it('wording-role-excluded: wording for a role `roles:` leaves out', () => {
    expect(findings(LADDER.replace('roles: [leadership, sales manager, salesperson]', 'roles: [leadership, sales manager]'))).toEqual([
      'wording-role-excluded one.yaml:10',
      'wording-role-excluded one.yaml:17',
    ]);
  });

  it('role-unknown: `roles:` naming a role the set does not have', () => {
    expect(findings(LADDER.replace('roles: [leadership, sales manager, salesperson]', 'roles: [leadership, sales-mgr, salesperson]'))).toEqual(['role-unknown one.yaml:7']);
  });

  it('owner-unknown: an owner or a fallback missing from the catalog; free text without a catalog', () => {
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: v-p'))).toEqual(['owner-unknown one.yaml:24']);
    expect(findings(LADDER, MANIFEST.replace('fallback: vp', 'fallback: ceo'))).toEqual(['owner-unknown _set.yaml:3']);
    // A name every JavaScript object has is no owner of the catalog either.
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: constructor'))).toEqual(['owner-unknown one.yaml:24']);
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: Head of sales'), 'title: No catalog\n')).toEqual([]);
  });

  it('owner-unknown on `spends`; slot-unknown: a slot missing from the catalog, located at the slot; unknown-covered-action (tenth review, C.3)', () => {
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, spends: mgrs'))).toEqual(['owner-unknown one.yaml:24']);
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, spends: ops'))).toEqual([]);
    const slots = `${MANIFEST}slots:\n  practice: { title: the practice slot, perHorizon: 2 }\n`;
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, slot: practice'), slots)).toEqual([]);
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, slot: practise'), slots)).toEqual(['slot-unknown one.yaml:24']);
    // Without a slot catalog, any slot is unknown: the plan could not tell how many it holds.
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, slot: practice'))).toEqual(['slot-unknown one.yaml:24']);
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, covers: [write]'))).toEqual([]);
    expect(findings(LADDER.replace('horizon: 60, owner: vp', 'horizon: 60, owner: vp, covers: [wrte]'))).toEqual(['unknown-covered-action one.yaml:24']);
  });

  it('alternative-unknown-action and owner-unknown: an alternative owner names an action of the set and an owner of the catalog, located at its entry (VP reading 17, item 23)', () => {
    const alternatives = (entries: string) => `${MANIFEST}alternatives:\n${entries}`;
    expect(findings(LADDER, alternatives('  write: ops\n'))).toEqual([]);
    expect(findings(LADDER, alternatives('  wrte: ops\n'))).toEqual(['alternative-unknown-action _set.yaml:5']);
    expect(findings(LADDER, alternatives('  write: opps\n'))).toEqual(['owner-unknown _set.yaml:5']);
    expect(findings(LADDER, alternatives('  check: vp\n  chek: vp\n'))).toEqual(['alternative-unknown-action _set.yaml:6']);
  });

  it('ladder-too-short: fewer than four levels', () => {
    const rubric = LADDER.replace('      - { score: 3, label: Kept, description: All three and revised this quarter. }\n', '').replace('at: [1, 2], action: Check', 'at: 1, action: Check');
    expect(findings(rubric)).toEqual(['ladder-too-short one.yaml:12']);
  });

  it('level-order: a repeated score keeps its rule id', () => {
    expect(findings(LADDER.replace('{ score: 3, label: Kept', '{ score: 2, label: Kept'))).toContain('level-order one.yaml:20');
  });

  it('decision-id-duplicate: one decision id in two questions of the set', () => {
    const other = LADDER.replace('id: one', 'id: two').replace('id: write,', 'id: write-2,').replace('id: check,', 'id: check-2,');
    const diagnostics = loadRubricSet([file('one.yaml', LADDER), file('two.yaml', other), file('_set.yaml', MANIFEST)]).diagnostics;
    expect(diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual(['decision-id-duplicate two.yaml:21']);
  });

  it('unknown-decision: an action carries out a decision no question names, located at its `decision`', () => {
    expect(findings(LADDER.replace('horizon: 60, owner: vp }', 'horizon: 60, owner: vp, decision: plan-owner }'))).toEqual([]);
    const diagnostics = loadRubricSet([file('one.yaml', LADDER.replace('horizon: 60, owner: vp }', 'horizon: 60, owner: vp, decision: plan-owners }')), file('_set.yaml', MANIFEST)]).diagnostics;
    expect(diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}:${d.column}`)).toEqual(['unknown-decision one.yaml:24:90']);
    expect(diagnostics[0]!.message).toContain('did you mean "plan-owner"');
    // A decision in another file of the set is known.
    const other = LADDER.replace('id: one', 'id: two').replace('id: write,', 'id: write-2,').replace('id: check,', 'id: check-2, decision: plan-owner,').replace('    decision: { id: plan-owner, at: [0, 1], text: Decide who owns the plans. }\n', '');
    expect(loadRubricSet([file('one.yaml', LADDER), file('two.yaml', other), file('_set.yaml', MANIFEST)]).diagnostics).toEqual([]);
  });

  it('unknown-decision: a question informs a decision no question names, located at the id in `informs`; one of the set is known', () => {
    const informs = (ids: string) => LADDER.replace('    decision: { id: plan-owner', `    informs: [${ids}]\n    decision: { id: plan-owner`);
    expect(findings(informs('plan-owner'))).toEqual([]);
    const diagnostics = loadRubricSet([file('one.yaml', informs('plan-owner, plan-owners')), file('_set.yaml', MANIFEST)]).diagnostics;
    expect(diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}:${d.column}`)).toEqual(['unknown-decision one.yaml:21:27']);
    expect(diagnostics[0]!.message).toBe('question "q" informs decision "plan-owners", but no question of the set names a decision with that id (did you mean "plan-owner"?)');
  });

  it('question-measures-missing: a warning', () => {
    const diagnostics = loadRubricSet([file('one.yaml', LADDER.replace('    measures: Whether each rep has a plan.\n', '')), file('_set.yaml', MANIFEST)]).diagnostics;
    expect(diagnostics.map((d) => `${d.rule} ${d.severity} ${d.line}`)).toEqual(['question-measures-missing warning 5']);
  });

  it('below: read with a warning; both at and below, or neither, are errors', () => {
    expect(findings(LADDER.replace('at: 0, action: Write', 'below: 1, action: Write'))).toEqual(['recommendation-below-deprecated one.yaml:23']);
    expect(findings(LADDER.replace('at: 0, action: Write', 'at: 0, below: 1, action: Write'))).toEqual(['recommendation-at-and-below one.yaml:23']);
    expect(findings(LADDER.replace('at: 0, action: Write', 'action: Write'))).toEqual(['schema-required one.yaml:23']);
  });
});

// Owners resolved from the set's owner catalog for the client, through the built CLI: the flags,
// the answers file's `client`, and the usage errors for a flag that cannot be resolved.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'sales-audit-owners-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rubrics = join(work, 'rubrics');
mkdirSync(rubrics);
writeFileSync(
  join(rubrics, '_set.yaml'),
  'owners:\n  vp-sales: { title: VP Sales }\n  sales-ops: { title: Sales operations, fallback: vp-sales, assumed: absent }\n',
);
writeFileSync(
  join(rubrics, 'ops.yaml'),
  `id: ops
title: Operations
summary: S.
questions:
  - id: crm
    measures: Whether the CRM holds every open deal.
    prompt: Does the CRM hold every deal?
    help: Open it.
    levels:
      - { score: 0, label: None, description: No deal is in it. }
      - { score: 1, label: Some, description: Some deals. }
      - { score: 2, label: Most, description: Most deals. }
      - { score: 3, label: All, description: Every deal. }
    recommendations:
      - { id: load-crm, at: [0, 1], action: Load every open deal into the CRM., horizon: 30, owner: sales-ops }
`,
);
const answers = (client: string) =>
  `version: 1\norganization: Acme\nrespondent: { role: leadership }\ndate: 2026-12-01\n${client}answers:\n  ops:\n    crm: 0\n`;
writeFileSync(join(work, 'plain.yaml'), answers(''));
writeFileSync(join(work, 'has-ops.yaml'), answers('client: { has: [sales-ops] }\n'));

const ownerLine = (md: string) => md.split('\n').find((l) => l.includes('Load every open deal'))!;

describe('owners', () => {
  it('the fallback where the client lacks the role (assumed absent), the role itself where it has it', async () => {
    const plain = await runCli(['report', join(work, 'plain.yaml'), '--rubrics', rubrics]);
    expect(plain.exitCode).toBe(0);
    expect(ownerLine(plain.stdout)).toContain('*VP Sales, within 30 days');
    // The rows name the resolved owner; the fallback is said once, under the owners (ninth VP reading, class 4a).
    expect(plain.stdout.split(/sales operations/i)).toHaveLength(2);
    // Said as a fact of the client (twelfth VP reading, class 6: "… as there is no … here"); re-pinned (h-words16, fourteenth, class 8): not "owns sales operations' steps".
    // Re-pinned (h-words19, VP 17 item 43): the sentence names the rows the owner takes on, not "that role's actions".
    expect(plain.stdout).toMatch(/Acme has no sales operations, so the VP Sales takes on #\d+(?:'s next step)?(?:(?:, | and )#\d+(?:'s next step)?)*, that role's (?:action|step|work)\./);
    const flagged = await runCli(['report', join(work, 'plain.yaml'), '--rubrics', rubrics, '--client-has', 'sales-ops']);
    expect(ownerLine(flagged.stdout)).toContain('*Sales operations, within 30 days');
    const told = await runCli(['report', join(work, 'has-ops.yaml'), '--rubrics', rubrics]);
    expect(ownerLine(told.stdout)).toContain('*Sales operations, within 30 days');
    // The flag wins over the answers file.
    const overridden = await runCli(['audit', '--answers', join(work, 'has-ops.yaml'), '--rubrics', rubrics, '--client-lacks', 'sales-ops', '--out', '-']);
    expect(overridden.exitCode).toBe(0);
    expect(ownerLine(overridden.stdout)).toContain('*VP Sales, within 30 days');
  });

  it('a flag naming no owner of the catalog, or a set without a catalog, is a usage error (exit 2)', async () => {
    const typo = await runCli(['report', join(work, 'plain.yaml'), '--rubrics', rubrics, '--client-has', 'sales-op']);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toContain('--client-has sales-op: not an owner of the catalog; expected one of: vp-sales, sales-ops');
    // The default set has a catalog now; these fixtures have none.
    const none = await runCli(['report', 'examples/acme-leadership.yaml', '--rubrics', 'tests/fixtures/rubrics/valid', '--client-has', 'sales-ops']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('needs an owner catalog');
    // An owner with no fallback cannot be lacked: the report named it anyway, as if the flag were not there (session 18).
    const lacked = await runCli(['report', join(work, 'plain.yaml'), '--rubrics', rubrics, '--client-lacks', 'vp-sales']);
    expect(lacked.exitCode).toBe(2);
    expect(lacked.stderr).toContain('--client-lacks vp-sales: the owner catalog gives vp-sales no fallback');
    expect(lacked.stderr).not.toMatch(/\n\s+at /);
  });
});

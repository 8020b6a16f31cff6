// A refusal never raises a score (rubric review 13, E). n/a leaves a question out of its
// imperative's mean (docs/rubric-design.md, Scoring), which is right where it stands for a missing
// sample (a rep with no closed deal) and wrong where it stands for the client refusing the audit a
// look: acme's managers rose from 31.6 to 32.8 when the reps' survey on their managers was declined,
// because right-managers, at level 1, left the mean. The rule that raised it was the rubric's
// ("a declined survey is n/a"); a refusal now counts as evidence not shown, the lowest level, so
// the score with a refusal is the score with the lowest level, never above it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import type { RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();

/** The acme team's sheets, each file's text edited first. */
function acmeWith(edit: (path: string, text: string) => string, rubrics: RubricSet = set) {
  const sheets = TEAM_EXAMPLE.map((path) => {
    const text = edit(path, readFileSync(join(REPO_ROOT, path), 'utf8'));
    const { sheet, diagnostics } = parseAnswers({ path, content: Buffer.from(text), size: text.length }, rubrics);
    if (!sheet || diagnostics.some((d) => d.severity === 'error')) throw new Error(`${path}: ${JSON.stringify(diagnostics)}`);
    return sheet;
  });
  return scoreAudit(rubrics, sheets);
}

const managersScore = (scores: ReturnType<typeof scoreAudit>) => scores.imperatives.find((i) => i.imperative.id === 'sales-managers')!.score!;

/** The auditor's census of right-managers at this level (the survey's reading, or a declined survey's level). */
const auditorAt = (level: number, note: string) => (path: string, text: string) =>
  path.endsWith('auditor.yaml') ? text.replace(/(    right-managers:\n      score: )\d\n      note: .*\n/, `$1${level}\n      note: ${JSON.stringify(note)}\n`) : text;

/** The rule review 13 found: the auditor's file leaves the question out and leadership answers n/a. */
const declinedAsNotApplicable = (path: string, text: string) => {
  if (path.endsWith('auditor.yaml')) return text.replace(/    right-managers:\n      score: \d\n      note: .*\n      evidence: .*\n      sample: .*\n/, '');
  if (/leadership(-\d)?\.yaml$/.test(path)) return text.replace(/    right-managers:( \d\n|\n      score: \d\n      note: .*\n)/, '    right-managers: n/a\n');
  return text;
};

describe('a declined survey, a refusal, never raises the score (rubric review 13, E)', () => {
  const surveyed = acmeWith((_, text) => text);
  const declined = acmeWith(auditorAt(0, 'The client declined the audit\'s survey of reps on their managers.'));

  it('the edits reach the answers they mean to: right-managers leaves the mean when it is n/a, and sits at the auditor\'s level otherwise', () => {
    const q = (scores: ReturnType<typeof scoreAudit>) => scores.imperatives.find((i) => i.imperative.id === 'sales-managers')!.questions.find((x) => x.question.id === 'right-managers')!;
    expect(q(surveyed).teamLevel).toBe(1);
    expect(q(declined).teamLevel).toBe(0);
    expect(q(acmeWith(declinedAsNotApplicable)).teamLevel).toBeNull();
  });

  it('scores the survey the client declined at the lowest level: no higher than any reading the survey could have given', () => {
    // The help's rule (rubrics/sales-managers.yaml): a declined survey places the sales force at level 0.
    for (const level of [0, 1, 2, 3, 4]) {
      expect(managersScore(declined), `survey read at level ${level}`).toBeLessThanOrEqual(managersScore(acmeWith(auditorAt(level, 'The survey\'s reading.'))));
    }
    expect(managersScore(declined)).toBe(managersScore(acmeWith(auditorAt(0, 'Most teams\' reps rated their manager under 3 of 5.'))));
    expect(managersScore(declined)).toBeLessThan(managersScore(surveyed));
  });

  it('would have raised it as n/a: the old rule scored a declined survey above the survey as acme took it', () => {
    // Pins why the rule changed: out of the mean, a low-rated question lifts its imperative.
    expect(managersScore(acmeWith(declinedAsNotApplicable))).toBeGreaterThan(managersScore(surveyed));
    expect(managersScore(acmeWith(declinedAsNotApplicable))).toBeGreaterThan(managersScore(declined));
  });

  it('offers n/a, in every rubric of the set, only for a missing sample, never for a refusal: no wording ties n/a to a decline', () => {
    // The class, not the example: an n/a that stands for the client or a respondent refusing the
    // audit a look (declining a survey, withholding records) would lift the score as the survey did.
    const notApplicable = /\bn\/a\b|not applicable/i;
    const refusal = /declin|refus|withh[eo]ld|would not (show|let|allow)|not allowed/i;
    for (const imperative of set.imperatives) {
      for (const q of imperative.questions) {
        const texts = [q.prompt, q.help ?? '']
          .flatMap((w) => (typeof w === 'string' ? [w] : Object.values(w)))
          .flatMap((t) => t.replace(/\s+/g, ' ').split(/(?<=[.;:])\s/));
        for (const sentence of texts.filter((t) => notApplicable.test(t))) {
          expect(sentence, `${imperative.id}/${q.id}`).not.toMatch(refusal);
        }
      }
    }
  });

  it('says where a refusal is placed: right-managers\' help places a declined survey at level 0, and level 0 reads one axis', () => {
    const q = set.imperatives.find((i) => i.id === 'sales-managers')!.questions.find((x) => x.id === 'right-managers')!;
    const level0 = q.levels[0]!.description;
    // Re-pinned (rq-b17, rubric review 15 edit 9): level 0 reads the reps' rating alone; "or the client
    // declined the audit's survey" joined a second fact to that axis. A declined survey still scores 0
    // (the tests above), by the help's rule, and the auditor's note says why.
    for (const text of typeof level0 === 'string' ? [level0] : Object.values(level0)) expect(text).not.toMatch(/declin/i);
    const help = typeof q.help === 'string' ? q.help : q.help!.default;
    expect(help.replace(/\s+/g, ' ')).toMatch(/Where the client declines the survey, the sales force is placed at level 0/);
  });
});

// Sales-interactions and sales-managers after rubric review 15 (set 2026.12.13; edits 2, 3, 5, 9
// and 13 for these two rubrics): each class is checked over every wording of the questions named,
// or over every step of the set, so a new wording or step that breaks it fails here. Each test
// failed on int16 at 1e8fe7be.
import { describe, expect, it } from 'vitest';
import { defaultSet } from '../helpers/report-fixtures.js';

const set = defaultSet();
const all = set.imperatives.flatMap((i) => i.questions);
const mine = set.imperatives.filter((i) => i.id === 'sales-interactions' || i.id === 'sales-managers').flatMap((i) => i.questions);
const question = (id: string) => all.find((q) => q.id === id)!;
const action = (id: string) => all.flatMap((q) => q.recommendations).find((r) => r.id === id)!;
const wordings = (text: string | Record<string, string> | undefined): [string, string][] =>
  text === undefined ? [] : typeof text === 'string' ? [['default', text]] : Object.entries(text);
const flat = (text: string) => text.replace(/\s+/g, ' ');
const level = (id: string, score: number) => question(id).levels.find((l) => l.score === score)!;
const STEPS = 'first conversation, defining the need, choosing between options, deciding';

describe('value-at-each-stage names the four buying steps where a respondent reads them (edit 2, class B)', () => {
  it('in every prompt and every help, each wording', () => {
    const q = question('value-at-each-stage');
    for (const [role, t] of [...wordings(q.prompt), ...wordings(q.help)]) expect(flat(t), role).toContain(STEPS);
  });
});

describe('a capped level says what was seen, and no level is the client\'s decision (edit 3, class C/F)', () => {
  it('mindset level 2 does not say reps ignored the answers where no plan was seen', () => {
    const two = level('mindset', 2);
    expect(two.label).not.toMatch(/regardless|ignor/i);
    // Re-pinned after rubric review 15, edit 8: the plan may be written or told, so the level says "a plan they stated beforehand".
    // Re-pinned after rubric review 17 (edit 6): no level reads a plan; level 2 says what the reps did, nothing on answers ignored.
    for (const [role, t] of wordings(two.description)) expect(t, role).toMatch(/asked about the client's problems before presenting or proposing anything\.$/);
    // The step at level 2 is titled for the gap, not for a verdict on the reps.
    for (const r of question('mindset').recommendations) expect(r.title, r.id).not.toMatch(/ignor|regardless/i);
  });

  it('mindset level 4 is the rep\'s proposal, in the label, every level text and the measure', () => {
    const q = question('mindset');
    expect(level('mindset', 4).label).not.toMatch(/client agrees|\bwins?\b/i);
    for (const [role, t] of wordings(level('mindset', 4).description)) expect(t, role).not.toMatch(/client agreed|\bwon\b/);
    expect(q.measures!).not.toMatch(/the client agreed/);
  });
});

describe('manager routines count against managers\' time (edit 5, class I)', () => {
  it('the pipeline review is a routine; the discount approvals spend managers; marketing sets managers no reading', () => {
    expect(action('hold-pipeline-review').recurring).toBe(true);
    expect(action('trade-concessions').spends).toBe('first-line-managers');
    const outreach = action('review-outreach-content');
    expect(outreach.owner).toBe('marketing');
    // A step owned by a function and spending no one's time sets managers no work.
    for (const r of all.flatMap((q) => q.recommendations)) {
      if (r.owner === undefined || ["first-line-managers", "vp-sales"].includes(r.owner) || r.spends === 'first-line-managers') continue;
      expect(flat(r.action), r.id).not.toMatch(/for the manager to read|managers? (reads?|checks?) /i);
    }
  });
});

describe('right-managers says it is the reps\' rating, and the plan does not survey twice (edit 9, classes F, H)', () => {
  it('title and help name the reps\' rating; no level or label names a declined survey', () => {
    const q = question('right-managers');
    expect(q.title).toMatch(/as their reps rate them/);
    expect(flat(wordings(q.help).find(([r]) => r === 'default')![1])).toMatch(/The level is the reps' rating of their manager in this survey/);
    for (const l of q.levels) {
      expect(l.label, `${l.score}`).not.toMatch(/survey|declined/i);
      for (const [role, t] of wordings(l.description)) expect(t, `${l.score} (${role})`).not.toMatch(/declined|survey/);
    }
  });

  it('the survey step books the next one a year after the audit\'s and runs one now only where the audit could not', () => {
    const survey = flat(action('run-reps-survey-on-managers').action);
    expect(survey).toMatch(/the next a year after the audit's; only where the audit could not run it, run it now/);
    expect(survey).not.toMatch(/^Run the anonymous/);
  });
});

describe('"most" ladders partition, band ladders speak of the median manager (edit 13, class D)', () => {
  it('a team wording at level 0 that is not a per-manager floor is the complement of level 1\'s "most"', () => {
    // Per-manager ladders read at the median manager keep "Most teams/managers" (eleventh review, B1).
    const perManager = new Set(['right-managers', 'coaching-model-given']);
    const partitioned = ['improving-every-interaction', 'value-at-each-stage', 'mindset', 'tool-kits', 'business-acumen', 'situational-knowledge', 'leaders-in-own-right', 'coaching-model', 'team-coaching', 'individual-results'];
    for (const q of mine) {
      if (perManager.has(q.id)) continue;
      for (const [role, t] of wordings(level(q.id, 0).description)) {
        if (role === 'salesperson' || /^I\b|\bmy\b/.test(t) && !/\bmy reps\b/.test(t)) continue;
        expect(t, `${q.id} (${role})`).not.toMatch(/^(For )?most\b|\bmost (of my )?reps\b|\bmost (teams|managers)\b/i);
      }
    }
    for (const id of partitioned) for (const [role, t] of wordings(level(id, 0).description)) {
      if (role === 'salesperson' || (role === 'sales manager' && !/\bmy reps\b|\bhalf or fewer\b/i.test(t))) continue;
      expect(t, `${id} (${role})`).toMatch(/\bhalf or fewer\b/i);
    }
  });

  it('the band ladders\' default wording is the median manager\'s band', () => {
    for (const id of ['time-for-people', 'protection-from-admin']) {
      for (const l of question(id).levels) expect(wordings(l.description).find(([r]) => r === 'default')![1], `${id} ${l.score}`).toMatch(/^The median manager spent /);
    }
  });
});

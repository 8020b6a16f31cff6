// The plan on examples/acme, a weak team (issue 19 and 20): one item per question, no step into the
// top level, the manager-capacity gate and cap, the 30/60/90 shape of the shown plan and a one-line
// backlog. The counts were checked by hand against the JSON results (docs/report.md, "The plan").
import { describe, expect, it } from 'vitest';
import { nextLevel } from '../../src/core/scoring/recommendation-fires.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { CAPACITY_PER_HORIZON } from '../../src/core/scoring/capacity.js';
import { acmeViews, defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const view = buildReportView(set, sheets, scores, { names: false });
const MANAGERS = 'First-line sales managers';

describe('the acme plan', () => {
  it('holds one numbered item per question, or one step in two parts, and the steps a function does for them (the CRM\'s and the reports\' builds, Finance\'s shadow credit, a function\'s material for the VP Sales\' instruction): 35 questions, 53 items, 11 shown, 42 in the backlog', () => {
    const questions = set.imperatives.flatMap((i) => i.questions).length;
    // Re-pinned after rubric review 17, edit 3 (h-rub19a): differentiation-language split in two, 35 questions.
    expect(questions).toBe(35);
    // 2.7 is held back: too few claims, and one leader's document is too small a check to set its level (score-term.ts).
    // 46 since the twelfth reviews: the monthly team meeting fires at team-coaching 1 (edit 4) and
    // the reps' survey is a build the manager profile reads (VP reading 12, 1c).
    // 49 since the thirteenth rubric review: the CRM's load of the written ideas and sequence (A2), the instruction to put
    // targets on the sequence split from its writing (A2), and real-targets' own step beside the lists' day (A1).
    // 51 since the fourteenth rubric review (edit 2): the nurture folder's and the tool kit's builds fire with the steps that send from them.
    // 53 since rubric review 14 (edits 2 and 6): the pipeline review's cadence fires with the step run
    // in it (what each buyer wants, 3.6 at 2), and the weakest managers' development plan from level 0.
    // 54 after the merge of rubric review 14's branches: h-rub16b's +1 with h-rub16c's +2.
    // 52 since rubric review 15 (edits 4 and 7, h-rub18a): acme's reps hold named lists (plan-provided 1), so the lists'
    // day does not fire; put-targets-on-sequence works the written sequence, so the CRM's load fires with no acme step.
    // 53 with c03a971: the auditor's reading of the strategy page sets 2.7 at 1, so its step (rest-strategy-on-clients) fires;
    // every question now has an item.
    // 54 (h-plan19, VP 17 item 19): Finance's test of the discount limit, a step of defending-price's from level 0.
    // 54 after rubric review 17 (edit 12): the briefing on the skills model fires with the assessment of reps it is built for.
    // 55 on the merge: h-plan19's Finance test with h-rub19b's skills briefing (each branch's 54 counted one of them).
    expect(scores.actions).toHaveLength(55);
    // 35 on the merge: h-rub19a's differences-in-proposals (the 35th question) has its item too.
    expect(new Set(scores.actions.map((a) => a.question.id)).size).toBe(35);
    // The questions with two items or more, the last requiring the first (docs/rubric-design.md,
    // "Steps"): coaching-model's cadence step and the step run in it; time-for-people's hand-over
    // at 30 days and its recount at 60 (tenth rubric review, C.2); and, since the eleventh review
    // (F1), a function's material (a build) and the VP Sales' instruction to use it.
    for (const [question, ids] of [
      ['coaching-model', ['hold-one-to-ones', 'end-one-to-ones-with-an-action']],
      ['team-coaching', ['hold-monthly-team-meeting', 'coach-the-team-monthly']],
      // Re-pinned after rubric review 14 (edit 6): the development plan fires at level 1, on the profile (a build).
      ['right-managers', ['run-reps-survey-on-managers', 'write-manager-profile', 'close-each-managers-gap']],
      // Re-pinned after the thirteenth VP reading: the shadow credit the hand-over promises comes before it.
      ['time-for-people', ['agree-shadow-credit', 'free-manager-time', 'recount-manager-time']],
      ['value-creating-ideas', ['write-prospect-ideas', 'lead-messages-with-ideas']],
      ['versus-status-quo', ['write-case-for-change', 'ask-case-for-change-questions']],
      ['client-examples', ['collect-client-stories', 'tell-a-client-story']],
      ['value-at-each-stage', ['map-value-per-stage', 'fill-empty-stages']],
    ] as const) {
      const twice = scores.actions.filter((a) => a.question.id === question).map((a) => a.recommendation);
      expect(twice.map((r) => r.id)).toEqual(ids);
      if (question === 'value-at-each-stage') expect(scores.actions.find((a) => a.recommendation.id === ids[0])!.next!.recommendation.requires).toContain(ids[1]);
      else expect(twice.at(-1)!.requires).toContain(twice[0]!.id);
    }
    // The build behind the plan's recurring reports fires because steps that send those reports fire (tenth rubric review, C.5).
    const build = scores.actions.find((a) => a.recommendation.id === 'build-plan-reports')!;
    expect(build.recommendation.at).toBeUndefined();
    expect(scores.actions.some((a) => a.recommendation.requires.includes('build-plan-reports') || (a.next?.recommendation.requires ?? []).includes('build-plan-reports'))).toBe(true);
    // 51 and 39 since the fourteenth rubric review (edit 2): the two builds wait with the steps that use them.
    // 53 and 41 since rubric review 14 (edits 2 and 6): the pipeline review waits with the step run in it, the development plan for the VP Sales' room.
    // 54 and 42 after the merge: h-rub16b's differentiation step waits too (h-rub16b +1, h-rub16c +2).
    // 52 and 40 since rubric review 15 (edits 4 and 7, h-rub18a): the lists' day and the CRM's load no longer fire.
    // 53 and 41 with c03a971: 2.7's step waits too (the VP Sales has no room).
    // 54 and 42 after rubric review 17 (edit 12): the skills briefing waits with the assessment it is built for.
    // 55 and 43 on the merge (h-plan19's Finance test with h-rub19b's skills briefing); the plan keeps its 12.
    expect([view.actionCount, view.plan.length, view.backlog.length]).toEqual([55, 12, 43]);
    // The next steps ride on their items (13 of them here, 16 before the twelfth review merged the
    // one-to-one action steps and moved the cadences), never as numbered items. Re-pinned after the
    // thirteenth VP reading (14): a build is done within its user's horizon, so an item that waited a
    // horizon for one starts earlier and has a horizon left for its next step. 13 since the fourteenth
    // rubric review: write-message-guide waits for interview-clients-on-choice, so its next step
    // (use-guide-in-next-proposal) has no horizon left and stays in the backlog. 12 since the fourteenth
    // review's outreach chain (class F): put-targets-on-sequence waits for the load at 90, so persistent-campaign's
    // next step (writing the sequence's months two and three) has no horizon left either.
    const nextIds = new Set(scores.actions.flatMap((a) => (a.next === null ? [] : [a.next.recommendation.id])));
    // 12 since rubric review 14 (edit 6): the manager profile was write-manager-profile's item with the
    // development plan as its next step; the profile is now a build and the development plan its own item.
    // 10 after the merge: three branches each took one away (h-rub16a: the sequence's months two and three; h-rub16b: the
    // client interviews after the card's reissue; h-rub16c: the development plan now its own item).
    // 11 after rubric review 17 (edit 12): the assessment of reps waits for a briefing done in its own horizon, not the 60-day
    // training, so it is planned at 60 with a horizon left for its next step (practising the weakest skill).
    // 10 on the merge: h-rub19a's 9 (the guide's rewrite no longer a next step) with h-rub19b's +1 (the assessment's next step).
    expect(nextIds.size).toBe(10);
    expect(scores.actions.filter((a) => nextIds.has(a.recommendation.id))).toEqual([]);
  });

  it('holds no next step into the top level, and a current one only where the team stands just below it: on acme, none', () => {
    const top = (a: (typeof scores.actions)[number]) => Math.max(...a.question.levels.map((l) => l.score));
    for (const a of scores.actions) if (a.next !== null) expect(nextLevel(a.question, a.next.fromLevel)).toBeLessThan(top(a));
    // 1.4 and 3.2 stood at 3 on one leader's checked answer (data and a document), above the claims'
    // median; one respondent's check of one case sets no level now (score-term.ts), so they stand
    // on the claims and no step leads into the top level.
    const intoTop = scores.actions.filter((a) => nextLevel(a.question, a.fromLevel) === top(a));
    expect(intoTop.map((a) => a.question.id)).toEqual([]);
    for (const a of intoTop) expect(view.backlog.some((b) => b.id === a.recommendation.id)).toBe(true);
  });

  it("plans everything that needs managers' time a horizon after the step that frees it", () => {
    const free = scores.actions.find((a) => a.recommendation.id === 'free-manager-time')!;
    expect(free.recommendation.frees).toBe('first-line-managers');
    expect(free.horizon).toBe(30);
    const gated = scores.actions.filter((a) => a.recommendation.requires.includes('free-manager-time'));
    // Only the steps that add two hours or more a month per manager wait for it since the twelfth
    // review (edit 11): eight of acme's 46 items (with the recount); the rest run in meetings held.
    // Nine since the thirteenth rubric review (A1): real-targets' half-day per rep fires beside the lists' day, which covers it.
    // Ten since rubric review 14 (edit 6): the development plan agreed with each manager under 4 of 5 fires at level 1.
    // Nine again since rubric review 15 (edit 4, h-rub18a): the lists' day fires only where reps hold no named list.
    // Eleven since rubric review 17 (edit 12): the routines booked for managers wait too, the team meeting and the pipeline review.
    expect(gated.map((a) => a.recommendation.id).sort()).toEqual(['agree-one-result-per-rep', 'assess-reps-against-skills-model', 'close-each-managers-gap', 'debrief-one-call-per-rep', 'give-each-target-a-reason', 'hold-monthly-team-meeting', 'hold-one-to-ones', 'hold-pipeline-review', 'recount-manager-time', 'train-managers-in-model', 'write-prospecting-plans']);
    for (const a of gated) expect(a.horizon).toBeGreaterThan(free.horizon);
    for (const a of scores.actions) if (a.next !== null && a.next.recommendation.requires.includes('free-manager-time')) expect(a.next.horizon).toBeGreaterThan(free.horizon);
    // No item owned by managers is planned in or before the capacity step's horizon.
    expect(scores.actions.filter((a) => a.recommendation.owner === 'first-line-managers' && a.horizon <= free.horizon)).toEqual([]);
  });

  it('shows 4, 7 and 1 actions at 30, 60 and 90 days, in that order, with no owner over the cap', () => {
    // Priority order within what each owner carries at once (three): at 30 days the VP Sales holds
    // three (the gate, the cut in head-office demands, D3's discount line) and managers none; the
    // managers' steps start at 60 and 90, after the gate; the monthly differences practice waits for
    // the one-to-one and team-meeting cadence. The differences card and practice rank first since
    // 2.1 and 2.2 stand at 1 on their checked answers (score-term.ts). Practice (2.1) weighs 1, not
    // 1.5 (tenth rubric review, class E), so it no longer ties for the top priority.
    // Since the twelfth reviews: the differences card takes the VP Sales' third place at 30 days
    // (the price script follows it, at 60), and the VP Sales' 60-day room goes to the recount and
    // the price script, so the buying-step map is at 90.
    // Re-pinned after the thirteenth VP reading: the shadow credit, written with the VP Sales, takes
    // the VP's third place at 30 days (`spends:`), so the card is at 60 and the price script at 90.
    // Re-pinned (h-plan19, VP 17 item 19): Finance's test of the discount limit is D4's row at 30 days, so 4 at 30 and, the plan
    // holding 12, one fewer at 60 (the managers' team meeting waits).
    expect(view.actionPlan.map((h) => [h.horizon, h.actions.length])).toEqual([
      [30, 4],
      [60, 5],
      // Re-pinned (h-plan16): the team meeting waited, managers carrying the running one-to-ones and the price script's approvals at 90.
      // Re-pinned after the merge with h-rub16c: write-team-plans waits for the team meeting, lifting its order priority, so the
      // meeting is in the plan from 60 and the one-to-ones wait instead: three at 90 again.
      [90, 3],
    ]);
    const cadence = [...view.plan, ...view.backlog].find((a) => a.id === 'hold-one-to-ones')!;
    // A step run in the cadence (the monthly differences practice, where it is in the plan) comes after it.
    for (const a of view.plan) if (a.requires.includes(cadence.id)) expect(a.afterText, a.id).toContain(`#${cadence.rank}`);
    const horizons = view.plan.map((a) => a.horizon);
    expect(horizons).toEqual([...horizons].sort((a, b) => a - b));
    expect(view.plan.map((a) => a.rank)).toEqual(view.plan.map((_, i) => i + 1));
    // Active items per owner per horizon in the shown plan, counted under the owner the plan names:
    // a row in its horizon, a next step under its own owner in its own (ninth VP reading, class 4a:
    // the old cap counted rows only, and the VP Sales carried 2 new and 3 continuing at 60 days).
    const load = new Map<string, number>();
    const add = (owner: string, horizon: number) => load.set(`${owner}/${horizon}`, (load.get(`${owner}/${horizon}`) ?? 0) + 1);
    // A check before a row is work for whoever runs it, in the row's horizon (twelfth VP reading, class 1a).
    for (const a of view.plan) {
      add(a.ownerText, a.horizon);
      if (a.checker !== null) add(a.checker, a.horizon);
      if (a.next !== null) add(a.next.ownerText, a.next.horizon);
      // A row's approvals and shared work, for the owner they take time from (thirteenth VP reading).
      if (a.spendsText !== null) add(a.spendsText, a.horizon);
      if (a.next !== null && a.next.spendsText !== null) add(a.next.spendsText, a.next.horizon);
    }
    for (const count of load.values()) expect(count).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
    // Re-pinned on the merge (h-plan14's steps with h-load14's check as work): at 90 days the VP Sales has the price script's next step and the check before the debriefs.
    // Re-pinned after the thirteenth VP reading: the second cut of head office's demands (#2's next step) is at 90 days.
    expect([30, 60, 90].map((h) => load.get(`VP Sales/${h}`))).toEqual([3, 3, 3]);
    // Re-pinned after the thirteenth VP reading: without a readout the debriefs are in the plan again
    // (the managers' room went to them once the VP Sales' shared work counted), and the role gap's
    // test is the check before them, the VP Sales'; with the readout the VP Sales runs one too.
    expect(view.plan.filter((a) => a.checker !== null).map((a) => [a.id, a.checker])).toEqual([['debrief-one-call-per-rep', 'VP Sales']]);
    // With the readout the VP Sales has no room for it within 90 days: the rows it would come before wait, and the test is said beside the gap.
    expect(acmeViews().view.plan.filter((a) => a.checker !== null)).toEqual([]);
    // Managers' time: their own items and any other owner's that says it spends it (`spends:`);
    // requiring the step that frees them does not (tenth consultant review, C.1).
    const spends = new Map(scores.actions.map((a) => [a.recommendation.id, a.recommendation.spends]));
    const spendsManagersTime = (a: { id: string; ownerText: string }) => a.ownerText === MANAGERS || spends.get(a.id) === 'first-line-managers';
    // Re-pinned (h-plan16): at 30 days managers hand over their accounts themselves (the gate spends
    // their time: fourteenth VP reading, class 1.3), and take on nothing else.
    for (const horizon of [30, 60, 90]) expect(view.plan.filter((a) => a.horizon === horizon && spendsManagersTime(a) && a.id !== 'free-manager-time').length).toBeLessThanOrEqual(horizon === 30 ? 0 : CAPACITY_PER_HORIZON);
    expect(load.get(`${MANAGERS}/30`)).toBe(1);
    expect(view.capacity?.stepRank).toBe(view.plan.find((a) => a.id === 'free-manager-time')!.rank);
    // Page one's priorities are all in the shown plan, marked.
    expect(view.priorities.every((p) => p.rank <= view.plan.length)).toBe(true);
    expect(view.plan.filter((a) => a.pageOne !== null).map((a) => a.rank)).toEqual(view.priorities.map((p) => p.rank));
  });

  it('says how many of whose items wait in the backlog, counted as the backlog lines name them', () => {
    const counted = (owner: string) => view.backlog.filter((a) => a.ownerText === owner).length;
    // Re-pinned on the merge (h-plan14's survey build and team meeting fire, h-load14's checks count): the loop below checks each figure against the backlog's lines.
    // Re-pinned after the thirteenth VP reading: steps approved by or written with the VP Sales count in the VP's load (16, was 14), and the managers' steps those held back are in the plan (12, was 14).
    // Re-pinned on int15 (fx-plan15): rubric review 13 (h-rub15a) added three steps that wait, one per owner: the CRM load of the written ideas and sequence (VP Sales), reasons for half of each list (managers), the six-week touch sequence (marketing).
    expect(view.capacity!.waiting.map((w) => [w.ownerText, w.count])).toEqual([
      // 18 and 14 since rubric review 14: the development plan (VP Sales, edit 6) and the pipeline review (managers, edit 2) wait.
      // 17 since rubric review 15 (edit 7, h-rub18a): the CRM's load (sales ops, the VP's at acme) no longer fires.
      // 18 with c03a971: 2.7's step (rest-strategy-on-clients, the VP Sales') fires and waits.
      // 19 after rubric review 17 (h-rub19a): the rule to name a difference in every proposal (differences-in-proposals, the VP Sales') waits.
      // Re-pinned after rubric review 17 (edit 12): the skills briefing, the VP Sales', waits with the assessment it is built for.
      // 20 on the merge: h-rub19a's differences-in-proposals rule (its 19) and h-rub19b's skills briefing (its 19) both wait.
      ['VP Sales', 20],
      // 15 after the merge: h-plan16's 14 with h-rub16c's pipeline review (a build that waits with its user); the team meeting and the one-to-ones trade places.
      // 14 since rubric review 15 (edit 4, h-rub18a): the reasons' half-day is D3's plan row, no longer covered in the backlog.
      // 15 (h-plan19): the plan's place Finance's test takes was the team meeting's, which now waits.
      // 14 on the merge with h-rub19a: the team meeting is in the plan at 90 again (plan-vp-14), so it no longer waits.
      [MANAGERS, 14],
      // 9 since the fourteenth rubric review (edit 2): the nurture folder and the tool kit (marketing's where acme has no enablement) wait with their users.
      ['Marketing lead', 9],
    ]);
    for (const w of view.capacity!.waiting) expect(w.count).toBe(counted(w.ownerText));
    expect(view.capacity!.heldBack).toBe(counted(MANAGERS));
    expect(view.capacity!.text).toBe(
      // Re-pinned (wd2-17, VP review 15 class 8): "horizon" said as the plan's periods. 17 and 14 since rubric review 15 (h-rub18a), as above.
      // 18 of the VP Sales' with c03a971 (2.7's step, the VP Sales', waits).
      // 20 of the VP Sales' on the merge of h-rub19a with h-rub19b (the waiting counts above).
      "Each owner carries at most three actions at once in each period of the plan (the first 30 days, days 31 to 60, days 61 to 90), new or continuing (a “Then, by …” step counts in the period it is due), and first-line sales managers take on none until #2 has freed their time (a step that takes their time as well, such as a training they attend, counts as theirs too); the backlog holds 20 of the VP Sales', 14 of first-line sales managers' and 9 of the marketing lead's.",
    );
    // The VP Sales owns 21 of the 46 items (with the HR lead's survey and training, which fall to the VP Sales here) (the CRM's and the reports' builds are sales operations', the VP's here; the instructions to use marketing's material are the VP's, eleventh review F1): at most three of them in any horizon of the shown plan.
    // 22 since the thirteenth rubric review (the instruction split from the sequence's writing, which is marketing's).
    // 23 since rubric review 14 (edit 6): the development plan agreed with each manager under 4 of 5 is the VP Sales'.
    // 22 since rubric review 15 (edit 7, h-rub18a): the CRM's load (sales operations', the VP's here) no longer fires on acme.
    // 23 with c03a971: 2.7's step, resting the strategy on clients' reasons, is the VP Sales'.
    // 24 after rubric review 17 (edit 12): the briefing on the skills model is the VP Sales'.
    expect([...view.plan, ...view.backlog].filter((a) => a.ownerText === 'VP Sales')).toHaveLength(24);
  });

  it("page one: the plan's first five items, #1 to #5, the gate first and marked as the gate", () => {
    expect(view.priorities.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    // Re-pinned after the thirteenth VP reading: the shadow credit the hand-over promises is priced
    // first, in the same 30 days ("#4 should come before #1"), then the gate.
    expect(view.priorities.map((p) => [p.id, p.gate])).toEqual([
      ['agree-shadow-credit', false],
      ['free-manager-time', true],
      ['cut-demands-on-managers', false],
      // Re-pinned (h-plan18, VP 15 item 7.1): the recount is due at 45 days, two weeks ahead of the
      // managers' rows it holds (plan-due-days.ts), so it leads the 60-day rows and is #4.
      // Re-pinned (h-plan19, VP 17 item 19): Finance's test of the discount limit, due at 30 days, is #4; the recount #5, the card sixth.
      ['check-discount-limit', false],
      ['recount-manager-time', false],
      // Re-pinned on the merge: h-rub19a's client interviews (its #5) are #6 once h-plan19's Finance test is #4, so off page one's five.
    ]);
    // The gate's why claims only what the data shows (ninth VP reading, class 3b: "every new action
    // for first-line sales managers waits for it" beside a 30-day action giving managers work): the
    // plan rows it holds back, the managers' own and those that spend their time (require it).
    const gate = view.plan.find((a) => a.id === 'free-manager-time')!;
    // The managers' own rows are named as theirs; another owner's row that requires the gate is
    // named apart (tenth VP reading, class 5: the VP Sales' #8 was listed as the managers'). The
    // gate's own recount checks it and spends nothing it frees: not among them.
    const rest = view.plan.filter((a) => a !== gate && a.questionRef !== gate.questionRef);
    const own = rest.filter((a) => a.ownerText === MANAGERS).map((a) => `#${a.rank}`);
    const others = rest.filter((a) => a.ownerText !== MANAGERS && a.after.includes(gate.rank)).map((a) => `#${a.rank}`);
    const held = [...own, ...others];
    expect(own.length).toBeGreaterThan(1);
    const also = others.length === 0 ? '' : others.length === 1 ? `, and so does ${others[0]}, which uses their time` : `, and so do ${others.slice(0, -1).join(', ')} and ${others.at(-1)}, which use their time`;
    // Its why is D1's finding, just above it on page one, not what waits for it (twelfth VP reading, class 3).
    const gatePriority = view.priorities.find((p) => p.id === gate.id)!;
    expect(gatePriority.decisions).toEqual(['D1']);
    // Re-pinned (h-read18, VP reading 16 item 49): the written page one prints none (pageWhy), the deck a why
    // of its own from the evidence, never "It carries out D1". (Restored: the integration merge kept the old line.)
    expect(gatePriority.pageWhy).toBe('');
    expect(gatePriority.why).not.toMatch(/carries out|#\d/);
    expect(also).toBeDefined();
    for (const a of view.plan) if (held.includes(`#${a.rank}`)) expect(a.horizon).toBeGreaterThan(gate.horizon);
    // The gate is done at its hand-over (30 days), and its recount is a row of its own at 60 days,
    // which holds nothing back (tenth VP reading, class 4: the managers' 60-day steps waited on a
    // 60-day recount with no end date). The gate's row then adds no threshold; the other freeing
    // step, with no recount of its own, says what its re-count must find, from its own question's
    // ladder, and when (ninth VP reading, class 4c), without holding the managers' steps.
    expect(JSON.stringify(gate)).not.toMatch(/re-count at|hold them/);
    const recount = view.plan.find((a) => a.id === 'recount-manager-time')!;
    const credit = view.plan.find((a) => a.id === 'agree-shadow-credit')!;
    // Re-pinned after the thirteenth VP reading: the credit is priced before the hand-over, so numbered first.
    // Re-pinned (h-plan18, VP 16 item 2.8): the recount reads the head-office cut's threshold too, so it is after it.
    const cutRank = view.plan.find((a) => a.id === 'cut-demands-on-managers')!.rank;
    expect([recount.horizon, recount.afterText]).toEqual([60, `after #${credit.rank}, #${gate.rank} and #${cutRank}`]);
    for (const a of view.plan) if (a.ownerText === MANAGERS) expect(a.afterText).not.toContain(`#${recount.rank}`);
    const cut = view.plan.find((a) => a.id === 'cut-demands-on-managers')!;
    const q = set.imperatives.flatMap((i) => i.questions).find((x) => x.recommendations.some((r) => r.id === 'cut-demands-on-managers'))!;
    const above = q.levels.find((l) => l.score === 2)!;
    // (read from the whole row: the sentence may sit in the action or in a "done when" field)
    // Re-pinned (h-plan16): the row that recounts is named (#6 counts the head-office hours too), and a
    // manager still over starts nothing further (fourteenth VP reading, classes 1.4 and 1.5); one spelling, "recount" (h-words16).
    // Re-pinned (h-plan18, VP 15 item 7.1): the recount is due at 45 days, ahead of the rows it holds (plan-due-days.ts).
    expect(JSON.stringify(cut)).toContain(`#${recount.rank}'s recount at ${recount.due} days must find ${above.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())} or better; where it does not, the hours left go to leadership, to decide within 30 days, and until then each first-line sales manager still over it starts no further step of the plan`);
    // Re-pinned (h-plan19, VP 17 item 20): the sentence goes on with the held manager's dated steps (plan-vp-17.test.ts).
    expect(recount.action).toContain('selling and head-office hours again');
    expect(JSON.stringify(view.plan)).not.toMatch(/hold them until/);
    // No other why claims to be the gate, or to hold up the plan.
    for (const p of view.priorities.filter((x) => x.id !== gate.id)) expect(p.why).not.toMatch(/gate|most of the plan|everything/i);
  });

  it('takes the plan in priority order: nothing in the backlog outranks a shown item unless it says what else it waits for (fifth VP reading, class 1)', () => {
    // The method's priority formula ranks three steps highest, each from level 1 of a question of
    // weight 1.5 that counts at its team level (score-term.ts): 2.1's and 2.2's checked, 4.1's held
    // back. They are in the plan, whatever the caps.
    const top = Math.max(...scores.actions.map((a) => a.priority));
    const highest = scores.actions.filter((a) => a.priority === top).map((a) => a.recommendation.id).sort();
    // The reps' survey shares right-managers' priority (it is that question's build, VP reading 12, 1c).
    // Since the thirteenth rubric review (A1, A2) plan-provided also holds the lists' day and the CRM's load of the plan's written content.
    // Since the fourteenth rubric review: client-relevant-differences' step from 0-1 also reissues the card (edit 3); the development plan from level 1 of right-managers ranks with its profile (edit 6).
    // Since rubric review 15 (edits 4 and 7, h-rub18a) the lists' day and the CRM's load no longer fire on acme.
    // Since rubric review 17 (edit 10) right-managers weighs 1, so its development plan, survey and profile rank below.
    expect(highest).toEqual(['hand-out-differences-card', 'interview-clients-on-choice', 'reissue-card-from-interviews', 'write-prospecting-plans']);
    // In the plan, or waiting for more than room (a prerequisite, the managers' gate).
    for (const id of highest) expect(view.plan.some((a) => a.id === id) || view.backlog.find((a) => a.id === id)!.wait?.kind !== 'size', id).toBe(true);
    // A backlog item that waits only for room ranks below every shown item the plan chose by rank
    // (the gate, decisions and page one's are taken first, whatever their rank).
    // The row that carries out D3 is real-targets' half-day since rubric review 15 (edit 4, h-rub18a), not the lists' day.
    const forced = new Set(['free-manager-time', 'recount-manager-time', 'agree-shadow-credit', 'build-plan-reports', 'state-value-before-discount', 'give-each-target-a-reason', ...view.priorities.map((p) => p.id)]);
    const lowestChosen = Math.min(...view.plan.filter((a) => !forced.has(a.id)).map((a) => a.orderPriority));
    for (const a of view.backlog) if (a.wait?.kind === 'size') expect(a.orderPriority).toBeLessThanOrEqual(lowestChosen);
    // The backlog reads in priority order (the plan's rank: order priority, a prerequisite first).
    const ranks = view.backlog.map((a) => scores.actions.find((x) => x.recommendation.id === a.id)!.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    // And says why a line waits when it is more than room: its prerequisite's number.
    // Each such line names one of the actions it requires, by the number the reader sees.
    const waiting = view.backlog.filter((a) => /^waits for #\d+/.test(a.waitText));
    expect(waiting.length).toBeGreaterThan(0);
    for (const a of waiting) {
      const rank = Number(/^waits for #(\d+)/.exec(a.waitText)![1]);
      const prerequisite = [...view.plan, ...view.backlog].find((x) => x.rank === rank)!;
      expect(scores.actions.find((x) => x.recommendation.id === a.id)!.recommendation.requires, a.id).toContain(prerequisite.id);
    }
  });

  it("says what each owner carries at once per horizon, new and continuing together, and no figure is over the cap (ninth VP reading, class 4a: 2 new and 3 continuing at 60 days under a cap of 3)", () => {
    expect(view.ownerLoadText).toBe(
      // Re-pinned after the thirteenth VP reading: the VP Sales 3 at 90 as vpAt90 below counts (#2's next
      // step moved to 90); no check before a row without a readout (the debriefs it gated wait, so the
      // role gap's test is printed beside the gap); the HR lead's survey step is in this plan, so its sentence.
      // Re-pinned after the thirteenth VP reading: a row's approvals and shared work count (the shadow
      // credit and the quota costing written with the VP Sales), the finance lead's row comes first.
      // Re-pinned (h-plan16): managers hand over their accounts at 30 days, and at 90 carry the one-to-ones still running from 60 (fourteenth VP reading, class 1.3).
      // Re-pinned (h-plan18, VP 15 item 7.4): the day-90 review's checks before backlog actions are counted beside the load, by who runs them.
      // Re-pinned (h-plan19, VP 17 item 18): the day-90 review's checks in their owner's row, not a sentence apart, and D5's recruiting at 30 days.
      // Re-pinned (h-plan19, VP 17 item 19): Finance's test at 30 days; the team meeting, a routine, waits, so none runs on.
      "Work under way, new and continuing, counting the check before an action, approvals and shared work, for each owner whose time they take and the checks before backlog actions are planned (at most three at once per owner): the finance lead 2 at 30 days, none at 60 and 1 at 90; the VP Sales 3 at 30 days and D5's recruiting, 3 at 60, 3 at 90 and two checks at the day-90 review; each first-line sales manager 1 at 30 days, 3 at 60 and 3 at 90; the marketing lead none at 30 days, 1 at 60 and 2 at 90.",
      // Re-pinned on the merge of h-plan19 with h-rub19a: the team meeting is in the plan at 90 again (plan-vp-14), so managers carry 3 at 60 (the call debrief, the targets' reasons, the discount approvals) and 3 at 90.
    );
    // No figure is over the cap the method states.
    for (const [, n] of view.ownerLoadText.matchAll(/(\d+) at \d+/g)) expect(Number(n)).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
    let vpAt90 = 0;
    for (const a of view.plan) {
      if (a.ownerText === 'VP Sales' && a.horizon === 90) vpAt90++;
      if (a.checker === 'VP Sales' && a.horizon === 90) vpAt90++;
      if (a.next !== null && a.next.ownerText === 'VP Sales' && a.next.horizon === 90) vpAt90++;
      if (a.spendsText === 'VP Sales' && a.horizon === 90) vpAt90++;
      if (a.next !== null && a.next.spendsText === 'VP Sales' && a.next.horizon === 90) vpAt90++;
    }
    expect(vpAt90).toBe(3);
  });

  it('the load line adds up over the printed plan rows: each start under the owner its row names, a next step under its own owner (sixth VP reading, class 3)', () => {
    const result = renderReport(set, sheets, { format: 'md', names: false, template: defaultTemplate() });
    if (!result.ok) throw new Error('render failed');
    const rows = result.text.split('\n').filter((line) => /^\| \d+( ★)? \| /.test(line));
    expect(rows).toHaveLength(view.plan.length);
    const counted = new Map<string, number>();
    const add = (owner: string, horizon: string) => counted.set(`${owner.toLowerCase()}@${horizon}`, (counted.get(`${owner.toLowerCase()}@${horizon}`) ?? 0) + 1);
    for (const row of rows) {
      // The next step sits in the row's action cell, after the action.
      const [, next_, horizon, owner] = row.split(' | ');
      // Re-pinned (h-plan18): a row's day counts in the period it falls in (the recount due at 45 days is in the 60-day period), as the load line counts by period.
      const day = Number(horizon!.replace(' days', ''));
      add(owner!, String([30, 60, 90].find((h) => h >= day)));
      // "*Then, by 60 days (VP Sales): …*" names its owner; without a name, the row's owner.
      const next = /\*Then, by (\d+) days(?: \(([^)]+)\))?:/.exec(next_!);
      if (next !== null) add(next[2] ?? owner!, next[1]!);
    }
    // The check before a row counts for whoever runs it (capacity.ts loadPlaces), as its "Who checks" says.
    for (const a of view.plan) if (a.checker !== null) add(a.checker, String(a.horizon));
    // So do a row's approvals and shared work, for the owner they take time from (`spends:`), as the
    // load line says it counts them (thirteenth VP reading: they were left out, one or two short).
    for (const a of view.plan) {
      if (a.spendsText !== null) add(a.spendsText, String(a.horizon));
      if (a.next !== null && a.next.spendsText !== null && view.plan.find((x) => x.id === a.id)!.next !== null) add(a.next.spendsText, String(a.next.horizon));
      // A routine a row books (the one-to-ones "booked for the next three months") still runs in each later horizon (h-plan16).
      if (/booked for the next three months/.test(a.action)) for (const later of [60, 90].filter((h) => h > a.horizon)) {
        add(a.ownerText, String(later));
        if (a.spendsText !== null) add(a.spendsText, String(later));
      }
    }
    // "…: the VP Sales 3 at 30 days, 3 at 60 and 3 at 90; the marketing lead …"
    const owners = /\): (.+)\.$/.exec(view.ownerLoadText)![1]!;
    const printed = new Map<string, number>();
    for (const part of owners.split('; ')) {
      const [, owner, cells] = /^(?:the )?(.+?) ((?:none|\d+) at 30 days.*)$/.exec(part)!;
      // A group is counted per person: "each first-line sales manager" is the row of "First-line sales managers".
      const name = owner!.startsWith('each ') ? `${owner!.slice('each '.length)}s` : owner!;
      for (const [, figure, horizon] of cells!.matchAll(/(none|\d+) at (\d+)/g)) if (figure !== 'none') printed.set(`${name.toLowerCase()}@${horizon}`, Number(figure));
    }
    expect(printed).toEqual(counted);
  });

  it('prints the backlog grouped by why it waits, one sentence a group, then one line per action in priority order: number, title, the question it serves, owner, and what else it waits for; no date (seventh VP reading, class 5)', () => {
    const result = renderReport(set, sheets, { format: 'md', names: false, template: defaultTemplate() });
    if (!result.ok) throw new Error('render failed');
    expect(result.text).toContain(`### Backlog\n\n${view.backlogText}\n\n`);
    const section = result.text.split('### Backlog\n\n')[1]!.split('\n## ')[0]!;
    // Every backlog action in exactly one group, the groups in the view's order, each in priority order.
    expect(view.backlogGroups.flatMap((g) => g.actions).map((a) => a.rank).sort((x, y) => x - y)).toEqual(view.backlog.map((a) => a.rank));
    let printed = 0;
    for (const group of view.backlogGroups) {
      const block = section.split(`${group.text}\n\n`)[1]!.split('\n\n')[0]!.trimEnd();
      const lines = block.split('\n');
      expect(lines).toHaveLength(group.actions.length);
      lines.forEach((line, i) => {
        const action = group.actions[i]!;
        // Re-pinned (fx3-17): under an owner's group the line prints the topic alone; the group's sentence names that owner.
        expect(line).toBe(`- #${action.rank} ${action.title} (${action.questionLabel}${group.ownerSaid ? '' : `; ${action.ownerText}`})${action.waitText === '' ? '' : `: ${action.waitText}`}`);
        if (group.ownerSaid) expect(group.text.toLowerCase()).toMatch(new RegExp(`^(the )?${action.ownerText.toLowerCase()} (has|have) no room for these`));
        expect(line.length - (action.waitText === '' ? 0 : action.waitText.length + 2)).toBeLessThanOrEqual(110);
        // A build for a next step quotes that step's title, as no format prints the step (thirteenth VP reading: "the step after #8"); the rest of the note stays short.
        expect(action.waitText.replace(/, “.+”$/, '').length).toBeLessThanOrEqual(55);
      });
      expect(group.actions.map((a) => a.rank)).toEqual([...group.actions.map((a) => a.rank)].sort((x, y) => x - y));
      printed += lines.length;
    }
    expect(printed).toBe(view.backlog.length);
    // A reason is said once, for its group: no line repeats it (sixth reading said "its owner has no room within 90 days" six times).
    expect(section.split('\n').filter((l) => l.startsWith('- #') && /no room|time is taken/.test(l))).toEqual([]);
    expect(section.split('\n').filter((l) => /no room/.test(l))).toHaveLength(view.backlogGroups.filter((g) => g.kind === 'full').length);
  });

  it("says only what is true by the plan's own rule: an item the plan's size keeps out ranks below every item taken on priority, never 'below the plan's 12' (seventh VP reading, class 2)", () => {
    // A plan of 9, so its size, not only the owners' room, keeps items out.
    const view = buildReportView(set, sheets, scores, { names: false, planSize: 9 });
    expect(view.backlogText).not.toMatch(/ranks below the plan's/);
    const size = view.backlogGroups.find((g) => g.kind === 'size')!;
    expect(size.text).toMatch(/the plan holds 9 actions, first page one's priorities, the decisions' actions and what they wait for/);
    // A backlog item may outrank a plan row that is there for page one or a decision (so the old
    // claim could be false: it was on acme before checked answers set their questions' levels) ...
    // The row that carries out D3 is real-targets' half-day since rubric review 15 (edit 4, h-rub18a), not the lists' day.
    const forced = new Set(['free-manager-time', 'recount-manager-time', 'agree-shadow-credit', 'build-plan-reports', 'state-value-before-discount', 'give-each-target-a-reason', ...view.priorities.map((p) => p.id)]);
    const prerequisites = new Set(view.plan.flatMap((a) => a.after));
    const kept = view.plan.filter((a) => forced.has(a.id) || view.plan.some((b) => b.after.includes(a.rank) && forced.has(b.id)) || prerequisites.has(a.rank));
    expect(kept.length).toBeGreaterThan(0);
    // ... and none outranks a plan row taken on priority alone, unless it did not fit with what it
    // waits for (the sentence says "as far as each fits with what it waits for").
    expect(size.text).toContain('as far as each fits with what it waits for');
    const onPriority = view.plan.filter((a) => !kept.includes(a));
    for (const a of size.actions) {
      for (const p of onPriority) {
        if (a.orderPriority <= p.orderPriority) continue;
        // It outranks a row taken on priority only where it and what it waits for needed more places than were left.
        expect(a.wait?.kind === 'size' && a.wait.needs > 1 && a.wait.needs > a.wait.room, `${a.id} over ${p.id}`).toBe(true);
      }
    }
  });
});

describe("the plan says whose work an owner does where the client lacks the role (ninth VP reading, class 4a)", () => {
  it('acme: the HR lead\'s work (acme has none) goes to the VP Sales, said once where it is in the plan; without marketing too, the marketing lead\'s actions go to the VP Sales, said once under the owners', () => {
    // The HR lead's sentence is said where one of its actions is in the shown plan, and only there:
    // the readout makes the training a priority (it is in the plan), the default plan of 12 has
    // none of the HR lead's actions since the profile follows the quota decision (VP reading 12, 1c).
    // Said as a fact of the client (twelfth VP reading, class 6: not "takes on …, as there is no HR lead here").
    const hrOwned = new Set(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.filter((r) => r.owner === 'hr').map((r) => r.id))));
    const { view: withReadout } = acmeViews();
    for (const v of [view, withReadout]) {
      const shown = v.plan.some((a) => hrOwned.has(a.id));
      // Re-pinned (h-words16): "the VP Sales owns the HR lead's steps" still read as routing (fourteenth VP reading, class 8).
      expect(v.ownerLoadText.split(' has no ')).toHaveLength(shown ? 2 : 1);
      // Re-pinned (h-words19, VP 17 item 43): the rows it takes on are named, each an HR lead's row of the plan.
      if (shown) expect(v.ownerLoadText).toMatch(new RegExp(` Acme Corp has no HR lead, so the VP Sales takes on ${v.plan.filter((a) => hrOwned.has(a.id)).map((a) => `#${a.rank}`).join('|')}.*, that role's (?:action|step|work)\\.$`));
    }
    // Re-pinned after rubric review 17 (edit 14): the managers' training, the readout's priority, is the VP Sales' now, so no
    // HR lead's action is in either plan and neither says so (the marketing case below keeps the sentence's test).
    expect(withReadout.plan.some((a) => hrOwned.has(a.id))).toBe(false);
    const lacking = scoreAudit(set, sheets, { client: { lacks: ['marketing'] } });
    const without = buildReportView(set, sheets, lacking, { names: false });
    expect(without.plan.some((a) => a.ownerText === 'Marketing lead')).toBe(false);
    // Said where a step of the marketing lead's is in the plan, the VP Sales' (re-pinned after the thirteenth VP reading: with
    // the VP Sales' approvals and shared work counted, none of them fits acme's plan, and nothing is said).
    const marketingOwned = new Set(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.filter((r) => r.owner === 'marketing').map((r) => r.id))));
    const marketingShown = without.plan.some((a) => marketingOwned.has(a.id));
    expect(/ Acme Corp has no marketing lead, so the VP Sales takes on #\d+(?:'s next step)?(?:(?:, | and )#\d+(?:'s next step)?)*, that role's (?:action|step|work)\./.test(without.ownerLoadText)).toBe(marketingShown);
    expect(without.ownerLoadText.split(' has no ')).toHaveLength(1 + Number(without.plan.some((a) => hrOwned.has(a.id))) + Number(marketingShown));
  });
});

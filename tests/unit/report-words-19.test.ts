// VP reading 17's word, repetition, signal and print classes (BRIEF-19, h-words19): G (tool language,
// 40-45), H (repetition, 46-50), F (signals, 37-39), I (print, 51-54), on acme's report with and
// without its readout. What each test expects is derived from the view where it can be, so another
// branch moving acme's figures does not break it.
import { describe, expect, it } from 'vitest';
import { acmeViews, markdownOf } from '../helpers/report-fixtures.js';
import { ownerDoes } from '../../src/core/report/format.js';

const { view, plain } = acmeViews();

describe('G 45: where views differ names each question before it says anything of it, and who checks once per owner', () => {
  it('a split question is named in the sentence that counts it, before "without it"', () => {
    for (const v of [view, plain]) {
      expect(v.needsDiscussion.length).toBeGreaterThan(0);
      const text = v.needsDiscussionText;
      for (const q of v.needsDiscussion) {
        const named = text.indexOf(`(${q.ref})`);
        expect(named, q.ref).toBeGreaterThan(-1);
        const without = text.search(/without (it|them)\b/);
        if (without > -1) expect(named, q.ref).toBeLessThan(without);
      }
    }
  });

  it('"<owner> checks … at the day-90 review" is said once per owner in the section, the lines below say no check again', () => {
    for (const v of [view, plain]) {
      const md = markdownOf(v);
      const section = md.slice(md.indexOf('## Where views differ'), md.indexOf('## 1. '));
      const owners = new Set(v.backlogChecks.map((c) => c.owner).filter((o): o is string => o !== null));
      expect(owners.size).toBeGreaterThan(0);
      for (const owner of owners) {
        const says = section.split(`${ownerDoes(owner, 'checks', 'check').replace(/^the /, '')}`).length - 1;
        expect(says, `${owner}: ${section}`).toBeLessThanOrEqual(1);
      }
      // Each backlog row whose check the section raises is still named there, by number.
      for (const c of v.backlogChecks) if (section.includes(`#${c.rank}`)) expect(v.backlog.some((b) => b.rank === c.rank)).toBe(true);
    }
  });
});

describe('F 38: "(needs discussion)" marks a row only where something in the plan depends on it', () => {
  it('each marked row bears on a decision or a 90-day action; a flag that bears on neither is listed, not marked', () => {
    for (const v of [view, plain]) {
      const md = markdownOf(v);
      const questions = v.imperatives.flatMap((i) => i.questions);
      const flagged = questions.filter((q) => q.needsDiscussion);
      expect(flagged.length).toBeGreaterThan(0);
      for (const q of flagged) {
        const rows = [...v.plan, ...v.backlog].filter((a) => a.questionRef === q.ref);
        const decided = v.decisions.some((d) => rows.some((a) => a.decisions.includes(d.label)) || d.topic === q.label);
        const planned = rows.some((a) => a.rank <= v.planCount);
        expect(q.discussionMarked, q.ref).toBe(decided || planned);
        expect(md.includes(`| ${q.ref} ${q.label} (needs discussion) |`), q.ref).toBe(q.discussionMarked);
        // Listed either way, so the disagreement is never lost.
        expect(v.needsDiscussion.some((d) => d.ref === q.ref)).toBe(true);
      }
    }
    // Acme's one split question bears on backlog actions only: the rule would have marked it.
    expect(view.imperatives.flatMap((i) => i.questions).some((q) => q.needsDiscussion && !q.discussionMarked)).toBe(true);
  });
});

describe("G 40: the question tables' headers are the client's words, not the tool's", () => {
  it('no header says "Where the team stands", "Checked level", "What people said" or "mean"; the method names the level column as its header does', () => {
    for (const v of [view, plain]) {
      const headers = Object.values(v.measureHeaders);
      for (const h of headers) expect(h).not.toMatch(/Where the team stands|Checked level|What people said|\bmean\b/i);
      expect(v.method.items.some((i) => i.term === v.measureHeaders.stands)).toBe(true);
      const md = markdownOf(v);
      expect(md).not.toMatch(/range and answers/);
      expect(md).toContain(`| Question | ${v.measureHeaders.stands} | ${v.measureHeaders.checked} | ${v.measureHeaders.said}, range and count | Evidence |`);
    }
  });
});

describe('G 43: a sentence about a role the client lacks names what it points to', () => {
  it('"<org> has no <role>, so <owner> takes on …" names plan rows that exist, owned by that owner', () => {
    for (const v of [view, plain]) {
      for (const m of v.ownerLoadText.matchAll(/has no [\w ]+, so (?:the )?([\w ]+?) takes? on ([^,]+(?:, #[^,]+)*), that role's/g)) {
        const ranks = [...m[2]!.matchAll(/#(\d+)/g)].map((r) => Number(r[1]));
        expect(ranks.length, m[0]).toBeGreaterThan(0);
        for (const rank of ranks) {
          const row = v.plan.find((a) => a.rank === rank);
          expect(row, m[0]).toBeDefined();
          const owners = [row!.ownerText, row!.next?.ownerText].filter((o) => o !== undefined).map((o) => o!.toLowerCase());
          expect(owners, m[0]).toContain(m[1]!.toLowerCase());
        }
      }
      expect(v.ownerLoadText).not.toMatch(/takes? on that role's actions/);
    }
  });
});

describe('G 43: the appendix says each question about the organization, not to "you"', () => {
  it('no question in full says you, your or the company in a team report; a one-respondent report keeps the wording asked', async () => {
    const { aboutOrganization } = await import('../../src/core/report/about-organization.js');
    for (const v of [view, plain]) {
      const md = markdownOf(v);
      const appendix = md.slice(md.indexOf('## Appendix: the questions in full'));
      const rows = appendix.split('\n').filter((l) => /^\| Q\d/.test(l));
      expect(rows.length).toBe(v.imperatives.reduce((n, i) => n + i.questions.length, 0));
      for (const row of rows) expect(row, row).not.toMatch(/\byou\b|\byour\b|\bthe company\b/i);
      expect(appendix).toContain(`as asked about ${v.organization}`);
      // The sections' tables keep their labels; only the appendix's wording changes.
      for (const q of v.imperatives.flatMap((i) => i.questions)) expect(q.promptAbout).toBe(aboutOrganization(q.prompt, v.organization));
    }
    expect(aboutOrganization('What makes you and your offering different, and how do your salespeople say it to your clients?', 'Acme')).toBe(
      "What makes Acme and its offering different, and how do Acme's salespeople say it to its clients?",
    );
    expect(aboutOrganization('Your salespeople, as the company sees them, and the company\'s plan.', 'Acme')).toBe("Acme's salespeople, as Acme sees them, and Acme's plan.");
    expect(aboutOrganization('How many deals closed last quarter?', 'Acme')).toBe('How many deals closed last quarter?');
  });
});

describe('H 50: the method says confidentiality in three lines; the rules in full are in the annex, once', () => {
  it('the method item is three sentences that point to the annex, and no rule of the annex is said again in the method', async () => {
    const { CONFIDENTIALITY_RULES } = await import('../../src/core/report/method-items.js');
    for (const v of [view, plain]) {
      const summary = v.method.items.find((i) => i.term === 'Confidentiality')!;
      const sentences = (summary.points.length > 0 ? summary.points : [summary.text]).join(' ').split(/(?<=\.)\s+/).filter((s) => s !== '');
      expect(sentences.length, summary.text).toBeLessThanOrEqual(3);
      expect(summary.text).toMatch(/technical annex/);
      const rules = v.method.annex.find((i) => i.term === CONFIDENTIALITY_RULES)!;
      expect(rules.points.length).toBeGreaterThan(5);
      for (const rule of rules.points) expect(v.method.items.some((i) => i.text.includes(rule) || i.points.includes(rule)), rule).toBe(false);
    }
  });
});

describe('F 37: a band is printed where it tells a score apart', () => {
  it('where one band holds most imperatives, page one says it once and only the sections in another band print theirs', async () => {
    const { commonBand } = await import('../../src/core/report/band-line.js');
    for (const v of [view, plain]) {
      const scored = v.imperatives.filter((i) => i.scored);
      const shared = commonBand(scored);
      const md = markdownOf(v);
      for (const i of scored) {
        expect(i.bandShown, i.label).toBe(i.band !== shared);
        expect(md.includes(`**${i.pointsText} out of 100: ${i.band}.**`), i.label).toBe(i.bandShown);
      }
      // The marked sections are the minority: a band on most of them would tell the reader nothing.
      if (shared !== null) {
        expect(scored.filter((i) => i.bandShown).length * 2).toBeLessThan(scored.length);
        expect(v.bandLine).toContain(shared);
      }
    }
    expect(view.imperatives.filter((i) => i.bandShown).length).toBeGreaterThan(0);
    expect(commonBand([{ band: 'At risk' }, { band: 'Capable' }])).toBeNull();
    expect(commonBand([{ band: 'At risk' }, { band: 'At risk' }, { band: 'Capable' }])).toBe('At risk');
  });
});

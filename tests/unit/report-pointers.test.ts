// Every pointer acme's readout prints in Markdown ("#N", "D1", "Q1.1", a finding's letter) resolves
// to what it says it points at (tenth VP reading, class 5: about eight pointers aimed at the wrong
// thing, e.g. "the plan's actions for first-line sales managers (#6, #7, #8 and #9)" with #8 the VP
// Sales'). Each printed form is read back from the text and checked against the view: the number
// exists, and the owner, title, topic, horizon or decision printed beside it is that item's.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import type { ActionView, ReportView } from '../../src/core/report/report-view.js';
import { acmeViews, defaultTemplate } from '../helpers/report-fixtures.js';

const { view: withReadout, plain } = acmeViews();

function markdown(view: ReportView): string {
  const result = renderMarkdown(defaultTemplate(), { ...view, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

/** "#6, #7 and #9" → [6, 7, 9]. */
const ranksIn = (text: string) => [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));

/** What each pointer of the Markdown says that its target is not, one line each; [] when every pointer resolves. */
export function unresolvedPointers(md: string, view: ReportView): string[] {
  const wrong: string[] = [];
  const items = [...view.plan, ...view.backlog];
  const byRank = new Map(items.map((a) => [a.rank, a]));
  const questions = view.imperatives.flatMap((i) => i.questions);
  const byRef = new Map(questions.map((q) => [q.ref, q]));
  const item = (rank: number, where: string): ActionView | undefined => {
    const a = byRank.get(rank);
    if (a === undefined) wrong.push(`${where}: #${rank} is no item of the plan or the backlog`);
    return a;
  };
  const expectSame = (what: string, printed: string, actual: string, where: string) => {
    if (printed !== actual) wrong.push(`${where}: ${what} printed "${printed}", but it is "${actual}"`);
  };

  // Every number, decision, question and finding letter exists.
  for (const line of md.split('\n')) {
    for (const rank of ranksIn(line.replace(/\]\(#[^)]*\)/g, ''))) item(rank, line.slice(0, 60));
    for (const m of line.matchAll(/\bD(\d+)\b/g)) if (Number(m[1]) < 1 || Number(m[1]) > view.decisions.length) wrong.push(`${line.slice(0, 60)}: D${m[1]} is not a decision of page one`);
    for (const m of line.matchAll(/\bQ(\d+\.\d+)\b/g)) if (!byRef.has(`Q${m[1]}`)) wrong.push(`${line.slice(0, 60)}: Q${m[1]} is no question`);
    for (const m of line.matchAll(/\b[Ff]inding ([A-Z])\b/g)) if (!view.findings.some((f) => f.letter === m[1])) wrong.push(`${line.slice(0, 60)}: finding ${m[1]} does not exist`);
  }

  // Page one's priorities: "- **#N Title** *Owner, within H*…".
  for (const m of md.matchAll(/^- \*\*#(\d+) (.+?)\*\* \*(.+?), within (\d+ days)\*?\.?\*?(?:, (.+?)\.)?$/gm)) {
    const a = item(Number(m[1]), m[0]);
    if (a === undefined) continue;
    expectSame('title', m[2]!, a.title, m[0]);
    expectSame('owner', m[3]!, a.ownerText, m[0]);
    expectSame('horizon', m[4]!, a.horizonText, m[0]);
    if (m[5] !== undefined) for (const d of m[5].matchAll(/D(\d+)/g)) if (!a.decisions.includes(`D${d[1]}`)) wrong.push(`${m[0]}: #${a.rank} does not carry out D${d[1]}`);
  }
  // "(plus #3 for D3; #7 and #9 for D2)": each row carries out the decision its group names (re-pinned, h-plan19: grouped by decision).
  for (const m of md.matchAll(/\(plus ([^)]+)\)/g)) {
    for (const group of m[1]!.split('; ')) {
      const [ranksPart, labelsPart] = group.split(' for ');
      const labels = [...(labelsPart ?? '').matchAll(/D\d+/g)].map((d) => d[0]);
      expect(labels.length, group).toBeGreaterThan(0);
      for (const rank of ranksIn(ranksPart!)) for (const label of labels) if (!(byRank.get(rank)?.decisions ?? []).includes(label)) wrong.push(`${m[0]}: #${rank} does not carry out ${label}`);
    }
  }
  // Each decision's "→ Plan #N, within H." or "→ Backlog #N.": the rows that carry it out.
  for (const d of view.decisions) {
    const start = md.indexOf(`**${d.label}. `);
    const end = md.indexOf('\n**D', start + 1);
    const block = md.slice(start, end === -1 ? md.indexOf('\n###', start + 1) : end);
    const link = /→ (?:Plan|Backlog) (.+?)(?:, within (\d+ days))?\./.exec(block);
    if (link === null) continue;
    for (const rank of ranksIn(link[1]!)) if (!(byRank.get(rank)?.decisions ?? []).includes(d.label)) wrong.push(`${d.label}: → #${rank}, which does not carry it out`);
    if (link[2] !== undefined && byRank.get(ranksIn(link[1]!)[0]!)?.horizonText !== link[2]) wrong.push(`${d.label}: "within ${link[2]}" is not its first row's horizon`);
  }
  // The gate: "<Owner>' actions in the plan (#…) need the time it frees, and so does #N, which uses their time".
  for (const m of md.matchAll(/(?:The )?([A-Z][^.:(]*?)'s? actions? in the plan \((.+?)\) needs? the time it frees(?:, and so do(?:es)? (.+?), which uses? their time)?/g)) {
    const gate = view.priorities.find((p) => p.gate)!;
    for (const rank of ranksIn(m[2]!)) {
      const a = item(rank, m[0]);
      if (a !== undefined && a.ownerText.toLowerCase() !== m[1]!.toLowerCase()) wrong.push(`${m[0]}: #${rank} is ${a.ownerText}'s, not ${m[1]!.toLowerCase()}'s`);
    }
    for (const rank of ranksIn(m[3] ?? '')) if (!(byRank.get(rank)?.after ?? []).includes(gate.rank)) wrong.push(`${m[0]}: #${rank} does not wait for #${gate.rank}`);
  }
  // Each imperative's "Actions for this imperative: #…" are its own.
  // Re-pinned (VP review 16, class 5): the line says where each is ("#6 in the 90-day plan; #18 … in the backlog"), no "(see the plan)".
  for (const m of md.matchAll(/^## (\d+)\. [^\n]+\n[\s\S]*?^Actions for this imperative: (.+)$/gm)) {
    for (const rank of ranksIn(m[2]!)) {
      const a = item(rank, `imperative ${m[1]}`);
      if (a !== undefined && a.imperativeNumber !== Number(m[1])) wrong.push(`imperative ${m[1]}: #${rank} is imperative ${a.imperativeNumber}'s`);
    }
  }
  // The plan's rows: "| N ★ | action | when | owner | after |".
  for (const m of md.matchAll(/^\| (\d+)(?: ★)? \| (.+) \| (\d+ days) \| (.+?) \| (.+?) \|$/gm)) {
    const a = item(Number(m[1]), `row ${m[1]}`);
    if (a === undefined) continue;
    expectSame('owner', m[4]!, a.ownerText, `row ${m[1]}`);
    expectSame('horizon', m[3]!, a.horizonText, `row ${m[1]}`);
    expectSame('after', m[5]!, a.after.length === 0 ? '–' : a.afterText, `row ${m[1]}`);
    // Its own check: "before #N starts", "make #N unnecessary" name this row.
    for (const c of m[2]!.matchAll(/(?:before|make) #(\d+) (?:starts|unnecessary)/g)) if (Number(c[1]) !== a.rank) wrong.push(`row ${a.rank}: its check names #${c[1]}`);
    for (const d of m[2]!.matchAll(/once leadership decides (D\d+)/g)) if (!a.decisions.includes(d[1]!)) wrong.push(`row ${a.rank}: does not carry out ${d[1]}`);
  }
  // The backlog's lines: "- #N short (topic; owner): waits for #M". Re-pinned (fx3-17): under an owner's
  // group ("The VP Sales has no room for these …") a line prints the topic alone, and the group's sentence is its owner.
  for (const m of md.matchAll(/^- #(\d+) (.+) \((.+?)(?:; (.+?))?\)(?:: (.+))?$/gm)) {
    const a = item(Number(m[1]), m[0]);
    if (a === undefined) continue;
    expectSame('title', m[2]!, a.shortText, m[0]);
    expectSame('topic', m[3]!, a.questionLabel, m[0]);
    const group = /([^\n]+)\n\n(?:- [^\n]*\n)*$/.exec(md.slice(0, m.index))?.[1] ?? '';
    const groupOwner = /^(?:The )?(.+?) (?:has|have) no room for these\b/.exec(group)?.[1];
    if (m[4] !== undefined) expectSame('owner', m[4], a.ownerText, m[0]);
    else if (groupOwner === undefined) wrong.push(`${m[0]}: no owner printed, and its group's sentence names none`);
    else expectSame('owner', groupOwner, a.ownerText, m[0]);
    // "prepares #M" (re-pinned, VP review 15 class 8: was "groundwork for #M"; a build, shape-plan.ts rule 5): #M requires this one; "for use after #M" (was "groundwork for #M's next step, “Title”", VP review 15 class 6: a step with no number): #M's next step does.
    const builtFor = /^(prepares|for use after) (#\d+)$/.exec(m[5] ?? '');
    if (builtFor !== null) {
      const user = item(Number(builtFor[2]!.slice(1)), m[0]);
      if (user !== undefined && builtFor[1] === 'prepares' && !user.requires.includes(a.id)) wrong.push(`${m[0]}: #${user.rank} does not need it`);
      if (user !== undefined && builtFor[1] === 'for use after' && user.next === null) wrong.push(`${m[0]}: #${user.rank} has no next step`);
    } else for (const rank of ranksIn(m[5] ?? '')) if (!a.after.includes(rank)) wrong.push(`${m[0]}: does not wait for #${rank}`);
  }
  // A question printed with its topic: "| Q1.1 Topic |" in a section's table, "**Topic** (Q4.2)" in the disagreements.
  for (const m of md.matchAll(/^\| (Q\d+\.\d+) ([^|]+?)(?: \(needs discussion\))? \|/gm)) if (byRef.has(m[1]!)) expectSame('topic', m[2]!, byRef.get(m[1]!)!.label, m[1]!);
  // "- **Label** (Q4.2, answers 1 to 3). Reason. The VP Sales checks it …" (the range beside the reference, where printed).
  for (const m of md.matchAll(/^- \*\*(.+?)\*\* \((Q\d+\.\d+)(?:, answers [^)]+)?\)\. (.+)$/gm)) {
    const q = byRef.get(m[2]!);
    if (q === undefined) continue;
    expectSame('topic', m[1]!, q.label, m[2]!);
    // "#N becomes: …" and "its action #N" are the question's own; "before #N starts (within H)" is that row's horizon.
    for (const d of m[3]!.matchAll(/#(\d+) (?:becomes:|is not needed)|its actions? #(\d+)/g)) if (byRank.get(Number(d[1] ?? d[2]))?.questionRef !== q.ref) wrong.push(`${q.ref}: #${d[1] ?? d[2]} is not its action`);
    for (const d of m[3]!.matchAll(/before #(\d+) starts \(within (\d+ days)\)/g)) expectSame('horizon', d[2]!, byRank.get(Number(d[1]))?.horizonText ?? '', `${q.ref} check`);
    // "The VP Sales checks it before #N is planned, at the day-90 review": a check that gates a backlog row gates the question's own.
    for (const d of m[3]!.matchAll(/before #(\d+) is planned/g)) if (byRank.get(Number(d[1]))?.questionRef !== q.ref) wrong.push(`${q.ref}: #${d[1]} is not its action`);
  }
  // The backlog's list of checks (h-conf16 moved each backlog row's check there from the discussion):
  // "- The VP Sales checks before #N is planned, at the day-90 review: … #M becomes: …". What the check changes is the
  // row it gates, or another action of that row's question, never a row of another question.
  for (const m of md.matchAll(/^- .+? checks? before #(\d+) is planned, at the day-90 review: (.+)$/gm)) {
    const gated = item(Number(m[1]), m[0].slice(0, 60));
    if (gated === undefined) continue;
    for (const d of m[2]!.matchAll(/#(\d+) (?:becomes:|is not needed)/g)) if (byRank.get(Number(d[1]))?.questionRef !== gated.questionRef) wrong.push(`${gated.questionRef}: #${d[1]} is not its action`);
  }
  // "Owners of the N actions, in the plan and the backlog: A n, …" holds every owner the plan and the backlog name, next steps included.
  const owners = /^Owners of the \d+ actions, in the plan and the backlog: (.+?)\.(?: |$)/m.exec(md);
  if (owners !== null) {
    const printed = [...owners[1]!.matchAll(/([^,]+?) (\d+)(?:,|$)/g)].map((o) => o[1]!.trim());
    const named = new Set(items.flatMap((a) => [a.ownerText, ...(a.next === null ? [] : [a.next.ownerText])]));
    for (const owner of named) if (!printed.includes(owner)) wrong.push(`Owners: ${owner} is missing`);
  }
  // "What #8 and #10 change shows in the scores after two quarters": those items carry a lag.
  for (const m of md.matchAll(/What (#.+?) changes? shows in the scores/g)) for (const rank of ranksIn(m[1]!)) if (byRank.get(rank)?.lag == null) wrong.push(`${m[0]}: #${rank} has no lag`);
  return wrong;
}

describe('every pointer in acme Markdown resolves to what it says (tenth VP reading, class 5)', () => {
  it('with the readout, and without one', () => {
    expect(unresolvedPointers(markdown(withReadout), withReadout)).toEqual([]);
    expect(unresolvedPointers(markdown(plain), plain)).toEqual([]);
  });

  it('fails on each kind of mismatch: a row owned by someone else in the gate list, a missing owner, a wrong topic, a check naming another row', () => {
    const md = markdown(withReadout);
    const gate = withReadout.priorities.find((p) => p.gate)!;
    const vpRow = withReadout.plan.find((a) => a.ownerText === 'VP Sales' && a !== gate)!;
    // Page one's why no longer says what waits for the gate (twelfth VP reading, class 3): the gate's sentence is added to test its check.
    expect(md).not.toContain("First-line sales managers' actions in the plan (");
    const broken = md.replace(/^## Findings$/m, `First-line sales managers' actions in the plan (#${vpRow.rank}) need the time it frees.\n\n## Findings`);
    expect(unresolvedPointers(broken, withReadout).join('\n')).toContain(`#${vpRow.rank} is VP Sales's, not first-line sales managers's`);
    // Re-pinned (h-plan19, VP 17 item 19): the Finance lead owns two actions now (its test of the discount limit).
    expect(unresolvedPointers(md.replace(/, Finance lead \d+\./, '.'), withReadout)).toEqual(['Owners: Finance lead is missing']);
    // Re-pinned after rubric review 17, edit 9 (h-rub19a): Q1.1 title says its two parts.
    expect(unresolvedPointers(md.replace('| Q1.1 A prospecting plan per rep, and its use |', '| Q1.1 Target accounts chosen for a reason |'), withReadout)).toEqual(['Q1.1: topic printed "Target accounts chosen for a reason", but it is "A prospecting plan per rep, and its use"']);
    expect(unresolvedPointers(md.replace(/Actions for this imperative: #\d+/, 'Actions for this imperative: #2'), withReadout).join('\n')).toMatch(/imperative 1: #2 is imperative 4's/);
    expect(unresolvedPointers(md.replace(/\| VP Sales \| – \|/, '| Marketing lead | – |'), withReadout).join('\n')).toMatch(/owner printed "Marketing lead", but it is "VP Sales"/);
    expect(unresolvedPointers(`${md}\nSee D9 and Q9.9 and finding Z and #99.`, withReadout)).toHaveLength(4);
    const backlog = withReadout.backlog[0]!;
    // Re-pinned (fx3-17): a line that prints its owner (one outside an owner's group), and an owner's group's sentence.
    const ownerPrinted = withReadout.backlogGroups.find((g) => !g.ownerSaid)!.actions[0]!;
    expect(unresolvedPointers(md.replace(`(${ownerPrinted.questionLabel}; ${ownerPrinted.ownerText})`, `(${ownerPrinted.questionLabel}; Finance lead)`), withReadout).join('\n')).toMatch(/owner printed "Finance lead"/);
    expect(unresolvedPointers(md.replace('The VP Sales has no room for these', 'The Finance lead has no room for these'), withReadout).join('\n')).toMatch(/owner printed "Finance lead"/);
    const flagged = withReadout.needsDiscussion[0]!;
    const own = withReadout.backlog.find((a) => a.questionRef === flagged.ref)!;
    expect(unresolvedPointers(md.replace(`#${own.rank} becomes:`, `#${backlog.rank === own.rank ? withReadout.backlog[1]!.rank : backlog.rank} becomes:`), withReadout).join('\n')).toContain(`${flagged.ref}: #`);
  });
});

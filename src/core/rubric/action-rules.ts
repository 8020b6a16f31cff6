// Set rules for recommended actions: their ids are unique across every rubric of the set, and
// `requires` names actions that exist and form no cycle. They need every file at once (a
// prerequisite may live in another imperative), so they run when the set is assembled.
import { diagnostic, type Diagnostic, type Position, type RuleId } from '../diagnostics.js';
import type { PathSegment } from '../source/parse-yaml-source.js';
import { suggestion } from '../source/zod-diagnostics.js';
import type { RubricOutline } from './rubric-set.js';

export interface ActionRuleInput {
  /** The rubrics that passed the schema, in file order. */
  rubrics: readonly { rubric: RubricOutline; file: string; index: number }[];
  /** False when some rubric file failed the schema: its actions are unknown, so an unknown id may just live there. */
  complete: boolean;
  /** The position of `path` in the file with this index. */
  at(index: number, path: readonly PathSegment[]): Position;
}

/** An action where it is written. Its question's name and path are made only for a finding (a set has thousands of actions). */
interface ActionSite {
  id: string;
  recommendation: RubricOutline['questions'][number]['recommendations'][number];
  file: string;
  index: number;
  rubric: RubricOutline;
  /** The question's and the action's positions in their lists. */
  q: number;
  r: number;
}

const questionOf = (site: ActionSite) => `${site.rubric.id}/${site.rubric.questions[site.q]!.id}`;

export function checkActions({ rubrics, complete, at }: ActionRuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (rule: RuleId, site: ActionSite, path: readonly PathSegment[], message: string) =>
    diagnostics.push(diagnostic(site.file, rule, message, at(site.index, ['questions', site.q, 'recommendations', site.r, ...path])));

  const byId = new Map<string, ActionSite>();
  const sites: ActionSite[] = [];
  for (const { rubric, file, index } of rubrics) {
    for (let q = 0; q < rubric.questions.length; q++) {
      const recommendations = rubric.questions[q]!.recommendations;
      for (let r = 0; r < recommendations.length; r++) {
        const recommendation = recommendations[r]!;
        const site: ActionSite = { id: recommendation.id, recommendation, file, index, rubric, q, r };
        const first = byId.get(site.id);
        if (first === undefined) {
          byId.set(site.id, site);
          sites.push(site);
        } else {
          report('duplicate-action-id', site, ['id'], `action id "${site.id}" is already used in ${first.file} (question ${questionOf(first)}); action ids are unique across the whole set`);
        }
      }
    }
  }

  let known: string[] | undefined; // the ids, for a suggestion: made on the first unknown one
  // What a step `covers` it does inside itself: an unknown id would list a backlog action as done.
  for (const site of sites) {
    (site.recommendation.covers ?? []).forEach((covered, k) => {
      if (!byId.has(covered) && complete) report('unknown-covered-action', site, ['covers', k], `action "${site.id}" covers "${covered}", but no action in the set has that id${suggestion(covered, (known ??= [...byId.keys()]))}`);
    });
  }
  for (const site of sites) {
    if (site.recommendation.requires.length === 0) continue;
    site.recommendation.requires.forEach((required, k) => {
      const prerequisite = byId.get(required);
      if (prerequisite === undefined) {
        if (complete) report('unknown-prerequisite', site, ['requires', k], `action "${site.id}" requires "${required}", but no action in the set has that id${suggestion(required, (known ??= [...byId.keys()]))}`);
        return;
      }
      if (prerequisite.recommendation.horizon > site.recommendation.horizon) {
        report(
          'prerequisite-later-horizon',
          site,
          ['requires', k],
          `action "${site.id}" (${site.recommendation.horizon} days) requires "${required}", which has a later horizon (${prerequisite.recommendation.horizon} days); when both fire the plan moves "${site.id}" to ${prerequisite.recommendation.horizon} days`,
        );
      }
    });
  }

  for (const cycle of cyclesOf(sites, byId)) {
    const first = cycle[0]!;
    const second = cycle[1] ?? first;
    const last = cycle[cycle.length - 1]!;
    // A simple loop reads as a chain back to its start; a tangle of loops as the list of its actions.
    const simple = last.recommendation.requires.includes(first.id) && cycle.every((s, i) => i === 0 || cycle[i - 1]!.recommendation.requires.includes(s.id));
    const message = simple
      ? `${[...cycle, first].map((s) => `"${s.id}"`).join(' requires ')}: a cycle, so none of them can be done first; remove one of these requires`
      : `actions ${cycle.map((s) => `"${s.id}"`).join(', ')} require one another in a cycle, so none of them can be done first; remove one of these requires`;
    report('prerequisite-cycle', first, ['requires', first.recommendation.requires.indexOf(second.id)], message);
  }
  return diagnostics;
}

/**
 * One cycle per strongly connected component that has one (Tarjan), each listing every action of
 * the component in an order that follows `requires`, starting from the component's first action
 * in file order. A component larger than one loop is listed as the path that visits all of it.
 */
function cyclesOf(sites: readonly ActionSite[], byId: ReadonlyMap<string, ActionSite>): ActionSite[][] {
  const next = (site: ActionSite) => site.recommendation.requires.map((id) => byId.get(id)).filter((s): s is ActionSite => s !== undefined);
  const index = new Map<ActionSite, number>();
  const low = new Map<ActionSite, number>();
  const stack: ActionSite[] = [];
  const onStack = new Set<ActionSite>();
  const components: ActionSite[][] = [];
  let counter = 0;
  // Iterative, so a long chain of prerequisites cannot overflow the call stack.
  for (const root of sites) {
    // An action that requires nothing is a component of its own without a loop: no walk from it.
    // (Most actions; reached from another, it is entered then.)
    if (index.has(root) || root.recommendation.requires.length === 0) continue;
    const work: { site: ActionSite; children: ActionSite[]; i: number }[] = [];
    const enter = (site: ActionSite) => {
      index.set(site, counter);
      low.set(site, counter++);
      stack.push(site);
      onStack.add(site);
      work.push({ site, children: next(site), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++]!;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.site, Math.min(low.get(frame.site)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.site, Math.min(low.get(parent.site)!, low.get(frame.site)!));
      if (low.get(frame.site) === index.get(frame.site)) {
        const component: ActionSite[] = [];
        let member: ActionSite;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.site);
        const selfLoop = component.length === 1 && next(component[0]!).includes(component[0]!);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  // Most sets have no cycle: the file order of every action is made only for one.
  if (components.length === 0) return [];
  const order = new Map(sites.map((s, i) => [s, i]));
  return components
    .map((component) => walk(component.sort((a, b) => order.get(a)! - order.get(b)!), next))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** A walk along `requires` inside one component from its first action, visiting every member once where it can. */
function walk(component: readonly ActionSite[], next: (site: ActionSite) => ActionSite[]): ActionSite[] {
  const members = new Set(component);
  const path: ActionSite[] = [component[0]!];
  const seen = new Set(path);
  for (;;) {
    const last = path[path.length - 1]!;
    const candidates = next(last).filter((s) => members.has(s));
    const fresh = candidates.find((s) => !seen.has(s));
    if (fresh === undefined) break;
    path.push(fresh);
    seen.add(fresh);
  }
  // Members the greedy walk missed (a component with branches) are still named.
  for (const member of component) if (!seen.has(member)) path.push(member);
  return path;
}

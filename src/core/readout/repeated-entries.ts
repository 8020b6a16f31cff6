// An id the readout gives twice, or an action it both drops and keeps (hostile-input pass, session
// 18): each was taken silently, one way or the other. Two decisions with one id printed one of them;
// a note listed twice, approved once and not the other time, printed; an action both dropped and
// promoted was dropped. The consultant meant something by each line: say which one is taken.
import type { PathSegment } from '../source/parse-yaml-source.js';
import type { ReadoutData } from './schema.js';

export interface ReadoutEntryProblem {
  rule: 'readout-repeated-id' | 'readout-drop-contradiction';
  path: PathSegment[];
  message: string;
}

/** Ids given twice in one list of the readout, and actions dropped that another list keeps, each at its later mention. */
export function repeatedEntries(readout: ReadoutData): ReadoutEntryProblem[] {
  const problems: ReadoutEntryProblem[] = [];
  const lists: { what: string; ids: { id: string; path: PathSegment[] }[] }[] = [
    { what: 'decisions', ids: readout.decisions.map((d, i) => ({ id: d.id, path: ['decisions', i, 'id'] })) },
    { what: 'priorities', ids: readout.priorities.map((p, i) => ({ id: p.action, path: ['priorities', i, 'action'] })) },
    { what: 'plan.promote', ids: readout.plan.promote.map((id, i) => ({ id, path: ['plan', 'promote', i] })) },
    { what: 'plan.drop', ids: readout.plan.drop.map((id, i) => ({ id, path: ['plan', 'drop', i] })) },
    // An action merged twice would be kept by one merge and swallowed by the other.
    { what: 'plan.merge', ids: readout.plan.merge.flatMap((m, i) => m.actions.map((id, j) => ({ id, path: ['plan', 'merge', i, 'actions', j] }))) },
    { what: 'notes', ids: readout.notes.map((n, i) => ({ id: n.id, path: ['notes', i, 'id'] })) },
  ];
  for (const { what, ids } of lists) {
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (!seen.has(id)) seen.add(id);
      else problems.push({ rule: 'readout-repeated-id', path, message: `"${id}" is in ${what} a second time: only one of the two would be taken, without a word; keep one` });
    }
  }
  const dropped = new Set(readout.plan.drop);
  const kept: { id: string; path: PathSegment[]; how: string }[] = [
    ...readout.priorities.map((p, i) => ({ id: p.action, path: ['priorities', i, 'action'], how: 'a priority' })),
    ...readout.plan.promote.map((id, i) => ({ id, path: ['plan', 'promote', i], how: 'promoted' })),
    ...readout.plan.merge.flatMap((m, i) => m.actions.map((id, j) => ({ id, path: ['plan', 'merge', i, 'actions', j], how: 'merged' }))),
    ...Object.keys(readout.plan.rewrite).map((id) => ({ id, path: ['plan', 'rewrite', id], how: 'rewritten' })),
  ];
  for (const { id, path, how } of kept) {
    if (dropped.has(id)) problems.push({ rule: 'readout-drop-contradiction', path, message: `"${id}" is dropped (plan.drop) and ${how} here: the drop would win without a word; remove one of the two` });
  }
  return problems;
}

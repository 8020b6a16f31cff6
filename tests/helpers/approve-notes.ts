// A readout that approves every note the rules let print (readout `notes:`, printed-notes.ts): for
// tests about the rules that still hold notes back once approved (identifying-notes, small-group
// quotes), or about how an approved note prints. Without approval, no note of a team prints at all.
import { Readout, type ReadoutData } from '../../src/core/readout/schema.js';
import { groupOfRespondent, noteFates } from '../../src/core/report/printed-notes.js';
import type { RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import type { AuditScores } from '../../src/core/scoring/score-audit.js';

/**
 * `base` with every note the draft would list approved as written. Without a base, a readout of
 * notes only (its headline is a placeholder, and page one lists no decision): for tests that read
 * the sections, not page one.
 */
export function approvingEveryNote(set: RubricSet, scores: AuditScores, base?: ReadoutData | null): ReadoutData {
  const groupOf = groupOfRespondent(scores);
  const ids = new Set(scores.imperatives.flatMap((r) => r.questions.flatMap((q) => noteFates(q, scores, groupOf, { showIdentifying: false, names: false, approved: new Map() }).filter((f) => f.heldBack === null || f.heldBack === 'not-approved').map((f) => f.id))));
  const notes = [...ids].map((id) => ({ id, approve: true }));
  return Readout.parse({ ...(base ?? { version: 1, rubrics: set.digest, headline: 'Every note approved.' }), notes });
}

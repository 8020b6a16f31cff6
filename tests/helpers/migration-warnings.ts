// The warnings a rubric written before issue 19 gets (two or three levels, `below`, no
// `measures`, two old `below` actions sharing levels). Tests of other rules on old-format
// fixtures leave these out; rubric-model-rules.test.ts tests each of them.
import type { RuleId } from '../../src/core/diagnostics.js';

export const MIGRATION_WARNINGS: ReadonlySet<RuleId> = new Set<RuleId>(['recommendation-below-deprecated', 'ladder-too-short', 'question-measures-missing', 'action-same-level-unordered']);

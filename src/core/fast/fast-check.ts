// A value through a fast check: zod's output when the check vouches for it, else null (the caller
// takes the exact path, zod with located findings).
import type { FastCheck } from './fast-checks.js';
import { applyOutputPlan, NOT_CERTAIN } from './output-plan.js';

export function fastCheck<T>(check: FastCheck, value: unknown): T | null {
  if (!check.validate(value)) return null;
  const out = applyOutputPlan(check.plan, value);
  return out === NOT_CERTAIN ? null : (out as T);
}

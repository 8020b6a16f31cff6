// Checks a zod schema makes with .refine(): a JSON Schema cannot carry them, so the fast path runs
// these very functions where the derived output plan says zod runs them. A refinement not listed
// here stops the build (derive-output-plan.ts): the fast path never vouches for what it cannot check.
import { isCalendarDate } from '../answers/answers-constants.js';

export const REFINEMENTS = {
  'calendar-date': isCalendarDate,
} as const satisfies Record<string, (value: never) => boolean>;

export type RefinementName = keyof typeof REFINEMENTS;

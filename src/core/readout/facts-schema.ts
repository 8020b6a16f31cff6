// The readout's `facts:` (facts.ts says what they are and prints them): checked by the readout's
// schema only, so only a run with a readout builds this one.
import * as z from 'zod';
import { kebabId } from '../rubric/schema.js';

const Count = z.int().min(0).max(1_000_000);
/** A share of 100, as the client states it: 11 for 11 %. */
const Percent = z.number().min(0).max(100);
const Money = z.number().min(0).max(1e12);
const CostRange = z.union([
  Money,
  z
    .strictObject({ low: Money, high: Money })
    .refine((r) => r.low <= r.high, { message: 'low must not be above high' })
    .meta({ description: 'A range: { low: 60000, high: 90000 }.' }),
]);

export const Facts = z
  .strictObject({
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be a currency code of three capital letters (USD, EUR, GBP)' })
      .optional()
      .meta({ description: 'The currency of `costs`, as an ISO 4217 code (USD, EUR, GBP); needed once a cost is given.' }),
    headcount: z
      .strictObject({
        reps: Count.optional().meta({ description: 'Salespeople in the sales force, all of them, not only those who answered.' }),
        managers: Count.optional().meta({ description: 'First-line sales managers in post.' }),
        leadership: Count.optional().meta({ description: 'Sales leadership (VP Sales, directors).' }),
      })
      .optional(),
    invited: Count.optional().meta({ description: 'People invited to answer the audit: page one gives the respondents "of N invited".' }),
    'average-discount': Percent.optional().meta({ description: "Today's average discount off list, in percent (11 for 11%)." }),
    'win-rate': Percent.optional().meta({ description: 'Share of qualified opportunities won, in percent, over the period the client measures it.' }),
    'at-quota': Percent.optional().meta({ description: 'Share of reps at or above quota last year, in percent.' }),
    costs: z
      .record(kebabId, CostRange)
      .optional()
      .meta({
        description:
          'What an option costs, in `currency`, by a name of your choice (a decision\'s id reads best: `manager-capacity: { low: 60000, high: 90000 }`); a text cites it as {{fact costs.manager-capacity}}. `owner-capacity` prices the capacity decision the report adds.',
      }),
  })
  .superRefine((facts, ctx) => {
    if (facts.costs !== undefined && Object.keys(facts.costs).length > 0 && facts.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['costs'], message: 'costs need the facts\' currency: add currency: USD (or EUR, GBP, …)' });
    }
  })
  .meta({ title: 'Facts', description: "The client's facts the audit did not measure, as the client gave them; texts cite them as {{fact <name>}}." });

export type FactsData = z.infer<typeof Facts>;

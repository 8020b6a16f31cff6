// A portfolio record: one past audit as the benchmark needs it, and nothing more. No respondent
// names, no notes, no organization name (unless --keep-org); the organization is kept only as a
// key salted per portfolio, so a record on its own names nobody and the report can still leave a
// client's own earlier audits out of its comparison. This zod schema is the one validator of a
// record file and of a pack.
import * as z from 'zod';

import { PACK_FORMAT, RECORD_FORMAT, RECORD_FORMAT_VERSION } from './record-constants.js';

export * from './record-constants.js';

const Score = z.number().min(0).max(100);
const ByRole = z.record(z.string(), z.number()).meta({ description: 'By role group, for the groups the audit showed on their own (at least the minimum group size).' });

/**
 * One imperative: its score, and its questions as parallel lists (question i is ids[i], with
 * weights[i], levels[i] and scores[i]). Lists rather than an object per question keep a record
 * near 2 KB, so 10,000 of them parse in well under a second.
 */
export const RecordImperative = z
  .strictObject({
    id: z.string(),
    weight: z.number().positive(),
    score: Score.nullable(),
    byRole: ByRole,
    questions: z.array(z.string()).meta({ description: 'Question ids, in the rubric\'s order.' }),
    weights: z.array(z.number().positive()),
    levels: z
      .array(z.string().regex(/^-?\d+(,-?\d+)+$/))
      .meta({ description: 'Each question\'s level scores, "0,1,2,3,4": a question is compared only with the same id and the same level scores.' }),
    scores: z.array(z.number().nullable()).meta({ description: 'Each question\'s mean level score, one decimal; null when nobody scored it.' }),
    questionsByRole: z.record(z.string(), z.array(z.number().nullable())).meta({ description: 'Each question\'s mean by shown role group (null where the group scored none).' }),
  })
  .refine((i) => [i.weights, i.levels, i.scores, ...Object.values(i.questionsByRole)].every((list) => list.length === i.questions.length), {
    message: 'questions, weights, levels, scores and questionsByRole must have one entry per question',
  });

export const PortfolioRecord = z
  .strictObject({
    format: z.literal(RECORD_FORMAT),
    formatVersion: z.literal(RECORD_FORMAT_VERSION),
    id: z.string().regex(/^[0-9a-f]{24}$/).meta({ description: 'The audit\'s content address: sha256 of the audit (everything but the segment and the organization name), 24 hex digits.' }),
    date: z
      .string()
      .regex(/^\d{4}-(\d{2}-\d{2}|Q[1-4])$/)
      .meta({ description: 'The latest interview date, YYYY-MM-DD; a pack keeps only the quarter, YYYY-Qn.' }),
    organization: z.string().optional().meta({ description: 'Only with --keep-org; never in a pack.' }),
    orgKey: z.string().optional().meta({ description: "The organization as a key salted per portfolio; dropped from a pack." }),
    segment: z.strictObject({ industry: z.string().optional(), size: z.string().optional(), region: z.string().optional(), sale: z.string().optional() }),
    rubrics: z.strictObject({
      title: z.string(),
      digest: z.string(),
      version: z.string().nullable().meta({ description: "The set's version (_set.yaml `version`), null when it has none." }),
    }),
    respondents: z.strictObject({
      total: z.int().min(1),
      byRole: z.record(z.string(), z.int().min(1)),
      folded: z.int().min(0).meta({ description: 'Respondents in roles not shown on their own.' }),
    }),
    overall: Score.nullable(),
    imperatives: z.array(RecordImperative),
  })
  .meta({ title: 'sales-audit portfolio record', description: 'One past audit, as `sales-audit portfolio add` stores it.' });

export type PortfolioRecord = z.output<typeof PortfolioRecord>;

export const PortfolioPack = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(RECORD_FORMAT_VERSION),
    minCell: z.int().min(1).meta({ description: 'Every segment cell in the pack holds at least this many audits.' }),
    records: z.array(PortfolioRecord),
  })
  .meta({ title: 'sales-audit portfolio pack', description: 'Records to pool with other portfolios: dates to the quarter, no organization.' });

export type PortfolioPack = z.output<typeof PortfolioPack>;

export const PortfolioManifest = z.strictObject({
  format: z.literal('sales-audit-portfolio'),
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
});
export type PortfolioManifest = z.output<typeof PortfolioManifest>;

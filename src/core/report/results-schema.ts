// The machine-readable results (`--format json`). This zod schema is the contract: the TypeScript
// type of buildResults() is derived from it, and schemas/results.schema.json is generated from it.
import { z } from 'zod';

const Score = z.number().min(0).max(100).nullable();

export const ResultsQuestion = z
  .strictObject({
    id: z.string(),
    score: z.number().nullable().meta({ description: 'The level score (one respondent) or the mean of the scores given, one decimal; null when nobody scored it (n/a or unanswered).' }),
    attainment: z.number().min(0).max(1).nullable().meta({ description: '(score − lowest level) / (highest − lowest), from the unrounded mean; unrounded.' }),
    note: z.string().nullable().meta({ description: 'The evidence note with one respondent; null with several (see notes).' }),
    notes: z
      .array(z.strictObject({ role: z.string(), name: z.string().nullable(), note: z.string() }))
      .meta({ description: 'Every evidence note, with the role and name (null when anonymized or not given).' }),
    respondents: z.int().min(0).meta({ description: 'How many respondents scored this question.' }),
    notApplicable: z.int().min(0).meta({ description: 'How many answered n/a.' }),
    min: z.number().nullable(),
    max: z.number().nullable(),
    spread: z.int().min(0).nullable().meta({ description: 'Levels between the lowest and highest score given.' }),
    needsDiscussion: z.boolean().meta({ description: 'Respondents are two levels or more apart.' }),
  })
  .meta({ title: 'Question result' });

export const ResultsImperative = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    weight: z.number().positive(),
    score: Score.meta({ description: '0–100, one decimal; null when no question has a score.' }),
    target: z.number().min(0).max(100),
    gap: Score.meta({ description: 'max(0, target − score), one decimal.' }),
    band: z.string().nullable(),
    coverage: z.number().min(0).max(1).meta({ description: 'Answers given (n/a included) / (questions × respondents); unrounded.' }),
    byRole: z.record(z.string(), Score).meta({ description: 'The score over each role’s respondents only.' }),
    questions: z.array(ResultsQuestion),
  })
  .meta({ title: 'Imperative result' });

export const ResultsAction = z
  .strictObject({
    imperative: z.string(),
    question: z.string(),
    action: z.string(),
    horizon: z.union([z.literal(30), z.literal(60), z.literal(90)]),
    owner: z.string().nullable(),
    priority: z.number().min(0).meta({ description: 'weight_i × weight_q × (1 − attainment_q); unrounded.' }),
  })
  .meta({ title: 'Action' });

export const Results = z
  .strictObject({
    organization: z.string(),
    respondents: z.array(
      z.strictObject({
        name: z.string().nullable().meta({ description: 'Null when not given or with --anonymize.' }),
        role: z.string(),
        date: z.string(),
      }),
    ),
    date: z.string().meta({ description: 'The latest interview date, YYYY-MM-DD.' }),
    rubrics: z.strictObject({ title: z.string(), digest: z.string() }),
    overall: z.strictObject({ score: Score, band: z.string().nullable() }),
    imperatives: z.array(ResultsImperative),
    actions: z.array(ResultsAction).meta({ description: 'Highest priority first.' }),
    perceptionGaps: z
      .array(
        z.strictObject({
          imperative: z.string(),
          roles: z.tuple([z.string(), z.string()]).meta({ description: 'The role rating the imperative highest, then the lowest.' }),
          difference: z.number().min(0).max(100),
        }),
      )
      .meta({ description: 'Per imperative scored by two roles or more, the largest difference between roles; largest first.' }),
  })
  .meta({ title: 'sales-audit results', description: 'Scores, gaps and prioritized actions of one audit (`sales-audit report --format json`).' });

export type Results = z.output<typeof Results>;

/** The JSON Schema of the results, for schemas/results.schema.json. */
export function resultsJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(Results, { target: 'draft-07', io: 'output' }), null, 2)}\n`;
}

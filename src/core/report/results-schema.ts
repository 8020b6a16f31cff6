// The machine-readable results (`--format json`). This zod schema is the contract: the TypeScript
// type of buildResults() is derived from it, and schemas/results.schema.json is generated from it.
import * as z from 'zod';
import { BenchmarkResults } from './benchmark-results.js';

const Score = z.number().min(0).max(100).nullable();

export const ResultsQuestion = z
  .strictObject({
    id: z.string(),
    score: z.number().nullable().meta({ description: 'The level score (one respondent) or the mean of the scores given, one decimal; null when nobody scored it (n/a or unanswered).' }),
    attainment: z.number().min(0).max(1).nullable().meta({ description: '(score − lowest level) / (highest − lowest), from the unrounded mean; unrounded.' }),
    note: z.string().nullable().meta({ description: 'The evidence note with one respondent; null with several (see notes).' }),
    notes: z
      .array(
        z.strictObject({
          role: z.string().nullable(),
          name: z.string().nullable(),
          note: z.string(),
          id: z.string().meta({ description: "The note's id for the readout's `notes:` (its question's id and a short hash of the note): the client formats print a note only once the readout approves it." }),
          heldBack: z
            .enum(['identifying', 'small-group-quote'])
            .nullable()
            .meta({ description: 'Why the other formats never print this note as written, even approved: it may point to one person, or it quotes words from a group too small to quote (fewer than minGroup + 2 who answered); null when the readout may approve it.' }),
        }),
      )
      .meta({ description: 'The evidence notes, the first 50 in the order of the answers (the data keeps every note, with heldBack), with the group (the role, or a pool\'s name; null when the role is folded in, or when too few people of that group or of the others answered this question) and the name (null unless --names).' }),
    notesLeftOut: z.int().min(1).optional().meta({ description: 'How many more notes were given than `notes` holds (a report keeps the first 50 of each question); absent when none were left out.' }),
    evidence: z
      .strictObject({ document: z.int().min(0), observed: z.int().min(0), data: z.int().min(0), survey: z.int().min(0).optional(), claimed: z.int().min(0) })
      .meta({ description: 'How many scored answers rest on each kind of evidence: a document seen, a call or meeting observed, system data, a survey the audit ran (only where one is), or what the respondent said (claimed).' }),
    figuresHeldBack: z
      .literal('too-few-scored')
      .nullable()
      .meta({ description: 'Why the other formats print no figure of this question (score, range, evidence counts, attainment): too few scored it for any one of them to be set aside with minGroup others left; null when they print them. The data keeps every figure, as it keeps every note.' }),
    respondents: z.int().min(0).meta({ description: 'How many respondents scored this question.' }),
    notApplicable: z.int().min(0).meta({ description: 'How many answered n/a.' }),
    min: z.number().nullable(),
    max: z.number().nullable(),
    spread: z.int().min(0).nullable().meta({ description: 'Levels between the lowest and highest score given.' }),
    needsDiscussion: z.boolean().meta({ description: 'People genuinely disagree (scoring/discussion.ts): two shown roles 2 levels or more apart on average, or a third of the respondents 2 levels or more below another third.' }),
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
    byRole: z.record(z.string(), Score).meta({ description: 'The score over each role’s respondents only, for the roles shown on their own and shown on every question of this imperative they scored; empty unless two roles or more are so shown (the same rule as every report format).' }),
    questions: z.array(ResultsQuestion),
  })
  .meta({ title: 'Imperative result' });

const HorizonDays = z.union([z.literal(30), z.literal(60), z.literal(90)]);

export const ResultsNextStep = z
  .strictObject({
    id: z.string().meta({ description: 'The next step’s recommendation id.' }),
    title: z.string(),
    action: z.string(),
    horizon: HorizonDays.meta({ description: 'Always later than the current step’s horizon.' }),
    owner: z.string().nullable(),
    fromLevel: z.int().meta({ description: 'The level it lifts the team from: the one above the team level.' }),
  })
  .meta({ title: 'Next step', description: 'The question’s step after the current one, once that is done; not an item of the plan on its own.' });

export const ResultsAction = z
  .strictObject({
    id: z.string().meta({ description: 'The current step’s recommendation id in the rubric, unique across the set.' }),
    imperative: z.string(),
    question: z.string(),
    title: z.string().meta({ description: 'A short name for the current step (the rubric’s title, else its action text).' }),
    action: z.string().meta({ description: 'The current step: what lifts the team from the level it stands at.' }),
    horizon: HorizonDays.meta({ description: 'The planned horizon, when the action can start: the rubric’s, or the horizon after a fired prerequisite’s when that is later.' }),
    owner: z.string().nullable().meta({ description: "The resolved owner for this client: the owner catalog's title (or its fallback's where the client lacks the role); the rubric's text without a catalog." }),
    effort: z.enum(['low', 'medium', 'high']),
    teamLevel: z.int().meta({ description: "The question's team level: the level score of its median respondent (the lower middle on an even count)." }),
    next: ResultsNextStep.nullable().meta({ description: 'The question’s next step, planned a horizon later; null when there is none (or it would lead into the top level, or no horizon is left).' }),
    requires: z.array(z.string()).meta({ description: 'Ids of the actions the rubric says must be done first (fired or not).' }),
    decision: z.string().nullable().meta({ description: "The id of the leadership decision this step carries out and waits for (the rubric's `decision:`); null for most." }),
    lag: z.int().positive().nullable().meta({ description: "Days after the step before its question's level can move at all (the rubric's `lag`), or null where the level can move within the plan." }),
    priority: z.number().min(0).meta({ description: 'weight_i × weight_q × (1 − attainment_q); unrounded.' }),
    rank: z.int().min(1).meta({ description: 'Place in the plan: prerequisites that fire come before the actions that require them.' }),
  })
  .meta({ title: 'Action' });

export const Results = z
  .strictObject({
    organization: z.string(),
    respondents: z.array(
      z.strictObject({
        name: z.string().nullable().meta({ description: 'Null unless --names (or when not given).' }),
        role: z.string().nullable().meta({ description: 'The role as written, or the name of the pool it is shown in ("leadership or sales manager", see confidentiality.pooledRoles); null when the role is folded in (see confidentiality.foldedRoles).' }),
        date: z.string(),
      }),
    ),
    date: z.string().meta({ description: 'The latest interview date, YYYY-MM-DD.' }),
    rubrics: z.strictObject({ title: z.string(), digest: z.string() }),
    overall: z.strictObject({ score: Score, band: z.string().nullable() }),
    imperatives: z.array(ResultsImperative),
    confidentiality: z
      .strictObject({
        names: z.boolean().meta({ description: 'Whether respondent names are included (--names).' }),
        minGroup: z.int().min(1).meta({ description: 'No figure gives anyone, a member of the group included, the answers of fewer people than this (--min-group): a role is shown on its own only with minGroup + 1 respondents or more, since a member can take their own answers out.' }),
        pooledRoles: z.array(z.string()).meta({ description: 'The roles too small to show on their own, shown together as one group (its name: theirs joined by " or "). Empty when none is.' }),
        foldedRoles: z.array(z.string()).meta({ description: 'The roles folded into the totals only: too small on their own and together, or folded with them so that the totals minus the roles shown do not give them away. Empty with one respondent.' }),
      })
      .meta({ description: 'What the results leave out to protect respondents.' }),
    priorities: z.array(z.string()).meta({ description: 'Ids of the page-one priorities, in order: the first --focus actions of the shown plan (#1 onwards; the gate, the step that frees someone\'s time, among them), as the report numbers it without a readout.' }),
    actions: z.array(ResultsAction).meta({ description: 'One item per question with a step, in plan order (rank 1 first): its current step, and its next step in `next`.' }),
    perceptionGaps: z
      .array(
        z.strictObject({
          imperative: z.string(),
          roles: z.tuple([z.string(), z.string()]).meta({ description: 'The role rating the imperative highest, then the lowest.' }),
          difference: z.number().min(0).max(100),
        }),
      )
      .meta({ description: 'Per imperative scored by two roles or more, the largest difference between roles; largest first.' }),
    benchmark: BenchmarkResults.optional().meta({ description: 'Only with --benchmark: how this audit compares with a portfolio of past audits.' }),
  })
  .meta({ title: 'sales-audit results', description: 'Scores, gaps and prioritized actions of one audit (`sales-audit report --format json`).' });

export type Results = z.output<typeof Results>;

/** The JSON Schema of the results, for schemas/results.schema.json. */
export function resultsJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(Results, { target: 'draft-07', io: 'output' }), null, 2)}\n`;
}

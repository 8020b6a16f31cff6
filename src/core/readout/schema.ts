// The readout file (issue 20): what the consultant signs. `sales-audit draft` writes a starting
// point from the data; the consultant rewrites any text and drops, merges or promotes actions by
// id; `report --readout` renders it in every format. This zod schema is its one source of truth
// (`sales-audit schema readout` prints it as JSON Schema). Figures in its texts are references to
// the data ({{score differentiation}}, figures.ts), resolved when the report is rendered.
import * as z from 'zod';
import { kebabId, nonEmptyText } from '../rubric/schema.js';
import { isCalendarDate } from '../answers/answers-constants.js';

import { Facts } from './facts-schema.js';
import { DECISION_STATUSES, DEFAULT_PLAN_SIZE, MAX_PLAN_SIZE } from './readout-constants.js';

export { DEFAULT_PLAN_SIZE, MAX_PLAN_SIZE } from './readout-constants.js';

const Text = nonEmptyText.meta({ description: 'Plain text; may hold figure references such as {{score differentiation}} (docs/readout.md).' });

export const Quote = z
  .strictObject({
    text: nonEmptyText.meta({ description: 'A respondent\'s note, as written (draft copies it from the answers; no names).' }),
    from: nonEmptyText.meta({ description: 'Who said it, without a name: a group the report shows (a role, or a pool of roles).' }),
    question: kebabId.optional().meta({ description: 'The question the note answers (its id).' }),
  })
  .meta({ title: 'Quote' });

export const ApprovedNote = z
  .strictObject({
    id: kebabId.meta({ description: "The note's id: its question's id and a short hash of the note as written (draft writes it; `validate --readout` checks it)." }),
    approve: z.boolean().default(false).meta({ description: 'true: the report prints this note with its question (confidential by default: with several respondents, a note prints only when approved).' }),
    text: nonEmptyText.optional().meta({
      description: "The note as written (draft copies it). Rewrite it to print your own words in its place: a rewording prints as the consultant's note, never in quotation marks, and is checked again by the identifying-notes rule.",
    }),
  })
  .meta({ title: 'Note' });

export const Finding = z
  .strictObject({
    title: Text.meta({ description: 'The finding in one line: what a VP should remember.' }),
    text: Text.optional().meta({ description: 'One to three sentences of support.' }),
    short: nonEmptyText.optional().meta({ description: 'The finding in a few of its own words ("managers\' time"), keeping its "not" where it has one: the deck titles its findings slide "Three findings: <each short>" when every finding has one that does.' }),
    figures: z.array(nonEmptyText).default([]).meta({ description: 'Figure references shown under the finding, without braces: "gap leadership salesperson differentiation".' }),
    questions: z
      .array(kebabId)
      .default([])
      .meta({
        description:
          'The questions the finding rests on, by id (draft writes the one it drew the finding from): the report prints them after the finding ("Rests on Q4.8 and Q4.9") and the deck shows them as what the finding rests on, instead of the imperative\'s lowest questions.',
        examples: [['time-for-people', 'protection-from-admin']],
      }),
    quotes: z.array(Quote).default([]),
  })
  .meta({ title: 'Finding' });

export const ReadoutDecision = z
  .strictObject({
    id: kebabId.meta({ description: "A rubric decision's id (its text is the default), or the consultant's own id with a text." }),
    text: Text.optional().meta({ description: "The decision as leadership would put it on the agenda; default: the rubric's text." }),
    why: Text.optional().meta({ description: 'What in the data puts it on the agenda: one plain sentence.' }),
    recommend: Text.optional().meta({ description: "The option you recommend; default: the rubric's (draft copies it here to edit)." }),
    cost: Text.optional().meta({
      description:
        "What the option costs: money (a {{fact costs.<name>}}, summed into page one's total) or time with its unit (\"half a day per rep\", \"an hour a week\"); default: the rubric's. What it puts at risk goes under risk:, what it gains under benefit:.",
    }),
    risk: Text.optional().meta({ description: 'What the option puts at risk (pipeline moved, a slower step), with its safeguard: printed after the cost, never counted in it.' }),
    benefit: Text.optional().meta({ description: 'What the option gains, with a figure where the client gave one ({{fact costs.one-discount-point}} a point): printed after the cost.' }),
    actions: z.array(kebabId).optional().meta({ description: "The actions that carry it out, by id (page one prints their plan numbers); default: the rubric question's fired actions." }),
    status: z.enum(DECISION_STATUSES).default('open').meta({
      description:
        "Where leadership stands on this rubric decision. open (default): put to leadership at the readout; the steps that carry it out (an action's `decision:`) keep their horizon and read \"once leadership decides D1\". taken: they read \"carries out D1\". declined: they leave the plan for the backlog (\"leadership declined the decision it carries out\"), and what requires them waits with them.",
    }),
    evidence: Quote.optional().meta({ description: "One note as its evidence (written in quotation marks when the person said it word for word); printed with its question's notes, never on page one." }),
  })
  .meta({ title: 'Decision' });

export const Priority = z
  .strictObject({
    action: kebabId.meta({ description: 'The id of a recommended action that fires on this data.' }),
    why: Text.optional().meta({ description: 'A plain why, for a VP; default: the report\'s.' }),
  })
  .meta({ title: 'Priority' });

export const Merge = z
  .strictObject({
    actions: z.array(kebabId).min(2, { message: 'needs at least 2 actions' }).meta({ description: 'The actions merged; the first one stays, in its place, with the others\' requirements.' }),
    action: Text.optional().meta({ description: 'The merged action\'s text; default: the first action\'s.' }),
  })
  .meta({ title: 'Merge' });

export const Plan = z
  .strictObject({
    size: z.int().min(1).max(MAX_PLAN_SIZE).default(DEFAULT_PLAN_SIZE).meta({ description: `How many actions the plan shows in full; the rest is a one-line backlog (default ${DEFAULT_PLAN_SIZE}; --plan-size overrides).` }),
    promote: z.array(kebabId).default([]).meta({ description: 'Actions always shown in the plan (with the actions they wait for), whatever their horizon\'s share.' }),
    drop: z.array(kebabId).default([]).meta({ description: 'Actions left out of the plan and the backlog.' }),
    merge: z.array(Merge).default([]),
    rewrite: z.record(kebabId, Text).default({}).meta({ description: 'An action\'s text in the consultant\'s words, by id.' }),
    outcomes: z
      .partialRecord(z.enum(['30', '60', '90']), Text)
      .default({})
      .meta({
        description:
          'What the plan achieves by each horizon, in a line of at most twelve words, by its days ("60": "managers coach fortnightly; every rep works named accounts"): the deck titles that horizon\'s plan slide with it. Check it against the plan each time the data changes.',
      }),
  })
  .meta({ title: 'Plan' });

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'must be a real calendar date', abort: true });

/** A year of closed periods is a few; more is a mistake (or a hostile file), not a calendar. */
const MAX_BLACKOUT_PERIODS = 12;

/**
 * A holiday close is days or weeks; one longer than a month leaves the plan's 90 days nowhere to run
 * (a close to 9999-12-31 printed "day 30 falls on +010000-01" after seconds of counting days).
 */
const MAX_BLACKOUT_DAYS = 31;
const closedDays = (b: { from: string; to: string }) => (Date.parse(`${b.to}T00:00:00Z`) - Date.parse(`${b.from}T00:00:00Z`)) / 86_400_000 + 1;

export const BlackoutPeriod = z
  .strictObject({
    from: IsoDate.meta({ description: 'The first closed day, YYYY-MM-DD.' }),
    to: IsoDate.meta({ description: 'The last closed day, YYYY-MM-DD (on or after `from`).' }),
  })
  .refine((b) => b.from <= b.to, { message: 'must be on or after `from`', path: ['to'] })
  .refine((b) => b.from > b.to || closedDays(b) <= MAX_BLACKOUT_DAYS, { message: `must be within ${MAX_BLACKOUT_DAYS} days of \`from\`: a close longer than a month leaves the plan no days to run`, path: ['to'] })
  .meta({ title: 'Closed period' });

export const QuotaYear = z
  .strictObject({
    ends: IsoDate.meta({ description: "The last day of the client's quota year, YYYY-MM-DD." }),
    moves: z.array(kebabId).default([]).meta({
      description: 'The actions that move accounts between people (their quota credit changes hands): where the quota year ends within the plan, each is due no sooner than the day after it, and the plan says so.',
    }),
  })
  .meta({ title: 'Quota year', description: "The client's quota year end, and the actions that wait for it. Needs `decided`." });

export const Readout = z
  .strictObject({
    version: z.literal(1),
    rubrics: z.string().regex(/^sha256:[0-9a-f]{64}$/, { message: 'must be a rubric set digest: sha256: and 64 hex digits' }).meta({
      description: 'The digest of the rubric set the readout was drafted for (the report\'s); another set is refused.',
    }),
    organization: nonEmptyText.optional(),
    decided: IsoDate.optional().meta({ description: "The day leadership takes the decisions, YYYY-MM-DD (the readout meeting): the plan's \"within 30 days\" count from it." }),
    blackout: z
      .array(BlackoutPeriod)
      .max(MAX_BLACKOUT_PERIODS, { message: `at most ${MAX_BLACKOUT_PERIODS} closed periods` })
      .optional()
      .meta({ description: "Days on which the plan does not run (a holiday close), each { from, to } inclusive: the plan's days skip them, so every due date moves past the close. Needs `decided`." }),
    quotaYear: QuotaYear.optional(),
    facts: Facts.optional().meta({
      description: "The client's facts the audit did not measure (headcount, invited, today's discount, win rate, share at quota, costs): texts cite them as {{fact headcount.reps}}; page one's base line uses them. The tool never supplies one.",
    }),
    headline: Text.meta({ description: 'Page one\'s opening: one or two sentences.' }),
    findings: z.array(Finding).max(5, { message: 'must have at most 5 findings: page one has room for three' }).default([]),
    decisions: z.array(ReadoutDecision).default([]).meta({ description: 'The decisions for leadership, on page one.' }),
    priorities: z.array(Priority).max(20).default([]).meta({ description: 'Page one\'s priorities, in order; default: the report\'s.' }),
    comments: z
      .record(kebabId, Text.nullable())
      .default({})
      .meta({ description: "The consultant's comment per imperative, by imperative id, shown at the top of its section; null for none (draft writes a null slot for each)." }),
    plan: Plan.default({ size: DEFAULT_PLAN_SIZE, promote: [], drop: [], merge: [], rewrite: {}, outcomes: {} }),
    notes: z
      .array(ApprovedNote)
      .default([])
      .meta({ description: "Respondents' notes the report may print, by id (draft lists the candidates, unapproved). A note not approved here prints in no client format; the JSON keeps every note." }),
  })
  .meta({ title: 'sales-audit readout', description: "The consultant's readout: headline, findings, decisions, priorities, comments and the plan's edits, over the data of a report." });

export type ReadoutData = z.infer<typeof Readout>;

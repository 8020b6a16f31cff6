// The rubric format. This zod schema is the single source of truth: the TypeScript types, the
// validator and the JSON Schema in schemas/ (for editors) are all derived from it.
import * as z from 'zod';
import { ROLES } from '../answers/answers-constants.js';
import { RESERVED_KEYS } from '../source/reserved-keys.js';
import { DEFAULT_CHECK_MINIMUM, DEFAULT_EFFORT, EFFORTS, FIELDWORK_UNITS, HORIZONS, KEBAB_CASE, MAX_WEIGHT, OWNER_ASSUMPTIONS, RECOMMENDATION_TITLE_MAX } from './rubric-constants.js';

export const kebabId = z
  .string()
  // Answers are stored under ids, and "constructor" is kebab-case but names Object's own member (reserved-keys.ts).
  // Checked first, and alone: `__proto__` breaks both rules, for one cause, so one finding says why (h-done15).
  .regex(new RegExp(`^(?!(?:${[...RESERVED_KEYS].join('|')})$)`), { message: `must not be a name JavaScript objects reserve (${[...RESERVED_KEYS].join(', ')}): answers are stored by id`, abort: true })
  .regex(KEBAB_CASE, { message: 'must be kebab-case: lowercase letters and digits joined by single hyphens' })
  .meta({ examples: ['prospecting-plan'] });

// \S rather than .min(1): the check must survive the JSON Schema export, for editors, which see
// the text before it is trimmed ("   " has length 3).
export const nonEmptyText = z.string().trim().regex(/\S/, { message: 'must not be empty' });

/**
 * Text that may be worded for each role: one text for everyone, or a mapping with the `default`
 * wording and any of the set's roles ("How often does your manager…" for a salesperson, "How
 * often do your managers…" for leadership). Which roles a set has is a set rule (role-unknown).
 */
export const Wording = z
  .union([
    nonEmptyText,
    z
      .object({ default: nonEmptyText.meta({ description: 'The wording for any role not listed, and the one reports show.' }) })
      .catchall(nonEmptyText)
      .meta({ title: 'Wording per role', description: 'The default wording, and the wording for any of the set\'s roles (role name: text).' }),
  ])
  .meta({ examples: ['How often does your manager coach you on a live deal?', { default: 'How often do managers coach on live deals?', salesperson: 'How often does your manager coach you on a live deal?' }] });

export const Level = z
  .strictObject({
    score: z.int().meta({ description: 'Integer score of this level; unique and increasing within the question.' }),
    label: nonEmptyText.meta({ description: 'Short name of the level, such as "Established".' }),
    description: Wording.meta({
      description:
        'A condition on the question\'s one axis that a respondent can check: one text, or a mapping { default, <role>: text } worded in the first person for each role ("I …" for a salesperson, "My team …" for a sales manager). The meaning and the score stay the same for every role.',
    }),
  })
  .meta({ title: 'Level' });

/**
 * The team levels something applies at: one level score, or an inclusive range [from, to] of
 * level scores. Which scores are levels of the question is a rule (action-at-not-a-level).
 */
export const LevelAt = z
  .union([z.int(), z.array(z.int()).length(2, { message: 'a range is two level scores, [from, to]' })])
  .meta({ description: 'One level score, or an inclusive range [from, to] of level scores.', examples: [1, [0, 1]] });

export const Recommendation = z
  .strictObject({
    id: kebabId.meta({
      description: 'Kebab-case id of the action, unique across the whole rubric set; `requires` refers to it.',
      examples: ['write-prospecting-plan'],
    }),
    at: LevelAt.optional().meta({
      description:
        'The team level this action lifts a team FROM: it fires only when the team level (the median respondent\'s score) is this level score, or in this range [from, to]. Exactly one of `at` and the deprecated `below`.',
    }),
    to: z.int().optional().meta({
      description:
        "The level score this step lifts the team to, where it lifts more than one level (a strategy page written whole, a target list with a reason for every account); default: the level after the team's. The question's next step is then the step from this level, and none where it is the top level.",
      examples: [3],
    }),
    below: z.int().optional().meta({
      description: 'Deprecated: read as `at: [lowest level score, below − 1]`, with a warning (recommendation-below-deprecated). Write `at` instead.',
      deprecated: true,
    }),
    title: nonEmptyText.max(RECOMMENDATION_TITLE_MAX).optional().meta({
      description: `A short name for the step (at most ${RECOMMENDATION_TITLE_MAX} characters), shown where the plan gives an action one line (the backlog). Without it, the action text is shown.`,
      examples: ['Interview clients on why they chose the company'],
    }),
    action: nonEmptyText.meta({ description: 'A specific action, verb first.' }),
    horizon: z.literal(HORIZONS).meta({ description: 'When to act: within 30, 60 or 90 days.' }),
    owner: nonEmptyText.optional().meta({
      description: "Who owns the action: a key of the set manifest's `owners` catalog (shown as the resolved owner's title), or free text when the set has no catalog.",
    }),
    requires: z.array(kebabId).default([]).meta({
      description: 'Ids of actions (in any rubric of the set) that must be done first. When both fire, the prerequisite is planned first and never later.',
    }),
    decision: kebabId.optional().meta({
      description:
        "The id of the leadership decision (a question's `decision`, in any rubric of the set) this step carries out, so it waits for it: where the step fires, page one asks for the decision, and the plan shows the step \"once leadership decides D2\" in its own horizon (the plan's clock starts at the readout, where the decision is put); a readout's `status` says when it is taken, or declined, which sends the step to the backlog.",
      examples: ['discount-authority'],
    }),
    effort: z.literal(EFFORTS).default(DEFAULT_EFFORT).meta({ description: 'How much work the action is: low, medium (default) or high.' }),
    frees: nonEmptyText.optional().meta({
      description:
        "The owner (a key of the owner catalog) whose time this step frees, such as first-line-managers. While it fires, the actions that require it are planned a horizon after it, and the shown plan holds none of that owner's actions in or before its horizon and at most a few per later horizon (scoring/capacity.ts).",
    }),
    spends: nonEmptyText.optional().meta({
      description:
        "The owner (a key of the owner catalog), other than the action's own, whose time the step takes as well, such as first-line-managers for a training they attend. The plan counts the step against that owner's cap as well as its own owner's (scoring/capacity.ts); an action that merely requires a step that frees someone's time spends none of it.",
    }),
    recurring: z.boolean().optional().meta({
      description:
        "A routine the step sets up and keeps running (a fortnightly one-to-one, a monthly team meeting, booked for the months ahead): it takes its people's time in every later horizon of the plan too, so the plan counts it in their load there (scoring/capacity.ts).",
    }),
    build: z.boolean().optional().meta({
      description:
        "A step a function does for other steps (a report the VP Sales' steps read, built by sales operations; the reps' shadow credit, agreed and priced by Finance): written without `at`, it fires wherever a step that requires it fires, whatever its own question's level, and never on its own (scoring/fire-actions.ts).",
    }),
    slot: kebabId.optional().meta({
      description:
        "The shared slot the step runs in (a key of the set manifest's `slots`), such as the team meeting's 15 minutes of differentiation practice: the plan starts at most the slot's `perHorizon` claimants in any horizon, the rest a horizon later or in the backlog (scoring/shape-plan.ts).",
      examples: ['differentiation-practice'],
    }),
    covers: z.array(kebabId).optional().meta({
      description:
        "Ids of actions this step already does as part of it (a standing agenda that holds the last and next action, or the team meeting's coaching half): where the step is in the shown plan, those are not listed as waiting but as done inside it.",
    }),
  })
  .meta({ title: 'Recommendation' });

/** The structural decision a low answer puts before leadership (issue 20): data, so the readout can put it on page one. */
export const Decision = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id of the decision, unique across the set.', examples: ['manager-quota'] }),
    at: LevelAt.meta({ description: 'The team levels (level scores) at which the decision applies: one score, or [from, to].' }),
    text: nonEmptyText.meta({ description: 'The decision, as leadership would write it on their agenda.' }),
    recommend: nonEmptyText.optional().meta({
      description: 'The option the report recommends, one sentence ("Free a third of each manager\'s week this quarter: …"). Page one prints it; a readout can overwrite it.',
    }),
    cost: nonEmptyText.optional().meta({ description: 'What the recommended option costs or changes, one sentence, for page one.' }),
  })
  .meta({ title: 'Decision' });

export const Question = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id, unique within the rubric. Answers are stored by it.' }),
    title: nonEmptyText.optional().meta({ description: 'A short name for the question in reports ("Holding price"); default: the id with spaces.' }),
    measures: nonEmptyText.optional().meta({
      description: 'The one thing the question measures: the axis every level states a condition on (validate warns when it is missing).',
    }),
    addition: nonEmptyText.optional().meta({
      description:
        "Present when the question is the rubric author's addition, not a point of the source the rubric is faithful to: one sentence saying what the source asks and what this question reads instead. The report marks such a question as the consultant's addition and may print the sentence.",
    }),
    roles: z
      .array(nonEmptyText)
      .min(1, { message: 'needs at least 1 role' })
      .optional()
      .meta({ description: "Who is asked: roles of the set. Default: every role of the set. A role not listed is not asked (interview, survey, import)." }),
    scoredBy: z
      .array(nonEmptyText)
      .min(1, { message: 'needs at least 1 role' })
      .optional()
      .meta({
        description:
          "The roles whose answers set the question's level and its term in the score: its witnesses, who can see the evidence its levels read (salespeople and their managers, for a question about reps' records). Roles it asks and does not list still answer: their answers are their role's view, shown by role and in the perception gap, and do not enter the level. Where no witness answered, the level rests on the roles that did, and the report says so. Checks keep their precedence. Default: every role asked.",
        examples: [['sales manager', 'salesperson']],
      }),
    prompt: Wording.meta({ description: 'The question as asked in the interview: one text, or a mapping { default, <role>: text } worded per role.' }),
    help: Wording.optional().meta({ description: 'What to look for; shown under the question. One text, or a mapping { default, <role>: text }.' }),
    weight: z.number().positive().max(MAX_WEIGHT).default(1).meta({ description: `Relative weight within the imperative (> 0, at most ${MAX_WEIGHT}).` }),
    na: z.boolean().default(false).meta({ description: 'Whether the question may be answered "not applicable".' }),
    lag: z
      .int()
      .min(91, { message: "must be over 90 days: a level that can move within the plan's 90 days needs no lag" })
      .optional()
      .meta({
        description:
          "Days after a step before the question's level can move at all, where its levels read a window longer than the plan's 90 days (two quarters of results: 180). The plan's item for the question says so, so no one expects the level to move before then.",
        examples: [180],
      }),
    lagFrom: z
      .int()
      .optional()
      .meta({
        description:
          "The lowest level whose steps wait for the `lag`, where only the top of the ladder reads the whole window (each of the last three months) and the lower levels can move within the plan: a step that lifts the team to this level or above carries the lag, a step to a lower level none. Default: every step of the question. Needs `lag` and one of the question's level scores.",
        examples: [4],
      }),
    levels: z.array(Level).min(2, { message: 'needs at least 2 levels' }).meta({
      description: 'The ladder, weakest first: at least four levels (validate warns below four) that partition the axis with no gap and no overlap.',
    }),
    decision: Decision.optional().meta({ description: 'The structural decision a low answer puts before leadership, with the team levels it applies at.' }),
    informs: z
      .array(kebabId)
      .optional()
      .meta({
        description:
          "Ids of decisions of the set (a question's `decision`, in any rubric) whose subject this question's answers bear on, beyond its own decision: where people disagree on this question, the report puts the disagreement beside those decisions, not only beside its own actions.",
        examples: [['target-lists']],
      }),
    recommendations: z.array(Recommendation).default([]),
  })
  .superRefine((question, ctx) => {
    if (question.lagFrom === undefined) return;
    if (question.lag === undefined) ctx.addIssue({ code: 'custom', path: ['lagFrom'], message: 'needs `lag`: it says which steps wait for it' });
    else if (!question.levels.some((level) => level.score === question.lagFrom)) ctx.addIssue({ code: 'custom', path: ['lagFrom'], message: "must be one of the question's level scores" });
  })
  .meta({ title: 'Question' });

export const Rubric = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id of the imperative, unique in the set.' }),
    label: nonEmptyText.optional().meta({ description: 'A short name for the imperative in charts and tables ("Differentiation"); default: the id with spaces.' }),
    title: nonEmptyText,
    summary: nonEmptyText.meta({ description: 'Why this imperative matters, in one paragraph.' }),
    reflection: nonEmptyText.optional().meta({
      description: 'A question for leadership to reflect on, shown in the report. Defaults to the first question.',
    }),
    weight: z.number().positive().max(MAX_WEIGHT).default(1).meta({ description: `Relative weight in the overall score (> 0, at most ${MAX_WEIGHT}).` }),
    target: z.number().min(0).max(100).default(75).meta({ description: 'Target score, 0 to 100.' }),
    measure: nonEmptyText.optional().meta({
      description:
        'One business measure to track beside the score ("meetings opened from named targets each month"), shown where the imperative is scored as a measure to track, never as a figure: the audit does not collect it.',
    }),
    questions: z.array(Question).min(1, { message: 'needs at least 1 question' }),
  })
  .meta({
    title: 'sales-audit rubric',
    description: 'One imperative of a sales-readiness audit: its questions, levels and recommended actions.',
  });

export const SetManifest = z
  .strictObject({
    title: nonEmptyText.optional(),
    description: nonEmptyText.optional(),
    version: nonEmptyText.optional().meta({ description: 'The version of the set, such as "2027.1". Portfolio benchmarks compare only audits on the same version: change it when questions change meaning.' }),
    order: z.array(kebabId).optional().meta({ description: 'Imperative ids in the order they are asked and reported.' }),
    roles: z
      .array(nonEmptyText)
      .min(1, { message: 'needs at least 1 role' })
      .optional()
      .meta({
        description: `The respondents' roles, which a prompt or help may be worded for. Default: ${ROLES.join(', ')}.`,
        examples: [[...ROLES]],
      }),
    owners: z
      .record(
        z.string(),
        z
          .strictObject({
            title: nonEmptyText.meta({ description: 'What the report shows for this owner, such as "Sales operations".' }),
            fallback: nonEmptyText.optional().meta({ description: 'The key of the owner who takes the action in a company without this role.' }),
            assumed: z.enum(OWNER_ASSUMPTIONS).default('present').meta({ description: 'Whether a client has this role when not told (--client-has, --client-lacks, the answers file\'s `client`): present (default) or absent.' }),
          })
          .meta({ title: 'Owner' }),
      )
      .optional()
      .meta({
        description: "The owner catalog: every action's `owner` is a key of it. Without it, owners are free text shown as written.",
        examples: [{ 'vp-sales': { title: 'VP Sales' }, 'sales-ops': { title: 'Sales operations', fallback: 'vp-sales', assumed: 'absent' } }],
      }),
    sampling: z
      .strictObject({
        minimum: z.int().min(1, { message: 'must be at least 1' }).default(DEFAULT_CHECK_MINIMUM).meta({
          description: `The smallest base (reps, managers or deals a question's checks looked at, together) on which checks set a question's level; below it the claims score the question (default ${DEFAULT_CHECK_MINIMUM}).`,
        }),
        rule: nonEmptyText.optional().meta({ description: "Who is in the audit sample and how it is drawn, in one paragraph the report's method prints." }),
        fieldwork: z
          .record(
            kebabId,
            z.strictObject({
              hours: z.number().positive({ message: 'must be more than 0' }).max(40, { message: 'must be at most 40 (a week)' }).meta({ description: 'The auditor\'s hours for the check, per case (`per`).' }),
              per: z.enum(FIELDWORK_UNITS).meta({ description: `What the hours are counted per: ${FIELDWORK_UNITS.join(', ')} (audit: once, whatever the sample).` }),
            }),
          )
          .optional()
          .meta({
            description:
              "The auditor's fieldwork per check, keyed by question id: hours per rep, manager or deal of the audit sample, or once per audit. `sales-audit rubrics --sample reps=8,managers=4,deals=20` sums it for a sample, so an engagement can be priced.",
            examples: [{ 'real-targets': { hours: 0.75, per: 'reps' } }],
          }),
      })
      .optional()
      .meta({ description: 'The audit sample: the rule that says who the checks look at, and the base below which a check cannot set a level.' }),
    alternatives: z
      .record(kebabId, kebabId)
      .optional()
      .meta({
        description:
          "Who may take a step in its owner's place when that owner has no room in the plan (VP reading 17, item 23: the marketing lead idle while the VP Sales held the plan back): action id to a key of the owner catalog. The plan gives the step to the alternative only where its own owner has no room in any horizon it could start in, and says so.",
        examples: [{ 'rest-strategy-on-clients': 'marketing' }],
      }),
    slots: z
      .record(
        kebabId,
        z
          .strictObject({
            title: nonEmptyText.meta({ description: 'What the slot is, as the backlog names it ("the team meeting\'s 15 minutes of differentiation practice").' }),
            perHorizon: z.int().positive().meta({ description: 'How many steps may start using the slot in one horizon of the plan (30, 60 or 90 days).' }),
          })
          .meta({ title: 'Slot' }),
      )
      .optional()
      .meta({
        description: "Shared slots several steps run in, with how many may start in one horizon: every action's `slot` is a key of it.",
        examples: [{ 'differentiation-practice': { title: "the team meeting's 15 minutes of differentiation practice", perHorizon: 2 } }],
      }),
    bands: z
      .strictObject({
        atRisk: nonEmptyText.optional(),
        developing: nonEmptyText.optional(),
        capable: nonEmptyText.optional(),
        highPerforming: nonEmptyText.optional(),
      })
      .optional()
      .meta({ description: 'Names for the maturity bands. The cut-offs (40, 60, 80) do not move.' }),
  })
  .meta({ title: 'sales-audit rubric set manifest', description: 'Optional settings for a folder of rubrics (_set.yaml).' });

export type Wording = z.output<typeof Wording>;
export type Level = z.output<typeof Level>;
export type LevelAt = z.output<typeof LevelAt>;
export type Decision = z.output<typeof Decision>;
export type Recommendation = z.output<typeof Recommendation>;
export type Question = z.output<typeof Question>;
export type Rubric = z.output<typeof Rubric>;
export type SetManifest = z.output<typeof SetManifest>;
export type Sampling = NonNullable<SetManifest['sampling']>;
export type Fieldwork = NonNullable<Sampling['fieldwork']>;
export type Horizon = (typeof HORIZONS)[number];
export type Effort = (typeof EFFORTS)[number];

// The rubric format. This zod schema is the single source of truth: the TypeScript types, the
// validator and the JSON Schema in schemas/ (for editors) are all derived from it.
import * as z from 'zod';
import { ROLES } from '../answers/answers-constants.js';
import { RESERVED_KEYS } from '../source/reserved-keys.js';
import { BAND_KEYS, DEFAULT_EFFORT, EFFORTS, HORIZONS, KEBAB_CASE, MAX_WEIGHT } from './rubric-constants.js';

// Defined in rubric-constants.ts so code that needs them does not load zod.
export { BAND_KEYS, EFFORTS, HORIZONS, KEBAB_CASE, MANIFEST_FILE_NAME } from './rubric-constants.js';

export const kebabId = z
  .string()
  .regex(KEBAB_CASE, { message: 'must be kebab-case: lowercase letters and digits joined by single hyphens' })
  // Answers are stored under ids, and "constructor" is kebab-case but names Object's own member (reserved-keys.ts).
  .regex(new RegExp(`^(?!(?:${[...RESERVED_KEYS].join('|')})$)`), { message: `must not be a name JavaScript objects reserve (${[...RESERVED_KEYS].join(', ')}): answers are stored by id` })
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
    description: nonEmptyText.meta({
      description: 'A concrete, observable behaviour an interviewer can verify: what people do, what exists, how often.',
    }),
  })
  .meta({ title: 'Level' });

export const Recommendation = z
  .strictObject({
    id: kebabId.meta({
      description: 'Kebab-case id of the action, unique across the whole rubric set; `requires` refers to it.',
      examples: ['write-prospecting-plan'],
    }),
    below: z.int().meta({
      description:
        'The action fires when the answered score is below this value (several respondents: the mean, to one decimal, is below it, or half or more of them are). Must lie in (lowest level score, highest level score].',
    }),
    action: nonEmptyText.meta({ description: 'A specific action, verb first.' }),
    horizon: z.literal(HORIZONS).meta({ description: 'When to act: within 30, 60 or 90 days.' }),
    owner: nonEmptyText.optional().meta({ description: 'The role that owns the action, such as "Head of sales".' }),
    requires: z.array(kebabId).default([]).meta({
      description: 'Ids of actions (in any rubric of the set) that must be done first. When both fire, the prerequisite is planned first and never later.',
    }),
    effort: z.literal(EFFORTS).default(DEFAULT_EFFORT).meta({ description: 'How much work the action is: low, medium (default) or high.' }),
  })
  .meta({ title: 'Recommendation' });

export const Question = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id, unique within the rubric. Answers are stored by it.' }),
    prompt: Wording.meta({ description: 'The question as asked in the interview: one text, or a mapping { default, <role>: text } worded per role.' }),
    help: Wording.optional().meta({ description: 'What to look for; shown under the question. One text, or a mapping { default, <role>: text }.' }),
    weight: z.number().positive().max(MAX_WEIGHT).default(1).meta({ description: `Relative weight within the imperative (> 0, at most ${MAX_WEIGHT}).` }),
    na: z.boolean().default(false).meta({ description: 'Whether the question may be answered "not applicable".' }),
    levels: z.array(Level).min(2, { message: 'needs at least 2 levels' }),
    recommendations: z.array(Recommendation).default([]),
  })
  .meta({ title: 'Question' });

export const Rubric = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id of the imperative, unique in the set.' }),
    title: nonEmptyText,
    summary: nonEmptyText.meta({ description: 'Why this imperative matters, in one paragraph.' }),
    reflection: nonEmptyText.optional().meta({
      description: 'A question for leadership to reflect on, shown in the report. Defaults to the first question.',
    }),
    weight: z.number().positive().max(MAX_WEIGHT).default(1).meta({ description: `Relative weight in the overall score (> 0, at most ${MAX_WEIGHT}).` }),
    target: z.number().min(0).max(100).default(75).meta({ description: 'Target score, 0 to 100.' }),
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
    order: z.array(kebabId).optional().meta({ description: 'Imperative ids in the order they are asked and reported.' }),
    roles: z
      .array(nonEmptyText)
      .min(1, { message: 'needs at least 1 role' })
      .optional()
      .meta({
        description: `The respondents' roles, which a prompt or help may be worded for. Default: ${ROLES.join(', ')}.`,
        examples: [[...ROLES]],
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
export type Recommendation = z.output<typeof Recommendation>;
export type Question = z.output<typeof Question>;
export type Rubric = z.output<typeof Rubric>;
export type SetManifest = z.output<typeof SetManifest>;
export type Horizon = (typeof HORIZONS)[number];
export type Effort = (typeof EFFORTS)[number];

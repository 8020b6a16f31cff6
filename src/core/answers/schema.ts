// The answers file, which is also the interview's session file: human-editable YAML.
import * as z from 'zod';
import { nonEmptyText } from '../rubric/schema.js';
import { AUDITOR_ROLE, EVIDENCE, isCalendarDate, NOT_APPLICABLE, ROLES, SAMPLE_UNITS } from './answers-constants.js';

// Defined in answers-constants.ts so code that needs them does not load zod.
export { EVIDENCE, NOT_APPLICABLE, ROLES } from './answers-constants.js';

const ScoreValue = z.union([z.int(), z.literal(NOT_APPLICABLE)], {
  error: 'must be an integer level score or "n/a"',
});

// The mapping first: zod tries a union's branches in order and, where a branch that is itself a union
// (ScoreValue) fails, builds its error in full before the next branch is tried. With the score
// first, every answer written as a mapping (most of them: a note) paid for an error nobody saw. The
// two branches take values of different types, so the order changes no result and no finding.
export const AnswerEntry = z.union(
  [
    z.strictObject({
      score: ScoreValue,
      note: z.string().optional().meta({ description: 'Evidence note: what was seen or said.' }),
      evidence: z.literal(EVIDENCE).optional().meta({
        description:
          'What the score rests on: document (a document the interviewer saw), observed (a call or meeting), data (CRM, reports), survey (a survey the audit ran, such as the reps\' survey on their managers) or claimed (what the respondent said; the default when absent).',
      }),
      sample: z
        .strictObject({
          count: z.int().min(1, { message: 'must be at least 1' }).meta({ description: 'How many the check looked at.' }),
          of: z.literal(SAMPLE_UNITS).meta({ description: `What it counts: ${SAMPLE_UNITS.join(', ')}.` }),
          census: z.boolean().optional().meta({
            description:
              "The check covered every one of them in the sales force (every first-line manager), not a sample: it then sets the question's level however few they are (below the set's minimum the report prints no level, as it would describe each person, and the plan acts on it). Only in the auditor's file.",
          }),
        })
        .optional()
        .meta({
          description:
            "What a check (evidence other than claimed) covered: how many reps, managers or deals of the audit sample it looked at. A check without it covers one (the respondent's own case). Checks set a question's level only on the set's minimum base (`sampling:` in _set.yaml).",
          examples: [{ count: 6, of: 'reps' }, { count: 2, of: 'managers', census: true }],
        }),
    }),
    ScoreValue,
  ],
  { error: 'must be a level score, "n/a", or a mapping { score, note, evidence, sample }' },
);

export const AnswersFile = z
  .strictObject({
    version: z.literal(1).meta({ description: 'Format version; always 1.' }),
    organization: nonEmptyText.meta({ description: 'The organization audited.' }),
    respondent: z
      .strictObject({
        name: z.string().trim().optional().meta({ description: 'Who answered (left out of reports with --anonymize).' }),
        role: nonEmptyText.meta({ description: `Role of the respondent, usually one of: ${ROLES.join(', ')}; \`${AUDITOR_ROLE}\` for the auditor's own file of checks (not a respondent: every answer in it must be a check).`, examples: [...ROLES, AUDITOR_ROLE] }),
      })
      .meta({ description: 'Who answered.' }),
    client: z
      .strictObject({
        has: z.array(nonEmptyText).default([]).meta({ description: "Owner roles (keys of the set's owner catalog) the client has." }),
        lacks: z.array(nonEmptyText).default([]).meta({ description: 'Owner roles the client does not have: their actions go to the fallback owner.' }),
      })
      .optional()
      .meta({ description: "Which owner roles the client has, when the set has an owner catalog (--client-has and --client-lacks take precedence)." }),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { message: 'must be a real calendar date', abort: true })
      .meta({ description: 'Date of the interview, YYYY-MM-DD.' }),
    rubrics: z
      .strictObject({
        digest: z.string().optional().meta({ description: 'Digest of the rubric set the answers were given against.' }),
        source: z.string().optional().meta({ description: 'Where the rubrics were read from (informative).' }),
        questions: z
          .array(z.string())
          .optional()
          .meta({ description: 'imperative/question ids the set had when the session began; tells which questions are new on resume.' }),
      })
      .optional(),
    collected: z
      .enum(['interview', 'survey'])
      .optional()
      .meta({ description: 'How the answers were collected: in an interview (the default) or as a survey response (`import` writes survey). Reports then say "Response dates", and call notes comments.' }),
    segment: z
      .strictObject({
        industry: nonEmptyText.optional(),
        size: nonEmptyText.optional().meta({ description: 'Number of salespeople, or a band: 1-19, 20-50, 51-100, 101-250, 251-500, 501+.' }),
        region: nonEmptyText.optional(),
        sale: nonEmptyText.optional().meta({ description: 'Sale type, such as transactional or complex.' }),
      })
      .optional()
      .meta({ description: 'How `sales-audit portfolio add` files this audit for benchmarks (its flags win over these).' }),
    answers: z
      .record(z.string(), z.record(z.string(), AnswerEntry).nullable())
      .default({})
      .meta({ description: 'Answers by imperative id, then question id. A bare number is shorthand for { score }.' }),
  })
  .meta({ title: 'sales-audit answers', description: 'Answers of one respondent; also the interview session file.' });

export type AnswersFileInput = z.input<typeof AnswersFile>;

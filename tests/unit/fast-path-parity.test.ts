// The fast path (js-yaml + the checks derived from zod, exact path only for files it
// cannot vouch for) must give exactly what the exact path (yaml + zod) gives: the same set, the
// same diagnostics at the same positions, in the same order. Checked on every fixture, on sets
// that mix fast and exact files, and on generated and mutated rubrics. No timing here: speed is
// measured by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { parseAnswersFast, quickParseAnswers } from '../../src/core/answers/parse-answers-fast.js';
import { AnswersFile } from '../../src/core/answers/schema.js';
import { checkRubricFile } from '../../src/core/rubric/check-rubric-file.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { digestOf } from '../../src/core/rubric/rubric-set.js';
import { loadRubricSetFast } from '../../src/core/rubric/load-rubric-set-fast.js';
import { fastCheck } from '../../src/core/fast/fast-check.js';
import { knownDigestsOf, knownResultsOf, knownValuesOf } from '../../src/core/fast/fast-check-sources.js';
import { FAST_CHECKS } from '../../src/core/fast/fast-checks.js';
import { quickCheckRubricFile } from '../../src/core/rubric/quick-check-rubric-file.js';
import { Rubric, SetManifest } from '../../src/core/rubric/schema.js';
import type { SourceFile } from '../../src/core/source/source-file.js';
import { randomEdits } from '../helpers/random-edits.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

function source(path: string, content: string | Uint8Array): SourceFile {
  return { path, content, size: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength };
}

function filesIn(dir: string, shownAs: string): SourceFile[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => source(`${shownAs}/${name}`, readFileSync(join(REPO_ROOT, dir, name))));
}

const DEFAULT_SET = filesIn('rubrics', 'rubrics');
const VALID = filesIn('tests/fixtures/rubrics/valid', 'valid');
const INVALID = filesIn('tests/fixtures/rubrics/invalid', 'invalid');

/** Both paths on the same files: identical results, or the test fails showing both. */
async function expectSameResult(files: readonly SourceFile[]): Promise<void> {
  const exact = loadRubricSet(files);
  const fast = await loadRubricSetFast(files);
  expect(fast.diagnostics).toEqual(exact.diagnostics);
  expect(isDeepStrictEqual(fast, exact), 'fast and exact results differ (key order, undefined keys or values)').toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(exact));
  // What `validate` asks for: the set rules run on outlines, with the same findings, and no set.
  const findings = await loadRubricSetFast(files, { findingsOnly: true });
  expect(findings).toEqual({ set: null, diagnostics: exact.diagnostics });
}

describe('loadRubricSetFast gives what loadRubricSet gives', () => {
  it('on the default set, which it reads without the exact path', async () => {
    for (const file of DEFAULT_SET) expect(quickCheckRubricFile(file), file.path).not.toBeNull();
    await expectSameResult(DEFAULT_SET);
  });

  it.each([...VALID, ...INVALID].map((f) => [f.path, f] as const))('on %s alone and inside the default set', async (_name, file) => {
    await expectSameResult([file]);
    await expectSameResult([...DEFAULT_SET, file]);
  });

  it('on the default set when its values are known from the build (shipped-values.json)', async () => {
    const knownValues = new Map(knownValuesOf(DEFAULT_SET.map((f) => Buffer.from(f.content as Uint8Array).toString('utf8'))));
    expect(knownValues.size).toBe(DEFAULT_SET.length);
    const exact = loadRubricSet(DEFAULT_SET);
    const fast = await loadRubricSetFast(DEFAULT_SET, { knownValues });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(exact));
  });

  it('with the files known as checked from the build (shipped-results.json): the same set, and only for the same name and text', async () => {
    const knownResults = new Map(knownResultsOf(DEFAULT_SET));
    expect(knownResults.size).toBe(DEFAULT_SET.length);
    const exact = loadRubricSet(DEFAULT_SET);
    // Through JSON, as the build stores them.
    const stored = new Map(JSON.parse(JSON.stringify([...knownResults])) as [string, never][]);
    const fast = await loadRubricSetFast(DEFAULT_SET, { knownResults: stored });
    expect(isDeepStrictEqual(fast.set, exact.set)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(exact));
    // The same text under another name is checked anew (a rubric's id must match its file name).
    const renamed = DEFAULT_SET.map((f) => (f.path.endsWith('prospecting-plan.yaml') ? source('rubrics/prospecting.yaml', f.content!) : f));
    await expectSameResult(renamed);
    expect(JSON.stringify(await loadRubricSetFast(renamed, { knownResults: stored }))).toBe(JSON.stringify(loadRubricSet(renamed)));
  });

  it('with the digest known from the build (shipped-digests.json): the same digest, and only for the same content', async () => {
    const knownDigests = new Map(knownDigestsOf(DEFAULT_SET));
    expect(knownDigests.size).toBe(1);
    const computed = loadRubricSet(DEFAULT_SET).set!.digest;
    const fast = await loadRubricSetFast(DEFAULT_SET, { knownDigests });
    expect(fast.set!.digest).toBe(computed);
    expect([...knownDigests.values()]).toEqual([computed]);
    // A set that differs in anything the digest covers does not take the stored digest.
    const edited = fast.set!.imperatives.map((imperative, i) => (i === 0 ? { ...imperative, weight: imperative.weight + 1 } : imperative));
    expect(digestOf(edited, knownDigests)).toBe(digestOf(edited));
    expect(digestOf(edited, knownDigests)).not.toBe(computed);
  });

  it('on every fixture at once', async () => {
    await expectSameResult([...DEFAULT_SET, ...VALID, ...INVALID]);
  });

  it('when set rules find problems in files the fast path had vouched for', async () => {
    const prospecting = DEFAULT_SET.find((f) => f.path.endsWith('prospecting-plan.yaml'))!;
    // The same rubric twice (duplicate-imperative-id), and a manifest naming a missing id.
    const copy = source('more/prospecting-plan.yaml', prospecting.content!);
    const manifest = source('rubrics/_set.yaml', 'title: Set\norder: [prospecting-plan, no-such-imperative]\n');
    expect(quickCheckRubricFile(copy)).not.toBeNull();
    expect(quickCheckRubricFile(manifest)).not.toBeNull();
    await expectSameResult([...DEFAULT_SET.filter((f) => !f.path.endsWith('_set.yaml')), copy, manifest]);
    await expectSameResult([]);
    await expectSameResult([manifest]);
  });

  it('on the set fixtures, whose action rules find problems across files the fast path vouched for', async () => {
    for (const name of readdirSync(join(REPO_ROOT, 'tests/fixtures/rubrics/sets'))) {
      const files = filesIn(`tests/fixtures/rubrics/sets/${name}`, `sets/${name}`);
      for (const file of files) expect(quickCheckRubricFile(file), file.path).not.toBeNull();
      await expectSameResult(files);
      await expectSameResult([...DEFAULT_SET, ...files]);
    }
  });

  it('per file: a fast result is the exact result without its locator', () => {
    for (const file of [...DEFAULT_SET, ...VALID, ...INVALID]) {
      const fast = quickCheckRubricFile(file);
      if (fast === null) continue;
      const { locate: _locate, ...exact } = checkRubricFile(file);
      expect(isDeepStrictEqual(fast, exact), file.path).toBe(true);
    }
  });

  it('on random edits of the default rubrics', async () => {
    const inserts = [' ', '  ', '\t', ':', ': ', '#', ' #', '-', '- ', '"', "'", '>', '|', '[', '{', ',', 'x', '0', '9', '-1', '', '\n', '\n  ', 'id: x\n', 'na: true\n'];
    const edited = fc.nat({ max: DEFAULT_SET.length - 1 }).chain((which) => {
      const original = DEFAULT_SET[which]!;
      return randomEdits(Buffer.from(original.content as Uint8Array).toString('utf8'), inserts).map((text) => source(original.path, text));
    });
    await fc.assert(
      fc.asyncProperty(edited, async (file) => {
        await expectSameResult([file]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

// Values near the schema's edges: what the derived check must either decline or get exactly
// right. Mostly valid, each part sometimes replaced by an edge case, a key sometimes dropped or added.
const goodText = fc.constantFrom('Text', ' padded ', 'Two words.', 'é', 'x');
const edgyText = fc.constantFrom('', '   ', '\n', 'Not Kebab', 'a--b', '-a', ' kebab-id');
const edgyNumber = fc.constantFrom(0, -0, 1.5, -1, 45, 101, -5, 1e21, Number.MAX_SAFE_INTEGER + 1, 0.1, Infinity, NaN);
const edgyValue = fc.oneof(edgyText, edgyNumber, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant(undefined));

function maybe(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arb, weight: 40 }, { arbitrary: edgyValue, weight: 1 });
}

/** Usually null, rarely a value. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: 40 }, { arbitrary: arb, weight: 1 });
}

/** An object with its required keys (one sometimes dropped), some optional keys, sometimes an unknown key. */
function record(required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  const requiredKeys = Object.keys(required);
  return fc
    .tuple(
      fc.record(required),
      fc.record(optional, { requiredKeys: [] }),
      requiredKeys.length === 0 ? fc.constant(null) : rarely(fc.constantFrom(...requiredKeys)),
      rarely(fc.constantFrom('wieght', 'extra', 'Id')),
      edgyValue,
    )
    .map(([req, opt, drop, extraKey, extraValue]) => {
      const value: Record<string, unknown> = { ...req, ...opt };
      if (drop !== null) delete value[drop];
      if (extraKey !== null) value[extraKey] = extraValue;
      return value;
    });
}

const level = record({ score: maybe(fc.integer({ min: -2, max: 6 })), label: maybe(goodText), description: maybe(goodText) });
const recommendation = record(
  { id: maybe(fc.constantFrom('act-one', 'act-two', 'Bad_Id')), below: maybe(fc.integer({ min: -1, max: 6 })), action: maybe(goodText), horizon: maybe(fc.constantFrom(30, 60, 90)) },
  {
    owner: maybe(goodText),
    requires: maybe(fc.array(maybe(fc.constantFrom('act-one', 'act-two', 'Bad_Id')), { maxLength: 2 })),
    effort: maybe(fc.constantFrom('low', 'medium', 'high', 'huge')),
  },
);
// Per-role wording: a text, or { default, <role>: text } with roles in any order, `default` not always first.
const wordingMap = fc
  .tuple(record({ default: maybe(goodText) }, { salesperson: maybe(goodText), 'sales manager': maybe(goodText), '2': maybe(goodText) }), fc.boolean())
  .map(([value, defaultLast]) => {
    if (!defaultLast || typeof value !== 'object' || value === null || !('default' in value)) return value;
    const { default: d, ...rest } = value as Record<string, unknown>;
    return { ...rest, default: d };
  });
const wording = fc.oneof({ arbitrary: goodText, weight: 3 }, { arbitrary: wordingMap, weight: 1 });
const question = record(
  { id: maybe(fc.constantFrom('q-one', 'q-two', 'q3')), prompt: maybe(wording), levels: maybe(fc.array(maybe(level), { minLength: 2, maxLength: 4 })) },
  { help: maybe(wording), weight: maybe(fc.constantFrom(1, 2, 0.5)), na: maybe(fc.boolean()), recommendations: maybe(fc.array(maybe(recommendation), { maxLength: 3 })) },
);
const rubric = record(
  { id: maybe(fc.constantFrom('imperative', 'other-one')), title: maybe(goodText), summary: maybe(goodText), questions: maybe(fc.array(maybe(question), { minLength: 1, maxLength: 3 })) },
  { reflection: maybe(goodText), weight: maybe(fc.constantFrom(1, 2, 0.5)), target: maybe(fc.constantFrom(0, 75, 100, 62.5)) },
);
const manifest = record(
  {},
  {
    title: maybe(goodText),
    description: maybe(goodText),
    order: maybe(fc.array(maybe(fc.constantFrom('a-b', 'c')), { maxLength: 3 })),
    roles: maybe(fc.array(maybe(goodText), { maxLength: 3 })),
    bands: maybe(record({}, { atRisk: maybe(goodText), developing: maybe(goodText), capable: maybe(goodText), highPerforming: maybe(goodText) })),
  },
);

const quickCheckRubric = (value: unknown) => fastCheck(FAST_CHECKS.rubric, value);
const quickCheckSetManifest = (value: unknown) => fastCheck(FAST_CHECKS.set, value);
const quickCheckAnswers = (value: unknown) => fastCheck(FAST_CHECKS.answers, value);

describe('the checks derived from zod agree with zod', () => {
  /** Declining is always allowed (zod then decides); accepting must mean zod accepts, with the same output. */
  function agree<T>(quick: (v: unknown) => T | null, schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, value: unknown): void {
    const fast = quick(value);
    if (fast === null) return;
    const exact = schema.safeParse(value);
    expect(exact.success, `fast check accepted what zod rejects: ${JSON.stringify(value)}`).toBe(true);
    expect(isDeepStrictEqual(fast, exact.data), `outputs differ for ${JSON.stringify(value)}`).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(exact.data));
  }

  it('on rubrics near the edges of the schema', () => {
    let accepted = 0;
    fc.assert(
      fc.property(rubric, (value) => {
        agree(quickCheckRubric, Rubric, value);
        if (quickCheckRubric(value) !== null) accepted++;
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous pass: the check vouched for a fair share of them.
    expect(accepted).toBeGreaterThan(150);
  });

  it('on manifests near the edges of the schema', () => {
    fc.assert(fc.property(manifest, (value) => agree(quickCheckSetManifest, SetManifest, value)), { numRuns: 2000 });
  });

  it('on generated rubrics written as YAML, through both paths', async () => {
    await fc.assert(
      fc.asyncProperty(rubric, async (value) => {
        await expectSameResult([source('rubrics/imperative.yaml', stringify(value))]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Answers files: parseAnswersFast gives what parseAnswers gives, file by file.

const SET = loadRubricSet(DEFAULT_SET).set!;

function answersFilesUnder(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(REPO_ROOT, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) out.push(source(path, readFileSync(join(REPO_ROOT, path))));
    }
  };
  walk(dir);
  return out;
}

const ANSWERS = [...answersFilesUnder('examples'), ...answersFilesUnder('tests/fixtures/audit'), ...answersFilesUnder('tests/fixtures/report')];

async function expectSameAnswers(files: readonly SourceFile[], set = SET): Promise<void> {
  const exact = files.map((f) => parseAnswers(f, set));
  const fast = await parseAnswersFast(files, set);
  expect(fast.map((r) => r.diagnostics)).toEqual(exact.map((r) => r.diagnostics));
  expect(isDeepStrictEqual(fast, exact), 'fast and exact answers differ').toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(exact));
}

describe('parseAnswersFast gives what parseAnswers gives', () => {
  it('on every answers file in the examples and fixtures, reading the examples itself', async () => {
    expect(ANSWERS.length).toBeGreaterThan(5);
    await expectSameAnswers(ANSWERS);
    for (const file of ANSWERS.filter((f) => f.path.startsWith('examples/'))) expect(quickParseAnswers(file, SET), file.path).not.toBeNull();
  });

  it('on keys the two readers take differently: __proto__, a null key, a collection as a key (review of issue 13)', async () => {
    const head = 'version: 1\norganization: Acme\nrespondent:\n  role: leadership\ndate: 2026-11-26\nanswers:\n';
    for (const body of [
      '  prospecting-plan:\n    __proto__: 3\n    real-targets: 3\n',
      '  __proto__:\n    real-targets: 3\n',
      '  prospecting-plan:\n    real-targets: 1\n  null:\n    only-question: 0\n',
      '  [prospecting-plan]:\n    real-targets: 3\n',
      '  prospecting-plan:\n    real-targets:\n      score: 2\n      note: "a note that goes on\n      to a second line"\n',
      // A bare tag right after a colon: null to js-yaml (a skipped imperative), "" to `yaml` (an error).
      '  {"differentiation":! }\n',
      '  {"prospecting-plan":&s {"real-targets": 1}, "differentiation":*s}\n',
    ]) {
      const file = source('answers/edge.yaml', head + body);
      expect(quickParseAnswers(file, SET), body).toBeNull();
      await expectSameAnswers([file]);
    }
  });

  // Answers near the edges: real ids and scores mostly, unknown ids, impossible scores, n/a where
  // it is not allowed, notes that are empty or tricky, keys dropped or added.
  const questions = SET.imperatives.flatMap((i) => i.questions.map((q) => [i.id, q.id] as const));
  const scoreValue = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4 }), weight: 20 }, { arbitrary: fc.constantFrom('n/a', 5, -1, 2.5, '3', null, -0), weight: 1 });
  const note = fc.constantFrom('Seen in the CRM.', '', '  ', 'Said: "weekly"', 'x # y', 'Müller ✓');
  const answerEntry = fc.oneof(
    { arbitrary: scoreValue, weight: 3 },
    { arbitrary: record({ score: scoreValue }, { note: maybe(note), evidence: maybe(fc.oneof({ arbitrary: fc.constantFrom('document', 'observed', 'data', 'claimed'), weight: 9 }, { arbitrary: fc.constant('seen'), weight: 1 })) }), weight: 3 },
  );
  const answers = fc
    .tuple(fc.subarray([...questions], { minLength: 1 }), fc.array(answerEntry, { minLength: questions.length, maxLength: questions.length }), rarely(fc.constantFrom('unknown-imperative', 'unknown-question')))
    .map(([chosen, entries, unknown]) => {
      const out: Record<string, Record<string, unknown> | null> = {};
      chosen.forEach(([imperative, question], i) => ((out[imperative] ??= {})[question] = entries[i]));
      if (unknown === 'unknown-imperative') out['no-such-imperative'] = { q: 1 };
      if (unknown === 'unknown-question') out[chosen[0]![0]]!['no-such-question'] = 2;
      return out;
    });
  const answersFile = record(
    {
      version: maybe(fc.constant(1)),
      organization: maybe(goodText),
      respondent: maybe(record({ role: maybe(fc.constantFrom('leadership', 'salesperson', 'Other role')) }, { name: maybe(fc.constantFrom('Dana Lee', ' ', '')) })),
      date: maybe(fc.constantFrom('2026-03-14', '2026-3-14', '14/03/2026', '2026-02-30', '2024-02-29')),
    },
    {
      rubrics: maybe(record({}, { digest: maybe(fc.constant(SET.digest)), source: maybe(goodText), questions: maybe(fc.constant(questions.map((q) => q.join('/')))) })),
      answers: maybe(answers),
    },
  );

  it('the check derived from zod agrees with zod on answers near the edges of the schema', () => {
    let accepted = 0;
    fc.assert(
      fc.property(answersFile, (value) => {
        const fast = quickCheckAnswers(value);
        if (fast === null) return;
        accepted++;
        const exact = AnswersFile.safeParse(value);
        expect(exact.success, `fast check accepted what zod rejects: ${JSON.stringify(value)}`).toBe(true);
        expect(isDeepStrictEqual(fast, exact.data), `outputs differ for ${JSON.stringify(value)}`).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(exact.data));
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('on generated answers files written as YAML, through both paths', async () => {
    await fc.assert(
      fc.asyncProperty(answersFile, async (value) => {
        await expectSameAnswers([source('answers/respondent.yaml', stringify(value))]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('on random edits of an example', async () => {
    const example = ANSWERS.find((f) => f.path.startsWith('examples/'))!;
    const inserts = [' ', '  ', '\t', ':', ': ', '#', '-', '"', "'", '[', '{', ',', 'x', '0', '9', 'n/a', '', '\n', '\n  ', 'note: x\n'];
    await fc.assert(
      fc.asyncProperty(randomEdits(Buffer.from(example.content as Uint8Array).toString('utf8'), inserts), async (text) => {
        await expectSameAnswers([source(example.path, text)]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

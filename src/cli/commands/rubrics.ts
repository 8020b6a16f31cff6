// `sales-audit rubrics`: what will be asked, as a table for people or JSON for machines.
import Table from 'cli-table3';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { joinWrapped, outputWidth, wrapWords } from '../fit-to-width.js';
import { printable } from '../../core/printable.js';
import type { Question } from '../../core/rubric/schema.js';
import { wordingFor } from '../../core/rubric/wording.js';
import { fieldworkFor, type FieldworkSample } from '../../core/rubric/fieldwork.js';
import type { RubricSet } from '../../core/rubric/load-rubric-set.js';
import { UsageError } from '../errors.js';
import { thousands } from '../../core/report/format.js';

export interface RubricsOptions {
  rubrics?: string;
  json: boolean;
  /** --sample reps=8,managers=4,deals=20: the auditor's fieldwork for that sample instead of the questions. */
  sample?: string;
}

export async function runRubrics(ctx: CliContext, options: RubricsOptions): Promise<void> {
  const sample = options.sample === undefined ? null : parseSample(options.sample);
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  if (sample !== null) {
    printFieldwork(ctx, set, sample, options.json);
    return;
  }
  if (options.json) {
    const data = {
      title: set.title,
      digest: set.digest,
      imperatives: set.imperatives.map((imperative) => ({
        id: imperative.id,
        title: imperative.title,
        weight: imperative.weight,
        target: imperative.target,
        file: imperative.file,
        questions: imperative.questions.map((q) => ({
          id: q.id,
          prompt: wordingFor(q.prompt),
          weight: q.weight,
          na: q.na,
          // Who is asked (every role when the rubric names none): a tool writing answers files asks only these.
          roles: q.roles ?? null,
          levels: q.levels.map((l) => ({ score: l.score, label: l.label })),
        })),
      })),
    };
    ctx.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  // As wide as the output (100 when unknown, 140 at most: longer lines read badly), the
  // question column taking what the others leave; one block per question when no table fits.
  const width = Math.min(outputWidth(ctx.env, ctx.stdout) ?? 100, 140);
  const questionWidth = width - 30;
  const lines: string[] = [];
  let n = 0;
  if (questionWidth < MIN_QUESTION_WIDTH) {
    set.imperatives.forEach((imperative, i) => {
      lines.push(...wrapWords(`${i + 1}. ${printable(imperative.title)} (${imperative.id})`, width, '   ', ''));
      lines.push(...joinWrapped([`weight ${imperative.weight}`, `target ${imperative.target}`], width, '   '));
      for (const q of imperative.questions) {
        n++;
        lines.push(...joinWrapped([`${n}. ${q.id}`, `weight ${q.weight}`, `levels ${levelRange(q)}`], width, '     ', '  '));
        lines.push(...wrapWords(printable(wordingFor(q.prompt).replace(/\s*\n\s*/g, ' ')), width, '     '));
      }
    });
    ctx.stdout.write(`${[...wrapWords(`${set.title}: ${set.imperatives.length} imperatives, ${n} questions`, width), ...lines].join('\n')}\n`);
    return;
  }
  const table = new Table({
    head: ['#', 'Imperative / question', 'Weight', 'Levels'],
    style: { head: [], border: [] },
    colWidths: [5, questionWidth, 8, 12],
    wordWrap: true,
  });
  set.imperatives.forEach((imperative, i) => {
    table.push([{ colSpan: 4, content: `${i + 1}. ${printable(imperative.title)} (${imperative.id}) · weight ${imperative.weight} · target ${imperative.target}` }]);
    for (const q of imperative.questions) {
      n++;
      table.push([String(n), `${q.id}\n${printable(wordingFor(q.prompt).replace(/\s*\n\s*/g, ' '))}`, String(q.weight), levelRange(q)]);
    }
  });
  ctx.stdout.write(`${[...wrapWords(`${set.title}: ${set.imperatives.length} imperatives, ${n} questions`, width), table.toString()].join('\n')}\n`);
}

/** Narrowest question column worth a table; below it, a stacked list. */
const MIN_QUESTION_WIDTH = 22;

function levelRange(q: Question): string {
  const scores = q.levels.map((l) => l.score);
  return `${Math.min(...scores)}–${Math.max(...scores)}${q.na ? ', n/a' : ''}`;
}

const SAMPLE_KEYS = ['reps', 'managers', 'deals'] as const;
/**
 * The largest count of one kind: far above any audit sample (a survey reaches 20 to 200 people),
 * and small enough that the hours print as a figure a person reads, not 7.45e+23.
 */
const MAX_SAMPLE = 9999;

/** "reps=8,managers=4,deals=20" (any of the three, each once; the others 0). */
function parseSample(text: string): FieldworkSample {
  const sample: FieldworkSample = { reps: 0, managers: 0, deals: 0 };
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d+)\s*$/.exec(part);
    const key = match?.[1] as (typeof SAMPLE_KEYS)[number] | undefined;
    if (match === null || key === undefined || !SAMPLE_KEYS.includes(key) || seen.has(key) || Number(match[2]) > MAX_SAMPLE) {
      throw new UsageError(
        `--sample "${text}": give the audit sample as reps=N,managers=N,deals=N (each at most once, whole numbers from 0 to ${thousands(MAX_SAMPLE)}), e.g. --sample reps=8,managers=4,deals=20`,
      );
    }
    seen.add(key);
    sample[key] = Number(match[2]);
  }
  return sample;
}

const PER_ONE: Record<string, string> = { reps: 'rep', managers: 'manager', deals: 'deal', audit: 'audit (once)' };

/** The auditor's hours for a sample, as a table for people or JSON for machines (core/rubric/fieldwork.ts). */
function printFieldwork(ctx: CliContext, set: RubricSet, sample: FieldworkSample, json: boolean): void {
  const estimate = fieldworkFor(set, sample);
  if (estimate === null) throw new UsageError('--sample: these rubrics give no fieldwork estimate (`sampling.fieldwork` in _set.yaml); add one to size the auditor\'s hours');
  if (json) {
    ctx.stdout.write(`${JSON.stringify({ title: set.title, digest: set.digest, fieldwork: estimate }, null, 2)}\n`);
    return;
  }
  const table = new Table({ head: ['Question', 'Hours per', 'Hours', 'Cases', 'Total'], style: { head: [], border: [] } });
  for (const row of estimate.rows) table.push([`${row.imperative}/${row.question}`, PER_ONE[row.per]!, formatHours(row.hours), String(row.cases), formatHours(row.total)]);
  const of = SAMPLE_KEYS.map((k) => `${sample[k]} ${sample[k] === 1 ? PER_ONE[k] : k}`);
  const lines = [
    `The auditor's fieldwork for a sample of ${of.slice(0, -1).join(', ')} and ${of.at(-1)}:`,
    table.toString(),
    `Total: ${formatHours(estimate.total)} hours, about ${thousands(Math.ceil(estimate.total / 8))} days of eight hours (the set's estimates, sampling.fieldwork; interviews and the readout not included).`,
  ];
  const compulsory = estimate.rows.filter((r) => r.compulsory).map((r) => `${r.imperative}/${r.question}`);
  if (compulsory.length > 0) lines.push(`Compulsory, whatever the budget: ${compulsory.join(', ')} (only leadership answers them, too few to report in most firms, so the check is what scores them).`);
  if (estimate.missing.length > 0) lines.push(`No estimate for ${estimate.missing.join(', ')}: left out of the total.`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** Hours to at most two decimals, no trailing zeros: 0.25, 0.5, 85.3. */
function formatHours(hours: number): string {
  const [whole, fraction] = String(Math.round(hours * 100) / 100).split('.');
  return `${thousands(Number(whole))}${fraction === undefined ? '' : `.${fraction}`}`;
}

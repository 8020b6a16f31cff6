// `sales-audit rubrics`: what will be asked, as a table for people or JSON for machines.
import Table from 'cli-table3';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { joinWrapped, outputWidth, wrapWords } from '../fit-to-width.js';
import { printable } from '../../core/printable.js';
import type { Question } from '../../core/rubric/schema.js';
import { wordingFor } from '../../core/rubric/wording.js';

export interface RubricsOptions {
  rubrics?: string;
  json: boolean;
}

export async function runRubrics(ctx: CliContext, options: RubricsOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
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

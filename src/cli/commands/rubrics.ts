// `sales-audit rubrics`: what will be asked, as a table for people or JSON for machines.
import Table from 'cli-table3';
import { loadRubricsOrFail } from '../../io/resolve-rubrics.js';
import type { CliContext } from '../context.js';
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
          levels: q.levels.map((l) => ({ score: l.score, label: l.label })),
        })),
      })),
    };
    ctx.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const width = Math.max(60, Math.min(ctx.stdout.columns ?? 100, 140));
  const table = new Table({
    head: ['#', 'Imperative / question', 'Weight', 'Levels'],
    style: { head: [], border: [] },
    colWidths: [5, width - 30, 8, 12],
    wordWrap: true,
  });
  let n = 0;
  set.imperatives.forEach((imperative, i) => {
    table.push([{ colSpan: 4, content: `${i + 1}. ${imperative.title} (${imperative.id}) · weight ${imperative.weight} · target ${imperative.target}` }]);
    for (const q of imperative.questions) {
      n++;
      const scores = q.levels.map((l) => l.score);
      table.push([String(n), `${q.id}\n${wordingFor(q.prompt)}`, String(q.weight), `${Math.min(...scores)}–${Math.max(...scores)}${q.na ? ', n/a' : ''}`]);
    }
  });
  ctx.stdout.write(`${set.title}: ${set.imperatives.length} imperatives, ${n} questions\n${table.toString()}\n`);
}

// Rubric sets for interview tests: the built-in four, and small inline ones to vary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricSet, type RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { REPO_ROOT } from './run-cli.js';

export function defaultSet(): RubricSet {
  const dir = join(REPO_ROOT, 'rubrics');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `rubrics/${f}`, content: readFileSync(join(dir, f), 'utf8'), size: 0 }));
  const { set, diagnostics } = loadRubricSet(files);
  if (!set) throw new Error(`default rubrics invalid: ${JSON.stringify(diagnostics)}`);
  return set;
}

type SmallSpec = Record<string, { id: string; levels?: number; na?: boolean }[]>;

/** Rubric files (name → YAML) for a small set: one imperative per entry, levels 0..levels-1. */
export function smallSetFiles(imperatives: SmallSpec): { path: string; content: string; size: number }[] {
  return Object.entries(imperatives).map(([id, questions]) => {
    const yaml = [
      `id: ${id}`,
      `title: Title of ${id}`,
      `summary: Why ${id} matters.`,
      'questions:',
      ...questions.flatMap((q) => [
        `  - id: ${q.id}`,
        `    prompt: Question ${q.id}?`,
        `    help: Look at ${q.id}.`,
        `    na: ${q.na ?? false}`,
        '    levels:',
        ...Array.from({ length: q.levels ?? 5 }, (_, score) => [`      - score: ${score}`, `        label: L${score}`, `        description: Behaviour ${score} of ${q.id}.`]).flat(),
        '    recommendations:',
        `      - { id: ${id}-${q.id}-act, below: 1, action: Do something, horizon: 30 }`,
      ]),
    ].join('\n');
    return { path: `${id}.yaml`, content: yaml, size: yaml.length };
  });
}

/** The set smallSetFiles describes, loaded. */
export function smallSet(imperatives: SmallSpec): RubricSet {
  const { set, diagnostics } = loadRubricSet(smallSetFiles(imperatives));
  if (!set) throw new Error(`test set invalid: ${JSON.stringify(diagnostics)}`);
  return set;
}

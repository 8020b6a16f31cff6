import type { AnswerSheet } from './answer-sheet.js';

export interface RepeatedSheet {
  /** Index of the sheet seen first. */
  first: number;
  /** Index of a later sheet with the same responses, from another input. */
  repeat: number;
}

/** Keys sorted at every level, so two sheets read by different readers compare by content. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

/** What makes two sheets the same responses: the respondent, the date, every answer with its note and evidence. */
export function responseKey(sheet: AnswerSheet): string {
  return JSON.stringify(canonical({ respondent: sheet.respondent, date: sheet.date, answers: sheet.answers }));
}

/**
 * Sheets that hold the same responses (respondent, date, every answer with its note and evidence)
 * and came from different inputs (which file, folder or export given on the command line each
 * sheet came from). An imported folder given with the export it came from, or a copy of an
 * answers file, counts the same people twice, and a role doubled that way can pass the minimum
 * group. The organization and the rubrics are left out of the comparison: a report names an
 * export's organization after its file when not told, and an import writes the one it was given.
 * Within one input, identical sheets are taken as two people who answered alike (a survey's
 * straight-liners do), which is why the inputs must differ. Fed one sheet at a time (`add`, with
 * the sheet's index and input), so the sheets need not be held; only a key of each is.
 */
export function createRepeatFinder(): { add(sheet: AnswerSheet, index: number, input: number): void; repeats: RepeatedSheet[] } {
  // For each content, the first sheet of each input that holds it, in order: the earliest sheet
  // from another input is always among them, and straight-liners in one input add nothing.
  const seen = new Map<string, { index: number; input: number }[]>();
  const repeats: RepeatedSheet[] = [];
  return {
    repeats,
    add(sheet, index, input) {
      const key = responseKey(sheet);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, [{ index, input }]);
        return;
      }
      const first = earlier.find((e) => e.input !== input);
      if (first !== undefined) repeats.push({ first: first.index, repeat: index });
      if (!earlier.some((e) => e.input === input)) earlier.push({ index, input });
    },
  };
}

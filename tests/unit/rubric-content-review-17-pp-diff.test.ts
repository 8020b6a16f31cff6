// Prospecting-plan and differentiation after rubric review 17 (`/work/notes/rubric-review-17.md`,
// minimum edits 2, 3, 4, 5, 8, 9, 13 (PP/Diff) and 15). Each class is checked over every question,
// role and level of the two rubrics, so a new wording or step that brings it back fails here.
import { describe, expect, it } from 'vitest';
import type { Wording } from '../../src/core/rubric/schema.js';
import { defaultSet } from '../helpers/report-fixtures.js';

const set = defaultSet();
const rubric = (id: string) => set.imperatives.find((i) => i.id === id)!;
const mine = [...rubric('prospecting-plan').questions, ...rubric('differentiation').questions];
const question = (id: string) => mine.find((q) => q.id === id)!;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wordings = (w: Wording | undefined): [string, string][] => (w === undefined ? [] : typeof w === 'string' ? [['default', w]] : Object.entries(w));
const sentences = (text: string) => flat(text).split(/(?<=[.;?])\s+/);

describe('n/a never hides a missing foundation (edit 2, class B)', () => {
  // What a company or manager provides, whose absence is the finding: a named list, a nurture list
  // or contact kept, a one-to-one. n/a stays for a true missing sample (no new-business target, new
  // in post, too few new targets or decided deals).
  const foundation = /\b(no|without)( named)?( target)? (list|one-to-one|such contact|contact on the list|nurture list)\b/;

  it('no prompt or help of a question that takes n/a offers it for a missing foundation', () => {
    let read = 0;
    for (const q of mine.filter((x) => x.na)) {
      for (const [role, text] of [...wordings(q.prompt), ...wordings(q.help)]) {
        for (const s of sentences(text).filter((x) => /not applicable/.test(x))) {
          read++;
          expect(s, `${q.id} (${role})`).not.toMatch(foundation);
        }
      }
    }
    expect(read).toBeGreaterThan(10);
  });

  it('level 0 of each question whose foundation can be missing names it, in every role', () => {
    const missing: Record<string, RegExp> = {
      'real-targets': /no (named )?list/,
      'relationship-tools': /no (nurture )?list kept|keep no (nurture )?list/,
      'prospecting-review': /no one-to-one/,
    };
    for (const [id, re] of Object.entries(missing)) {
      const zero = question(id).levels.find((l) => l.score === 0)!;
      for (const [role, t] of wordings(zero.description)) expect(flat(t), `${id} (${role})`).toMatch(re);
    }
  });
});

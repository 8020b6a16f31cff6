// Texts a person might produce by mistake from a good one: one to three edits, each removing up to
// four characters somewhere and inserting one of the given snippets there. For property tests that
// compare two parsers (or two paths) on nearly valid input.
import fc from 'fast-check';

export function randomEdits(text: string, inserts: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 4 }), fc.constantFrom(...inserts));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let edited = text;
    for (const [where, remove, insert] of edits) {
      const at = Math.floor(where * edited.length);
      edited = edited.slice(0, at) + insert + edited.slice(at + remove);
    }
    return edited;
  });
}

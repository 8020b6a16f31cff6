// A question as leadership was asked it ("your salespeople", "your company", "choosing you"), said
// about the organization for a reader of its report: the first "your" names it ("Acme Corp's
// salespeople"), later ones read "its"; "the company" is the organization too. VP reading 17, item 43: the appendix's questions said "your
// company" and "your salespeople" to a VP reading a report about Acme. Pure.

/** The prompt in the third person, about `organization`; unchanged where it says no "you". */
export function aboutOrganization(prompt: string, organization: string): string {
  let named = false;
  const possessive = () => {
    if (named) return 'its';
    named = true;
    return `${organization}'s`;
  };
  return prompt
    .replace(/\byou and your\b/g, () => `${organization} and its`)
    .replace(/\byour company's\b/g, () => `${organization}'s`)
    .replace(/\byour company\b/g, () => organization)
    // "the company's" too: the word boundary falls before the apostrophe.
    .replace(/\bthe company\b/g, () => organization)
    .replace(/\b[Yy]our\b/g, (word) => {
      const text = possessive();
      return word === 'Your' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    })
    .replace(/\byou\b/g, () => organization);
}

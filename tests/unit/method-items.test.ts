// The method's sentences for a client document (method-items.ts): what the annex says about the
// technical note, and the deck's method in brief stated with the items' own words.
import { describe, expect, it } from 'vitest';
import { methodItems, type MethodFacts } from '../../src/core/report/method-items.js';

const facts: MethodFacts = {
  single: false,
  names: false,
  minGroup: 3,
  foldedText: null,
  needsDiscussionSpread: 2,
  targetOverride: null,
  bands: [{ name: 'At risk', range: '0 to below 40' }, { name: 'Developing', range: '40 to below 60' }],
  focus: 5,
  planSize: 12,
  identifyingLeftOut: 0,
  quotesHeldBack: 0,
  firm: null,
};

describe('the technical note (eighth VP reading, class 4: a repository path in a client document)', () => {
  it('is available on request from the consultant, with no path', () => {
    const annex = methodItems(facts).annex.map((i) => i.text).join(' ');
    expect(annex).toContain('a technical note available on request from the consultant who prepared this report.');
    expect(annex).not.toMatch(/docs\/|\.md\b|sales-audit/);
  });
  it('names the brand\'s firm when there is one', () => {
    expect(methodItems({ ...facts, firm: 'Northwind Advisory' }).annex.map((i) => i.text).join(' ')).toContain('available on request from Northwind Advisory.');
  });
});

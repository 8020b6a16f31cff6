// What the identifying-notes rule finds, pinned on about 1,900 texts (tests/fixtures/identifying-notes/
// notes.txt, one a line, `\n` for a line break): every text of the examples' and fixtures' YAML, the
// strings of the confidentiality tests, and 1,400 sentences generated from the patterns themselves,
// round-robin (each pattern about 50 times), with neighbours, case changes and characters glued to
// their edges (a letter, a digit, `_`, `é`, a hyphen: where a word boundary is decided).
//
// The expected kinds and words (tests/golden/identifying-notes/details.txt) were written by the rule
// as it stood before its patterns were rewritten to compile quickly (December 2026): a pattern
// reworded for speed must find the same kinds and the same words. When the rule changes on purpose,
// UPDATE_GOLDEN=1 rewrites the file; read its diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDENTIFYING_KIND_WORDS, identifyingDetails, type IdentifyingKind } from '../../src/core/readout/identifying-notes.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const unescape = (line: string) => line.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));
const notes = readFileSync(join(REPO_ROOT, 'tests/fixtures/identifying-notes/notes.txt'), 'utf8').split('\n').filter((line) => line !== '').map(unescape);

describe('identifying-notes: the same kinds and words on the pinned corpus', () => {
  it('every text finds what it found before', () => {
    const lines = notes.map((note) => {
      const found = identifyingDetails(note).map((d) => `${d.kind}: ${escape(d.match)}`);
      return `${escape(note)}\n  => ${found.length === 0 ? '-' : found.join(' | ')}`;
    });
    expectGolden('identifying-notes/details.txt', `${lines.join('\n')}\n`);
  });

  it('the corpus meets every kind often, and texts with no finding too', () => {
    const counts = new Map<IdentifyingKind | 'none', number>();
    for (const note of notes) {
      const kinds = identifyingDetails(note).map((d) => d.kind);
      for (const kind of kinds.length === 0 ? (['none'] as const) : kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const kind of [...(Object.keys(IDENTIFYING_KIND_WORDS) as IdentifyingKind[]), 'none' as const]) expect(counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(25);
  });
});

describe('identifying-notes: a word ends where no word character follows', () => {
  it('a letter, a digit or an underscore glued to the end is no match; punctuation, a hyphen or a non-ASCII letter ends the word', () => {
    const kinds = (note: string) => identifyingDetails(note).map((d) => `${d.kind}: ${d.match}`);
    expect(kinds('Covers Northwind accounts')).toEqual([]);
    expect(kinds('Covers North_ accounts')).toEqual([]);
    expect(kinds('Covers Midwest accounts')).toEqual(['place: Midwest']);
    expect(kinds('Covers North- accounts')).toEqual(['place: North']);
    expect(kinds('Covers Northé accounts')).toEqual(['place: North']);
    expect(kinds('The guide is goodwill')).toEqual([]);
    expect(kinds('The guide is good.')).toEqual(['document: guide is good']);
    expect(kinds('An old playbook3 on the drive')).toEqual([]);
    expect(kinds('An old playbooks, on the drive')).toEqual(['document: old playbooks']);
    expect(kinds("My team's 40 deals")).toEqual(["team-figure: My team's 40"]);
    expect(kinds("My team's 40s")).toEqual([]);
  });
});

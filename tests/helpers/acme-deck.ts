// The acme decks the deck tests read, built one way: the CLI, as a user runs it, with one set of
// arguments per kind of deck. Five e2e files each built the readout deck in their own beforeAll with
// the same six arguments; a change to how the example is rendered (a flag, the brand) is now one line.
import { join } from 'node:path';
import { expect } from 'vitest';
import { readDeck, type Deck } from './deck.js';
import { runCli } from './run-cli.js';

/** The report arguments of each acme deck: the consultant's (readout and brand), the plain team's, one respondent's. */
export const ACME_DECK_ARGS = {
  readout: ['examples/acme/', '--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml'],
  plain: ['examples/acme/'],
  single: ['examples/acme-leadership.yaml'],
} as const;

/** Builds the deck into `dir` (as `<name>.pptx`, default the kind's name) and reads it; `extra` goes after the kind's arguments. */
export async function buildAcmeDeck(dir: string, kind: keyof typeof ACME_DECK_ARGS = 'readout', extra: readonly string[] = [], name: string = kind): Promise<{ file: string; deck: Deck }> {
  const file = join(dir, `${name}.pptx`);
  const result = await runCli(['report', ...ACME_DECK_ARGS[kind], ...extra, '--format', 'pptx', '--out', file, '--force']);
  expect(result.exitCode, result.stderr).toBe(0);
  return { file, deck: await readDeck(file) };
}

import { Chalk, type ChalkInstance } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStyle, STYLE_NAMES, type Style } from '../../src/formatters/ansi-style.js';

// Chains of one to three styles, each applied by both to the same text.
const chains = fc.array(fc.constantFrom(...STYLE_NAMES), { minLength: 1, maxLength: 3 });
const text = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\u001B[39m', '\u001B[22m', '\u001B[24m', '\u001B[31m', 'é', ''), { maxLength: 8 }).map((parts) => parts.join('')),
);

function viaChain<T>(root: T, chain: readonly string[]): (s: string) => string {
  let target = root as unknown as Record<string, unknown>;
  for (const name of chain) target = target[name] as Record<string, unknown>;
  return target as unknown as (s: string) => string;
}

describe('createStyle matches chalk', () => {
  it('at level 1 for any chain of styles and any text', () => {
    const chalk: ChalkInstance = new Chalk({ level: 1 });
    const ours: Style = createStyle(true);
    fc.assert(fc.property(chains, text, (chain, s) => viaChain(ours, chain)(s) === viaChain(chalk, chain)(s)), { numRuns: 2000 });
  });

  it('at level 0: text unchanged', () => {
    const chalk = new Chalk({ level: 0 });
    fc.assert(fc.property(chains, text, (chain, s) => viaChain(createStyle(false), chain)(s) === viaChain(chalk, chain)(s)), { numRuns: 500 });
  });

  it('on the chains the stylish formatter uses', () => {
    const chalk = new Chalk({ level: 1 });
    const ours = createStyle(true);
    expect(ours.red.bold('✖ 2 errors')).toBe(chalk.red.bold('✖ 2 errors'));
    expect(ours.underline('a.yaml:1:2')).toBe(chalk.underline('a.yaml:1:2'));
    expect(ours.dim('rule-id')).toBe(chalk.dim('rule-id'));
  });
});

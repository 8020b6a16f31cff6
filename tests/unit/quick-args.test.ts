// The quick paths (src/cli/quick-start.ts) take only arguments whose meaning is plain, with the
// options commander would pass; anything else goes to commander (tests/e2e/start-up.test.ts
// checks that both print the same).
import { describe, expect, it } from 'vitest';
import { parseValidateArgs } from '../../src/cli/quick-validate.js';

describe('parseValidateArgs', () => {
  it('reads paths and the plain options, with commander defaults', () => {
    expect(parseValidateArgs([])).toEqual({ paths: [], options: { format: 'stylish', strict: false, color: true } });
    expect(parseValidateArgs(['a', '--strict', 'b', '-f', 'json'])).toEqual({ paths: ['a', 'b'], options: { format: 'json', strict: true, color: true } });
    expect(parseValidateArgs(['--format=sarif', '--no-color', 'x.yaml'])).toEqual({ paths: ['x.yaml'], options: { format: 'sarif', strict: false, color: false } });
  });

  it.each([
    [['--format', 'bogus']],
    [['--format']],
    [['-f', 'json', '--format', 'sarif']],
    [['--strict', '--strict']],
    [['--strict=yes']],
    [['--help']],
    [['-h']],
    [['--']],
    [['-']],
    [['-fjson']],
    [['-f=json']],
    [['--color']],
  ])('leaves %j to commander', (args) => {
    expect(parseValidateArgs(args)).toBeNull();
  });
});

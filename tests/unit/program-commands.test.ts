// A run builds only the command it names (src/cli/program.ts, issue 18): commander's cost at a
// start is mostly building options. Any other start builds every command, which the program's help
// lists and a mistyped name is matched against.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import type { CliContext } from '../../src/cli/context.js';
import { COMMAND_NAMES, createProgram } from '../../src/cli/program.js';

const ctx = { version: '0.0.0' } as CliContext;
const names = (program: Command) => program.commands.map((c) => c.name());
/** A command's options and arguments, and its subcommands', as its help shows them. */
const shape = (command: Command): unknown => ({
  name: command.name(),
  options: command.options.map((o) => [o.flags, o.description, o.defaultValue, o.argChoices]),
  args: command.registeredArguments.map((a) => [a.name(), a.required, a.variadic]),
  commands: command.commands.map(shape),
});

describe('the commands a run builds', () => {
  it('without arguments, every command, in the order COMMAND_NAMES lists them', () => {
    expect(names(createProgram(ctx))).toEqual([...COMMAND_NAMES]);
  });

  it.each(COMMAND_NAMES)('"%s ..." builds that command alone, the same as when every command is built', (name) => {
    const alone = createProgram(ctx, [name, '--out', '-']);
    expect(names(alone)).toEqual([name]);
    expect(shape(alone.commands[0]!)).toEqual(shape(createProgram(ctx).commands.find((c) => c.name() === name)!));
  });

  it.each([[['--help']], [['-h']], [['help', 'report']], [['reprot', 'examples/acme']], [['--out', 'report']], [[]]])('%j builds every command', (argv) => {
    expect(names(createProgram(ctx, argv))).toEqual([...COMMAND_NAMES]);
  });
});

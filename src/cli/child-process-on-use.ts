// commander requires node:child_process as it loads, only to run a subcommand as an executable of
// its own (Command._executeSubCommand, childProcess.spawn), which this CLI has none of. Loading it
// costs every command, --help included, about 3 ms of CPU (a bare `node` 28.0 against 30.8 ms,
// medians of 25 interleaved rounds): a tenth of Node's own start. scripts/build.mjs gives commander
// this module in its place; it loads the real one at the first call. What commander calls of it
// (spawn, in commander 14) is held to it by tests/unit/child-process-on-use.test.ts.
import { createRequire } from 'node:module';

type ChildProcess = typeof import('node:child_process');

const real = (): ChildProcess => createRequire(import.meta.url)('node:child_process') as ChildProcess;

export const spawn = ((...args: Parameters<ChildProcess['spawn']>) => real().spawn(...args)) as ChildProcess['spawn'];

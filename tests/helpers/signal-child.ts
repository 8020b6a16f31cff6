// The built CLI run as a child and sent a signal once a chosen point is reached (polled as the
// child works, never slept on); a child that finishes first is simply not signalled.
import { spawn } from 'node:child_process';
import { BIN, cliEnv } from './run-cli.js';
import type { TmuxTerminal } from './tmux.js';

export interface SignalledRun {
  code: number | null;
  killedBy: NodeJS.Signals | null;
  stderr: string;
  /** Whether the signal was sent before the child ended. */
  sent: boolean;
}

export function runAndSignal(args: readonly string[], cwd: string, signal: NodeJS.Signals, ready: () => boolean): Promise<SignalledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const watch = setInterval(() => {
      if (!sent && ready()) {
        sent = true;
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('close', (code, killedBy) => {
      clearInterval(watch);
      resolve({ code, killedBy, stderr, sent });
    });
  });
}

/** The interview in `t` from its first question to the second: Enter on the level, the evidence and the note. */
export async function answerFirstQuestion(t: TmuxTerminal): Promise<void> {
  // The count follows the rubric set, so only the position is waited for.
  await t.waitForSelect('[1/');
  t.send('Enter');
  await t.waitFor((_, last) => /navigate/.test(last) && t.screen().includes('What does this answer rest on?'), 'the evidence list');
  t.send('Enter');
  await t.waitForInput('Evidence note');
  t.send('Enter');
  await t.waitForSelect('[2/');
}

// Drives the built CLI in a real pseudo-terminal through tmux: keys in, the screen out. Each
// session has its own server socket (-L), killed afterwards, so tests never touch a user's tmux.
import { execFileSync, spawnSync } from 'node:child_process';
import { shellQuote } from '../../src/core/interview/resume-command.js';

export const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

let counter = 0;

export class TmuxTerminal {
  readonly socket = `sales-audit-test-${process.pid}-${++counter}`;

  constructor(
    command: readonly string[],
    options: { cwd: string; width?: number; height?: number; env?: Record<string, string> },
  ) {
    const env = Object.entries({ NO_COLOR: '1', ...options.env }).map(([k, v]) => `${k}=${shellQuote(v)}`);
    // The shell prints the exit code and keeps the pane open so the test can read both.
    const script = `env ${env.join(' ')} ${command.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux(['new-session', '-d', '-x', String(options.width ?? 120), '-y', String(options.height ?? 50), '-c', options.cwd, script]);
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** Keys as tmux names them: 'Enter', 'Down', 'C-c', or literal text. */
  send(...keys: string[]): void {
    this.tmux(['send-keys', ...keys]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-l', text]);
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p']);
  }

  /**
   * Every line the program wrote, scrollback included, with lines the terminal wrapped joined
   * back (tmux -J): a line wider than the terminal shows as one long line, not two.
   */
  lines(): string[] {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-']).split('\n').map((line) => line.trimEnd());
  }

  /** The last line with text on it: where the active prompt is. */
  lastLine(): string {
    return this.screen().trimEnd().split('\n').at(-1) ?? '';
  }

  /** Polls the screen until `ready` holds; fails with the screen shown when it never does. */
  async waitFor(ready: (screen: string, lastLine: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (ready(screen, screen.trimEnd().split('\n').at(-1) ?? '')) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** Waits for a select prompt (its key help is the last line) whose screen contains `text`. */
  waitForSelect(text: string): Promise<string> {
    return this.waitFor((screen, last) => screen.includes(text) && /navigate/.test(last), `a choice list showing "${text}"`);
  }

  /** Waits for a text prompt whose message starts with `message` on the last line. */
  waitForInput(message: string): Promise<string> {
    return this.waitFor((_, last) => last.startsWith(`? ${message}`), `the prompt "${message}"`);
  }

  async waitForExit(): Promise<number> {
    const screen = await this.waitFor((s) => /\[exit \d+\]/.test(s), 'the program to exit');
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  /** The process id of the program the pane runs (the shell's child), to send it a signal. */
  programPid(): number {
    const shell = this.tmux(['list-panes', '-F', '#{pane_pid}']).trim();
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    if (children.length !== 1 || !Number.isInteger(children[0])) throw new Error(`expected one program under the pane's shell, found: ${children.join(', ')}`);
    return children[0]!;
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
  }
}


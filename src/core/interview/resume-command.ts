// The exact command that continues an interrupted interview, with the options that shape the
// report carried over, quoted for a POSIX shell. Pure.
import type { ReportFormat } from '../report/report-formats.js';
import { DEFAULT_FOCUS } from '../scoring/config.js';

export interface ResumeCommandInput {
  session: string;
  rubrics?: string;
  out?: string;
  format: ReportFormat;
  template?: string;
  browser?: string;
  target?: number;
  names?: boolean;
  focus?: number;
  clientHas?: string[];
  clientLacks?: string[];
  brand?: string;
  force: boolean;
}

export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function resumeCommand(input: ResumeCommandInput): string {
  const words = ['sales-audit', 'audit', '--resume', input.session];
  if (input.rubrics !== undefined) words.push('--rubrics', input.rubrics);
  if (input.out !== undefined) words.push('--out', input.out);
  if (input.format !== 'md') words.push('--format', input.format);
  if (input.template !== undefined) words.push('--template', input.template);
  if (input.browser !== undefined) words.push('--browser', input.browser);
  if (input.target !== undefined) words.push('--target', String(input.target));
  // A resumed interview must write the report that was asked for: names, page one's length, the
  // owners the client has, and the firm's brand are carried over like the format.
  if (input.names === true) words.push('--names');
  if (input.focus !== undefined && input.focus !== DEFAULT_FOCUS) words.push('--focus', String(input.focus));
  if (input.clientHas !== undefined && input.clientHas.length > 0) words.push('--client-has', input.clientHas.join(','));
  if (input.clientLacks !== undefined && input.clientLacks.length > 0) words.push('--client-lacks', input.clientLacks.join(','));
  if (input.brand !== undefined) words.push('--brand', input.brand);
  if (input.force) words.push('--force');
  return words.map((w, i) => (i < 2 ? w : shellQuote(w))).join(' ');
}

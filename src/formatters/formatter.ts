import type { Diagnostic } from '../core/diagnostics.js';

/** Everything a formatter needs: every file checked (clean ones too, for JUnit) and every finding. */
export interface ValidationReport {
  files: readonly string[];
  diagnostics: readonly Diagnostic[];
  toolVersion: string;
}

export interface FormatOptions {
  color: boolean;
  /** Warnings fail the run (--strict); formats that record pass/fail (JUnit) follow it. */
  strict?: boolean;
}

/** A formatter turns a report into the exact text to print; writing it is the caller's job. */
export type Formatter = (report: ValidationReport, options: FormatOptions) => string | Promise<string>;

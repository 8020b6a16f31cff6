import { BAND_CUTOFFS, type BandKey } from './config.js';

/** The maturity band of a 0–100 score; null for "not scored". */
export function bandOf(score: number | null): BandKey | null {
  if (score === null) return null;
  for (const band of BAND_CUTOFFS) if (score >= band.from) return band.key;
  return 'atRisk';
}

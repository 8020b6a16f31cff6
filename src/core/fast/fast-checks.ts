// The fast checks, compiled at run time from their sources (fast-check-sources.ts). This module is
// what the sources use when they run directly (tests); the build replaces it with the same checks
// as plain code (scripts/build.mjs), so an installed sales-audit loads neither zod nor Ajv nor
// `yaml` on the fast path.
import { Ajv } from 'ajv';
import { AJV_OPTIONS, compileFastCheck, type FastCheck } from './compile-fast-check.js';
import { FAST_CHECK_SCHEMAS, yamlCoreScalarPatterns, type FastCheckKind } from './fast-check-sources.js';

export type { FastCheck } from './compile-fast-check.js';

const ajv = new Ajv(AJV_OPTIONS);

export const FAST_CHECKS = Object.fromEntries(Object.entries(FAST_CHECK_SCHEMAS).map(([kind, schema]) => [kind, compileFastCheck(schema, ajv)])) as Record<FastCheckKind, FastCheck>;

export const YAML_CORE_SCALARS = yamlCoreScalarPatterns();

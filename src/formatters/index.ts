// The registry: a new output format is one file plus one line here.
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATTERS = { stylish, json, github, junit, sarif } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export type { Formatter } from './formatter.js';

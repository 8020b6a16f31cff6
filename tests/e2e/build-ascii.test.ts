// The built modules are ASCII (issue 18, docs/benchmarks.md "Minified at build time"): V8 holds a
// module's text one byte a character only when every character fits one byte, and else the whole
// chunk two bytes a character (the report's view chunk, 80 KB, for one "’" in a regular
// expression). Minifying escapes every other non-ASCII character, but not one in a regular
// expression literal or a String.raw template, where an escape would change the source text:
// write those characters as \u escapes (/[\u2018\u2019]/), which match the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

const DIST = join(REPO_ROOT, 'dist');

describe('the built modules', () => {
  it('are ASCII, each of them: every non-ASCII character is escaped', () => {
    const sourcesOf = JSON.parse(readFileSync(join(DIST, 'sources.json'), 'utf8')) as Record<string, string[]>;
    const modules = ['main.mjs', ...readdirSync(join(DIST, 'chunks')).filter((n) => n.endsWith('.mjs')).map((n) => `chunks/${n}`)];
    expect(modules.length).toBeGreaterThan(10);
    const nonAscii = modules.flatMap((module) => {
      const text = readFileSync(join(DIST, module), 'utf8');
      const at = text.search(/[^\x00-\x7F]/);
      return at === -1 ? [] : [`${module} (${(sourcesOf[module] ?? []).join(', ')}): …${text.slice(Math.max(0, at - 40), at + 10)}…`];
    });
    expect(nonAscii).toEqual([]);
  });
});

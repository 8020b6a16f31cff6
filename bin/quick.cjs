// Runs a quick bundle (dist/quick-*.cjs: the fast paths of validate and report, src/cli/quick-start.ts)
// with V8's code cache, which the build writes by running each bundle once: the functions a run
// needs are then read, not compiled, at every start (about a tenth of a report's time).
// V8 itself checks only a cache's Node version, flags and source length, not its contents, so a
// cache is named by a key of its source's contents that the build writes on the source's first
// line (dist/quick-validate.cjs → dist/quick-validate.cjs.<key>.cache; scripts/build.mjs): a
// bundle rebuilt or replaced never meets an old cache, and the build writes caches atomically.
// A cache from another Node version is rejected by V8 and the bundle compiles as usual.
'use strict';

const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const packageRoot = join(__dirname, '..');

/** Where the code cache of `source` (the text of `file`) is: named by the key on its first line; null without one. Also in src/io/load-template.ts. */
function codeCachePath(file, source) {
  const key = /^\/\/ code-cache-key: ([0-9a-f]+)\n/.exec(source);
  return key === null ? null : `${file}.${key[1]}.cache`;
}

function load(name) {
  const file = join(packageRoot, 'dist', `${name}.cjs`);
  const text = readFileSync(file, 'utf8');
  const cachePath = codeCachePath(file, text);
  let cachedData;
  try {
    if (cachePath !== null) cachedData = readFileSync(cachePath);
  } catch {
    // not built with a cache: compile as usual
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { cachePath, script, exports: module.exports };
}

/** Written beside, then renamed over: a build stopped half-way never leaves a torn cache. */
function writeAtomically(path, data) {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

/** Runs dist/<name>.cjs on the arguments: its exit code, or null when the full CLI must take over. */
exports.runQuick = (name, args) => load(name).exports.main(args, packageRoot);

/**
 * For the build: runs dist/<name>.cjs on each argument list in turn, in one process, and writes the
 * code cache of everything those runs compiled: the bundle's, and that of each precompiled template
 * they ran (the bundle's loadedTemplateScripts).
 */
exports.writeCodeCache = async (name, argLists) => {
  const { cachePath, script, exports: bundle } = load(name);
  if (cachePath === null) throw new Error(`${name}: the bundle has no code-cache key`);
  for (const args of argLists) {
    const code = await bundle.main(args, packageRoot);
    if (code !== 0) throw new Error(`${name} ${args.join(' ')}: exit ${code}; no code cache written`);
  }
  writeAtomically(cachePath, script.createCachedData());
  for (const template of bundle.loadedTemplateScripts ?? []) if (template.cachePath !== null) writeAtomically(template.cachePath, template.script.createCachedData());
};

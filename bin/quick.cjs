// Runs a quick bundle (dist/quick-*.cjs: the commander-free fast paths, src/cli/quick-start.ts)
// with V8's code cache (dist/quick-*.cjs.cache), which the build writes by running each bundle
// once: the functions a run needs are then read, not compiled, at every start (about a tenth of
// a report's time). A cache from another Node version is rejected by V8 and the bundle compiles
// as usual.
'use strict';

const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const packageRoot = join(__dirname, '..');

function load(name) {
  const file = join(packageRoot, 'dist', `${name}.cjs`);
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // not built with a cache: compile as usual
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { file, script, exports: module.exports };
}

/** Runs dist/<name>.cjs on the arguments: its exit code, or null when the full CLI must take over. */
exports.runQuick = (name, args) => load(name).exports.main(args, packageRoot);

/**
 * For the build: runs dist/<name>.cjs on each argument list in turn, in one process, and writes the
 * code cache of everything those runs compiled: the bundle's, and that of each precompiled template
 * they ran (the bundle's loadedTemplateScripts).
 */
exports.writeCodeCache = async (name, argLists) => {
  const { file, script, exports: bundle } = load(name);
  for (const args of argLists) {
    const code = await bundle.main(args, packageRoot);
    if (code !== 0) throw new Error(`${name} ${args.join(' ')}: exit ${code}; no code cache written`);
  }
  writeFileSync(`${file}.cache`, script.createCachedData());
  for (const template of bundle.loadedTemplateScripts ?? []) writeFileSync(`${template.file}.cache`, template.script.createCachedData());
};

// The `yaml` library, loaded on first use. It is only needed to place a finding (a syntax error, a
// schema or rule finding) in its file; most files have none, and its 280 KB of code cost every
// `validate` and `report` about 8 ms to load (docs/benchmarks.md).
import { createRequire } from 'node:module';

let library: typeof import('yaml') | undefined;

export function yamlLibrary(): typeof import('yaml') {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

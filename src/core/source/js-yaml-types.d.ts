// js-yaml exports its built-in types (`types.null`, `types.int`, …) at run time, in both its
// CommonJS and ES module builds, but @types/js-yaml does not declare them.
import 'js-yaml';

declare module 'js-yaml' {
  export const types: Record<'null' | 'bool' | 'int' | 'float' | 'str' | 'seq' | 'map', Type>;
}

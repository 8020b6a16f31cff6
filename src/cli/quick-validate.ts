// `sales-audit validate` on the quick path (see quick-start.ts): bundled as dist/quick-validate.cjs.
import { runQuick } from './quick-start.js';

export function main(args: readonly string[], packageRoot: string): Promise<number | null> {
  return runQuick(args, packageRoot, 'validate');
}

// Which Chromium or Chrome prints a PDF: `--browser <path>`, else CHROME_PATH, else the first of the
// usual names on PATH, else the usual install places on macOS and Windows. Nothing is ever
// downloaded: without a browser, the caller says how to install one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];
const WELL_KNOWN = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BrowserSearch = { found: true; path: string; from: string } | { found: false; problem: string | null };

/**
 * A browser given explicitly (--browser, CHROME_PATH) that is not an executable file is a problem
 * to report, not a reason to look elsewhere. `problem` is null when simply none was found.
 */
export function findBrowser(cwd: string, env: Record<string, string | undefined>, option: string | undefined): BrowserSearch {
  const explicit: [string, string][] = [];
  if (option !== undefined) explicit.push([option, '--browser']);
  else if (env.CHROME_PATH !== undefined && env.CHROME_PATH !== '') explicit.push([env.CHROME_PATH, 'CHROME_PATH']);
  for (const [given, from] of explicit) {
    const path = isAbsolute(given) || given.includes('/') || given.includes('\\') ? resolve(cwd, given) : searchPath(env, [given]);
    if (path !== null && isExecutableFile(path)) return { found: true, path, from };
    return { found: false, problem: `${from} ${given}: no executable file there` };
  }
  const onPath = searchPath(env, NAMES);
  if (onPath !== null) return { found: true, path: onPath, from: 'PATH' };
  for (const path of WELL_KNOWN) if (isExecutableFile(path)) return { found: true, path, from: 'its usual place' };
  return { found: false, problem: null };
}

function searchPath(env: Record<string, string | undefined>, names: readonly string[]): string | null {
  const folders = (env.PATH ?? '').split(delimiter).filter((f) => f !== '');
  const extensions = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of names) {
    for (const folder of folders) {
      for (const ext of extensions) {
        const path = join(folder, name + ext);
        if (isExecutableFile(path)) return path;
      }
    }
  }
  return null;
}

// PDF: the HTML page printed by a local Chromium or Chrome through playwright-core (which brings no
// browser and downloads none). The page is loaded from memory in an offline context with
// JavaScript off and every request refused, and the browser runs with the flags that keep it off
// the network. A browser that does not finish within the time given is killed: the run fails
// with a message (exit 2) and nothing is written, since the PDF exists only in memory until the
// caller writes it atomically.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { renderHtmlPage } from './html.js';
import type { Renderer } from './renderer.js';

/** On top of playwright's defaults (no background networking, no component updates, no sync ...). */
const OFFLINE_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  // Anything that still tries the network meets a proxy that is not there.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

class BrowserTimeout extends Error {}

export const pdfRenderer: Renderer = {
  async render(input, options) {
    const print = options.print;
    if (print === undefined) throw new Error('the PDF renderer needs a browser');
    const html = renderHtmlPage(input, options);
    if (!html.ok) return html;
    const { chromium } = await import('playwright-core');
    let browser: Browser | null = null;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BrowserTimeout()), print.timeoutMs);
    });
    const work = (async () => {
      browser = await chromium.launch({
        executablePath: print.executablePath,
        // Chromium refuses to run as root with its sandbox (containers, CI).
        args: [...OFFLINE_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        timeout: print.timeoutMs,
      });
      const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html.content as string, { waitUntil: 'load', timeout: print.timeoutMs });
      await page.emulateMedia({ media: 'print' });
      return page.pdf({ format: print.paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: true, timeout: print.timeoutMs } as Parameters<typeof page.pdf>[0]);
    })();
    try {
      const bytes = await Promise.race([work, deadline]);
      return { ok: true, content: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } catch (error) {
      const seconds = Math.round(print.timeoutMs / 100) / 10;
      if (error instanceof BrowserTimeout) killChildProcesses();
      const message =
        error instanceof BrowserTimeout
          ? `the browser ${print.executablePath} did not print the PDF within ${seconds} s and was stopped; no PDF was written (SALES_AUDIT_BROWSER_TIMEOUT sets the limit in seconds; --format html writes the page to print from any browser)`
          : `the browser ${print.executablePath} failed to print the PDF: ${firstLine(error)}; no PDF was written (try --browser with another Chromium or Chrome, or --format html and print the page)`;
      return { ok: false, kind: 'environment', message };
    } finally {
      clearTimeout(timer);
      work.catch(() => {});
      // A hung browser may not answer close(): give it a moment; playwright kills it when we exit.
      const open = browser as Browser | null;
      if (open !== null) await Promise.race([open.close().catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
    }
  },
};

/**
 * Kills what this process started, the browser and its helpers, when it hangs: playwright would
 * wait 30 s for a graceful close first. The CLI starts no other process. On Unix playwright makes
 * the browser a process group leader, so the group goes with it. (Not on Windows, where playwright's
 * own kill applies.)
 */
function killChildProcesses(): void {
  if (process.platform === 'win32') return;
  let table: string;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return;
  }
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (ppid !== process.pid || pid === undefined || !Number.isInteger(pid)) continue;
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
        break;
      } catch {
        // not a group leader, or already gone
      }
    }
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
}

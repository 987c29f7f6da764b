import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Where Chromium is looked for: KEEL_CHROMIUM, else Debian's package. */
export const chromiumPath = (): string => process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_MISSING = "PDF needs Chromium: apt-get install -y chromium, or set KEEL_CHROMIUM";

/**
 * Prints a self-contained HTML document (such as `statusHtml`'s) to an A4 PDF with headless
 * Chromium, backgrounds included so RAG colours show. The page loads no network resources: the
 * document must carry its own styles. The browser is closed whatever happens.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(`${CHROMIUM_MISSING} (no Chromium at ${executablePath})`);
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    // Self-contained by contract: refuse anything the document would fetch.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

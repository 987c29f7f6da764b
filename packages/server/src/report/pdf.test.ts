import { existsSync, readFileSync } from "node:fs";
import { asPlannedBaseline, statusReport } from "@keel/engine";
import { readPlan, statusHtml } from "@keel/formats";
import { describe, expect, it } from "vitest";
import { chromiumPath, htmlToPdf } from "./pdf.js";

/** Pages in a PDF, by its page objects. */
const pages = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString("latin1")
    .match(/\/Type\s*\/Page\b/g)?.length ?? 0;

const missing = existsSync(chromiumPath())
  ? undefined
  : `no Chromium at ${chromiumPath()} (apt-get install -y chromium, or set KEEL_CHROMIUM)`;
if (missing !== undefined) console.warn(`skipping the PDF tests: ${missing}`);

describe.skipIf(missing !== undefined)("htmlToPdf", () => {
  it("prints an HTML document to a PDF with a page", async () => {
    const pdf = await htmlToPdf("<!doctype html><title>t</title><h1>Status: <b>RED</b></h1>");
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pages(pdf)).toBe(1);
  }, 30_000);

  it("prints the example status report on a few A4 pages", async () => {
    const file = new URL("../../../../examples/status-demo.yaml", import.meta.url);
    const { plan } = readPlan(readFileSync(file, "utf8"), "status-demo.yaml");
    const pdf = await htmlToPdf(
      statusHtml(statusReport({ plan, baseline: asPlannedBaseline(plan, "2027-02-10T00:00:00Z") })),
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pages(pdf)).toBeGreaterThanOrEqual(2);
    expect(pages(pdf)).toBeLessThanOrEqual(4);
    // A4 is 595 × 842 points.
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  }, 30_000);
});

describe("htmlToPdf without Chromium", () => {
  it("says how to get Chromium when it is missing", async () => {
    const saved = process.env.KEEL_CHROMIUM;
    process.env.KEEL_CHROMIUM = "/nonexistent/chromium";
    try {
      await expect(htmlToPdf("<p>x</p>")).rejects.toThrow(
        "PDF needs Chromium: apt-get install -y chromium, or set KEEL_CHROMIUM",
      );
    } finally {
      if (saved === undefined) delete process.env.KEEL_CHROMIUM;
      else process.env.KEEL_CHROMIUM = saved;
    }
  });
});

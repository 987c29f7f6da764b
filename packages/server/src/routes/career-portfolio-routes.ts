import { baselineVariance } from "@keel/engine";
import {
  type PortfolioDocument,
  type PortfolioProject,
  portfolioHtml,
  portfolioMarkdown,
} from "@keel/formats";
import type { Evidence, Task } from "@keel/model";
import { career, NotFoundError, type Store } from "@keel/store";
import type { Context } from "hono";
import { z } from "zod";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { HttpError } from "../http-error.js";
import { CHROMIUM_MISSING, htmlToPdf } from "../report/pdf.js";
import { latestBaseline, ownEvidence, userName } from "./career-data.js";
import { todayUtc } from "./common.js";
import { route } from "./route.js";

/** Share links carry a prefix, so a leaked one is easy to recognise. */
const SHARE_PREFIX = "kps_";

const choice = z.strictObject({
  title: z.string().trim().min(1, "give the portfolio a title").max(200),
  evidenceIds: z
    .array(z.string().min(1).max(200))
    .min(1, "choose at least 1 evidence entry")
    .max(10, "choose at most 10 evidence entries: a portfolio shows the best few"),
  projectIds: z.array(z.string().min(1)).max(5, "choose at most 5 projects").default([]),
});

const FILES = {
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  pdf: { type: "application/pdf", extension: "pdf" },
} as const;

const complete = (t: Task | undefined) =>
  t !== undefined && (t.percentComplete === 100 || t.actualFinish !== undefined);

/** A project as a portfolio shows it: its milestones, baseline against actual or forecast. */
async function portfolioProject(
  store: Store,
  projectId: string,
  name: string,
  role: string,
): Promise<PortfolioProject> {
  const [plan, { schedule }, baseline] = await Promise.all([
    store.plan(projectId),
    store.schedule(projectId),
    latestBaseline(store, projectId),
  ]);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const saved = new Map((baseline?.tasks ?? []).map((t) => [t.id, t]));
  const variance = new Map(
    (baseline === undefined ? [] : baselineVariance(plan, schedule, baseline).tasks).map((v) => [
      v.id,
      v.finishDays,
    ]),
  );
  return {
    name,
    role,
    start: schedule.project.start.slice(0, 10),
    finish: schedule.project.finish.slice(0, 10),
    baselineName: baseline?.name ?? null,
    milestones: schedule.tasks
      .filter((t) => t.kind === "milestone")
      .map((m) => ({
        name: m.name,
        baseline: saved.get(m.id)?.finish.slice(0, 10) ?? null,
        date: m.finish.slice(0, 10),
        done: complete(tasks.get(m.id)),
        varianceDays: variance.get(m.id) ?? null,
      })),
  };
}

/**
 * The portfolio of `userId` as it stands now: the chosen entries in the chosen order, and the chosen
 * projects they can still see. `strict` refuses ids that are not theirs (a request); a share link
 * shows what is left of its choice.
 */
async function portfolioDocument(
  store: Store,
  userId: string,
  chosen: {
    readonly title: string;
    readonly evidenceIds: readonly string[];
    readonly projectIds: readonly string[];
  },
  strict: boolean,
): Promise<PortfolioDocument> {
  const evidenceIds = [...new Set(chosen.evidenceIds)];
  const projectIds = [...new Set(chosen.projectIds)];
  let entries: Evidence[];
  if (strict) entries = await ownEvidence(store, userId, evidenceIds);
  else {
    const all = new Map((await career.listEvidence(store.db, userId)).map((e) => [e.id, e]));
    entries = evidenceIds.flatMap((id) => all.get(id) ?? []);
  }
  const visible = new Map((await store.projectsOf(userId)).map((p) => [p.id, p]));
  if (strict) {
    for (const id of projectIds) if (!visible.has(id)) throw new NotFoundError("project", id);
  }
  const projects = await Promise.all(
    projectIds.flatMap((id) => {
      const p = visible.get(id);
      if (p === undefined) return [];
      // The person's own words for their role there, else their access role in Keel.
      const role = entries.find(
        (e) => e.source?.kind === "keel" && e.source.projectId === id && e.role !== "",
      )?.role;
      return [portfolioProject(store, id, p.project.name, role ?? `${p.role} in Keel`)];
    }),
  );
  return {
    title: chosen.title,
    author: await userName(store, userId),
    generatedOn: todayUtc(),
    entries,
    projects,
  };
}

/** HTML for a public link: nothing to run or fetch, not indexed, not cached, no referrer. */
function sharedHeaders(c: Context): void {
  c.header("Content-Type", FILES.html.type);
  c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  c.header("X-Robots-Tag", "noindex, nofollow");
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
}

/** Portfolio export (Markdown, HTML, PDF) and read-only share links, revocable by their owner. */
export const careerPortfolioRoutes = [
  route({
    method: "POST",
    path: "/api/me/career/portfolio",
    summary:
      "Your portfolio as a document: per chosen evidence entry the role, problem, actions, outcomes and numbers; per chosen project its milestones against the baseline, as a table and a chart. PDF needs Chromium (503 without)",
    tag: "Career",
    access: { scope: "user" },
    body: choice.extend({ format: z.enum(["md", "html", "pdf"]) }),
    handle: async ({ c, caller, body, store }) => {
      const doc = await portfolioDocument(store, caller.userId, body, true);
      const file = FILES[body.format];
      const name = `${doc.title.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "portfolio"}.${file.extension}`;
      c.header("Content-Type", file.type);
      c.header(
        "Content-Disposition",
        `attachment; filename="portfolio.${file.extension}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      if (body.format === "md") return c.body(portfolioMarkdown(doc));
      const html = portfolioHtml(doc);
      if (body.format === "html") return c.body(html);
      const pdf = await htmlToPdf(html).catch((error: unknown) => {
        if (error instanceof Error && error.message.startsWith(CHROMIUM_MISSING)) {
          throw new HttpError(503, "pdf_unavailable", error.message);
        }
        throw error;
      });
      return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer);
    },
  }),
  route({
    method: "POST",
    path: "/api/me/career/portfolio/share",
    summary:
      "A read-only link to your portfolio for anyone who has it; it shows the chosen entries and projects as they stand when opened. The link is shown once: Keel keeps only its hash",
    tag: "Career",
    access: { scope: "user" },
    status: 201,
    body: choice,
    handle: async ({ caller, body, store }) => {
      // Refuses ids that are not the caller's before anything is stored.
      await portfolioDocument(store, caller.userId, body, true);
      const token = newSecret(SHARE_PREFIX);
      await store.db.transaction((tx) =>
        career.createShare(tx, caller.userId, hashSecret(token), {
          title: body.title,
          evidenceIds: [...new Set(body.evidenceIds)],
          projectIds: [...new Set(body.projectIds)],
          createdAt: new Date().toISOString(),
        }),
      );
      return { token, url: `/shared/portfolio/${token}` };
    },
  }),
  route({
    method: "GET",
    path: "/api/shared/portfolio/:token",
    summary:
      "A shared portfolio as a self-contained HTML page (read-only); 404 once revoked or for an unknown link",
    tag: "Career",
    access: { scope: "public" },
    handle: async ({ c, params, store }) => {
      const share = await career.share(store.db, hashSecret(params.token as string));
      if (share === undefined) {
        throw new HttpError(404, "not_found", "this portfolio link does not exist or was revoked", {
          entity: "portfolio share",
        });
      }
      const doc = await portfolioDocument(store, share.userId, share.data, false);
      sharedHeaders(c);
      return c.body(portfolioHtml(doc));
    },
  }),
  route({
    method: "DELETE",
    path: "/api/me/career/portfolio/share/:token",
    summary: "Revoke one of your portfolio links: it stops working at once, for good",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, params, store }) => {
      await store.db.transaction((tx) =>
        career.revokeShare(tx, caller.userId, hashSecret(params.token as string)),
      );
      return undefined;
    },
  }),
];

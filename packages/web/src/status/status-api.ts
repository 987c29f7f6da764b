import type { StatusReport } from "@keel/engine";
import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";

/** A status report as the history keeps it (`GET …/status-reports`). */
export interface StatusReportRecord {
  readonly id: string;
  readonly version: number;
  readonly asOf: string;
  readonly from: string;
  readonly to: string;
  readonly state: "draft" | "sent";
  readonly sentAt?: string;
  readonly sentBy?: string;
  readonly report: StatusReport;
}

export type ExportFormat = "md" | "html" | "text" | "pdf";

/** Under the project's key: live edits (and every report written) refresh the history. */
export const statusKeys = {
  list: (projectId: string) => [...keys.project(projectId), "status-reports"] as const,
  /** Every project's latest report: outside any one project, refreshed after each report written here. */
  portfolio: ["portfolio", "status"] as const,
};

export function reportsPath(projectId: string, reportId?: string): string {
  const base = `/api/projects/${encodeURIComponent(projectId)}/status-reports`;
  return reportId === undefined ? base : `${base}/${encodeURIComponent(reportId)}`;
}

/** Newest first; on the same date the sent report before drafts. */
export function useStatusReports(projectId: string) {
  return useQuery({
    queryKey: statusKeys.list(projectId),
    queryFn: async () =>
      (await api<StatusReportRecord[]>("GET", reportsPath(projectId))).sort(
        (a, b) => b.asOf.localeCompare(a.asOf) || (a.state === b.state ? 0 : a.state === "sent" ? -1 : 1),
      ),
  });
}

/** The export as the server names and types it; an error answer becomes an ApiError with its message. */
export async function fetchExport(
  projectId: string,
  reportId: string,
  format: ExportFormat,
): Promise<{ readonly blob: Blob; readonly fileName: string }> {
  let response: Response;
  try {
    response = await fetch(`${reportsPath(projectId, reportId)}/export?format=${format}`, {
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "offline", "Keel cannot be reached. Check your connection.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      | { error?: { code: string; message: string } }
      | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? "error",
      body?.error?.message ?? `export failed (${response.status})`,
    );
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `status-report.${format}`;
  return { blob: await response.blob(), fileName };
}

/** Saves a blob as a file through the browser's download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

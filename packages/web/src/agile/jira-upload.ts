/** `POST …/import/jira`: a Jira "Export CSV" file sent as it is, first as a dry run, then for real. */

export interface JiraStatusRow {
  readonly name: string;
  readonly count: number;
  /** The workflow status its items land in. */
  readonly mappedTo: string;
  /** How: the status map, the same name, the same category, or a guess from the name. */
  readonly how: "map" | "name" | "category" | "guess";
}

export interface JiraImportAnswer {
  /** The report as plain text, as `keel import` prints it. */
  readonly text: string;
  readonly statuses: readonly JiraStatusRow[];
  /** Statuses placed only by a guess from their name: the ones worth choosing for. */
  readonly unmappedStatuses: readonly string[];
  /** Items read from the file. */
  readonly items: number;
  /** What was stored; all 0 on a dry run. */
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly sprints: number;
}

/** The import URL; the status map (Jira status → workflow status) goes in the query as JSON. */
export function jiraImportUrl(
  path: string,
  dryRun: boolean,
  statusMap: Readonly<Record<string, string>>,
  file?: string,
): string {
  const query = new URLSearchParams({ dryRun: String(dryRun) });
  // The server names the file in its messages.
  if (file !== undefined) query.set("file", file);
  if (Object.keys(statusMap).length > 0) query.set("statusMap", JSON.stringify(statusMap));
  return `${path}?${query.toString()}`;
}

/** The server's message in an error answer (`{ error: { message } }` or `{ error: "…" }`), else a status line. */
export function uploadError(status: number, body: string): string {
  try {
    const json = JSON.parse(body) as { error?: string | { message?: string } };
    const message = typeof json.error === "string" ? json.error : json.error?.message;
    if (message !== undefined && message !== "") return message;
  } catch {
    // Not JSON: a proxy's page, say; the status says enough.
  }
  return status === 0
    ? "Keel cannot be reached. Check your connection; nothing was imported."
    : `The import failed (${status}).`;
}

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/**
 * Sends the file with XMLHttpRequest rather than fetch: only XHR reports upload progress, which a
 * large export needs. Resolves with the answer, rejects with the server's message.
 */
export function uploadJira(
  url: string,
  file: Blob,
  csrfToken: string | null,
  progress: (p: UploadProgress) => void,
): Promise<JiraImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("content-type", "text/csv");
    if (csrfToken !== null) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) =>
      progress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as JiraImportAnswer);
        } catch {
          reject(new Error(`unexpected answer from the server (${xhr.status})`));
        }
      } else reject(new Error(uploadError(xhr.status, xhr.responseText)));
    };
    xhr.onerror = () => reject(new Error(uploadError(0, "")));
    xhr.send(file);
  });
}

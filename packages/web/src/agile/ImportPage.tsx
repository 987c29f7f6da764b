import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { keys, useSession } from "../api/queries.js";
import { agilePaths, useAgileSettings } from "./agile-api.js";
import { useAgileContext } from "./agile-context.js";
import { type JiraImportAnswer, jiraImportUrl, type UploadProgress, uploadJira } from "./jira-upload.js";

type Stage = "preview" | "import";

/**
 * A Jira "Export CSV" file into the backlog: first a dry run that changes nothing and says what would
 * happen (with a column for each Jira status Keel could not place), then the import with the chosen
 * statuses. The file goes up as it is, with a progress bar.
 */
export function ImportPage() {
  const { projectId, canEdit, base } = useAgileContext();
  const id = useId();
  const session = useSession();
  const client = useQueryClient();
  const agile = useAgileSettings(projectId);
  const statuses = (agile.data?.settings ?? DEFAULT_AGILE_SETTINGS).workflow.statuses;
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<UploadProgress>();
  const [busy, setBusy] = useState<Stage>();
  const [preview, setPreview] = useState<JiraImportAnswer>();
  const [imported, setImported] = useState<JiraImportAnswer>();
  const [map, setMap] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();

  async function send(stage: Stage) {
    if (file === undefined) return setError("Choose a Jira CSV export first.");
    setBusy(stage);
    setError(undefined);
    setProgress({ loaded: 0, total: file.size });
    const url = jiraImportUrl(
      agilePaths(projectId).jira,
      stage === "preview",
      stage === "preview" ? {} : map,
    );
    try {
      const answer = await uploadJira(url, file, session.data?.csrfToken ?? null, setProgress);
      if (stage === "preview") {
        setPreview(answer);
        // Each guessed status starts at Keel's guess; the choice is the user's.
        const guess = (name: string) => answer.statuses.find((s) => s.name === name)?.mappedTo ?? "";
        setMap(Object.fromEntries(answer.unmappedStatuses.map((s) => [s, map[s] ?? guess(s)])));
      } else {
        setImported(answer);
        void client.invalidateQueries({ queryKey: keys.project(projectId) });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  function onPreview(event: FormEvent) {
    event.preventDefault();
    void send("preview");
  }

  const percent =
    progress === undefined || progress.total === 0 ? 0 : (progress.loaded / progress.total) * 100;
  const figure = (label: string, value: number, name: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
    </div>
  );

  return (
    <div className="import-page">
      <h2 className="sheet-heading">Import from Jira</h2>
      <p className="muted sheet-hint">
        In Jira: Filters → Export → “Export CSV (all fields)”. Items are matched by issue key, so importing
        the same export again updates them instead of adding copies.
      </p>
      <form className="card import-form" onSubmit={onPreview} noValidate aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="visually-hidden">
          Choose the export
        </h3>
        <div className="field">
          <label htmlFor={`${id}-file`}>Jira CSV export</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            disabled={!canEdit || busy !== undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setPreview(undefined);
              setImported(undefined);
              setError(undefined);
              setProgress(undefined);
            }}
          />
        </div>
        <div className="toolbar">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!canEdit || file === undefined || busy !== undefined}
          >
            {busy === "preview" ? "Reading…" : "Preview (nothing is saved)"}
          </button>
          {progress !== undefined && (
            <span className="upload-progress">
              <progress id={`${id}-progress`} max={100} value={percent} aria-label="Upload progress" />{" "}
              <span className="muted">
                {Math.round(percent)} % of {kilobytes(progress.total)}
                {busy !== undefined && percent >= 100 ? " sent; the server is reading it…" : ""}
              </span>
            </span>
          )}
        </div>
        {!canEdit && <p className="muted">Viewers cannot import.</p>}
      </form>
      {error !== undefined && (
        <p className="agile-error" role="alert">
          {error}
        </p>
      )}
      {preview !== undefined && imported === undefined && (
        <section className="card import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>Preview</h3>
          <dl className="sprint-figures import-counts">
            {figure("Items in the file", preview.items, "items")}
            {figure("Jira statuses", preview.statuses.length, "statuses")}
            {figure("Guessed statuses", preview.unmappedStatuses.length, "guessed")}
          </dl>
          {preview.unmappedStatuses.length > 0 && (
            <fieldset className="status-map">
              <legend>Jira statuses this workflow has no column for</legend>
              <p className="muted">Keel guessed from their names; choose where their items go.</p>
              {preview.unmappedStatuses.map((s) => (
                <label key={s}>
                  <span>
                    “{s}”{" "}
                    <span className="muted">
                      ({count(preview.statuses.find((x) => x.name === s)?.count ?? 0)})
                    </span>
                  </span>
                  <select
                    aria-label={`Workflow status for Jira status ${s}`}
                    value={map[s] ?? ""}
                    onChange={(e) => setMap((m) => ({ ...m, [s]: e.target.value }))}
                  >
                    {statuses.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {preview.statuses.length > 0 && (
            <table className="table import-statuses">
              <caption>Jira statuses and where they go</caption>
              <thead>
                <tr>
                  <th scope="col">Jira status</th>
                  <th scope="col" className="num">
                    Items
                  </th>
                  <th scope="col">Column</th>
                </tr>
              </thead>
              <tbody>
                {preview.statuses.map((s) => {
                  const to = map[s.name] ?? s.mappedTo;
                  return (
                    <tr key={s.name}>
                      <td>{s.name}</td>
                      <td className="num">{s.count}</td>
                      <td>
                        {statuses.find((w) => w.id === to)?.name ?? to}{" "}
                        <span className="muted">({s.how === "guess" ? "chosen above" : HOW[s.how]})</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <details className="import-report" open>
            <summary>Report</summary>
            <pre>{preview.text}</pre>
          </details>
          <div className="toolbar">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy !== undefined}
              onClick={() => void send("import")}
            >
              {busy === "import" ? "Importing…" : "Import"}
            </button>
          </div>
        </section>
      )}
      {imported !== undefined && (
        <section className="card import-done" aria-labelledby={`${id}-done`}>
          <h3 id={`${id}-done`}>Imported</h3>
          <dl className="sprint-figures import-counts">
            {figure("Created", imported.created, "created")}
            {figure("Updated", imported.updated, "updated")}
            {figure("Unchanged", imported.unchanged, "unchanged")}
            {figure("Sprints", imported.sprints, "sprints")}
          </dl>
          <details className="import-report">
            <summary>Report</summary>
            <pre>{imported.text}</pre>
          </details>
          <p>
            <Link to={`${base}/backlog`}>Open the backlog</Link>
          </p>
        </section>
      )}
    </div>
  );
}

const count = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

const HOW = { map: "as mapped", name: "same name", category: "same category" } as const;

const kilobytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

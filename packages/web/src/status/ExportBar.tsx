import { useState } from "react";
import { ApiError } from "../api/client.js";
import { type ExportFormat, fetchExport, saveFile } from "./status-api.js";

interface ExportBarProps {
  readonly projectId: string;
  readonly reportId: string;
  /** Saves pending edits first; answers false when they could not be saved (the editor says why). */
  readonly ready: () => Promise<boolean>;
}

const FORMATS: readonly { readonly format: ExportFormat; readonly label: string; readonly hint: string }[] = [
  { format: "md", label: "Markdown", hint: "for a wiki page or a pull request" },
  { format: "html", label: "HTML", hint: "one self-contained page" },
  { format: "pdf", label: "PDF", hint: "A4, to attach" },
  { format: "text", label: "Plain text", hint: "for chat or email" },
];

/**
 * The report as a file in each format the server renders, and its plain text copied for pasting
 * into chat or email. A format the server cannot make (PDF without Chromium) says why in place.
 */
export function ExportBar({ projectId, reportId, ready }: ExportBarProps) {
  const [busy, setBusy] = useState<ExportFormat | "copy">();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function run(what: ExportFormat | "copy") {
    setBusy(what);
    setMessage(undefined);
    try {
      if (!(await ready())) return;
      const file = await fetchExport(projectId, reportId, what === "copy" ? "text" : what);
      if (what === "copy") {
        await navigator.clipboard.writeText(await file.blob.text());
        setMessage({ text: "Copied as plain text: paste it into chat or email.", error: false });
      } else saveFile(file.blob, file.fileName);
    } catch (error) {
      setMessage({
        text:
          what === "copy" && !(error instanceof ApiError)
            ? "The browser did not allow copying; download the plain text instead."
            : error instanceof Error
              ? error.message
              : String(error),
        error: true,
      });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="report-export">
      <fieldset className="report-export-buttons">
        <legend>Export</legend>
        {FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className="btn btn-small"
            title={f.hint}
            disabled={busy !== undefined}
            onClick={() => run(f.format)}
          >
            {busy === f.format ? `${f.label}…` : f.label}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-small"
          disabled={busy !== undefined}
          onClick={() => run("copy")}
        >
          {busy === "copy" ? "Copying…" : "Copy as text"}
        </button>
      </fieldset>
      <p className={message?.error === true ? "form-error" : "muted"} role="status">
        {message?.text}
      </p>
    </div>
  );
}

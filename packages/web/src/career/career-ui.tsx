import { type ReactNode, useState } from "react";
import { ApiError } from "../api/client.js";
import { scoreBand } from "./career-charts.js";
import { placeholderRuns } from "./placeholders.js";

/** A career page's heading and the one line that says what the page is for. */
export function PageHead({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <header className="career-head">
      <h1 id={id}>{title}</h1>
      {children !== undefined && <p className="muted career-intro">{children}</p>}
    </header>
  );
}

/** A suggestion's text with each `[placeholder]` marked as something the user fills in. */
export function PlaceholderText({ text, tokens }: { text: string; tokens: readonly string[] }) {
  return (
    <>
      {placeholderRuns(text, tokens).map((run, i) =>
        run.placeholder ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
          <mark key={i} className="placeholder">
            {run.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

/** Copies text to the clipboard and says so; the text is never applied anywhere by Keel. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="copy">
      <button type="button" className="btn btn-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className={state === "failed" ? "form-error" : "muted"}>
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "The browser did not allow copying: select the text instead."
            : ""}
      </span>
    </span>
  );
}

/** A 0-100 score with its band in words and a bar; `label` names what is scored. */
export function ScoreMeter({ score, label }: { score: number; label: string }) {
  const band = scoreBand(score);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group that names its score, not a fieldset of controls
    <div className={`score score-${band.tone}`} role="group" aria-label={label}>
      <span className="score-number">{score}</span>
      <span className="score-of">/ 100</span>
      <div className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      <span className="score-word">{band.word}</span>
    </div>
  );
}

/** The API's refusal in place: its message and, when it names fields, each with its path. */
export function ApiProblem({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="form-error career-problem" role="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Shown while a page's data loads (the bar at the top appears after 300 ms as well). */
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

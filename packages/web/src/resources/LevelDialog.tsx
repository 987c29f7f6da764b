import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, Fragment, useEffect, useId, useRef, useState } from "react";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { LevelApplied, LevelPreview } from "../api/types.js";
import { formatDate, formatDays } from "../ui/format.js";
import "./resources.css";

type Mode = LevelPreview["mode"];

interface LevelDialogProps {
  readonly projectId: string;
  readonly open: boolean;
  readonly close: () => void;
  /** Task names by id, for the moves and the unresolved tasks. */
  readonly names: ReadonlyMap<string, string>;
  readonly minutesPerDay: number;
  /** Called once a preview was applied, with what an undo needs. */
  readonly applied: (result: LevelApplied) => void;
}

type Step =
  | { readonly kind: "choose" }
  | { readonly kind: "running"; readonly since: number }
  | { readonly kind: "preview"; readonly preview: LevelPreview }
  | { readonly kind: "refused"; readonly message: string };

const STOPPED: Record<string, string> = {
  "single-pass": "one pass in priority order",
  "lower-bound": "no shorter schedule exists (it reached the lower bound)",
  schedules: "stopped at the limit of schedules to try",
  time: "stopped when its time was up; a longer search might find a shorter plan",
};

/**
 * Leveling in two steps: Preview asks the server which tasks it would move so nobody is booked beyond
 * their capacity, and why each one moves (nothing is saved); Apply then gives those tasks their new
 * start-no-earlier-than dates in one edit, refused if the plan changed since the preview.
 */
export function LevelDialog({ projectId, open, close, names, minutesPerDay, applied }: LevelDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>("delay");
  const [withinFloat, setWithinFloat] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [applying, setApplying] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const base = `/api/projects/${encodeURIComponent(projectId)}/level`;

  useEffect(() => {
    if (open) {
      setStep({ kind: "choose" });
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [open]);

  // The optimiser may search for a few seconds: say how long it has been going.
  const since = step.kind === "running" ? step.since : undefined;
  useEffect(() => {
    if (since === undefined) return;
    setElapsed(0);
    const timer = setInterval(() => setElapsed(performance.now() - since), 200);
    return () => clearInterval(timer);
  }, [since]);

  async function preview(event: FormEvent) {
    event.preventDefault();
    setStep({ kind: "running", since: performance.now() });
    try {
      const result = await api<LevelPreview>("POST", base, { mode, withinFloat });
      setStep({ kind: "preview", preview: result });
    } catch (error) {
      setStep({ kind: "refused", message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function apply() {
    if (step.kind !== "preview") return;
    setApplying(true);
    try {
      const result = await api<LevelApplied>("POST", `${base}/apply`, {
        planVersion: step.preview.planVersion,
        constraints: step.preview.constraints,
      });
      void client.invalidateQueries({ queryKey: keys.projects });
      await client.invalidateQueries({ queryKey: keys.project(projectId) });
      dialog.current?.close();
      close();
      applied(result);
    } catch (error) {
      const changed = error instanceof ApiError && error.status === 409;
      setStep({
        kind: "refused",
        message: changed
          ? "The plan changed since the preview; preview again."
          : error instanceof Error
            ? error.message
            : String(error),
      });
    } finally {
      setApplying(false);
    }
  }

  const running = step.kind === "running";
  const moves = step.kind === "preview" ? step.preview.constraints.length : 0;
  return (
    <dialog
      ref={dialog}
      className="card level-dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={running}
      onClose={close}
    >
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
        Level resources
      </h2>
      <p className="muted">
        Moves tasks later so nobody is planned beyond their capacity. The preview changes nothing.
      </p>
      <form className="level-options" onSubmit={preview}>
        <fieldset>
          <legend>Mode</legend>
          <label>
            <input
              type="radio"
              name="mode"
              value="delay"
              checked={mode === "delay"}
              onChange={() => setMode("delay")}
            />{" "}
            Delay only — by priority
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="optimise"
              checked={mode === "optimise"}
              onChange={() => setMode("optimise")}
            />{" "}
            Optimise — shortest finish
          </label>
        </fieldset>
        <label>
          <input type="checkbox" checked={withinFloat} onChange={(e) => setWithinFloat(e.target.checked)} />{" "}
          Only within available float (never delay the finish)
        </label>
        <button type="submit" className="btn" disabled={running || applying}>
          {running ? "Previewing…" : "Preview"}
        </button>
      </form>
      {running && (
        <div className="level-running" role="status">
          <progress aria-label="Leveling the plan" />
          <span>Searching for a leveled plan… {(elapsed / 1000).toFixed(1)} s</span>
        </div>
      )}
      {step.kind === "refused" && (
        <p className="form-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === "preview" && (
        <LevelReport preview={step.preview} names={names} minutesPerDay={minutesPerDay} />
      )}
      <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={moves === 0 || applying || running}
          onClick={apply}
        >
          {applying ? "Applying…" : moves === 0 ? "Apply" : `Apply (${moves} task${moves === 1 ? "" : "s"})`}
        </button>
      </div>
    </dialog>
  );
}

interface LevelReportProps {
  readonly preview: LevelPreview;
  readonly names: ReadonlyMap<string, string>;
  readonly minutesPerDay: number;
}

function LevelReport({ preview, names, minutesPerDay }: LevelReportProps) {
  const { before, after, moves, unresolved, search } = preview;
  return (
    <section className="level-preview" aria-label="Leveling preview" role="status">
      <p className="level-finish">
        <strong>Finish:</strong> {formatDate(before.finish)}
        {before.finish === after.finish ? " (unchanged)" : ` → ${formatDate(after.finish)}`}
      </p>
      {moves.length === 0 ? (
        <p>
          {unresolved.length > 0
            ? "Nothing can move within the available float."
            : "Nothing to move: nobody is planned beyond their capacity."}
        </p>
      ) : (
        <div className="level-moves">
          <table className="table">
            <caption className="visually-hidden">Tasks leveling moves, and why</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Start</th>
                <th scope="col" className="num">
                  Delay
                </th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {moves.map((m) => (
                <tr key={m.task}>
                  <td>{m.name || m.task}</td>
                  <td className="level-dates">
                    {formatDate(m.from)} → {formatDate(m.to)}
                  </td>
                  <td className="num">+{formatDays(m.delayMinutes / minutesPerDay)}d</td>
                  <td className="level-reason">
                    <Reason text={m.reason} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unresolved.length > 0 && (
        <p className="form-error">
          Left over-allocated (they cannot move further within their float):{" "}
          {unresolved.map((t) => names.get(t) ?? t).join(", ")}
        </p>
      )}
      <p className="muted level-search">
        {preview.mode === "optimise" ? "Optimised" : "Delayed by priority"}: tried{" "}
        {search.schedules.toLocaleString()} schedule{search.schedules === 1 ? "" : "s"};{" "}
        {search.provedOptimal
          ? "this is the shortest possible"
          : (STOPPED[search.stoppedBy] ?? search.stoppedBy)}
        .
      </p>
    </section>
  );
}

/** A reason from the server, its `task ids` in code type. */
function Reason({ text }: { readonly text: string }) {
  const parts = text.split("`");
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
          <code key={i}>{part}</code>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

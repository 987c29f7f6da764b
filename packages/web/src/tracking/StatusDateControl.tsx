import { useId, useState } from "react";
import { api } from "../api/client.js";
import type { ProjectRecord } from "../api/types.js";
import { usePlanWrite } from "../plan/use-plan-write.js";
import { formatDate } from "../ui/format.js";
import { projectPath } from "./tracking-queries.js";

interface StatusDateControlProps {
  readonly projectId: string;
  readonly project: ProjectRecord | undefined;
}

/**
 * The project's status date (progress is reported as of its end) and whether incomplete work is
 * moved after it. Managers change them here; a date is saved on Enter or when the box loses focus,
 * and the server's refusal (an actual date after it) stays beside the box.
 */
export function StatusDateControl({ projectId, project }: StatusDateControlProps) {
  const id = useId();
  const write = usePlanWrite(projectId);
  const saved = project?.project.statusDate?.slice(0, 10) ?? "";
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The box shows the choice at once; the saved value takes over when the server has answered.
  const [movingDraft, setMovingDraft] = useState<boolean>();
  const manager = project?.role === "manager" || project?.role === "owner";
  const moving = project?.project.moveIncompleteWork !== false;

  if (project === undefined) return null;
  if (!manager)
    return (
      <span className="status-date-control">
        Status date: <strong>{saved === "" ? "not set" : formatDate(saved)}</strong>
      </span>
    );

  async function save(fields: { statusDate?: string; moveIncompleteWork?: boolean }) {
    if (project === undefined || busy) return;
    setBusy(true);
    const refused = await write(() =>
      api("PATCH", projectPath(projectId), { ...fields, version: project.version }),
    );
    setBusy(false);
    setError(refused);
    if (refused === undefined) setDraft(undefined);
  }

  function commit() {
    if (draft === undefined || draft === saved) return;
    if (draft === "") {
      setError("A status date cannot be removed here; choose another date instead.");
      return;
    }
    void save({ statusDate: draft });
  }

  return (
    <div className="status-date-control">
      <label htmlFor={`${id}-date`}>Status date</label>
      <input
        id={`${id}-date`}
        type="date"
        value={draft ?? saved}
        readOnly={busy}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(undefined);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          } else if (e.key === "Escape") {
            setDraft(undefined);
            setError(undefined);
          }
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        Progress is reported as of the end of this day. Press Enter to save it.
      </span>
      <label className="status-date-move">
        <input
          type="checkbox"
          checked={movingDraft ?? moving}
          disabled={busy}
          onChange={(e) => {
            setMovingDraft(e.target.checked);
            void save({ moveIncompleteWork: e.target.checked }).finally(() => setMovingDraft(undefined));
          }}
        />
        Move incomplete work after the status date
      </label>
      {error !== undefined && (
        <span id={`${id}-error`} className="field-error status-date-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

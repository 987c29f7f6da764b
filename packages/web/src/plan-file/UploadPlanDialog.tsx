import type { TaskResult } from "@keel/engine";
import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useEffect, useId, useRef, useState } from "react";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { LinkRecord } from "../api/types.js";
import { formatDate } from "../ui/format.js";
import { FileProblems } from "./FileProblems.js";
import {
  PLAN_FILE_ACCEPT,
  type PlanChange,
  type PlanFile,
  type PlanPreview,
  readPlanFile,
  yamlTaskNames,
} from "./plan-file.js";
import "./plan-file.css";

interface UploadPlanDialogProps {
  readonly projectId: string;
  readonly open: boolean;
  readonly close: () => void;
  /** The plan as it stands, to name the items a change touches. */
  readonly tasks: readonly TaskResult[];
  readonly links: readonly LinkRecord[];
  /** The project's version when the preview was made: applying refuses if someone replaced the plan since. */
  readonly projectVersion: number | undefined;
}

type Step =
  | { readonly kind: "choose" }
  | { readonly kind: "checking"; readonly file: PlanFile }
  | {
      readonly kind: "preview";
      readonly file: PlanFile;
      readonly preview: PlanPreview;
      readonly version?: number;
    }
  | { readonly kind: "refused"; readonly file: PlanFile; readonly error: unknown };

const SHOWN_CHANGES = 200;
const ACTIONS = { create: "Creates", update: "Updates", delete: "Deletes" } as const;

/**
 * Replacing the plan from a file, in two steps: choosing the file shows what it would change (or
 * its errors, line by line) and changes nothing; Apply then replaces the plan in one transaction.
 */
export function UploadPlanDialog(props: UploadPlanDialogProps) {
  const { projectId, open, close } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [applying, setApplying] = useState(false);
  const base = `/api/projects/${encodeURIComponent(projectId)}/plan/file`;

  useEffect(() => {
    if (open) {
      setStep({ kind: "choose" });
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [open]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    if (chosen === undefined) return;
    const file = await readPlanFile(chosen);
    setStep({ kind: "checking", file });
    const version = props.projectVersion;
    try {
      const preview = await api<PlanPreview>("POST", `${base}/preview`, file);
      setStep({ kind: "preview", file, preview, ...(version === undefined ? {} : { version }) });
    } catch (error) {
      setStep({ kind: "refused", file, error });
    }
  }

  async function apply() {
    if (step.kind !== "preview") return;
    setApplying(true);
    try {
      await api("PUT", base, {
        ...step.file,
        ...(step.version === undefined ? {} : { version: step.version }),
      });
      void client.invalidateQueries({ queryKey: keys.projects });
      await client.invalidateQueries({ queryKey: keys.project(projectId) });
      dialog.current?.close();
      close();
    } catch (error) {
      setStep({ kind: "refused", file: step.file, error });
    } finally {
      setApplying(false);
    }
  }

  const changed = step.kind === "preview" && step.preview.changes.length > 0;
  return (
    <dialog
      ref={dialog}
      className="card plan-file-dialog"
      aria-labelledby={`${inputId}-title`}
      onClose={close}
    >
      <h2 id={`${inputId}-title`} style={{ marginTop: 0 }}>
        Upload a plan file
      </h2>
      <p className="muted">
        Keel YAML (.yaml), Microsoft Project XML (.xml) or PSPLIB (.sm). The file replaces the whole plan; you
        see what changes before anything is saved.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Plan file</label>
        {open && <input id={inputId} type="file" accept={PLAN_FILE_ACCEPT} onChange={choose} />}
      </div>
      {step.kind === "checking" && (
        <p className="muted" role="status">
          Checking {step.file.fileName}…
        </p>
      )}
      {step.kind === "refused" && <FileProblems error={step.error} fileName={step.file.fileName} />}
      {step.kind === "preview" && (
        <PreviewReport preview={step.preview} file={step.file} tasks={props.tasks} links={props.links} />
      )}
      <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!changed || applying} onClick={apply}>
          {applying ? "Applying…" : "Apply"}
        </button>
      </div>
    </dialog>
  );
}

interface PreviewReportProps {
  readonly preview: PlanPreview;
  readonly file: PlanFile;
  readonly tasks: readonly TaskResult[];
  readonly links: readonly LinkRecord[];
}

function PreviewReport({ preview, file, tasks, links }: PreviewReportProps) {
  const { summary, changes, finishBefore, finishAfter } = preview;
  const describe = describer(file, tasks, links);
  const sameFinish = finishBefore === finishAfter;
  // Counted from the list, which also has the project's own settings (the summary counts plan items).
  const count = (action: PlanChange["action"]) => changes.filter((c) => c.action === action).length;
  return (
    <section className="plan-file-preview" aria-label="Preview of the changes" role="status">
      {changes.length === 0 ? (
        <p>
          <strong>No changes:</strong> the file matches the plan ({summary.unchanged} items).
        </p>
      ) : (
        <>
          <p>
            <strong>
              {count("create")} created · {count("update")} updated · {count("delete")} deleted
            </strong>{" "}
            <span className="muted">({summary.unchanged} unchanged)</span>
          </p>
          <ul className="plan-file-changes">
            {changes.slice(0, SHOWN_CHANGES).map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a created link's id is not stable across previews.
              <li key={i} data-action={c.action}>
                <span className={`change-action change-${c.action}`}>{ACTIONS[c.action]}</span> {describe(c)}
              </li>
            ))}
          </ul>
          {changes.length > SHOWN_CHANGES && (
            <p className="muted">…and {changes.length - SHOWN_CHANGES} more.</p>
          )}
        </>
      )}
      <p className="plan-file-finish">
        Finish: {formatDate(finishBefore)}
        {sameFinish ? " (unchanged)" : ` → ${formatDate(finishAfter)}`}
      </p>
    </section>
  );
}

/** Names a changed item: a task by its name (as the file has it, else as the plan has it), a link by its tasks. */
function describer(file: PlanFile, tasks: readonly TaskResult[], links: readonly LinkRecord[]) {
  const inFile = /\.ya?ml$/i.test(file.fileName) ? yamlTaskNames(file.content) : new Map<string, string>();
  const inPlan = new Map(tasks.map((t) => [t.id, t.name]));
  const linkById = new Map(links.map((l) => [l.id, l]));
  const taskName = (id: string) => inFile.get(id) ?? inPlan.get(id);
  return (c: PlanChange): string => {
    if (c.entity === "task") {
      const name = c.action === "delete" ? (inPlan.get(c.id) ?? taskName(c.id)) : taskName(c.id);
      return name === undefined ? `task ${c.id}` : `task “${name}”`;
    }
    if (c.entity === "link") {
      const link = linkById.get(c.id);
      return link === undefined
        ? "a link"
        : `link “${inPlan.get(link.from) ?? link.from}” → “${inPlan.get(link.to) ?? link.to}”`;
    }
    if (c.entity === "project") return "the project settings";
    return `${c.entity} ${c.id}`;
  };
}
